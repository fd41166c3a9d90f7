using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Samordna.Web.Features.Economy;
using Samordna.Web.Features.Economy.AnnualReports;
using Samordna.Web.Features.Economy.Data;

namespace Samordna.UnitTests.Economy;

/// <summary>
/// The account-to-line mapping and the administration categories as the app binds them: a configured list replaces the
/// default (the configuration binder alone would add to it, so 14 could never leave the receivables), an unset one keeps it.
/// </summary>
public sealed class AnnualReportOptionsTests
{
    private static IServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        new EconomyArea().AddServices(services, configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void A_configured_list_replaces_the_default_and_the_others_keep_theirs()
    {
        var services = Services(new()
        {
            ["Economy:AnnualReport:Receivables:0"] = "15",
            ["Economy:AnnualReport:Receivables:1"] = "16",
            ["Economy:AdministrationCategories:0"] = "Administration",
        });

        var lines = services.GetRequiredService<IOptions<AnnualReportOptions>>().Value;
        Assert.Equal(["15", "16"], lines.Receivables);
        Assert.Equal(["19"], lines.Cash);
        Assert.Equal([BudgetCategory.Administration], services.GetRequiredService<IOptions<EconomyOptions>>().Value.AdministrationCategories);
        Assert.Equal([BudgetCategory.Board, BudgetCategory.Administration, BudgetCategory.Audit], Services([]).GetRequiredService<IOptions<EconomyOptions>>().Value.AdministrationCategories);
    }

    [Fact]
    public void A_prefix_in_two_lines_or_an_income_category_as_administration_is_refused()
    {
        Assert.Throws<OptionsValidationException>(() => Services(new() { ["Economy:AnnualReport:Cash:0"] = "15" }).GetRequiredService<IOptions<AnnualReportOptions>>().Value);
        Assert.Throws<OptionsValidationException>(() => Services(new() { ["Economy:AdministrationCategories:0"] = "OtherIncome" }).GetRequiredService<IOptions<EconomyOptions>>().Value);
    }
}
