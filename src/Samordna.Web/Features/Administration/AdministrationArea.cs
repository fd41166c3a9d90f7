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
        services.AddScoped<UserFormLists>();
        services.AddScoped<Invitations>();
        services.AddOptions<InvitationOptions>()
            .Bind(configuration.GetSection(InvitationOptions.Section))
            .Validate(o => o.ValidDays is >= 1 and <= 30, "Invitations:ValidDays måste vara mellan 1 och 30.")
            .Validate(o => string.IsNullOrEmpty(o.LinkBaseUrl) || Uri.TryCreate(o.LinkBaseUrl, UriKind.Absolute, out _), "Invitations:LinkBaseUrl måste vara en fullständig adress (https://…).")
            .ValidateOnStart();
        services.AddOptions<Microsoft.AspNetCore.Identity.DataProtectionTokenProviderOptions>()
            .Configure<IOptions<InvitationOptions>>((tokens, invitations) => tokens.TokenLifespan = TimeSpan.FromDays(invitations.Value.ValidDays));
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new("Användare", "/admin/anvandare", NavPlacement.Main, 90, AdministrationPermissions.ManageUsers),
        new("Granskningslogg", "/admin/granskningslogg", NavPlacement.Main, 91, AdministrationPermissions.ManageUsers),
        new("Granskningslogg", "/forbund/{associationId}/granskningslogg", NavPlacement.Association, 90, AdministrationPermissions.ViewAuditLog),
    ];

    public void MapApi(RouteGroupBuilder api)
    {
        UsersEndpoints.Map(api.MapGroup("/admin/users").WithTags("Administration"));
        AuditLogEndpoints.Map(api);
    }
}
