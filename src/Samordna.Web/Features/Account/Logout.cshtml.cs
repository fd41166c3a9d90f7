using Microsoft.AspNetCore.Identity;

namespace Samordna.Web.Features.Account;

public sealed class LogoutModel(SignInManager<AppUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await SignOutEverywhereAsync(signIn, User);
        TempData["Status"] = "Du är utloggad.";
        return LocalRedirect("/");
    }

    /// <summary>
    /// Ends the session on the server: a new security stamp makes every cookie and bearer token issued to the user
    /// invalid on every instance (ADR 0009), then the cookie is deleted.
    /// </summary>
    public static async Task SignOutEverywhereAsync(SignInManager<AppUser> signIn, System.Security.Claims.ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated == true && await signIn.UserManager.GetUserAsync(principal) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
    }
}
