using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Samordna.IntegrationTests.Interventions;
using Samordna.TestSupport;
using Samordna.Web.Domain;
using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.ManageMoney;
using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.FollowUp;

/// <summary>The outcome picture on a hand-built data set: figures computed by hand, the two indicators kept apart, and no small count shown anywhere.</summary>
[Collection(AppCollection.Name)]
public sealed class FollowUpReportTests(AppFixture app)
{
    private static readonly DateOnly Start = new(2025, 2, 1);
    private static readonly DateOnly End = new(2025, 10, 31);

    /// <summary>
    /// Intervention A, all born 1990 (35 in 2025), all started 2025-02-01 and left 2025-10-31:
    /// women: 6 to work, 5 to studies, 7 job-seeking, 5 other (23); men: 5 to work, 6 job-seeking, 8 other (19); and one
    /// woman entered by mistake, who counts nowhere. By hand: directly to work or studies (6 + 5 + 5) / 42 = 16/42 = 38 %;
    /// to work, studies or job-seeking (16 + 13) / 42 = 29/42 = 69 %.
    /// </summary>
    private async Task<(TestAssociation Association, Guid A)> ArrangeAsync()
    {
        var association = await app.Host.CreateAssociationAsync();
        var a = await app.Host.CreateInterventionAsync(association, name: "Insats A " + TestData.NextSerial(), owner: "0662");
        foreach (var (sex, occupation, count) in new[]
                 {
                     (Sex.Female, "arbete", 6), (Sex.Female, "studier", 5), (Sex.Female, "arbetssokande", 7), (Sex.Female, "ovrigt", 5),
                     (Sex.Male, "arbete-lonestod", 5), (Sex.Male, "arbetssokande", 6), (Sex.Male, "ovrigt", 8),
                 })
        {
            for (var i = 0; i < count; i++)
            {
                await app.Host.EnrolAsync(association, a, "0662", sex, 1990, Start, End, occupation);
            }
        }

        await app.Host.EnrolAsync(association, a, "0662", Sex.Female, 1990, Start, End, exitReason: "felregistrering");
        var budget = new BudgetRequest([new BudgetLineRequest(2025, BudgetLineKind.Staff, Sek.FromKronor(400_000), Sek.FromKronor(300_000), null), new BudgetLineRequest(2025, BudgetLineKind.OtherCosts, Sek.FromKronor(150_000), Sek.FromKronor(120_000), null)], await app.Host.VersionAsync(a));
        await app.Host.RunAsync<ManageMoneyHandler, Saved>(association.Id, ManageMoneyHandler.Validate(budget), (h, ct) => h.SaveBudgetAsync(association.Id, a, budget, InterventionTestData.Office, ct));
        return (association, a);
    }

    private static JsonElement Table(JsonElement report, string key) => report.GetProperty("tables").EnumerateArray().First(t => t.GetProperty("key").GetString() == key);

    private static int? Cell(JsonElement table, int row, int column) =>
        table.GetProperty("cells")[row][column].GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetInt32() : null;

