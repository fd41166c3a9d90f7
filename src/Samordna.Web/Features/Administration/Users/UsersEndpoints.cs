namespace Samordna.Web.Features.Administration.Users;

/// <summary>List and create users. The API endpoints of this use case; the area file lists them.</summary>
internal static class UsersEndpoints
{
    public static void Map(RouteGroupBuilder users)
    {
        users.MapGet("", async (ListUsersHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .Declare(AdministrationPermissions.ManageUsers, "ListUsers", "Alla användare med roller.");
        users.MapPost("", CreateUser)
            .Declare(AdministrationPermissions.ManageUsers, "CreateUser", "Lägg till en användare med en första roll.");
    }

    private static Task<Results<Created<CreatedUser>, ValidationProblem, ProblemHttpResult>> CreateUser(
        CreateUserRequest request, CreateUserHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(CreateUserHandler.Validate(request), () => handler.HandleAsync(request, ct),
            id => TypedResults.Created($"/api/v1/admin/users/{id}", new CreatedUser(id)));
}

/// <summary>The id of the user the API created.</summary>
public sealed record CreatedUser(Guid Id);
