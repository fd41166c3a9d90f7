using Microsoft.AspNetCore.Identity;

namespace Samordna.Web.Infrastructure.Security;

/// <summary>Identity's messages in Swedish.</summary>
public sealed class SwedishIdentityErrorDescriber : IdentityErrorDescriber
{
    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Ett okänt fel inträffade." };

    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Användaren har ändrats av någon annan. Försök igen." };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Fel lösenord." };

    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = "Ogiltig eller förbrukad kod." };

    public override IdentityError LoginAlreadyAssociated() => new() { Code = nameof(LoginAlreadyAssociated), Description = "Inloggningen är redan kopplad till en annan användare." };

    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"Användarnamnet '{userName}' är ogiltigt." };

    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = $"E-postadressen '{email}' är ogiltig." };

    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Användarnamnet '{userName}' används redan." };

    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"E-postadressen '{email}' används redan." };

    public override IdentityError UserAlreadyHasPassword() => new() { Code = nameof(UserAlreadyHasPassword), Description = "Användaren har redan ett lösenord." };

    public override IdentityError UserLockoutNotEnabled() => new() { Code = nameof(UserLockoutNotEnabled), Description = "Spärr är inte aktiverat för användaren." };

    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Lösenordet måste ha minst {N(length)} tecken." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Lösenordet måste innehålla minst {N(uniqueChars)} olika tecken." };

    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "Lösenordet måste innehålla minst ett specialtecken." };

    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "Lösenordet måste innehålla minst en siffra." };

    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "Lösenordet måste innehålla minst en liten bokstav." };

    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "Lösenordet måste innehålla minst en stor bokstav." };
}

/// <summary>Refuses well-known and demo passwords, whatever their length.</summary>
public sealed class DeniedPasswordValidator : IPasswordValidator<AppUser>
{
    /// <summary>The password every demo user gets. Never valid for a real account.</summary>
    public const string DemoPassword = "Demo-Samordna-2026";

    private static readonly HashSet<string> Denied = new(StringComparer.OrdinalIgnoreCase)
    {
        DemoPassword, "password1234", "lösenord1234", "losenord1234", "samordna1234", "samordna2026", "123456789012",
        "qwertyuiopå", "sommar2026!!", "vinter2026!!", "administrator", "admin1234567", "changeme1234", "Välkommen123!",
    };

    public static bool IsDenied(string password) => Denied.Contains(password);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && IsDenied(password)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordDenied", Description = "Lösenordet är för vanligt eller är ett demolösenord. Välj ett annat." })
            : IdentityResult.Success);
}
