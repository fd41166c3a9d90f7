using Microsoft.AspNetCore.Identity;

namespace Samordna.Web.Features.Account;

/// <summary>
/// The invitation link's page: the invited user chooses their own password (the administrator never knows it). The link
/// works once: setting the password changes the user's security stamp, which the link's token is bound to.
/// </summary>
public sealed class WelcomeModel(UserManager<AppUser> users) : FormPage<WelcomeModel.WelcomeInput>
{
    public const string InvalidLink = "Länken är ogiltig, har gått ut eller har redan använts. Be systemadministratören om en ny inbjudan.";

    public sealed class WelcomeInput
    {
        public Guid? UserId { get; set; }

        public string? Token { get; set; }

        public string? Password { get; set; }

        public string? Repeat { get; set; }
    }

    public string? Email { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? anvandare, string? kod)
    {
        Input.UserId = anvandare;
        Input.Token = kod;
        if (await LoadAsync() is null || Email is null)
        {
            ModelState.AddModelError(string.Empty, InvalidLink);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? anvandare, string? kod)
    {
        // The form carries the link's values; the address it posts to carries them too.
        Input.UserId ??= anvandare;
        Input.Token ??= kod;
        var user = await LoadAsync();
        var errors = new ValidationErrors();
        if (errors.Required("password", "Lösenord", Input.Password) && Input.Password!.Length > 200)
        {
            errors.Add("password", "Lösenordet får vara högst 200 tecken.");
        }

        errors.Check(Input.Password == Input.Repeat, "repeat", "Lösenorden är inte lika. Skriv samma lösenord två gånger.");
        if (!errors.IsValid)
        {
            this.ShowErrors(errors);
            return Page();
        }

        if (user is null || string.IsNullOrEmpty(Input.Token))
        {
            ModelState.AddModelError(string.Empty, InvalidLink);
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Input.Token, Input.Password!);
        if (!result.Succeeded)
        {
            // An invalid token is the link's fault; anything else is about the password (Swedish, SwedishIdentityErrorDescriber).
            var tokenFailed = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
            ModelState.AddModelError(tokenFailed ? string.Empty : "Input.Password", tokenFailed ? InvalidLink : string.Join(" ", result.Errors.Select(e => e.Description)));
            return Page();
        }

        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        TempData["Status"] = "Ditt lösenord är sparat. Logga in med din e-postadress och det nya lösenordet.";
        return Redirect("/logga-in");
    }

    /// <summary>The invited user; their address is shown only when the link's token is valid (a user id alone reveals nothing).</summary>
    private async Task<AppUser?> LoadAsync()
    {
        var user = Input.UserId is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        Email = user is not null && !string.IsNullOrEmpty(Input.Token)
                && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, Input.Token)
            ? user.Email
            : null;
        return user;
    }
}
