using Samordna.Web.Features.Compliance.CompliancePanel;
using Samordna.Web.Features.Compliance.Todo;
using Samordna.Web.Features.Todo;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Compliance;

/// <summary>The compliance panel: runs every area's registered <see cref="IComplianceCheck"/> for an association on a date.</summary>
public sealed class ComplianceArea : IFeatureArea
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<ITodoSource, ComplianceTodoSource>();

    public IEnumerable<NavItem> Navigation =>
    [
        new("Regelefterlevnad", "/forbund/{associationId}/regelefterlevnad", NavPlacement.Association, 50, CompliancePermissions.View),
    ];

    public void MapApi(RouteGroupBuilder api) => CompliancePanelEndpoints.Map(api);
}
