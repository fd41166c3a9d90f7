using Samordna.Web.Data.Demo;
using Samordna.Web.Features.Compliance;
using Samordna.Web.Features.Governance.SaveDecision;
using Samordna.Web.Features.Interventions.Catalogue;
using Samordna.Web.Features.Interventions.Compliance;
using Samordna.Web.Features.Interventions.Documents;
using Samordna.Web.Features.Interventions.ImportInterventions;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Interventions.ListInterventions;
using Samordna.Web.Features.Interventions.ManageMoney;
using Samordna.Web.Features.Interventions.MoveIntervention;
using Samordna.Web.Features.Interventions.PublishIntervention;
using Samordna.Web.Features.Interventions.Reminders;
using Samordna.Web.Features.Interventions.Rules;
using Samordna.Web.Features.Interventions.SaveIntervention;
using Samordna.Web.Features.Interventions.SubmitReport;
using Samordna.Web.Features.Interventions.Todo;
using Samordna.Web.Features.Interventions.ViewIntervention;
using Samordna.Web.Features.Todo;
using Samordna.Web.Infrastructure.Cli;
using Samordna.Web.Infrastructure.Jobs;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Interventions;

/// <summary>Interventions (insatser) from idea to final report, and the public catalogue (see README.md).</summary>
public sealed class InterventionsArea : IFeatureArea
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InterventionsOptions>()
            .Bind(configuration.GetSection(InterventionsOptions.Section))
            .PostConfigure(o => o.ApplyDefaults())
            .Validate(o => o.WorkingAgeFrom is >= 0 and <= 120 && o.WorkingAgeTo is >= 0 and <= 120 && o.WorkingAgeFrom <= o.WorkingAgeTo,
                "Interventions:WorkingAgeFrom och WorkingAgeTo måste vara åldrar mellan 0 och 120, den första inte större än den andra.")
            .Validate(o => o.ContinuingFundingYears is >= 1 and <= 50, "Interventions:ContinuingFundingYears måste vara mellan 1 och 50.")
            .Validate(o => o.ReminderDaysBefore is >= 0 and <= 365, "Interventions:ReminderDaysBefore måste vara mellan 0 och 365.")
            .Validate(o => o.ReportDueHorizonDays is >= 0 and <= 365, "Interventions:ReportDueHorizonDays måste vara mellan 0 och 365.")
            .Validate(o => o.TargetGroups.Concat(o.IndividualOrientations).Concat(o.StructuralOrientations).All(c => c.Code.Length is > 0 and <= 80 && c.Name.Length is > 0 and <= 200),
                "Interventions: varje kod i listorna behöver en kod (högst 80 tecken) och ett namn (högst 200 tecken).")
            .ValidateOnStart();
        services.AddScoped<InterventionActors>();
        services.AddScoped<CatalogueIndex>();
        services.AddScoped<GrantCeiling>();
        services.AddScoped<IDecisionLinkTarget, InterventionLinkTarget>();
        services.AddScoped<IComplianceCheck, InterventionComplianceCheck>();
        services.AddScoped<ITodoSource, InterventionTodoSource>();
        services.AddScoped<IDemoDataContributor, InterventionsDemoData>();
        services.AddSingleton<IOperatorCommand, GenerateCatalogueCommand>();
        services.AddSingleton<IOperatorCommand, ImportInterventionsCommand>();
        services.AddScheduledJob<ReportReminderJob>(ReportReminderJob.Name, ReportReminderJob.DefaultSchedule);
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new("Insatskatalogen", "/insatser", NavPlacement.Main, 20, Public: true),
        new("Insatser", "/forbund/{associationId}/insatser", NavPlacement.Association, 20, InterventionsPermissions.View),
    ];

    public void MapApi(RouteGroupBuilder api)
    {
        var interventions = api.MapGroup("/associations/{associationId:guid}/interventions").WithTags("Insatser");
        ListInterventionsEndpoints.Map(interventions);
        ViewInterventionEndpoints.Map(interventions);
        SaveInterventionEndpoints.Map(interventions);
        MoveInterventionEndpoints.Map(interventions);
        ManageMoneyEndpoints.Map(interventions);
        SubmitReportEndpoints.Map(interventions);
        PublishInterventionEndpoints.Map(interventions);
        ManageDocumentsEndpoints.Map(interventions);
        CatalogueEndpoints.Map(api);
    }
}
