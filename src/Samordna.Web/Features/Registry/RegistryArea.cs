using Samordna.Web.Data.Demo;
using Samordna.Web.Features.Compliance;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.RegisterChecks;
using Samordna.Web.Features.Registry.Todo;
using Samordna.Web.Features.Todo;
using Samordna.Web.Infrastructure.Cli;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Registry;

/// <summary>The national register of associations and their members, with history.</summary>
public sealed class RegistryArea : IFeatureArea
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<RegisterReader>();
        services.AddScoped<IComplianceCheck, RegistryComplianceCheck>();
        services.AddScoped<ITodoSource, CharterDecisionTodoSource>();
        services.AddSingleton<IOperatorCommand, RegistryCommand>();
        services.AddScoped<IDemoDataContributor, RegistryDemoData>();
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new("Förbund", "/forbund", NavPlacement.Main, 10),
        new("Nationellt", "/nationellt", NavPlacement.Main, 15, Public: true),
        new("Översikt", "/forbund/{associationId}", NavPlacement.Association, 0, RegistryPermissions.View),
        new("Medlemmar", "/forbund/{associationId}/medlemmar", NavPlacement.Association, 10, RegistryPermissions.View),
        new("Förbundsordning", "/forbund/{associationId}/forbundsordning", NavPlacement.Association, 20, RegistryPermissions.View),
    ];

    public void MapApi(RouteGroupBuilder api)
    {
        var associations = api.MapGroup("/associations").WithTags("Förbund");
        var one = associations.MapGroup("/{associationId:guid}");
        var registry = api.MapGroup("/registry").WithTags("Nationellt register");
        ListAssociations.ListAssociationsEndpoints.Map(associations);
        CreateAssociation.CreateAssociationEndpoints.Map(associations);
        AssociationOverview.AssociationOverviewEndpoints.Map(one);
        UpdateAssociation.UpdateAssociationEndpoints.Map(one);
        EndAssociation.EndAssociationEndpoints.Map(one);
        ListMembers.ListMembersEndpoints.Map(one);
        AddMember.AddMemberEndpoints.Map(one);
        ExitMember.ExitMemberEndpoints.Map(one);
        ListEvents.ListEventsEndpoints.Map(one);
        CharterVersions.CharterVersionsEndpoints.Map(one);
        CreateCharterVersion.CreateCharterVersionEndpoints.Map(one);
        RecordCharterDecision.RecordCharterDecisionEndpoints.Map(one);
        NationalOverview.NationalOverviewEndpoints.Map(registry);
        ExportRegister.ExportRegisterEndpoints.Map(registry);
        ImportRegister.ImportRegisterEndpoints.Map(registry);
        MergeAssociations.MergeAssociationsEndpoints.Map(registry);
    }
}

/// <summary>A change's new version (send it with the next change).</summary>
public sealed record VersionResponse(long Version);

/// <summary>The id of a row the API created.</summary>
public sealed record CreatedResponse(Guid Id);
