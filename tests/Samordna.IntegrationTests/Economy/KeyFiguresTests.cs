using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Samordna.IntegrationTests.FollowUp;
using Samordna.IntegrationTests.Interventions;
using Samordna.TestSupport;
using Samordna.Web.Features.Economy.Actuals;
using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Economy;

/// <summary>
/// The key figures of a year from hand-written books and recorded participations: the shares to the öre and the per
/// cent, and the participants exactly as the follow-up report protects them (a small count is "&lt;5" and gives no cost
/// per participant), with the cost per participant of each shown count checked by hand.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class KeyFiguresTests(AppFixture app)
{
    private const int Year = 2025;

    /// <summary>
    /// Board 4010 100 000,25, office 5010 549 999,25, audit 6010 50 000,00; interventions A 7010 123 456,78, B 7020
    /// 70 000,00, C 7030 20 000,00 (individual), S 7040 36 543,22 (structural), 7050 50 000,00 on no intervention:
    /// intervention costs 300 000,00, all costs 999 999,50. Members 3010 (left unmapped).
    /// </summary>
    private const string Books = """
        #FLAGGA 0
        #PROGRAM "Handskriven" 1.0
        #FORMAT PC8
        #SIETYP 4
        #RAR 0 20250101 20251231
        #KONTO 1930 "Bank"
        #KONTO 3010 "Medlemsbidrag"
        #KONTO 4010 "Styrelse"
        #KONTO 5010 "Kansli"
        #KONTO 6010 "Revision"
        #KONTO 7010 "Insats A"
        #KONTO 7020 "Insats B"
        #KONTO 7030 "Insats C"
        #KONTO 7040 "Insats S"
        #KONTO 7050 "Insatser gemensamt"
        #VER A 1 20250115 "Bidrag"
        {
        #TRANS 1930 {} 1200000.00
        #TRANS 3010 {} -1200000.00
        }
        #VER A 2 20250301 "Kostnader"
        {
        #TRANS 4010 {} 100000.25
        #TRANS 5010 {} 549999.25
        #TRANS 6010 {} 50000.00
        #TRANS 7010 {} 123456.78
        #TRANS 7020 {} 70000.00
        #TRANS 7030 {} 20000.00
        #TRANS 7040 {} 36543.22
        #TRANS 7050 {} 50000.00
        #TRANS 1930 {} -999999.50
        }
        """;

    private static decimal Amount(JsonElement e, string name) => e.GetProperty(name).GetDecimal();

    private static long Ore(JsonElement e, string name) => (long)(e.GetProperty(name).GetDecimal() * 100m);

    [Fact]
    public async Task Shares_are_exact_and_cost_per_participant_comes_only_from_counts_the_follow_up_shows()
    {
        var association = await app.Host.CreateAssociationAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(office);
        var root = $"/api/v1/associations/{association.Id}";

        // No books: nothing invented.
        var none = await Clients.JsonAsync(await api.GetAsync($"{root}/key-figures?year={Year}"), HttpStatusCode.OK);
        Assert.False(none.GetProperty("booksRead").GetBoolean());
        Assert.Equal(JsonValueKind.Null, none.GetProperty("books").ValueKind);

        var serial = TestData.NextSerial();
        var a = await app.Host.CreateInterventionAsync(association, name: $"A {serial}", owner: "0662");
        var b = await app.Host.CreateInterventionAsync(association, name: $"B {serial}", owner: "0662");
        var c = await app.Host.CreateInterventionAsync(association, name: $"C {serial}", owner: "0662");
        var s = await app.Host.CreateInterventionAsync(association, name: $"S {serial}", owner: "0662", orientation: Orientation.Structural, precise: "kompetensutveckling");
        foreach (var (intervention, count) in new[] { (a, 6), (b, 7), (c, 2) })
        {
            for (var i = 0; i < count; i++)
            {
                await app.Host.EnrolAsync(association, intervention, "0662", Sex.Female, 1990, new DateOnly(Year, 2, 1));
            }
        }

        await app.Host.ImportBooksAsync(association.Id, Books);

        var mapping = new
        {
            accounts = new object[]
            {
                new { account = "4010", category = "Board" },
                new { account = "5010", category = "Administration" },
                new { account = "6010", category = "Audit" },
                new { account = "7010", category = "Intervention", interventionId = a },
                new { account = "7020", category = "Intervention", interventionId = b },
                new { account = "7030", category = "Intervention", interventionId = c },
                new { account = "7040", category = "Intervention", interventionId = s },
                new { account = "7050", category = "Intervention" },
            },
        };
        await Clients.JsonAsync(await api.PutAsJsonAsync($"{root}/account-mappings", mapping), HttpStatusCode.OK);

        // The adopted budget beside: administration 200 000 of costs 1 000 000 (20,0 %); A 600 000 individual and S 200 000 structural (75,0 % and 25,0 %).
        var budgets = $"{root}/budgets";
        var budgetId = (await Clients.JsonAsync(await api.PostAsJsonAsync(budgets, new { year = Year }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var version = (await Clients.JsonAsync(await api.GetAsync($"{budgets}/{budgetId}"), HttpStatusCode.OK)).GetProperty("version").GetInt64();
        var lines = new object[]
        {
            new { category = "MemberContribution", organisationId = association.Members["FK"], label = "Försäkringskassan", amount = 1_000_000m, planYear1 = 0m, planYear2 = 0m },
            new { category = "Board", label = "Styrelse", amount = 50_000m, planYear1 = 0m, planYear2 = 0m },
            new { category = "Administration", label = "Kansli", amount = 100_000m, planYear1 = 0m, planYear2 = 0m },
            new { category = "Audit", label = "Revision", amount = 50_000m, planYear1 = 0m, planYear2 = 0m },
            new { category = "Intervention", interventionId = a, label = "A", amount = 600_000m, planYear1 = 0m, planYear2 = 0m },
            new { category = "Intervention", interventionId = s, label = "S", amount = 200_000m, planYear1 = 0m, planYear2 = 0m },
        };
        version = (await Clients.JsonAsync(await api.PutAsJsonAsync($"{budgets}/{budgetId}/lines", new { lines, version }), HttpStatusCode.OK)).GetProperty("version").GetInt64();
        version = (await Clients.JsonAsync(await api.PostAsJsonAsync($"{budgets}/{budgetId}/consultation", new { until = $"{Year - 1}-10-31", version }), HttpStatusCode.OK)).GetProperty("version").GetInt64();
        var (_, decision) = await app.Host.CreateDecisionAsync(association, new DateOnly(Year - 1, 11, 20), $"Budget {Year}");
        await Clients.JsonAsync(await api.PostAsJsonAsync($"{budgets}/{budgetId}/adoption", new { decisionId = decision, adoptedOn = $"{Year - 1}-11-20", version }), HttpStatusCode.OK);

        var figures = await Clients.JsonAsync(await api.GetAsync($"{root}/key-figures?year={Year}"), HttpStatusCode.OK);
        var planned = figures.GetProperty("budget");
        Assert.Equal(1, figures.GetProperty("budgetVersion").GetInt32());
        Assert.Equal((1_000_000m, 200_000m, 600_000m, 200_000m), (Amount(planned, "totalCosts"), Amount(planned, "administrationCosts"), Amount(planned, "individualCosts"), Amount(planned, "structuralCosts")));
        Assert.Equal(("20,0 %", "75,0 %", "25,0 %"), (Clients.PlainText(planned.GetProperty("administrationShare").GetProperty("display").GetString()!),
            Clients.PlainText(planned.GetProperty("individualShare").GetProperty("display").GetString()!), Clients.PlainText(planned.GetProperty("structuralShare").GetProperty("display").GetString()!)));
        Assert.True(figures.GetProperty("booksRead").GetBoolean());
        Assert.Equal(["3010"], figures.GetProperty("unmappedAccounts").EnumerateArray().Select(x => x.GetString()));
        var set = figures.GetProperty("books");

        // Administration 699 999,50 of 999 999,50: 69 999 950 / 99 999 950 = 0,69999985… → 70,0 %.
        Assert.Equal((999_999.50m, 699_999.50m), (Amount(set, "totalCosts"), Amount(set, "administrationCosts")));
        Assert.Equal(69_999_950m / 99_999_950m, set.GetProperty("administrationShare").GetProperty("fraction").GetDecimal());
        Assert.Equal("70,0 %", Clients.PlainText(set.GetProperty("administrationShare").GetProperty("display").GetString()!));

        // Individual 213 456,78 / 300 000,00 = 71,15… → 71,2 %; structural 36 543,22 → 12,18… → 12,2 %; 50 000 on no intervention.
        Assert.Equal((300_000m, 213_456.78m, 36_543.22m, 50_000m), (Amount(set, "interventionCosts"), Amount(set, "individualCosts"), Amount(set, "structuralCosts"), Amount(set, "unattributedInterventionCosts")));
        Assert.Equal(("71,2 %", "12,2 %"), (Clients.PlainText(set.GetProperty("individualShare").GetProperty("display").GetString()!), Clients.PlainText(set.GetProperty("structuralShare").GetProperty("display").GetString()!)));

        // Participants as the follow-up report of the year shows them (its own disclosure control), and cost per participant only from a shown count.
        var followUp = await Clients.JsonAsync(await api.GetAsync($"{root}/follow-up?year={Year}"), HttpStatusCode.OK);
        var shown = followUp.GetProperty("costs").EnumerateArray().ToDictionary(x => x.GetProperty("intervention").GetString()!, x => x.GetProperty("participants"));
        var rows = figures.GetProperty("interventions").EnumerateArray().ToDictionary(x => x.GetProperty("id").GetGuid());
        Assert.Equal(4, rows.Count);
        var computed = 0;
        foreach (var (id, cost) in new[] { (a, 12_345_678L), (b, 7_000_000L), (c, 2_000_000L) })
        {
            var row = rows[id];
            var cell = shown[row.GetProperty("name").GetString()!];
            Assert.Equal(cell.GetProperty("display").GetString(), row.GetProperty("participantsDisplay").GetString());
            Assert.Equal(cost, Ore(row, "cost"));
            if (cell.GetProperty("value") is { ValueKind: JsonValueKind.Number } value)
            {
                // Whole öre, halves away from zero.
                Assert.Equal((long)Math.Round(cost / (decimal)value.GetInt32(), MidpointRounding.AwayFromZero), Ore(row, "costPerParticipant"));
                computed++;
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, row.GetProperty("costPerParticipant").ValueKind);
            }
        }

        Assert.Equal("<5", rows[c].GetProperty("participantsDisplay").GetString());
        Assert.Equal(JsonValueKind.Null, rows[c].GetProperty("costPerParticipant").ValueKind);
        Assert.True(computed > 0, "no intervention's count was shown");
        Assert.Equal("–", rows[s].GetProperty("participantsDisplay").GetString());

        // In all: 213 456,78 over the report's participants (15 when shown: 14 230,452 → 14 230,45).
        var overall = figures.GetProperty("overall");
        Assert.Equal(213_456.78m, Amount(overall, "cost"));
        Assert.Equal(followUp.GetProperty("participants").GetProperty("display").GetString(), overall.GetProperty("participantsDisplay").GetString());
        if (followUp.GetProperty("participants").GetProperty("value").ValueKind == JsonValueKind.Number)
        {
            Assert.Equal(15, followUp.GetProperty("participants").GetProperty("value").GetInt32());
            Assert.Equal(14_230.45m, Amount(overall, "costPerParticipant"));
        }

        // The page, reached from the budget page, never shows a raw small count.
        using var pages = await app.Host.SignedInPageClientAsync(office);
        Assert.Contains($"/forbund/{association.Id}/ekonomi/nyckeltal?ar={Year}", await pages.GetStringAsync($"/forbund/{association.Id}/ekonomi/budget?ar={Year}"), StringComparison.Ordinal);
        var page = Clients.PlainText(await pages.GetStringAsync($"/forbund/{association.Id}/ekonomi/nyckeltal?ar={Year}"));
        Assert.Contains("70,0 %", page, StringComparison.Ordinal);
        Assert.Contains("<5", page, StringComparison.Ordinal);
        Assert.Contains("213 456,78 kr", page, StringComparison.Ordinal);
        Assert.Contains("Budget (version 1)", page, StringComparison.Ordinal);
    }
}
