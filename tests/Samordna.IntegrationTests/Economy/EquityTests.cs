using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Samordna.IntegrationTests.Interventions;
using Samordna.TestSupport;
using Samordna.Web.Features.Economy.Actuals;
using Samordna.Web.Features.Economy.Todo;
using Samordna.Web.Features.Todo;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Economy;

/// <summary>
/// Equity from a hand-written SIE file: the roll-forward to the öre, the forecast from the adopted budget, the reasonable
/// level by next year's allocation parameters (not stored for 2036, so the research defaults: 20 % up to a size of
/// 4 MSEK, r = 0.5, G = 400 000) and the allocation entered for the association, and the warning on the to-do list.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class EquityTests(AppFixture app)
{
    private const int Year = 2035;

    /// <summary>
    /// 2035: members pay 1 000 000,00 and interest 0,75 (income 1 000 000,75); board 100 000,25, office 549 999,25,
    /// audit 50 000,00, an intervention 150 000,00 (costs 849 999,50); result 150 001,25, booked to equity at closing
    /// (8999 against 2099), which is neither income nor cost. Equity: 2010 500 000,00 + 2099 150 001,25 = 650 001,25.
    /// </summary>
    internal const string Books = """
        #FLAGGA 0
        #PROGRAM "Handskriven" 1.0
        #FORMAT PC8
        #SIETYP 4
        #FNAMN "Testforbundet"
        #RAR 0 20350101 20351231
        #KONTO 1930 "Bank"
        #KONTO 2010 "Eget kapital"
        #KONTO 2099 "Årets resultat"
        #KONTO 3010 "Medlemsbidrag"
        #KONTO 4010 "Styrelsearvoden"
        #KONTO 5010 "Kansli"
        #KONTO 6010 "Revision"
        #KONTO 7010 "Insatser"
        #KONTO 8310 "Ränteintäkter"
        #KONTO 8999 "Årets resultat"
        #IB 0 1930 500000.00
        #IB 0 2010 -500000.00
        #UB 0 1930 650001.25
        #UB 0 2010 -500000.00
        #UB 0 2099 -150001.25
        #VER A 1 20350115 "Bidrag"
        {
        #TRANS 1930 {} 1000000.00
        #TRANS 3010 {} -1000000.00
        }
        #VER A 2 20350301 "Arvoden"
        {
        #TRANS 4010 {} 100000.25
        #TRANS 1930 {} -100000.25
        }
        #VER A 3 20350401 "Kansli"
        {
        #TRANS 5010 {} 549999.25
        #TRANS 1930 {} -549999.25
        }
        #VER A 4 20350501 "Revision"
        {
        #TRANS 6010 {} 50000.00
        #TRANS 1930 {} -50000.00
        }
        #VER A 5 20350601 "Insats"
        {
        #TRANS 7010 {} 150000.00
        #TRANS 1930 {} -150000.00
        }
        #VER A 6 20351231 "Ränta"
        {
        #TRANS 1930 {} 0.75
        #TRANS 8310 {} -0.75
        }
        #VER A 7 20351231 "Bokslut"
        {
        #TRANS 8999 {} 150001.25
        #TRANS 2099 {} -150001.25
        }
        """;

    private static decimal Amount(JsonElement e, string name) => e.GetProperty(name).GetDecimal();

    [Fact]
    public async Task Equity_rolls_forward_to_the_ore_and_a_forecast_above_the_reasonable_level_is_warned_with_next_years_reduction()
    {
        var association = await app.Host.CreateAssociationAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(office);
        var url = $"/api/v1/associations/{association.Id}/equity?year={Year}";

        // Nothing yet: no books, no budget, no allocation; still a 200 that says so.
        var empty = await Clients.JsonAsync(await api.GetAsync(url), HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("books").ValueKind);
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("level").ValueKind);
        Assert.False(empty.GetProperty("forecastAboveLevel").GetBoolean());

        await app.Host.ImportBooksAsync(association.Id, Books);

        var books = (await Clients.JsonAsync(await api.GetAsync(url), HttpStatusCode.OK)).GetProperty("books");
        Assert.Equal(500_000m, Amount(books, "opening"));
        Assert.Equal(1_000_000.75m, Amount(books, "income"));
        Assert.Equal(849_999.50m, Amount(books, "costs"));
        Assert.Equal(150_001.25m, Amount(books, "result"));
        Assert.Equal(650_001.25m, Amount(books, "computedClosing"));
        Assert.Equal(650_001.25m, Amount(books, "closing"));
        Assert.Equal(0m, Amount(books, "difference"));

        // The allocation for 2035 as FK entered it for 2036: 1 000 000 → size 2 000 000 → 20 % → level 400 000.
        var national = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        using var nationalApi = await app.Host.ApiClientAsync(national);
        await Clients.JsonAsync(await nationalApi.PutAsJsonAsync($"/api/v1/associations/{association.Id}/allocation-inputs?year={Year + 1}", new { previousAllocation = 1_000_000 }), HttpStatusCode.OK);

        // The adopted budget for 2035: income 1 000 000, costs 900 000, result 100 000.
        var budgets = $"/api/v1/associations/{association.Id}/budgets";
        var id = (await Clients.JsonAsync(await api.PostAsJsonAsync(budgets, new { year = Year }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var version = (await Clients.JsonAsync(await api.GetAsync($"{budgets}/{id}"), HttpStatusCode.OK)).GetProperty("version").GetInt64();
        var lines = new object[]
        {
            new { category = "MemberContribution", organisationId = association.Members["FK"], label = "Försäkringskassan", amount = 1_000_000m, planYear1 = 0m, planYear2 = 0m },
            new { category = "Administration", label = "Kansli", amount = 900_000m, planYear1 = 0m, planYear2 = 0m },
        };
        version = (await Clients.JsonAsync(await api.PutAsJsonAsync($"{budgets}/{id}/lines", new { lines, version }), HttpStatusCode.OK)).GetProperty("version").GetInt64();
        version = (await Clients.JsonAsync(await api.PostAsJsonAsync($"{budgets}/{id}/consultation", new { until = "2034-10-31", version }), HttpStatusCode.OK)).GetProperty("version").GetInt64();
        var (_, decision) = await app.Host.CreateDecisionAsync(association, new DateOnly(2034, 11, 20), "Budget 2035");
        await Clients.JsonAsync(await api.PostAsJsonAsync($"{budgets}/{id}/adoption", new { decisionId = decision, adoptedOn = "2034-11-20", version }), HttpStatusCode.OK);

        var equity = await Clients.JsonAsync(await api.GetAsync(url), HttpStatusCode.OK);
        Assert.Equal(500_000m, Amount(equity, "forecastOpening"));
        Assert.Equal(100_000m, Amount(equity, "forecastResult"));
        Assert.Equal("resultatet i fastställd budget, version 1", equity.GetProperty("forecastResultSource").GetString());
        Assert.Equal(600_000m, Amount(equity, "forecast"));
        var level = equity.GetProperty("level");
        Assert.Equal((Year + 1, 1_000_000m, 2_000_000m, 400_000m), (level.GetProperty("allocationYear").GetInt32(), Amount(level, "allocation"), Amount(level, "size"), Amount(level, "reasonableLevel")));

        // Forecast 600 000: excess 200 000, half of it taken: cap 900 000, reduction 100 000.
        var forecast = equity.GetProperty("forecastTest");
        Assert.True(forecast.GetProperty("isAboveReasonableLevel").GetBoolean());
        Assert.Equal((200_000m, 900_000m, 100_000m), (Amount(forecast, "excess"), Amount(forecast, "cap"), Amount(forecast, "reduction")));
        Assert.True(equity.GetProperty("forecastAboveLevel").GetBoolean());

        // Booked 650 001,25: excess 250 001,25; r × excess = 125 000,625, so the cap 874 999,375 and the reduction show
        // to the nearest öre, halves away from zero: 874 999,38 and 125 000,63.
        var booked = equity.GetProperty("booksTest");
        Assert.Equal((250_001.25m, 874_999.38m, 125_000.63m), (Amount(booked, "excess"), Amount(booked, "cap"), Amount(booked, "reduction")));

        // 2036 has no books yet: its forecast starts from 2035's closing equity (and waits for an adopted 2036 budget).
        var next = await Clients.JsonAsync(await api.GetAsync($"/api/v1/associations/{association.Id}/equity?year={Year + 1}"), HttpStatusCode.OK);
        Assert.Equal(650_001.25m, Amount(next, "forecastOpening"));
        Assert.Equal(JsonValueKind.Null, next.GetProperty("forecast").ValueKind);

        // The to-do list warns the office and the board during 2035.
        using (var scope = app.Host.CreateScope())
        {
            var items = await scope.ServiceProvider.GetServices<ITodoSource>().OfType<EquityTodoSource>().Single().ItemsAsync(association.Id, new DateOnly(Year, 6, 1), CancellationToken.None);
            Assert.Equal([TodoAudience.Office, TodoAudience.Board], items.Select(i => i.Audience));
            Assert.All(items, i => Assert.Equal(EquityTodoSource.AboveLevel, i.Code));
            Assert.Contains("200 000 kr över den skäliga nivån 400 000 kr", Clients.PlainText(items[0].Text), StringComparison.Ordinal);
        }

        // The page, reached from the budget page.
        using var pages = await app.Host.SignedInPageClientAsync(office);
        Assert.Contains($"/forbund/{association.Id}/ekonomi/eget-kapital?ar={Year}", await pages.GetStringAsync($"/forbund/{association.Id}/ekonomi/budget?ar={Year}"), StringComparison.Ordinal);
        var page = Clients.PlainText(await pages.GetStringAsync($"/forbund/{association.Id}/ekonomi/eget-kapital?ar={Year}"));
        Assert.Contains("Prognosen är över den skäliga nivån", page, StringComparison.Ordinal);
        Assert.Contains("650 001,25 kr", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Books_that_disagree_show_the_difference_and_a_year_out_of_range_is_a_400()
    {
        var association = await app.Host.CreateAssociationAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(office);

        // Without the closing entry the result (150 001,25) is not in equity: 2099 closes at 0, so the books say
        // 500 000,00 against the computed 650 001,25.
        var unclosed = Books
            .Replace("#UB 0 2099 -150001.25", "#UB 0 2099 0.00", StringComparison.Ordinal)
            .Replace("#VER A 7 20351231 \"Bokslut\"\n{\n#TRANS 8999 {} 150001.25\n#TRANS 2099 {} -150001.25\n}", string.Empty, StringComparison.Ordinal);
        var imported = await app.Host.ImportBooksAsync(association.Id, unclosed);
        Assert.Equal(6, imported.Vouchers);

        var books = (await Clients.JsonAsync(await api.GetAsync($"/api/v1/associations/{association.Id}/equity?year={Year}"), HttpStatusCode.OK)).GetProperty("books");
        Assert.Equal((150_001.25m, 650_001.25m, -150_001.25m, 500_000m), (Amount(books, "result"), Amount(books, "computedClosing"), Amount(books, "difference"), Amount(books, "closing")));

        using var pages = await app.Host.SignedInPageClientAsync(office);
        var page = Clients.PlainText(await pages.GetStringAsync($"/forbund/{association.Id}/ekonomi/eget-kapital?ar={Year}"));
        Assert.Contains("Skillnad mot bokföringens utgående eget kapital", page, StringComparison.Ordinal);

        var refused = await api.GetAsync($"/api/v1/associations/{association.Id}/equity?year=1999");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }
}
