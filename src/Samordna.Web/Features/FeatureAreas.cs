using Samordna.Web.Features.Account;
using Samordna.Web.Features.Administration;
using Samordna.Web.Features.Allocation;
using Samordna.Web.Features.Compliance;
using Samordna.Web.Features.Economy;
using Samordna.Web.Features.FollowUp;
using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Home;
using Samordna.Web.Features.Interventions;
using Samordna.Web.Features.Registry;
using Samordna.Web.Features.Todo;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features;

/// <summary>
/// The table of contents of the product: every feature area, in menu order of their first appearance. The web start
/// (Program.cs) and the benchmarks' host both add the areas through this one list, so neither can miss one.
/// </summary>
public static class FeatureAreas
{
    public static WebApplicationBuilder AddSamordnaFeatureAreas(this WebApplicationBuilder builder) =>
        builder
            .AddFeatureArea<HomeArea>()
            .AddFeatureArea<AccountArea>()
            .AddFeatureArea<RegistryArea>()
            .AddFeatureArea<GovernanceArea>()
            .AddFeatureArea<ComplianceArea>()
            .AddFeatureArea<TodoArea>()
            .AddFeatureArea<AllocationArea>()
            .AddFeatureArea<InterventionsArea>()
            .AddFeatureArea<FollowUpArea>()
            .AddFeatureArea<EconomyArea>()
            .AddFeatureArea<AdministrationArea>();
}
