using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Domain;
using Samordna.Web.Features.Economy.Actuals;
using Samordna.Web.Features.Economy.AnnualReports;
using Samordna.Web.Features.Economy.Budgets;
using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Economy.Members;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Documents;

namespace Samordna.IntegrationTests.Platform;

/// <summary>The demo data as <c>dotnet run</c> loads it, read as a newcomer would.</summary>
[Collection(DemoCollection.Name)]
public sealed class DemoDataTests(DemoDataFixture fixture)
{
    /// <summary>
    /// Finsam began in 2004 and about 80 associations existed by the mid-2010s; the demo's national history must read
    /// like that, not jump from a handful to 81 in one year (issue 12).
    /// </summary>
    [Fact]
    public async Task The_demo_national_history_grows_over_plausible_years()
    {
        using var api = fixture.Host.NewClient();
        var overview = await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/registry/overview");
        var years = overview.GetProperty("years").EnumerateArray()
            .ToDictionary(y => y.GetProperty("year").GetInt32(), y => y.GetProperty("associations").GetInt32());

        Assert.True(years.GetValueOrDefault(2004) <= 5, $"2004: {years.GetValueOrDefault(2004)}");
        Assert.InRange(years[2015], 75, 90);
        for (var year = 2005; year <= 2015; year++)
        {
            var added = years[year] - years.GetValueOrDefault(year - 1);
            Assert.True(added <= 15, $"{year}: {added} associations formed in one year");
        }
    }

