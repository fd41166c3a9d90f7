namespace Samordna.Web.Features.Administration.Users;

/// <summary>Users over the API (system administrators only). The area file maps these under <c>/admin/users</c>.</summary>
internal static class UsersEndpoints
{
    public static void Map(RouteGroupBuilder users)
    {
        users.MapGet("", async (ListUsersHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .Declare(AdministrationPermissions.ManageUsers, "ListUsers", "Alla användare med roller och status.");
        users.MapPost("", Invite)
            .Declare(AdministrationPermissions.ManageUsers, "InviteUser",
                "Bjud in en användare med en första roll: hen får ett e-postmeddelande med en engångslänk där hen väljer sitt eget lösenord.");
        users.MapGet("/{userId:guid}", Get)
            .Declare(AdministrationPermissions.ManageUsers, "GetUser", "En användare med roller och status.");
        users.MapPost("/{userId:guid}/roles", AssignRole)
            .Declare(AdministrationPermissions.ManageUsers, "AssignRole", "Ge en användare en roll till (aldrig sig själv). Användarens inloggningar avslutas.");
        users.MapDelete("/{userId:guid}/roles/{assignmentId:guid}", RemoveRole)
            .Declare(AdministrationPermissions.ManageUsers, "RemoveRole", "Ta bort en roll (aldrig sin egen; den sista aktiva systemadministratören blir kvar).");
        users.MapPost("/{userId:guid}/deactivate", (Guid userId, ManageUserHandler h, ICurrentUser me, CancellationToken ct) => Run(() => h.DeactivateAsync(Me(me), userId, ct)))
            .Declare(AdministrationPermissions.ManageUsers, "DeactivateUser", "Stäng av ett konto: inloggning och API-nycklar slutar gälla direkt.");
        users.MapPost("/{userId:guid}/reactivate", (Guid userId, ManageUserHandler h, ICurrentUser me, CancellationToken ct) => Run(() => h.ReactivateAsync(Me(me), userId, ct)))
            .Declare(AdministrationPermissions.ManageUsers, "ReactivateUser", "Aktivera ett avstängt konto igen.");
        users.MapPost("/{userId:guid}/unlock", (Guid userId, ManageUserHandler h, ICurrentUser me, CancellationToken ct) => Run(() => h.UnlockAsync(Me(me), userId, ct)))
            .Declare(AdministrationPermissions.ManageUsers, "UnlockUser", "Häv en spärr efter för många misslyckade inloggningar.");
        users.MapPost("/{userId:guid}/invitation", (Guid userId, HttpRequest request, ManageUserHandler h, Invitations invitations, ICurrentUser me, CancellationToken ct) =>
                Run(() => h.ResendInvitationAsync(Me(me), userId, invitations.LinkBase(request), ct)))
            .Declare(AdministrationPermissions.ManageUsers, "ResendInvitation", "Skicka en ny inbjudan till en användare som ännu inte valt lösenord.");
    }

    private static Guid Me(ICurrentUser me) => me.UserId ?? Guid.Empty;

    private static Task<Results<Created<CreatedUser>, ValidationProblem, ProblemHttpResult>> Invite(
        InviteUserRequest request, HttpRequest http, CreateUserHandler handler, Invitations invitations, CancellationToken ct)
    {
        var create = request.AsCreate();
        return ApiResults.ValidateThen(CreateUserHandler.Validate(create), () => handler.HandleAsync(create, ct, invitations.LinkBase(http)),
            id => TypedResults.Created($"/api/v1/admin/users/{id}", new CreatedUser(id)));
    }

    private static async Task<Results<Ok<UserDetails>, ProblemHttpResult>> Get(Guid userId, ManageUserHandler handler, CancellationToken ct) =>
        ApiResults.OkOrNotFound(await handler.GetAsync(userId, ct), UserErrors.UserNotFound);

    private static Task<Results<Ok<UserDetails>, ValidationProblem, ProblemHttpResult>> AssignRole(
        Guid userId, AssignRoleRequest request, HttpRequest http, ManageUserHandler handler, Invitations invitations, ICurrentUser me, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        CreateUserHandler.ValidateRole(errors, request);
        return ApiResults.ValidateThen(errors, () => handler.AssignRoleAsync(Me(me), userId, request, ct, invitations.LinkBase(http)), TypedResults.Ok);
    }

    private static Task<Results<Ok<UserDetails>, ValidationProblem, ProblemHttpResult>> RemoveRole(
        Guid userId, Guid assignmentId, HttpRequest http, ManageUserHandler handler, Invitations invitations, ICurrentUser me, CancellationToken ct) =>
        Run(() => handler.RemoveRoleAsync(Me(me), userId, assignmentId, ct, invitations.LinkBase(http)));

    private static Task<Results<Ok<UserDetails>, ValidationProblem, ProblemHttpResult>> Run(Func<Task<Result<UserDetails>>> action) =>
        ApiResults.ValidateThen(new ValidationErrors(), action, TypedResults.Ok);
}

/// <summary>The id of the user the API created.</summary>
public sealed record CreatedUser(Guid Id);
