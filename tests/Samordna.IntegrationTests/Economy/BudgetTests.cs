using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Samordna.IntegrationTests.Interventions;
using Samordna.TestSupport;
using Samordna.Web.Features.Economy.Todo;
using Samordna.Web.Features.Todo;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Economy;

/// <summary>
/// The budget: exact sums to the öre, the moves from proposal through consultation to adoption and revision, who may
/// do what, conflicts and Swedish validation, and the to-do warnings as 30 November nears.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BudgetTests(AppFixture app)
{
    private const int Year = 2027;

    private static object Line(string category, string label, decimal amount, decimal plan1, decimal plan2, Guid? organisationId = null, Guid? interventionId = null) =>
        new { category, organisationId, interventionId, label, amount, planYear1 = plan1, planYear2 = plan2 };

    private static decimal[] Column(JsonElement totals, string name) => totals.GetProperty(name).EnumerateArray().Select(e => e.GetDecimal()).ToArray();

    [Fact]
    public async Task The_sums_are_exact_to_the_ore_and_the_budget_goes_from_proposal_through_consultation_to_adoption_and_revision()
    {
        var association = await app.Host.CreateAssociationAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(office);
        var url = $"/api/v1/associations/{association.Id}/budgets";

        var created = await Clients.JsonAsync(await api.PostAsJsonAsync(url, new { year = Year }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var proposal = await Clients.JsonAsync(await api.GetAsync($"{url}?year={Year}"), HttpStatusCode.OK);
        Assert.Equal("Draft", proposal.GetProperty("state").GetString());
        // Without a contribution table, an earlier budget or funded interventions: the three cost lines, at zero.
        Assert.Equal(["Board", "Administration", "Audit"], proposal.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("category").GetString()));

        // Income 1 234 567,89 + 765 432,11 + 0,01 = 2 000 000,01; costs 3 × 333 333,33 = 999 999,99; result 1 000 000,02.
        var fk = association.Members["FK"];
        var region = association.Members.First(m => m.Key.Length == 2 && m.Key != "FK").Value;
        var lines = new[]
        {
            Line("MemberContribution", "Försäkringskassan", 1_234_567.89m, 1_200_000m, 1_200_000m, organisationId: fk),
            Line("MemberContribution", "Regionen", 765_432.11m, 600_000m, 600_000m, organisationId: region),
            Line("OtherIncome", "Ränta", 0.01m, 0m, 0m),
            Line("Board", "Styrelse", 333_333.33m, 300_000m, 0m),
            Line("Administration", "Kansli", 333_333.33m, 300_000m, 0m),
            Line("Audit", "Revision", 333_333.33m, 300_000m, 0m),
        };
        var version = proposal.GetProperty("version").GetInt64();
        version = (await Clients.JsonAsync(await api.PutAsJsonAsync($"{url}/{id}/lines", new { lines, version }), HttpStatusCode.OK)).GetProperty("version").GetInt64();
        var saved = await Clients.JsonAsync(await api.GetAsync($"{url}/{id}"), HttpStatusCode.OK);
        var totals = saved.GetProperty("totals");
        Assert.Equal([2_000_000.01m, 1_800_000m, 1_800_000m], Column(totals, "income"));
        Assert.Equal([999_999.99m, 900_000m, 0m], Column(totals, "costs"));
        Assert.Equal([1_000_000.02m, 900_000m, 1_800_000m], Column(totals, "result"));

        // A second proposal while this one is open is refused; a stale save is a conflict.
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync(url, new { year = Year })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PutAsJsonAsync($"{url}/{id}/lines", new { lines, version = version - 1 })).StatusCode);

        // Consultation: lines are locked; a member's representative comments for their member, not for another.
        version = (await Clients.JsonAsync(await api.PostAsJsonAsync($"{url}/{id}/consultation", new { until = "2026-10-31", version }), HttpStatusCode.OK)).GetProperty("version").GetInt64();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await api.PutAsJsonAsync($"{url}/{id}/lines", new { lines, version })).StatusCode);
        var representative = await app.Host.CreateUserAsync(Role.MemberRepresentative, association.Id, region);
        using var member = await app.Host.ApiClientAsync(representative);
        await Clients.JsonAsync(await member.PostAsJsonAsync($"{url}/{id}/comments", new { organisationId = region, text = "Regionen tillstyrker." }), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync($"{url}/{id}/comments", new { organisationId = fk, text = "Inte vår sak." })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PutAsJsonAsync($"{url}/{id}/lines", new { lines, version })).StatusCode);

        // Adoption with the board's numbered decision; then a revision starts as version 2 with the same lines.
        var (_, decision) = await app.Host.CreateDecisionAsync(association, new DateOnly(2026, 11, 20), "Budget 2027");
        version = (await Clients.JsonAsync(await api.PostAsJsonAsync($"{url}/{id}/adoption", new { decisionId = decision, adoptedOn = "2026-11-20", version }), HttpStatusCode.OK)).GetProperty("version").GetInt64();
        var adopted = await Clients.JsonAsync(await api.GetAsync($"{url}/{id}"), HttpStatusCode.OK);
        Assert.Equal("Adopted", adopted.GetProperty("state").GetString());
        Assert.StartsWith("§ ", adopted.GetProperty("decision").GetString(), StringComparison.Ordinal);
        Assert.Equal("Regionen tillstyrker.", Assert.Single(adopted.GetProperty("comments").EnumerateArray()).GetProperty("text").GetString());

        var revision = (await Clients.JsonAsync(await api.PostAsJsonAsync(url, new { year = Year }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var second = await Clients.JsonAsync(await api.GetAsync($"{url}?year={Year}"), HttpStatusCode.OK);
        Assert.Equal(revision, second.GetProperty("id").GetGuid());
        Assert.Equal(2, second.GetProperty("number").GetInt32());
        Assert.Equal(Column(totals, "result"), Column(second.GetProperty("totals"), "result"));
        var v2 = second.GetProperty("version").GetInt64();
        v2 = (await Clients.JsonAsync(await api.PostAsJsonAsync($"{url}/{revision}/consultation", new { until = "2027-03-01", version = v2 }), HttpStatusCode.OK)).GetProperty("version").GetInt64();
        await Clients.JsonAsync(await api.PostAsJsonAsync($"{url}/{revision}/adoption", new { decisionId = decision, adoptedOn = "2027-03-10", version = v2 }), HttpStatusCode.OK);
        Assert.Equal("Superseded", (await Clients.JsonAsync(await api.GetAsync($"{url}/{id}"), HttpStatusCode.OK)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Bad_lines_are_refused_in_Swedish_naming_the_row_and_nothing_changes()
    {
        var association = await app.Host.CreateAssociationAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(office);
        var url = $"/api/v1/associations/{association.Id}/budgets";
        var id = (await Clients.JsonAsync(await api.PostAsJsonAsync(url, new { year = Year }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var version = (await Clients.JsonAsync(await api.GetAsync($"{url}/{id}"), HttpStatusCode.OK)).GetProperty("version").GetInt64();

        var response = await api.PutAsJsonAsync($"{url}/{id}/lines", new
        {
            lines = new[]
            {
                Line("Board", "Styrelse", -1m, 0m, 0m),
                Line("MemberContribution", "", 10m, 10m, 10m),
                Line("Audit", "Revision", 5_000_000_000m, 0m, 0m),
            },
            version,
        });
        var problem = await Clients.JsonAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Contains("Budgetrad 1: ange beloppet för budgetåret", errors.GetProperty("lines[0].amount")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Budgetrad 2: välj vilken medlem", errors.GetProperty("lines[1].organisationId")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("lines[1].label", out _), problem.ToString());
        Assert.True(errors.TryGetProperty("lines[2].amount", out _), problem.ToString());

        // A missing line or an undefined category is a 400 naming the row, not a crash.
        var empty = await api.PutAsync($"{url}/{id}/lines", new StringContent($"{{\"lines\":[null],\"version\":{version}}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Budgetrad 1 är tom.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var undefined = await api.PutAsync($"{url}/{id}/lines", new StringContent($"{{\"lines\":[{{\"category\":99,\"label\":\"X\",\"amount\":1,\"planYear1\":1,\"planYear2\":1}}],\"version\":{version}}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, undefined.StatusCode);
        Assert.Contains("okänt slag", await undefined.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var foreign = await app.Host.CreateAssociationAsync();
        var stranger = await api.PutAsJsonAsync($"{url}/{id}/lines", new { lines = new[] { Line("MemberContribution", "Främling", 1m, 1m, 1m, organisationId: foreign.Members["FK"] == association.Members["FK"] ? Guid.NewGuid() : foreign.Members.First(m => m.Key.StartsWith('0')).Value) }, version });
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.Contains("inte medlem", await stranger.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(version, (await Clients.JsonAsync(await api.GetAsync($"{url}/{id}"), HttpStatusCode.OK)).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task The_to_do_list_warns_as_30_November_nears_asks_each_member_that_has_not_commented_and_goes_quiet_once_adopted()
    {
        var association = await app.Host.CreateAssociationAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(office);
        var url = $"/api/v1/associations/{association.Id}/budgets";

        Assert.Empty(await ItemsAsync(association.Id, new DateOnly(2026, 9, 29)));
        var prepare = Assert.Single(await ItemsAsync(association.Id, new DateOnly(2026, 10, 1)));
        Assert.Equal((BudgetTodoSource.Prepare, TodoAudience.Office, new DateOnly(2026, 11, 30)), (prepare.Code, prepare.Audience, prepare.DueOn));
        Assert.Equal("Budgeten för 2027 ska fastställas av styrelsen senast 2026-11-30, efter samråd med medlemmarna. Upprätta ett förslag.", prepare.Text.Replace('\u00a0', ' '));
        Assert.True(Assert.Single(await ItemsAsync(association.Id, new DateOnly(2026, 12, 2))).IsOverdueOn(new DateOnly(2026, 12, 2)));

        var id = (await Clients.JsonAsync(await api.PostAsJsonAsync(url, new { year = Year }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var version = (await Clients.JsonAsync(await api.GetAsync($"{url}/{id}"), HttpStatusCode.OK)).GetProperty("version").GetInt64();
        version = (await Clients.JsonAsync(await api.PostAsJsonAsync($"{url}/{id}/consultation", new { until = "2026-10-31", version }), HttpStatusCode.OK)).GetProperty("version").GetInt64();
        var region = association.Members.First(m => m.Key.Length == 2 && m.Key != "FK").Value;
        await Clients.JsonAsync(await api.PostAsJsonAsync($"{url}/{id}/comments", new { organisationId = region, text = "Inga invändningar." }), HttpStatusCode.Created);

        var during = await ItemsAsync(association.Id, new DateOnly(2026, 10, 15));
        Assert.Equal(BudgetTodoSource.Adopt, Assert.Single(during, i => i.Audience == TodoAudience.Board).Code);
        var asked = during.Where(i => i.Code == BudgetTodoSource.Comment).ToList();
        Assert.Equal(association.Members.Count - 1, asked.Count);
        Assert.DoesNotContain(asked, i => i.Audience.OrganisationId == region);
        Assert.All(asked, i => Assert.Equal(new DateOnly(2026, 10, 31), i.DueOn));

        var (_, decision) = await app.Host.CreateDecisionAsync(association, new DateOnly(2026, 11, 20), "Budget 2027");
        await Clients.JsonAsync(await api.PostAsJsonAsync($"{url}/{id}/adoption", new { decisionId = decision, adoptedOn = "2026-11-20", version }), HttpStatusCode.OK);
        Assert.Empty(await ItemsAsync(association.Id, new DateOnly(2026, 11, 21)));
    }

    [Fact]
    public async Task The_office_proposes_and_edits_the_budget_with_forms_that_work_without_JavaScript()
    {
        var association = await app.Host.CreateAssociationAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var pages = await app.Host.SignedInPageClientAsync(office);
        var page = $"/forbund/{association.Id}/ekonomi/budget?ar={Year}";
        Assert.Contains($"/forbund/{association.Id}/ekonomi/budget/ny?ar={Year}", await pages.GetStringAsync(page), StringComparison.Ordinal);

        var created = await pages.PostFormAsync($"/forbund/{association.Id}/ekonomi/budget/ny?ar={Year}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var html = await pages.GetStringAsync(page);
        var edit = System.Text.RegularExpressions.Regex.Match(html, @"href=""(/forbund/[^""]+/rader)""").Groups[1].Value;
        Assert.NotEmpty(edit);

        // A member's representative may read the budget but not move it.
        var representative = await app.Host.CreateUserAsync(Role.MemberRepresentative, association.Id, association.Members["FK"]);
        using var member = await app.Host.SignedInPageClientAsync(representative);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(edit.Replace("/rader", "/steg", StringComparison.Ordinal))).StatusCode);

        var bad = await pages.PostFormAsync(edit, new Dictionary<string, string>
        {
            ["Input.Version"] = "0",
            ["Input.Lines[0].Category"] = "Board", ["Input.Lines[0].Label"] = "Styrelse", ["Input.Lines[0].Amount"] = "tolv", ["Input.Lines[0].PlanYear1"] = "0", ["Input.Lines[0].PlanYear2"] = "0",
        });
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Budgetrad 1", badHtml, StringComparison.Ordinal);
        Assert.Contains("tolv", badHtml, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<TodoItem>> ItemsAsync(Guid associationId, DateOnly today)
    {
        using var scope = app.Host.CreateScope();
        return await scope.ServiceProvider.GetServices<ITodoSource>().OfType<BudgetTodoSource>().Single().ItemsAsync(associationId, today, CancellationToken.None);
    }
}
