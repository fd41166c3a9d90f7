using Samordna.Web.Data.Demo;
using Samordna.Web.Features.Allocation.CompareRuns;
using Samordna.Web.Features.Allocation.ComputeAllocation;
using Samordna.Web.Features.Allocation.Contributions;
using Samordna.Web.Features.Allocation.DecideRun;
using Samordna.Web.Features.Allocation.EditAssociationInputs;
using Samordna.Web.Features.Allocation.EditParameters;
using Samordna.Web.Features.Allocation.ImportDataSet;
using Samordna.Web.Features.Allocation.ListDataSets;
using Samordna.Web.Features.Allocation.ListRuns;
using Samordna.Web.Features.Allocation.Overview;
using Samordna.Web.Features.Allocation.ReproduceRun;
using Samordna.Web.Features.Allocation.RunAllocation;
using Samordna.Web.Features.Allocation.Todo;
using Samordna.Web.Features.Allocation.ViewDataSet;
using Samordna.Web.Features.Allocation.ViewRun;
using Samordna.Web.Features.Todo;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Allocation;

/// <summary>
/// The state allocation (national: data sets, year parameters, runs, decisions) and the members' contributions (per
/// association). The pure engine is in Engine/, the file formats in Files/; see README.md.
/// </summary>
public sealed class AllocationArea : IFeatureArea
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<RunInputsBuilder>();
        services.AddScoped<ContributionBuilder>();
        services.AddScoped<ITodoSource, ContributionTodoSource>();
        services.AddScoped<IDemoDataContributor, AllocationDemoData>();
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new("Medelstilldelning", "/medelstilldelning", NavPlacement.Main, 40, AllocationPermissions.ViewNational),
        new("Medlemsbidrag", "/forbund/{associationId}/medlemsbidrag", NavPlacement.Association, 40, AllocationPermissions.ViewContributions),
        new("Underlag till tilldelningen", "/forbund/{associationId}/tilldelningsunderlag", NavPlacement.Association, 41, AllocationPermissions.EditInputs),
    ];

    public void MapApi(RouteGroupBuilder api)
    {
        var allocation = api.MapGroup("/allocation").WithTags("Medelstilldelning");
        ComputeAllocationEndpoints.Map(allocation);
        ListDataSetsEndpoints.Map(allocation);
        ImportDataSetEndpoints.Map(allocation);
        ViewDataSetEndpoints.Map(allocation);
        EditParametersEndpoints.Map(allocation);
        OverviewEndpoints.Map(allocation);
        RunAllocationEndpoints.Map(allocation);
        ListRunsEndpoints.Map(allocation);
        ViewRunEndpoints.Map(allocation);
        DecideRunEndpoints.Map(allocation);
        ReproduceRunEndpoints.Map(allocation);
        CompareRunsEndpoints.Map(allocation);

        var association = api.MapGroup("/associations/{associationId:guid}").WithTags("Medelstilldelning");
        EditAssociationInputsEndpoints.Map(association);
        ContributionsEndpoints.Map(association);
    }
}

/// <summary>A change's new version (send it with the next change).</summary>
public sealed record VersionResponse(long? Version);

/// <summary>The version a change was made on.</summary>
public sealed record VersionRequest(long? Version);