    /// <summary>The demo interventions carry a few documents: labelled as demo, real PDFs, downloadable by the demo office.</summary>
    [Fact]
    public async Task Running_and_closed_demo_interventions_have_demo_PDFs_that_the_demo_office_can_download()
    {
        var host = fixture.Host;
        var documents = await host.WithDbAsync(db => (from d in db.Set<InterventionDocument>().AsNoTracking()
                                                      join i in db.Set<Intervention>().AsNoTracking() on d.InterventionId equals i.Id
                                                      select new { d.Id, d.AssociationId, d.InterventionId, d.FileName, d.Kind, i.IsDemo, i.Name }).ToListAsync());

        Assert.InRange(documents.Count, 3, 20);
        Assert.All(documents, d => Assert.True(d.IsDemo && d.FileName.EndsWith(" (demo).pdf", StringComparison.Ordinal), $"{d.Name}: {d.FileName}"));
        Assert.Contains(documents, d => d.Kind == DocumentKind.Agreement && d.Name == "Steg mot arbete (demo)");
        Assert.Contains(documents, d => d.Kind == DocumentKind.Report && d.Name == "Aktivitetshus pilot (demo)");

        using var api = host.NewClient();
        var token = await host.GetTokenAsync("kansli.finnveden@demo.samordna.se", "Demo-Samordna-2026");
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var finnveden = documents.First(d => d.Name == "Steg mot arbete (demo)" && d.Kind == DocumentKind.Agreement);
        var download = await api.GetAsync($"/api/v1/associations/{finnveden.AssociationId}/interventions/{finnveden.InterventionId}/documents/{finnveden.Id}");
        Assert.True(download.StatusCode == HttpStatusCode.OK, await download.BodyAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        var pdf = await download.Content.ReadAsByteArrayAsync();
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-1.4\n", text, StringComparison.Ordinal);
        Assert.Contains("(DEMO) Tj", text, StringComparison.Ordinal);
        Assert.Contains("(Överenskommelse: Steg mot arbete \\(demo\\)) Tj", text, StringComparison.Ordinal);

        // A valid PDF: every entry of the cross-reference table points at its object, and startxref at the table.
        var xref = int.Parse(text[(text.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n0 6\n", text[xref..], StringComparison.Ordinal);
        var entries = text[xref..].Split('\n').Skip(3).Take(5).ToList();
        for (var n = 1; n <= 5; n++)
        {
            var offset = int.Parse(entries[n - 1][..10], System.Globalization.CultureInfo.InvariantCulture);
            Assert.StartsWith($"{n} 0 obj\n", text[offset..], StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Issue 8: Värnamo's member representative reads Finnveden's whole contribution table for next year through the
    /// API, with this year's adopted amounts beside it (the demo adopts both years), and last year's lines add up to
    /// last year's totals.
    /// </summary>
    [Fact]
    public async Task A_member_representative_reads_every_line_of_the_contributions_with_last_years_amounts()
    {
        var host = fixture.Host;
        var finnveden = await host.WithDbAsync(db => db.Set<Samordna.Web.Features.Registry.Data.Association>().IgnoreQueryFilters().Where(a => a.Code == "finnveden").Select(a => a.Id).SingleAsync());
        var year = await host.WithDbAsync(db => db.Set<Samordna.Web.Features.Allocation.Data.AllocationRun>()
            .Where(r => r.Status == Samordna.Web.Features.Allocation.Data.AllocationRunStatus.Decided).MaxAsync(r => r.Year));
        using var api = host.NewClient();
        var token = await host.GetTokenAsync("medlem.varnamo@demo.samordna.se", "Demo-Samordna-2026");
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var c = await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/associations/{finnveden}/contributions/{year}");

        var lines = c.GetProperty("lines").EnumerateArray().ToList();
        var municipalities = lines.Where(l => l.GetProperty("kind").GetString() == "Municipality").ToList();
        Assert.Equal(["Gislaveds kommun", "Gnosjö kommun", "Värnamo kommun"], municipalities.Select(l => l.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        var previous = c.GetProperty("previousYear");
        Assert.Equal(year - 1, previous.GetProperty("year").GetInt32());
        Assert.Equal(previous.GetProperty("municipalitiesTotal").GetDecimal(), municipalities.Sum(l => l.GetProperty("previousYearAmount").GetDecimal()));
        Assert.Equal(c.GetProperty("municipalitiesTotal").GetDecimal(), municipalities.Sum(l => l.GetProperty("amount").GetDecimal()));
        Assert.Equal(2 * previous.GetProperty("stateAllocation").GetDecimal(), previous.GetProperty("total").GetDecimal());
    }
    /// <summary>
    /// The economy pages of a demo association showed zeros: the demo had no books and no adopted budget for the current
    /// year. Now Finnveden has both, and they agree: the books balance, every result account is mapped, the members'
    /// contributions in the books are what the member ledger says was paid, each cost category has been spent and the
    /// intervention costs are split over the interventions (through their projects), and the pages show the figures.
    /// </summary>
    [Fact]
    public async Task The_demo_association_has_an_adopted_budget_and_books_for_the_current_year_that_agree()
    {
        var host = fixture.Host;
        await using var scope = host.CreateScope();
        var year = SwedishCulture.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>()).Year;
        var finnveden = await host.WithDbAsync(db => db.Set<Samordna.Web.Features.Registry.Data.Association>().IgnoreQueryFilters().Where(a => a.Code == "finnveden").Select(a => a.Id).SingleAsync());

        var budget = await host.WithDbAsync(db => db.AdoptedBudgetAsync(finnveden, year, CancellationToken.None));
        Assert.NotNull(budget);
        Assert.NotNull(budget.DecisionId);
        var income = Sek.Sum(budget.Lines.Where(l => BudgetRules.IsIncome(l.Category)).Select(l => l.Amount));
        var costs = Sek.Sum(budget.Lines.Where(l => !BudgetRules.IsIncome(l.Category)).Select(l => l.Amount));
        Assert.True(income > Sek.Zero && costs > Sek.Zero, $"{income} {costs}");

        var actuals = await scope.ServiceProvider.GetRequiredService<ActualsReader>().ReadAsync(finnveden, year, CancellationToken.None);
        Assert.NotNull(actuals);
        Assert.Empty(actuals.UnmappedAccounts);
        var ledger = await scope.ServiceProvider.GetRequiredService<MemberLedgerHandler>().ReadAsync(finnveden, year, actuals.End, null, CancellationToken.None);
        Assert.True(ledger.Paid > Sek.Zero);
        Assert.Equal(ledger.Paid, actuals.Of(BudgetCategory.MemberContribution));
        Assert.True(actuals.Equity > Sek.Zero, $"{actuals.Equity}");
        var today = SwedishCulture.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>());
        if (today >= new DateOnly(year, 1, 25))
        {
            Assert.All(new[] { BudgetCategory.Board, BudgetCategory.Administration, BudgetCategory.Intervention }, c => Assert.True(actuals.Of(c) > Sek.Zero, c.ToString()));
            Assert.Equal(actuals.Of(BudgetCategory.Intervention), Sek.Sum(actuals.ByIntervention.Values));
            Assert.Equal(budget.Lines.Where(l => l.Category == BudgetCategory.Intervention).Select(l => l.InterventionId).ToHashSet(), actuals.ByIntervention.Keys.Cast<Guid?>().ToHashSet());
        }

        var report = await scope.ServiceProvider.GetRequiredService<AnnualReportReader>().ReadAsync(finnveden, year, null, CancellationToken.None);
        Assert.True(report.BooksRead);
        Assert.True(report.Current!.Statements.BalanceSheet.Balances, $"{report.Current.Statements.BalanceSheet.Difference}");
        Assert.Equal(actuals.Of(BudgetCategory.MemberContribution) + actuals.Of(BudgetCategory.OtherIncome)
            - actuals.Of(BudgetCategory.Board) - actuals.Of(BudgetCategory.Administration) - actuals.Of(BudgetCategory.Audit) - actuals.Of(BudgetCategory.Intervention),
            report.Current.Statements.IncomeStatement.Result);

        using var page = await host.SignedInPageClientAsync("kansli.finnveden@demo.samordna.se", "Demo-Samordna-2026");
        var keyFigures = await page.GetAsync($"/forbund/{finnveden}/ekonomi/nyckeltal?ar={year}");
        Assert.Equal(HttpStatusCode.OK, keyFigures.StatusCode);
        Assert.DoesNotContain("är inte inläst", await keyFigures.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
