using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Account;

public sealed class LoginModel(SignInManager<AppUser> signIn, PasswordSignIn passwordSignIn, LoginRateLimiter limiter, IOptions<OidcOptions> oidc) : FormPage<LoginModel.LoginInput>
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool OidcEnabled => oidc.Value.Enabled;

    public string OidcDisplayName => oidc.Value.DisplayName;

    public sealed class LoginInput
    {
        [Display(Name = "E-postadress")]
        public string? Email { get; set; }

        [Display(Name = "Lösenord")]
        public string? Password { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = new ValidationErrors();
        errors.Required("email", "E-postadress", Input.Email);
        errors.Required("password", "Lösenord", Input.Password);
        if (!errors.IsValid)
        {
            this.ShowErrors(errors);
            return Page();
        }

        if (!limiter.TryAcquire(HttpContext))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(string.Empty, CommonErrors.TooManyRequests.Message);
            return Page();
        }

        if (await passwordSignIn.SignInAsync(Input.Email!, Input.Password!, HttpContext, IdentityConstants.ApplicationScheme))
        {
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        ModelState.AddModelError(string.Empty, AccountErrors.InvalidCredentials.Message);
        return Page();
    }

    public IActionResult OnPostExternal()
    {
        if (!OidcEnabled)
        {
            return NotFound();
        }

        var redirect = Url.Page("/Account/ExternalCallback", values: new { returnUrl = SafeReturnUrl(ReturnUrl) });
        var properties = signIn.ConfigureExternalAuthenticationProperties(PlatformServices.OidcScheme, redirect);
        return Challenge(properties, PlatformServices.OidcScheme);
    }

    /// <summary>Only local paths; anything else goes to the start page (no open redirects).</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
