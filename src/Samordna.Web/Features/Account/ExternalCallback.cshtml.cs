using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Account;

/// <summary>
/// Return from a member organisation's identity provider. The provider only proves who the person is; access still
/// comes from Samordna's own role assignments. A first sign-in links the external identity to the existing account
/// with the same e-mail; nobody gets an account just by signing in.
/// </summary>
public sealed class ExternalCallbackModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, IOptions<OidcOptions> oidc) : PageModel
{
    public string Message { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            Message = "Inloggningen från din organisation kunde inte läsas. Försök igen.";
            return Page();
        }

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (result.Succeeded)
        {
            return LocalRedirect(LoginModel.SafeReturnUrl(returnUrl));
        }

        if (result.IsLockedOut)
        {
            Message = AccountErrors.LockedOut.Message;
            return Page();
        }

        var email = info.Principal.FindFirstValue(oidc.Value.EmailClaim) ?? info.Principal.FindFirstValue(ClaimTypes.Email);
        var user = email is null ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            Message = "Det finns inget konto i Samordna för din e-postadress. Be ditt förbunds kansli att lägga upp dig.";
            return Page();
        }

        var link = await users.AddLoginAsync(user, info);
        if (!link.Succeeded)
        {
            Message = string.Join(" ", link.Errors.Select(e => e.Description));
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        return LocalRedirect(LoginModel.SafeReturnUrl(returnUrl));
    }
}