    [Fact]
    public async Task Figures_match_the_hand_computed_ones_and_the_two_outcome_indicators_differ()
    {
        var (association, a) = await ArrangeAsync();
        var board = await app.Host.CreateUserAsync(Role.BoardMember, association.Id);
        using var api = await app.Host.ApiClientAsync(board);
        var response = await api.GetAsync($"/api/v1/associations/{association.Id}/follow-up?year=2025&interventionId={a}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.BodyAsync());
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(42, report.GetProperty("participants").GetProperty("value").GetInt32());
        Assert.Equal(42, report.GetProperty("leavers").GetProperty("value").GetInt32());
        var outcome = Table(report, "utfall");
        Assert.Equal([11, 5], [Cell(outcome, 0, 0), Cell(outcome, 0, 1)]);
        Assert.Equal([7, 6], [Cell(outcome, 1, 0), Cell(outcome, 1, 1)]);
        Assert.Equal([5, 8], [Cell(outcome, 2, 0), Cell(outcome, 2, 1)]);
        Assert.Equal(42, outcome.GetProperty("grandTotal").GetProperty("value").GetInt32());

        var indicators = report.GetProperty("indicators");
        Assert.Equal(16m / 42m, indicators[0].GetProperty("share").GetDecimal());
        Assert.Equal("38 %", indicators[0].GetProperty("display").GetString()!.Replace('\u00a0', ' '));
        Assert.Equal(29m / 42m, indicators[1].GetProperty("share").GetDecimal());
        Assert.Equal("69 %", indicators[1].GetProperty("display").GetString()!.Replace('\u00a0', ' '));

        // Everyone is 35 in 2025: the 30–39 band holds all; the empty bands are not shown as numbers.
        var ages = Table(report, "alder");
        var band = ages.GetProperty("rows").EnumerateArray().Select(r => r.GetString()).ToList().IndexOf("30–39");
        Assert.Equal([23, 19], [Cell(ages, band, 0), Cell(ages, band, 1)]);
        AssertNoSmallCount(report);

        // Cost per participant: an actual of 420 000 kr in 2025 over 42 participants is 10 000 kr each.
        var cost = Assert.Single(report.GetProperty("costs").EnumerateArray());
        Assert.Equal(420000m, cost.GetProperty("actualCost").GetDecimal());
        Assert.Equal(10000m, cost.GetProperty("costPerParticipant").GetDecimal());
    }

    [Fact]
    public async Task The_page_draws_the_shown_totals_as_bars_and_compares_the_year_with_the_two_before()
    {
        var (association, a) = await ArrangeAsync();
        var board = await app.Host.CreateUserAsync(Role.BoardMember, association.Id);
        using var pages = await app.Host.SignedInPageClientAsync(board);
        var html = (await pages.GetStringAsync($"/forbund/{association.Id}/uppfoljning?ar=2025&insats={a}")).Replace('\u00a0', ' ');

        // The outcome table's rows (23 + 19 leavers: 16, 13 and 13) are drawn as bars with the same figures.
        var chart = html[html.IndexOf("Avslutade deltagare efter sysselsättning vid avslut, totalt per rad", StringComparison.Ordinal)..];
        chart = chart[..chart.IndexOf("</figure>", StringComparison.Ordinal)];
        Assert.Equal(3, Regex.Count(chart, "<rect "));
        Assert.Contains(">16</text>", chart, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(chart, ">13</text>"));

        // 2025: 42 participants; 2024 and 2023 had none, which shows as "<5" (zero is hidden like a small count).
        Assert.Contains($"/forbund/{association.Id}/uppfoljning/jamforelse?ar=2025&amp;insats={a}", html, StringComparison.Ordinal);
        html = (await pages.GetStringAsync($"/forbund/{association.Id}/uppfoljning/jamforelse?ar=2025&insats={a}")).Replace('\u00a0', ' ');
        var years = html[html.IndexOf("Jämförelse med tidigare år", StringComparison.Ordinal)..];
        years = Regex.Replace(years[..years.IndexOf("</table>", StringComparison.Ordinal)], @">\s+<", "><");
        Assert.Matches(new Regex(@"<th scope=""row"">2025</th><td class=""num"">42</td><td class=""num"">42</td><td class=""num"">38 %</td><td class=""num"">69 %</td>"), years);
        Assert.Matches(new Regex(@"<th scope=""row"">2024</th><td class=""num"">&lt;5</td><td class=""num"">&lt;5</td>"), years);
        Assert.Contains(@"<th scope=""row"">2023</th>", years, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_figure_of_the_association_differs_by_one_to_four_from_the_same_figure_of_one_intervention()
    {
        var (association, a) = await ArrangeAsync();
        // Intervention B: two women to work. Without protection, the association's "work or studies, women" (13) minus
        // A's (11) would show that two women of B went to work.
        var b = await app.Host.CreateInterventionAsync(association, name: "Insats B " + TestData.NextSerial(), owner: "0662");
        await app.Host.EnrolAsync(association, b, "0662", Sex.Female, 1990, Start, End, "arbete");
        await app.Host.EnrolAsync(association, b, "0662", Sex.Female, 1991, Start, End, "arbete");
        var board = await app.Host.CreateUserAsync(Role.BoardMember, association.Id);
        using var api = await app.Host.ApiClientAsync(board);
        var all = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/associations/{association.Id}/follow-up?year=2025")).RootElement;
        var one = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/associations/{association.Id}/follow-up?year=2025&interventionId={a}")).RootElement;
        AssertNoSmallCount(all);
        foreach (var key in new[] { "utfall", "alder", "avslut", "overgangar" })
        {
            var (x, y) = (Figures(Table(all, key)), Figures(Table(one, key)));
            foreach (var (figure, value) in x)
            {
                if (y.TryGetValue(figure, out var other))
                {
                    Assert.False(Math.Abs(value - other) is >= 1 and <= 4, $"{key} {figure}: {value} and {other} differ by {Math.Abs(value - other)}");
                }
            }
        }
    }

    [Fact]
    public async Task The_country_s_report_is_open_names_associations_not_interventions_and_shows_no_small_count()
    {
        var (association, _) = await ArrangeAsync();
        using var anonymous = app.Host.NewClient();
        var response = await anonymous.GetAsync("/api/v1/follow-up/national?year=2025");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.BodyAsync());
        var body = await response.Content.ReadAsStringAsync();
        var report = JsonDocument.Parse(body).RootElement;
        AssertNoSmallCount(report);
        var perAssociation = Table(report, "forbund");
        Assert.Contains(association.Name, perAssociation.GetProperty("rows").EnumerateArray().Select(r => r.GetString()));
        Assert.DoesNotContain("Insats A", body, StringComparison.Ordinal);
        Assert.True(report.GetProperty("participants").GetProperty("value").GetInt32() >= 42);
        var page = await anonymous.GetAsync("/nationellt/uppfoljning?ar=2025");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private static Dictionary<string, int> Figures(JsonElement table)
    {
        var figures = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = table.GetProperty("rows").EnumerateArray().Select(r => r.GetString()!).ToList();
        var columns = table.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = 0; j < columns.Count; j++)
            {
                if (Cell(table, i, j) is { } v)
                {
                    figures[$"{rows[i]}|{columns[j]}"] = v;
                }
            }

            if (table.GetProperty("rowTotals") is { ValueKind: JsonValueKind.Array } rt && rt[i].GetProperty("value") is { ValueKind: JsonValueKind.Number } r)
            {
                figures[$"{rows[i]}|Totalt"] = r.GetInt32();
            }
        }

        if (table.GetProperty("columnTotals") is { ValueKind: JsonValueKind.Array } ct)
        {
            for (var j = 0; j < columns.Count; j++)
            {
                if (ct[j].GetProperty("value") is { ValueKind: JsonValueKind.Number } c)
                {
                    figures[$"Totalt|{columns[j]}"] = c.GetInt32();
                }
            }
        }

        if (table.GetProperty("grandTotal") is { ValueKind: JsonValueKind.Object } g && g.GetProperty("value") is { ValueKind: JsonValueKind.Number } gv)
        {
            figures["Totalt|Totalt"] = gv.GetInt32();
        }

        return figures;
    }

    /// <summary>Every number in the whole report: none from 1 to 4.</summary>
    private static void AssertNoSmallCount(JsonElement report)
    {
        foreach (var table in report.GetProperty("tables").EnumerateArray())
        {
            foreach (var (figure, value) in Figures(table))
            {
                Assert.False(value is >= 1 and <= 4, $"{table.GetProperty("key").GetString()} {figure} shows {value}");
            }
        }
    }
}
