using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Account;

/// <summary>Signing in and out (pages with cookies, API with bearer tokens) and the user's own account page.</summary>
public sealed class AccountArea : IFeatureArea
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton<LoginRateLimiter>().AddScoped<PasswordSignIn>();

    public IEnumerable<NavItem> Navigation => [];

    public void MapApi(RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Inloggning");
        auth.MapPost("/token", IssueToken)
            .AllowAnonymous()
            .WithName("IssueToken")
            .WithSummary("Logga in med e-post och lösenord och få en bearer-token (en timme) och en förnyelsetoken (ett dygn) för API:t.");
        auth.MapPost("/refresh", RefreshToken)
            .AllowAnonymous()
            .WithName("RefreshToken")
            .WithSummary("Byt en förnyelsetoken mot en ny bearer-token. Vägras efter utloggning, spärr, avaktivering eller ändrade roller.");
        auth.MapPost("/logout", SignOut)
            .WithName("SignOut")
            .WithSummary("Logga ut: alla bearer-token, förnyelsetoken och inloggningar i webbläsaren för användaren slutar gälla.");
        api.MapGet("/me", GetMe).WithTags("Inloggning").WithName("GetMe").WithSummary("Den inloggade användaren och dess roller.");
    }

    public sealed record TokenRequest(string? Email, string? Password);

    public sealed record RefreshRequest(string? RefreshToken);

    public sealed record MeResponse(Guid UserId, string DisplayName, IReadOnlyList<MeRole> Roles);

    public sealed record MeRole(Role Role, string RoleName, Guid? AssociationId, Guid? MemberOrganisationId);

    private static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> IssueToken(
        TokenRequest request, PasswordSignIn signIn, LoginRateLimiter limiter, HttpContext http)
    {
        var errors = new ValidationErrors();
        errors.Required("email", "E-postadress", request.Email);
        errors.Required("password", "Lösenord", request.Password);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        if (!limiter.TryAcquire(http))
        {
            return ApiResults.Problem(CommonErrors.TooManyRequests);
        }

        if (await signIn.SignInAsync(request.Email!, request.Password!, http, IdentityConstants.BearerScheme))
        {
            // The bearer handler has written the token response.
            return TypedResults.Empty;
        }

        return ApiResults.Problem(AccountErrors.InvalidCredentials);
    }

    /// <summary>
    /// A refresh token (one day) buys a new access token while the user's security stamp is unchanged and the account
    /// may sign in; sign-out, lockout, deactivation and role changes all change the stamp (ADR 0009).
    /// </summary>
    private static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> RefreshToken(
        RefreshRequest request, SignInManager<AppUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock)
    {
        var errors = new ValidationErrors();
        errors.Required("refreshToken", "Förnyelsetoken", request.RefreshToken);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires
            || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || !await signIn.CanSignInAsync(user)
            || await signIn.UserManager.IsLockedOutAsync(user))
        {
            return ApiResults.Problem(AccountErrors.InvalidRefreshToken);
        }

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "refresh");
        return TypedResults.Empty;
    }

    private static async Task<NoContent> SignOut(SignInManager<AppUser> signIn, HttpContext http)
    {
        if (await signIn.UserManager.GetUserAsync(http.User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        return TypedResults.NoContent();
    }

    private static async Task<Ok<MeResponse>> GetMe(ICurrentUser user)
    {
        var roles = await user.GetAssignmentsAsync();
        return TypedResults.Ok(new MeResponse(
            user.UserId!.Value,
            user.DisplayName,
            roles.Select(r => new MeRole(r.Role, r.Role.SwedishName(), r.AssociationId, r.MemberOrganisationId)).ToList()));
    }
}

public static class AccountErrors
{
    /// <summary>
    /// Every failed password sign-in gets these words, whether the address has an account, the password is wrong, or
    /// this client address is blocked for the account: the answer must not tell a stranger which addresses exist.
    /// </summary>
    public static readonly Error InvalidCredentials = new("ACCOUNT_INVALID_CREDENTIALS", "Fel e-postadress eller lösenord. Efter fem misslyckade försök från samma adress kan du försöka igen först efter en kvart.", ErrorKind.Forbidden);

    /// <summary>Only for sign-in through the organisation's identity provider, which has already proven who the person is.</summary>
    public static readonly Error LockedOut = new("ACCOUNT_LOCKED_OUT", "Kontot är spärrat. Kontakta ditt förbunds kansli.", ErrorKind.Forbidden);

    public static readonly Error InvalidRefreshToken = new("ACCOUNT_INVALID_REFRESH_TOKEN", "Förnyelsetoken gäller inte längre. Logga in igen.", ErrorKind.Forbidden);
}
