using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text;
using Samordna.IntegrationTests.Interventions;
using Samordna.TestSupport;
using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Infrastructure.Files;
using Samordna.Web.Domain;
using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Interventions.ManageMoney;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.FollowUp;

/// <summary>Head-counts for a volume intervention, the Uppföljning Finsam sheet (exact for the records' own officers only), and the report as a file from the page.</summary>
[Collection(AppCollection.Name)]
public sealed class HeadcountAndSheetTests(AppFixture app)
{
    [Fact]
    public async Task Counts_and_the_sheet_over_the_API_a_stale_month_is_a_conflict_and_a_board_member_may_read_the_sheet_but_not_enter_counts()
    {
        var association = await app.Host.CreateAssociationAsync();
        var structural = await app.Host.CreateInterventionAsync(association, name: "Nätverksträffar " + TestData.NextSerial(), orientation: Orientation.Structural, precise: "kompetensutveckling", owner: "0662");
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(office);
        var url = $"/api/v1/associations/{association.Id}/follow-up/headcounts/{structural}";

        var saved = await api.PutAsJsonAsync(url, new { year = 2025, months = new[] { new { month = 3, women = 9, men = 6 } } });
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.BodyAsync());
        var months = JsonDocument.Parse(await api.GetStringAsync($"{url}?year=2025")).RootElement;
        Assert.Equal(12, months.GetArrayLength());
        Assert.Equal((9, 6), (months[2].GetProperty("women").GetInt32(), months[2].GetProperty("men").GetInt32()));
        var version = months[2].GetProperty("version").GetInt64();

        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync(url, new { year = 2025, months = new[] { new { month = 3, women = 10, men = 6, version } } })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PutAsJsonAsync(url, new { year = 2025, months = new[] { new { month = 3, women = 11, men = 6, version } } })).StatusCode);
        var invalid = await api.PutAsJsonAsync(url, new { year = 2025, months = new[] { new { month = 13, women = -1, men = 0 } } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("Månad 13", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var board = await app.Host.CreateUserAsync(Role.BoardMember, association.Id);
        using var reader = await app.Host.ApiClientAsync(board);
        var sheet = JsonDocument.Parse(await reader.GetStringAsync($"/api/v1/associations/{association.Id}/follow-up/sheet?year=2025")).RootElement;
        var line = Assert.Single(sheet.GetProperty("lines").EnumerateArray(), l => l.GetProperty("interventionId").GetGuid() == structural);
        Assert.Equal(("10", "6", "16"), (line.GetProperty("women").GetString(), line.GetProperty("men").GetString(), line.GetProperty("total").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PutAsJsonAsync(url, new { year = 2025, months = Array.Empty<object>() })).StatusCode);
    }

    [Fact]
    public async Task The_report_sheet_has_the_adopted_budget_s_administration_costs_and_each_intervention_s_budget_and_reported_actual()
    {
        var association = await app.Host.CreateAssociationAsync();
        var funded = await app.Host.CreateInterventionAsync(association, name: "Finansierad " + TestData.NextSerial(), owner: "0662", groups: ["unga"]);
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(office);
        var budgets = $"/api/v1/associations/{association.Id}/budgets";
        var id = JsonDocument.Parse(await (await api.PostAsJsonAsync(budgets, new { year = 2025 })).Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var version = JsonDocument.Parse(await api.GetStringAsync($"{budgets}/{id}")).RootElement.GetProperty("version").GetInt64();
        object Line(string category, decimal amount, Guid? interventionId = null) =>
            new { category, interventionId, label = category, amount, planYear1 = 0m, planYear2 = 0m };
        var lines = new[] { Line("Board", 100_000.50m), Line("Administration", 1_200_000m), Line("Audit", 49_999.50m), Line("Intervention", 300_000m, funded), Line("OtherIncome", 5m) };
        version = JsonDocument.Parse(await (await api.PutAsJsonAsync($"{budgets}/{id}/lines", new { lines, version })).Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt64();
        version = JsonDocument.Parse(await (await api.PostAsJsonAsync($"{budgets}/{id}/consultation", new { until = "2024-11-01", version })).Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt64();
        var (_, decision) = await app.Host.CreateDecisionAsync(association, new DateOnly(2024, 11, 20), "Budget 2025");
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"{budgets}/{id}/adoption", new { decisionId = decision, adoptedOn = "2024-11-20", version })).StatusCode);
        var budget = new BudgetRequest([new BudgetLineRequest(2025, BudgetLineKind.Staff, Sek.FromKronor(280_000), Sek.FromKronor(250_000.25m), null)], await app.Host.VersionAsync(funded));
        await app.Host.RunAsync<ManageMoneyHandler, Saved>(association.Id, ManageMoneyHandler.Validate(budget), (h, ct) => h.SaveBudgetAsync(association.Id, funded, budget, InterventionTestData.Office, ct));

        var sheet = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/associations/{association.Id}/follow-up/sheet?year=2025")).RootElement;
        var money = sheet.GetProperty("money");
        // 100 000,50 + 1 200 000 + 49 999,50 = 1 350 000; no contribution table and no books yet.
        Assert.Equal(1_350_000m, money.GetProperty("administrationBudget").GetDecimal());
        Assert.Equal(JsonValueKind.Null, money.GetProperty("allocatedFunds").ValueKind);
        Assert.Equal(JsonValueKind.Null, money.GetProperty("equity").ValueKind);
        var line = Assert.Single(money.GetProperty("interventions").EnumerateArray(), l => l.GetProperty("interventionId").GetGuid() == funded);
        Assert.Equal(300_000m, line.GetProperty("budget").GetDecimal());
        Assert.Equal(250_000.25m, line.GetProperty("actual").GetDecimal());
        Assert.NotEmpty(line.GetProperty("targetGroups").EnumerateArray());

        using var pages = await app.Host.SignedInPageClientAsync(office);
        var file = await pages.GetAsync($"/forbund/{association.Id}/uppfoljning/finsam?handler=export&ar=2025&format=csv");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        var csv = await file.Content.ReadAsStringAsync();
        Assert.Contains("Administrationskostnader, budget", csv, StringComparison.Ordinal);
        Assert.Contains("1350000", csv.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00a0", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_office_enters_counts_per_month_and_the_sheet_adds_them_up_while_record_counts_stay_protected_for_the_office()
    {
        var association = await app.Host.CreateAssociationAsync();
        var structural = await app.Host.CreateInterventionAsync(association, name: "Konferenser " + TestData.NextSerial(), orientation: Orientation.Structural, precise: "kompetensutveckling", owner: "0662");
        var individual = await app.Host.CreateInterventionAsync(association, name: "Individinsats " + TestData.NextSerial(), owner: "0662");
        for (var i = 0; i < 3; i++)
        {
            await app.Host.EnrolAsync(association, individual, "0662", Sex.Male, 1990, new DateOnly(2025, 2, 1));
        }

        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var pages = await app.Host.SignedInPageClientAsync(office);
        var url = $"/forbund/{association.Id}/uppfoljning/antal?insats={structural}&ar=2025";
        var saved = await pages.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Months[0].Month"] = "1", ["Months[0].Women"] = "12", ["Months[0].Men"] = "7",
            ["Months[1].Month"] = "2", ["Months[1].Women"] = "3", ["Months[1].Men"] = "",
        });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.BodyAsync());

        var bad = await pages.PostFormAsync(url, new Dictionary<string, string> { ["Months[0].Month"] = "1", ["Months[0].Women"] = "9999999999", ["Months[0].Men"] = "-1" });
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Kvinnor i januari ska vara ett heltal mellan 0 och 100", badHtml, StringComparison.Ordinal);

        var sheet = WebUtility.HtmlDecode(await pages.GetStringAsync($"/forbund/{association.Id}/uppfoljning/finsam?ar=2025"));
        var structuralRow = Row(sheet, "Konferenser");
        Assert.Contains("<td class=\"num\">15</td><td class=\"num\">7</td><td class=\"num\">22</td>", structuralRow, StringComparison.Ordinal);
        var individualRow = Row(sheet, "Individinsats");
        Assert.DoesNotContain("<td class=\"num\">3</td>", individualRow, StringComparison.Ordinal);
        Assert.Contains("&lt;5", WebUtility.HtmlEncode(individualRow), StringComparison.Ordinal);

        var officer = await app.Host.CreateParticipantOfficerAsync(association, "0662");
        using var officerPages = await app.Host.SignedInPageClientAsync(officer);
        var own = Row(WebUtility.HtmlDecode(await officerPages.GetStringAsync($"/forbund/{association.Id}/uppfoljning/finsam?ar=2025")), "Individinsats");
        Assert.Contains("<td class=\"num\">0</td><td class=\"num\">3</td><td class=\"num\">3</td>", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_downloads_as_a_file_with_hidden_figures_as_marks()
    {
        var association = await app.Host.CreateAssociationAsync();
        var individual = await app.Host.CreateInterventionAsync(association, owner: "0662");
        for (var i = 0; i < 7; i++)
        {
            await app.Host.EnrolAsync(association, individual, "0662", i < 2 ? Sex.Male : Sex.Female, 1990, new DateOnly(2025, 2, 1));
        }

        var board = await app.Host.CreateUserAsync(Role.BoardMember, association.Id);
        using var pages = await app.Host.SignedInPageClientAsync(board);
        var response = await pages.GetAsync($"/forbund/{association.Id}/uppfoljning?handler=export&ar=2025&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var table = TabularFile.Read(await response.Content.ReadAsByteArrayAsync(), "uppfoljning.csv");
        Assert.Equal(["Tabell", "Rad", "Kolumn", "Antal"], table.Header);
        var ages = table.Rows.Where(r => r.Get(0) == "Deltagare efter ålder och kön" && r.Get(1) == "30–39").ToDictionary(r => r.Get(2), r => r.Get(3));
        Assert.Equal("<5", ages["Män"]);
        // 5 women would give the 2 men away from the total of 7: hidden as well.
        Assert.Equal("..", ages["Kvinnor"]);
        Assert.Equal("7", ages["Totalt"]);
        Assert.DoesNotContain(table.Rows, r => r.Get(3) is "1" or "2" or "3" or "4");
    }

    private static string Row(string html, string name)
    {
        var start = html.IndexOf(name, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{name} is not on the sheet");
        var end = html.IndexOf("</tr>", start, StringComparison.Ordinal);
        return html[start..end].Replace("\n", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("<tdclass", "<td class", StringComparison.Ordinal);
    }
}
