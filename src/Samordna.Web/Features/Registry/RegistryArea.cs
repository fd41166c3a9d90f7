using Samordna.Web.Data.Demo;
using Samordna.Web.Features.Compliance;
using Samordna.Web.Features.Registry.AddMember;
using Samordna.Web.Features.Registry.AssociationOverview;
using Samordna.Web.Features.Registry.CharterVersions;
using Samordna.Web.Features.Registry.CreateAssociation;
using Samordna.Web.Features.Registry.CreateCharterVersion;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.EndAssociation;
using Samordna.Web.Features.Registry.ExitMember;
using Samordna.Web.Features.Registry.ExportRegister;
using Samordna.Web.Features.Registry.ImportRegister;
using Samordna.Web.Features.Registry.ListAssociations;
using Samordna.Web.Features.Registry.ListEvents;
using Samordna.Web.Features.Registry.MergeAssociations;
using Samordna.Web.Features.Registry.NationalOverview;
using Samordna.Web.Features.Registry.RecordCharterDecision;
using Samordna.Web.Features.Registry.RegisterChecks;
using Samordna.Web.Features.Registry.UpdateAssociation;
using Samordna.Web.Features.Shared;
using Samordna.Web.Infrastructure.Cli;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Registry;

/// <summary>The national register of associations and their members, with history.</summary>
public sealed class RegistryArea : IFeatureArea
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<RegisterReader>();
        services.AddScoped<ListAssociationsHandler>();
        services.AddScoped<GetAssociationHandler>();
        services.AddScoped<CreateAssociationHandler>();
        services.AddScoped<UpdateAssociationHandler>();
        services.AddScoped<EndAssociationHandler>();
        services.AddScoped<AddMemberHandler>();
        services.AddScoped<ExitMemberHandler>();
        services.AddScoped<ListEventsHandler>();
        services.AddScoped<GetCharterHandler>();
        services.AddScoped<CreateCharterVersionHandler>();
        services.AddScoped<RecordCharterDecisionHandler>();
        services.AddScoped<MergeAssociationsHandler>();
        services.AddScoped<GetNationalOverviewHandler>();
        services.AddScoped<ExportRegisterHandler>();
        services.AddScoped<ImportRegisterHandler>();
        services.AddScoped<IComplianceCheck, RegistryComplianceCheck>();
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
