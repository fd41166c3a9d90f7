using Microsoft.AspNetCore.Http.HttpResults;
using Samordna.Web.Domain;
using Samordna.Web.Features.Compliance.CompliancePanel;
using Samordna.Web.Features.Shared;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Compliance;

/// <summary>The compliance panel: runs every area's registered <see cref="IComplianceCheck"/> for an association on a date.</summary>
public sealed class ComplianceArea : IFeatureArea
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<RunComplianceHandler>();

    public IEnumerable<NavItem> Navigation =>
    [
        new("Regelefterlevnad", "/forbund/{associationId}/regelefterlevnad", NavPlacement.Association, 50, CompliancePermissions.View),
    ];

    public void MapApi(RouteGroupBuilder api) =>
        api.MapGet("/associations/{associationId:guid}/compliance", GetCompliance)
            .WithTags("Regelefterlevnad")
            .RequirePermission(CompliancePermissions.View)
            .WithName("GetCompliance")
            .WithSummary("Förbundet prövat mot alla registrerade regler ett visst datum (asOf, standard i dag): brister och varningar med regelkälla.");

    private static async Task<Results<Ok<ComplianceReport>, ProblemHttpResult>> GetCompliance(
        Guid associationId, DateOnly? asOf, RunComplianceHandler handler, TimeProvider clock, CancellationToken ct)
    {
        var report = await handler.HandleAsync(associationId, asOf ?? SwedishCulture.Today(clock), ct);
        return report is null ? ApiResults.Problem(ComplianceErrors.AssociationNotFound) : TypedResults.Ok(report);
    }
}
