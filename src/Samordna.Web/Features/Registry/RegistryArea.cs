using Microsoft.AspNetCore.Http.HttpResults;
using Samordna.Web.Data.Demo;
using Samordna.Web.Domain;
using Samordna.Web.Features.Registry.AssociationOverview;
using Samordna.Web.Features.Registry.ListAssociations;
using Samordna.Web.Features.Registry.UpdateAssociation;
using Samordna.Web.Features.Shared;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Registry;

/// <summary>The national register of associations and their members, with history.</summary>
public sealed class RegistryArea : IFeatureArea
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ListAssociationsHandler>();
        services.AddScoped<GetAssociationHandler>();
        services.AddScoped<UpdateAssociationHandler>();
        services.AddScoped<IDemoDataContributor, RegistryDemoData>();
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new("Förbund", "/forbund", NavPlacement.Main, 10),
        new("Översikt", "/forbund/{associationId}", NavPlacement.Association, 0, RegistryPermissions.View),
        new("Medlemmar", "/forbund/{associationId}/medlemmar", NavPlacement.Association, 10, RegistryPermissions.View),
    ];

    public void MapApi(RouteGroupBuilder api)
    {
        var associations = api.MapGroup("/associations").WithTags("Förbund");
        associations.MapGet("", ListAssociations)
            .RequireAuthorization()
            .WithName("ListAssociations")
            .WithSummary("Förbund som användaren får se (alla för nationella roller).");

        var one = associations.MapGroup("/{associationId:guid}");
        one.MapGet("", GetAssociation)
            .RequirePermission(RegistryPermissions.View)
            .WithName("GetAssociation")
            .WithSummary("Ett förbund med dess medlemmar ett visst datum (asOf, standard i dag).");
        one.MapPut("", UpdateAssociation)
            .RequirePermission(RegistryPermissions.Manage)
            .WithName("UpdateAssociation")
            .WithSummary("Ändra förbundets grunduppgifter. Skicka den version du läste; 409 om någon annan hunnit ändra.");
        one.MapGet("/members", ListMembers)
            .RequirePermission(RegistryPermissions.View)
            .WithName("ListMembers")
            .WithSummary("Förbundets medlemmar ett visst datum (asOf, standard i dag).");
    }

    private static async Task<Ok<IReadOnlyList<AssociationListItem>>> ListAssociations(ListAssociationsHandler handler, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(SwedishCulture.Today(clock), ct));

    private static async Task<Results<Ok<AssociationDetails>, ProblemHttpResult>> GetAssociation(
        Guid associationId, DateOnly? asOf, GetAssociationHandler handler, TimeProvider clock, CancellationToken ct)
    {
        var details = await handler.HandleAsync(associationId, asOf ?? SwedishCulture.Today(clock), ct);
        return details is null ? ApiResults.Problem(RegistryErrors.AssociationNotFound) : TypedResults.Ok(details);
    }

    private static async Task<Results<Ok<IReadOnlyList<MemberItem>>, ProblemHttpResult>> ListMembers(
        Guid associationId, DateOnly? asOf, GetAssociationHandler handler, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await handler.MembersAsync(associationId, asOf ?? SwedishCulture.Today(clock), ct));

    public sealed record VersionResponse(long Version);

    private static async Task<Results<Ok<VersionResponse>, ValidationProblem, ProblemHttpResult>> UpdateAssociation(
        Guid associationId, UpdateAssociationRequest request, UpdateAssociationHandler handler, CancellationToken ct)
    {
        var errors = UpdateAssociationHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(associationId, request, ct);
        return result.IsSuccess ? TypedResults.Ok(new VersionResponse(result.Value)) : ApiResults.Problem(result.Error!);
    }
}
