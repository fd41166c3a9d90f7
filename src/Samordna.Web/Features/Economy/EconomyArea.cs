using Samordna.Web.Data.Demo;
using Samordna.Web.Features.Economy.Budgets;
using Samordna.Web.Features.Economy.Todo;
using Samordna.Web.Features.Governance.SaveDecision;
using Samordna.Web.Features.Todo;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Economy;

/// <summary>The association's economy: the budget and its consultation and adoption, and the SIE reader (see README.md).</summary>
public sealed class EconomyArea : IFeatureArea
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EconomyOptions>()
            .Configure(o => ClearConfiguredLists(o, configuration.GetSection(EconomyOptions.Section)))
            .Bind(configuration.GetSection(EconomyOptions.Section))
            .Validate(o => o.BudgetDeadlineMonth is >= 1 and <= 12 && o.BudgetDeadlineDay >= 1 && o.BudgetDeadlineDay <= DateTime.DaysInMonth(2001, o.BudgetDeadlineMonth),
                "Economy:BudgetDeadlineMonth och BudgetDeadlineDay måste vara en dag som finns varje år.")
            .Validate(o => o.BudgetWarningDays is >= 0 and <= 365, "Economy:BudgetWarningDays måste vara mellan 0 och 365.")
            .Validate(o => o.AnnualReportDeadlineMonth is >= 1 and <= 12 && o.AnnualReportDeadlineDay >= 1 && o.AnnualReportDeadlineDay <= DateTime.DaysInMonth(2001, o.AnnualReportDeadlineMonth),
                "Economy:AnnualReportDeadlineMonth och AnnualReportDeadlineDay måste vara en dag som finns varje år.")
            .Validate(o => o.AnnualReportWarningDays is >= 0 and <= 365, "Economy:AnnualReportWarningDays måste vara mellan 0 och 365.")
            .Validate(o => o.TertialEnds().Count is >= 1 and <= 3, "Economy:ForecastTertialEnds måste vara en till tre dagar som MM-DD i ordning, till exempel 04-30,08-31.")
            .Validate(o => o.ForecastDueDays is >= 0 and <= 120, "Economy:ForecastDueDays måste vara mellan 0 och 120.")
            .Validate(o => o.AdministrationCategories.Count > 0 && o.AdministrationCategories.All(c => Enum.IsDefined(c) && !BudgetRules.IsIncome(c)),
                "Economy:AdministrationCategories måste vara kostnadsslag (Board, Administration, Audit, Intervention).")
            .ValidateOnStart();
        services.AddOptions<AnnualReports.AnnualReportOptions>()
            .Configure(o => ClearConfiguredLists(o, configuration.GetSection(AnnualReports.AnnualReportOptions.Section)))
            .Bind(configuration.GetSection(AnnualReports.AnnualReportOptions.Section))
            .Validate<IOptions<EconomyOptions>>((o, economy) => o.IsUnambiguous(economy.Value.EquityAccountPrefixes),
                "Economy:AnnualReport: varje kontoprefix (också Economy:EquityAccountPrefixes) får stå på en rad och får inte vara tomt.")
            .ValidateOnStart();
        services.AddScoped<BudgetCommenter>();
        services.AddScoped<Actuals.ActualsReader>();
        services.AddScoped<Equity.EquityReader>();
        services.AddScoped<KeyFigures.KeyFiguresReader>();
        services.AddScoped<AnnualReports.AnnualReportReader>();
        services.AddScoped<Members.MemberReportReader>();
        services.AddScoped<ITodoSource, EquityTodoSource>();
        services.AddScoped<ITodoSource, BudgetTodoSource>();
        services.AddScoped<ITodoSource, AnnualReportTodoSource>();
        services.AddScoped<ITodoSource, ForecastTodoSource>();
        services.AddScoped<IDecisionLinkTarget, BudgetLinkTarget>();
        services.AddScoped<IDemoDataContributor, EconomyDemoData>();
    }

    /// <summary>
    /// The configuration binder adds a configured list to the default one (so 14 could never leave the receivables);
    /// a list that is configured replaces the default instead. Runs before the binding.
    /// </summary>
    private static void ClearConfiguredLists(object options, IConfigurationSection section)
    {
        foreach (var property in options.GetType().GetProperties().Where(p => p.CanRead && typeof(System.Collections.IList).IsAssignableFrom(p.PropertyType)))
        {
            if (section.GetSection(property.Name).GetChildren().Any() && property.GetValue(options) is System.Collections.IList list)
            {
                list.Clear();
            }
        }
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new("Budget", "/forbund/{associationId}/ekonomi/budget", NavPlacement.Association, 39, EconomyPermissions.ViewBudget),
    ];

    public void MapApi(RouteGroupBuilder api)
    {
        var association = api.MapGroup("/associations/{associationId:guid}").WithTags("Ekonomi");
        BudgetEndpoints.Map(association.MapGroup("/budgets"));
        Actuals.ActualsEndpoints.Map(association);
        Equity.EquityEndpoints.Map(association);
        KeyFigures.KeyFiguresEndpoints.Map(association);
        AnnualReports.AnnualReportEndpoints.Map(association);
        Members.MemberLedgerEndpoints.Map(association);
        Forecasts.ForecastEndpoints.Map(association);
    }
}
