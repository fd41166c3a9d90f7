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
/// The forecast per tertial on the equity test's hand-written 2035 books (<see cref="EquityTests.Books"/>): the books up
/// to the tertial's last day (30 April: members 1 000 000,00, board 100 000,25, office 549 999,25; the audit in May and
/// the intervention in June come after), the proposal, saving and revising with the version read, every error of a
/// request at once, the year-end equity that follows, the to-do item, and the page with its form and Excel file.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ForecastTests(AppFixture app)
{
    private const int Year = 2035;

    private static decimal Amount(JsonElement e, string name) => e.GetProperty(name).GetDecimal();

    /// <summary>Every text of a JSON answer, one per line (to find a message wherever the problem puts it).</summary>
    private static string Texts(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString()!,
        JsonValueKind.Object => string.Join("\n", e.EnumerateObject().Select(p => Texts(p.Value))),
        JsonValueKind.Array => string.Join("\n", e.EnumerateArray().Select(Texts)),
        _ => string.Empty,
    };

    private static JsonElement Row(JsonElement forecast, string label) =>
        forecast.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("label").GetString() == label);

    private sealed record Setup(TestAssociation Association, TestUser Office, HttpClient Api, Guid Intervention, string Root);

    /// <summary>The books read in and mapped, and the 2035 budget adopted: members 1 000 000, board 120 000, office 600 000, audit 60 000, the intervention 200 000.</summary>
    private async Task<Setup> SetUpAsync()
    {
        var association = await app.Host.CreateAssociationAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        var api = await app.Host.ApiClientAsync(office);
        var root = $"/api/v1/associations/{association.Id}";
        var intervention = await app.Host.CreateInterventionAsync(association, "Jobbspåret");
        await app.Host.ImportBooksAsync(association.Id, EquityTests.Books);

        var mapping = new
        {
            accounts = new object[]
            {
                new { account = "3010", category = "MemberContribution" },
                new { account = "8310", category = "OtherIncome" },
                new { account = "4010", category = "Board" },
                new { account = "5010", category = "Administration" },
                new { account = "6010", category = "Audit" },
                new { account = "7010", category = "Intervention", interventionId = intervention },
            },
        };
        await Clients.JsonAsync(await api.PutAsJsonAsync($"{root}/account-mappings", mapping), HttpStatusCode.OK);

        var budgets = $"{root}/budgets";
        var id = (await Clients.JsonAsync(await api.PostAsJsonAsync(budgets, new { year = Year }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var version = (await Clients.JsonAsync(await api.GetAsync($"{budgets}/{id}"), HttpStatusCode.OK)).GetProperty("version").GetInt64();
        var lines = new object[]
        {
            new { category = "MemberContribution", organisationId = association.Members["FK"], label = "Försäkringskassan", amount = 1_000_000m, planYear1 = 0m, planYear2 = 0m },
            new { category = "Board", label = "Styrelse", amount = 120_000m, planYear1 = 0m, planYear2 = 0m },
            new { category = "Administration", label = "Kansli", amount = 600_000m, planYear1 = 0m, planYear2 = 0m },
            new { category = "Audit", label = "Revision", amount = 60_000m, planYear1 = 0m, planYear2 = 0m },
            new { category = "Intervention", interventionId = intervention, label = "Jobbspåret", amount = 200_000m, planYear1 = 0m, planYear2 = 0m },
        };
        version = (await Clients.JsonAsync(await api.PutAsJsonAsync($"{budgets}/{id}/lines", new { lines, version }), HttpStatusCode.OK)).GetProperty("version").GetInt64();
        version = (await Clients.JsonAsync(await api.PostAsJsonAsync($"{budgets}/{id}/consultation", new { until = "2034-10-31", version }), HttpStatusCode.OK)).GetProperty("version").GetInt64();
        var (_, decision) = await app.Host.CreateDecisionAsync(association, new DateOnly(2034, 11, 20), "Budget 2035");
        await Clients.JsonAsync(await api.PostAsJsonAsync($"{budgets}/{id}/adoption", new { decisionId = decision, adoptedOn = "2034-11-20", version }), HttpStatusCode.OK);
        return new Setup(association, office, api, intervention, root);
    }

    [Fact]
    public async Task A_tertials_forecast_is_proposed_from_budget_and_books_saved_revised_with_its_version_and_moves_the_equity_forecast()
    {
        var s = await SetUpAsync();
        using var api = s.Api;

        // The to-do list asks the office for the first tertial's forecast once 30 April has passed.
        using (var scope = app.Host.CreateScope())
        {
            var source = scope.ServiceProvider.GetServices<ITodoSource>().OfType<ForecastTodoSource>().Single();
            Assert.Empty(await source.ItemsAsync(s.Association.Id, new DateOnly(Year, 4, 30), CancellationToken.None));
            var item = Assert.Single(await source.ItemsAsync(s.Association.Id, new DateOnly(Year, 5, 2), CancellationToken.None));
            Assert.Equal((ForecastTodoSource.MakeForecast, TodoAudience.Office, new DateOnly(Year, 5, 31)), (item.Code, item.Audience, item.DueOn));
            Assert.Contains("tertial 1", item.Text, StringComparison.Ordinal);
            Assert.Equal($"/forbund/{s.Association.Id}/ekonomi/prognos?ar={Year}&tertial=1", item.Link);
        }

        var proposal = await Clients.JsonAsync(await api.GetAsync($"{s.Root}/forecasts?year={Year}&tertial=1"), HttpStatusCode.OK);
        Assert.False(proposal.GetProperty("isSaved").GetBoolean());
        Assert.Equal("2035-04-30", proposal.GetProperty("actualsUntil").GetString());
        Assert.Equal(
            ["Medlemsbidrag", "Övriga intäkter", "Styrelse", "Administration (kansli)", "Revision", "Jobbspåret"],
            proposal.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("label").GetString()));
        var board = Row(proposal, "Styrelse");
        Assert.Equal((120_000m, 100_000.25m, 120_000m), (Amount(board, "budget"), Amount(board, "actual"), Amount(board, "yearEnd")));
        Assert.Equal(0m, Amount(Row(proposal, "Revision"), "actual"));
        Assert.Equal(0m, Amount(Row(proposal, "Jobbspåret"), "actual"));
        var totals = proposal.GetProperty("totals");
        Assert.Equal(649_999.50m, Amount(totals.GetProperty("costs"), "actual"));
        Assert.Equal(350_000.50m, Amount(totals.GetProperty("result"), "actual"));
        Assert.Equal(20_000m, Amount(totals.GetProperty("result"), "yearEnd"));

        // The second tertial counts the audit (May) and the intervention (June).
        var second = await Clients.JsonAsync(await api.GetAsync($"{s.Root}/forecasts?year={Year}&tertial=2"), HttpStatusCode.OK);
        Assert.Equal((50_000m, 150_000m), (Amount(Row(second, "Revision"), "actual"), Amount(Row(second, "Jobbspåret"), "actual")));

        // Saved: the office will cost 60 000,50 more than budgeted; the result −40 000,50.
        object Lines(decimal office) => new object[]
        {
            new { category = "MemberContribution", yearEnd = 1_000_000m },
            new { category = "OtherIncome", yearEnd = 0m },
            new { category = "Board", yearEnd = 120_000m },
            new { category = "Administration", yearEnd = office },
            new { category = "Audit", yearEnd = 60_000m },
            new { category = "Intervention", interventionId = s.Intervention, yearEnd = 200_000m },
        };
        var saved = await Clients.JsonAsync(await api.PutAsJsonAsync($"{s.Root}/forecasts", new { year = Year, tertial = 1, comment = "Kansliet har en vikarie.", lines = Lines(660_000.50m) }), HttpStatusCode.OK);
        var version = saved.GetProperty("version").GetInt64();
        var forecast = await Clients.JsonAsync(await api.GetAsync($"{s.Root}/forecasts?year={Year}&tertial=1"), HttpStatusCode.OK);
        Assert.True(forecast.GetProperty("isSaved").GetBoolean());
        Assert.Equal("Kansliet har en vikarie.", forecast.GetProperty("comment").GetString());
        var office = Row(forecast, "Administration (kansli)");
        Assert.Equal((660_000.50m, 60_000.50m, false), (Amount(office, "yearEnd"), Amount(office, "deviation"), office.GetProperty("isProposed").GetBoolean()));
        Assert.Equal(-40_000.50m, Amount(forecast.GetProperty("totals").GetProperty("result"), "yearEnd"));
        Assert.Equal(-60_000.50m, Amount(forecast.GetProperty("totals").GetProperty("result"), "deviation"));

        // Saved once: the to-do item is done, and the equity forecast takes the forecast's result (opening 500 000).
        using (var scope = app.Host.CreateScope())
        {
            var source = scope.ServiceProvider.GetServices<ITodoSource>().OfType<ForecastTodoSource>().Single();
            Assert.Empty(await source.ItemsAsync(s.Association.Id, new DateOnly(Year, 5, 2), CancellationToken.None));
            Assert.Contains("tertial 2", Assert.Single(await source.ItemsAsync(s.Association.Id, new DateOnly(Year, 9, 5), CancellationToken.None)).Text, StringComparison.Ordinal);
        }

        var equity = await Clients.JsonAsync(await api.GetAsync($"{s.Root}/equity?year={Year}"), HttpStatusCode.OK);
        Assert.Equal((-40_000.50m, 459_999.50m), (Amount(equity, "forecastResult"), Amount(equity, "forecast")));
        Assert.Equal("resultatet i prognosen efter tertial 1", equity.GetProperty("forecastResultSource").GetString());

        // A second first save, and a stale one, are 409s; the current version saves.
        var again = await api.PutAsJsonAsync($"{s.Root}/forecasts", new { year = Year, tertial = 1, lines = Lines(1m) });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("FORECAST_EXISTS", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var revised = await Clients.JsonAsync(await api.PutAsJsonAsync($"{s.Root}/forecasts", new { year = Year, tertial = 1, lines = Lines(650_000m), version }), HttpStatusCode.OK);
        Assert.True(revised.GetProperty("version").GetInt64() > version);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PutAsJsonAsync($"{s.Root}/forecasts", new { year = Year, tertial = 1, lines = Lines(1m), version })).StatusCode);
        Assert.Equal(650_000m, Amount(Row(await Clients.JsonAsync(await api.GetAsync($"{s.Root}/forecasts?year={Year}&tertial=1"), HttpStatusCode.OK), "Administration (kansli)"), "yearEnd"));

        // Another association's office reads nothing of it.
        var other = await app.Host.CreateAssociationAsync();
        using var otherApi = await app.Host.ApiClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, other.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await otherApi.GetAsync($"{s.Root}/forecasts?year={Year}&tertial=1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherApi.PutAsJsonAsync($"{s.Root}/forecasts", new { year = Year, tertial = 1, lines = Lines(1m), version })).StatusCode);
    }

    [Fact]
    public async Task Every_error_of_a_forecast_is_named_at_once_and_an_intervention_of_another_association_is_refused()
    {
        var s = await SetUpAsync();
        using var api = s.Api;
        var bad = new
        {
            year = Year,
            tertial = 4,
            comment = "Ring 19121212-1212",
            lines = new object[]
            {
                new { category = "Board", yearEnd = -1m },
                new { category = "Board", yearEnd = 5m },
                new { category = "Audit", interventionId = s.Intervention, yearEnd = 5m },
                new { category = "Audit" },
            },
        };
        var refused = await api.PutAsJsonAsync($"{s.Root}/forecasts", bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await Clients.JsonAsync(refused, HttpStatusCode.BadRequest)).GetProperty("errors");
        var fields = errors.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "tertial", "comment", "lines[0].yearEnd", "lines[1]", "lines[2].interventionId", "lines[3].yearEnd" }, fields);
        Assert.Contains("Prognosrad 2: samma rad finns redan", errors.GetProperty("lines[1]")[0].GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("1212", errors.GetProperty("comment")[0].GetString(), StringComparison.Ordinal);

        var foreign = await app.Host.CreateInterventionAsync(await app.Host.CreateAssociationAsync());
        var wrong = await api.PutAsJsonAsync($"{s.Root}/forecasts", new { year = Year, tertial = 1, lines = new object[] { new { category = "Intervention", interventionId = foreign, yearEnd = 1m } } });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("insatsen finns inte i förbundet", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // A forecast is saved whole: one that lacks rows of the report is refused, naming them, so its sums are its result.
        var part = await api.PutAsJsonAsync($"{s.Root}/forecasts", new { year = Year, tertial = 1, lines = new object[] { new { category = "Administration", yearEnd = 1m } } });
        var problem = await Clients.JsonAsync(part, HttpStatusCode.BadRequest);
        Assert.Contains("Prognosen saknar raderna Medlemsbidrag, Övriga intäkter, Styrelse, Revision, Jobbspåret", Texts(problem), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"{s.Root}/forecasts?year={Year}&tertial=9")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{s.Root}/forecasts?year={Year}&tertial=3")).StatusCode);
    }

    [Fact]
    public async Task The_page_reached_from_the_budget_saves_through_its_form_names_a_wrong_row_and_gives_the_excel_file()
    {
        var s = await SetUpAsync();
        s.Api.Dispose();
        using var pages = await app.Host.SignedInPageClientAsync(s.Office);
        var id = s.Association.Id;
        Assert.Contains($"/forbund/{id}/ekonomi/prognos?ar={Year}", await pages.GetStringAsync($"/forbund/{id}/ekonomi/budget?ar={Year}"), StringComparison.Ordinal);

        var report = Clients.PlainText(await pages.GetStringAsync($"/forbund/{id}/ekonomi/prognos?ar={Year}&tertial=1"));
        Assert.Contains("Prognos 2035 efter tertial 1", report, StringComparison.Ordinal);
        Assert.Contains("Prognosen är inte sparad ännu", report, StringComparison.Ordinal);
        Assert.Contains("100 000,25 kr", report, StringComparison.Ordinal);
        Assert.Contains("Gör prognosen", report, StringComparison.Ordinal);

        var edit = $"/forbund/{id}/ekonomi/prognos/andra?ar={Year}&tertial=1";
        var fields = new Dictionary<string, string>
        {
            ["Input.Lines[0].Category"] = "MemberContribution", ["Input.Lines[0].YearEnd"] = "1 000 000",
            ["Input.Lines[1].Category"] = "OtherIncome", ["Input.Lines[1].YearEnd"] = "0",
            ["Input.Lines[2].Category"] = "Board", ["Input.Lines[2].YearEnd"] = "tolv",
            ["Input.Lines[3].Category"] = "Administration", ["Input.Lines[3].YearEnd"] = "660 000,50",
            ["Input.Lines[4].Category"] = "Audit", ["Input.Lines[4].YearEnd"] = "",
            ["Input.Lines[5].Category"] = "Intervention", ["Input.Lines[5].InterventionId"] = s.Intervention.ToString(), ["Input.Lines[5].YearEnd"] = "200 000",
            ["Input.Comment"] = "Kansliet har en vikarie.",
        };
        var wrong = await pages.PostFormAsync(edit, fields);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var shown = Clients.PlainText(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("Prognos för Styrelse ska vara ett belopp i kronor", shown, StringComparison.Ordinal);
        Assert.True(shown.Contains("Revision: ange prognosen för helåret", StringComparison.Ordinal), shown);
        Assert.Contains("660 000,50", shown, StringComparison.Ordinal);

        fields["Input.Lines[2].YearEnd"] = "120 000";
        fields["Input.Lines[4].YearEnd"] = "60 000";
        var ok = await pages.PostFormAsync(edit, fields);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var after = Clients.PlainText(await pages.GetStringAsync($"/forbund/{id}/ekonomi/prognos?ar={Year}&tertial=1"));
        Assert.Contains("Prognosen efter tertial 1 är sparad.", after, StringComparison.Ordinal);
        Assert.Contains("Kansliet har en vikarie.", after, StringComparison.Ordinal);
        Assert.Contains("+60 000,50 kr", after, StringComparison.Ordinal);
        Assert.Contains("resultatet i prognosen efter tertial 1", after, StringComparison.Ordinal);

        // A second first save from an old form (no version) is a 409 with the input kept.
        var stale = await pages.PostFormAsync(edit, fields);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var excel = await pages.GetAsync($"/forbund/{id}/ekonomi/prognos?handler=Excel&ar={Year}&tertial=1");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType?.MediaType);
        Assert.Contains("prognos-2035-tertial-1.xlsx", excel.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
    }

    // A form read before the rows changed: its lines come in another order than the rows now (as after a row is added
    // above them) and one row (Revision) is missing from it. Each value lands on its own row by category and
    // intervention, Revision gets its proposal (the budget, 60 000) and is marked, and nothing is saved until the
    // officer has seen it; saved again, the values are where they were typed.
    [Fact]
    public async Task Posted_values_are_matched_to_rows_by_category_and_intervention_and_a_new_row_is_flagged_before_saving()
    {
        var s = await SetUpAsync();
        s.Api.Dispose();
        using var pages = await app.Host.SignedInPageClientAsync(s.Office);
        var edit = $"/forbund/{s.Association.Id}/ekonomi/prognos/andra?ar={Year}&tertial=1";
        var fields = new Dictionary<string, string>
        {
            ["Input.Lines[0].Category"] = "Intervention", ["Input.Lines[0].InterventionId"] = s.Intervention.ToString(), ["Input.Lines[0].YearEnd"] = "211 111",
            ["Input.Lines[1].Category"] = "Administration", ["Input.Lines[1].YearEnd"] = "655 555",
            ["Input.Lines[2].Category"] = "Board", ["Input.Lines[2].YearEnd"] = "133 333",
            ["Input.Lines[3].Category"] = "OtherIncome", ["Input.Lines[3].YearEnd"] = "1",
            ["Input.Lines[4].Category"] = "MemberContribution", ["Input.Lines[4].YearEnd"] = "1 000 002",
        };

        var flagged = await pages.PostFormAsync(edit, fields);
        var html = Clients.PlainText(await flagged.Content.ReadAsStringAsync());
        Assert.True(flagged.StatusCode == HttpStatusCode.Conflict, html);
        Assert.Contains("Prognosens rader har ändrats sedan du öppnade sidan, så ingenting är sparat. Nya rader, med förslaget ifyllt: Revision.", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Ny rad:</strong> förslaget är ifyllt", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Lines[2].YearEnd\" value=\"133 333\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Lines[3].YearEnd\" value=\"655 555\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Lines[4].YearEnd\" value=\"60 000\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Lines[5].YearEnd\" value=\"211 111\"", html, StringComparison.Ordinal);

        fields["Input.Lines[5].Category"] = "Audit";
        fields["Input.Lines[5].YearEnd"] = "60 000";
        var saved = await pages.PostFormAsync(edit, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var api = await app.Host.ApiClientAsync(s.Office);
        var forecast = await Clients.JsonAsync(await api.GetAsync($"{s.Root}/forecasts?year={Year}&tertial=1"), HttpStatusCode.OK);
        Assert.Equal((133_333m, 655_555m, 211_111m, 1m), (Amount(Row(forecast, "Styrelse"), "yearEnd"), Amount(Row(forecast, "Administration (kansli)"), "yearEnd"), Amount(Row(forecast, "Jobbspåret"), "yearEnd"), Amount(Row(forecast, "Övriga intäkter"), "yearEnd")));
    }
}
