using Microsoft.AspNetCore.Http.HttpResults;
using Samordna.Web.Data.Demo;
using Samordna.Web.Features.Administration.AuditLog;
using Samordna.Web.Features.Administration.Users;
using Samordna.Web.Features.Shared;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Administration;

/// <summary>Users, roles and the audit log.</summary>
public sealed class AdministrationArea : IFeatureArea
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CreateUserHandler>();
        services.AddScoped<ListUsersHandler>();
        services.AddScoped<GetAuditLogHandler>();
        services.AddScoped<IDemoDataContributor, AccountsDemoData>();
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new("Användare", "/admin/anvandare", NavPlacement.Main, 90, AdministrationPermissions.ManageUsers),
        new("Granskningslogg", "/forbund/{associationId}/granskningslogg", NavPlacement.Association, 90, AdministrationPermissions.ViewAuditLog),
    ];

    public void MapApi(RouteGroupBuilder api)
    {
        var users = api.MapGroup("/admin/users").WithTags("Administration");
        users.MapGet("", async (ListUsersHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .RequirePermission(AdministrationPermissions.ManageUsers)
            .WithName("ListUsers")
            .WithSummary("Alla användare med roller.");
        users.MapPost("", CreateUser)
            .RequirePermission(AdministrationPermissions.ManageUsers)
            .WithName("CreateUser")
            .WithSummary("Lägg till en användare med en första roll.");

        api.MapGet("/associations/{associationId:guid}/audit", async (Guid associationId, int? page, GetAuditLogHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(associationId, page ?? 1, ct)))
            .WithTags("Administration")
            .RequirePermission(AdministrationPermissions.ViewAuditLog)
            .WithName("GetAuditLog")
            .WithSummary("Förbundets granskningslogg, senaste först, 50 per sida.");
    }

    public sealed record CreatedUser(Guid Id);

    private static async Task<Results<Created<CreatedUser>, ValidationProblem, ProblemHttpResult>> CreateUser(
        CreateUserRequest request, CreateUserHandler handler, CancellationToken ct)
    {
        var errors = CreateUserHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(request, ct);
        if (!result.IsSuccess)
        {
            return ApiResults.Failure<Created<CreatedUser>>(result.Error!);
        }

        return TypedResults.Created($"/api/v1/admin/users/{result.Value}", new CreatedUser(result.Value));
    }
}
