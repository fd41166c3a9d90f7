using Samordna.Web.Data.Demo;
using Samordna.Web.Features.Administration.AuditLog;
using Samordna.Web.Features.Administration.Users;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Administration;

/// <summary>Users, roles and the audit log.</summary>
public sealed class AdministrationArea : IFeatureArea
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IDemoDataContributor, AccountsDemoData>();
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new("Användare", "/admin/anvandare", NavPlacement.Main, 90, AdministrationPermissions.ManageUsers),
        new("Granskningslogg", "/forbund/{associationId}/granskningslogg", NavPlacement.Association, 90, AdministrationPermissions.ViewAuditLog),
    ];

    public void MapApi(RouteGroupBuilder api)
    {
        UsersEndpoints.Map(api.MapGroup("/admin/users").WithTags("Administration"));
        AuditLogEndpoints.Map(api);
    }
}
