using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Data;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Interventions;

/// <summary>Interventions over HTTP: the rules, the locked attributes, who may make which move, and the board's ceiling.</summary>
[Collection(AppCollection.Name)]
public sealed class InterventionApiTests(AppFixture app)
{
    private static object Body(TestAssociation a, string[] parties, string owner, string orientation = "Individual", string followUp = "ParticipantRecords", bool esf = false, long? version = null, string name = "Insats via API") => new
    {
        name, description = "Stöd till arbete för unga vuxna.", orientation, preciseOrientation = orientation == "Individual" ? "forrehabilitering" : "kompetensutveckling",
        followUpMethod = followUp, esfCoFinanced = esf, targetGroups = new[] { "unga" }, ownerOrganisationId = a.Members[owner],
        parties = parties.Select(p => a.Members[p]).ToArray(), municipalities = new[] { "0662" }, startDate = "2025-01-01", endDate = "2026-12-31",
        ageFrom = 18, ageTo = 29, plannedParticipants = new[] { new { year = 2025, women = 5, men = 5 } }, accessRoute = "Referral", publicContact = "Växeln 0370-000 00", version,
    };

    private static object MoveBody(string move, long version, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["move"] = move, ["version"] = version, ["date"] = "2024-10-01" };
        foreach (var p in extra?.GetType().GetProperties() ?? [])
        {
            body[p.Name] = p.GetValue(extra);
        }

        return body;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string? Code(JsonElement problem) => problem.TryGetProperty("code", out var c) ? c.GetString() : null;

    [Fact]
    public async Task Two_municipalities_alone_cannot_submit_an_application_but_a_municipality_with_FK_can()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var url = $"/api/v1/associations/{association.Id}/interventions";

        var created = await api.PostAsJsonAsync(url, Body(association, ["0662", "0617"], "0662"));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.BodyAsync());
        var saved = await JsonAsync(created);
        var submit = await api.PostAsJsonAsync($"{url}/{saved.GetProperty("id").GetGuid()}/moves", MoveBody("Submit", saved.GetProperty("version").GetInt64()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, submit.StatusCode);
        var problem = await JsonAsync(submit);
        Assert.Equal("INTERVENTION_RULE_FAILED", Code(problem));
        Assert.Contains("Bara en part deltar (kommun)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var withFk = await JsonAsync(await api.PostAsJsonAsync(url, Body(association, ["0662", "FK"], "0662", name: "Med FK")));
        var ok = await api.PostAsJsonAsync($"{url}/{withFk.GetProperty("id").GetGuid()}/moves", MoveBody("Submit", withFk.GetProperty("version").GetInt64()));
        Assert.True(ok.StatusCode == HttpStatusCode.OK, await ok.BodyAsync());
    }

    [Theory]
    [InlineData("orientation")]
    [InlineData("followUpMethod")]
    [InlineData("esfCoFinanced")]
    public async Task Orientation_follow_up_method_and_ESF_are_locked_once_created(string changed)
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var url = $"/api/v1/associations/{association.Id}/interventions";
        var saved = await JsonAsync(await api.PostAsJsonAsync(url, Body(association, ["0662", "FK"], "0662")));
        var id = saved.GetProperty("id").GetGuid();
        var version = saved.GetProperty("version").GetInt64();

        var body = changed switch
        {
            "orientation" => Body(association, ["0662", "FK"], "0662", orientation: "Structural", followUp: "HeadcountOnly", version: version),
            "followUpMethod" => Body(association, ["0662", "FK"], "0662", followUp: "HeadcountOnly", version: version),
            _ => Body(association, ["0662", "FK"], "0662", esf: true, version: version),
        };
        var update = await api.PutAsJsonAsync($"{url}/{id}", body);

        Assert.Equal(HttpStatusCode.BadRequest, update.StatusCode);
        var problem = await JsonAsync(update);
        Assert.True(problem.GetProperty("errors").TryGetProperty(changed, out var messages), await update.BodyAsync());
        Assert.Contains("låses när insatsen skapas", messages[0].GetString(), StringComparison.Ordinal);
        var unchanged = await api.PutAsJsonAsync($"{url}/{id}", Body(association, ["0662", "FK"], "0662", version: version, name: "Nytt namn"));
        Assert.True(unchanged.StatusCode == HttpStatusCode.OK, await unchanged.BodyAsync());
        var stale = await api.PutAsJsonAsync($"{url}/{id}", Body(association, ["0662", "FK"], "0662", version: version, name: "Gammal version"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Each_role_makes_only_its_own_moves_over_HTTP()
    {
        var association = await app.Host.CreateAssociationAsync();
        var owner = await app.Host.CreateUserAsync(Role.InterventionOwner, association.Id, association.Members["0662"]);
        var preparer = await app.Host.CreateUserAsync(Role.PreparatoryGroupMember, association.Id);
        var board = await app.Host.CreateUserAsync(Role.BoardMember, association.Id);
        using var ownerApi = await app.Host.ApiClientAsync(owner);
        using var preparerApi = await app.Host.ApiClientAsync(preparer);
        using var boardApi = await app.Host.ApiClientAsync(board);
        var url = $"/api/v1/associations/{association.Id}/interventions";

        var foreign = await ownerApi.PostAsJsonAsync(url, Body(association, ["0617", "FK"], "0617"));
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal("INTERVENTION_NOT_YOUR_ORGANISATION", Code(await JsonAsync(foreign)));
        Assert.Equal(HttpStatusCode.Forbidden, (await preparerApi.PostAsJsonAsync(url, Body(association, ["0662", "FK"], "0662"))).StatusCode);

        var own = await JsonAsync(await ownerApi.PostAsJsonAsync(url, Body(association, ["0662", "FK"], "0662")));
        var id = own.GetProperty("id").GetGuid();
        var version = (await JsonAsync(await ownerApi.PostAsJsonAsync($"{url}/{id}/moves", MoveBody("Submit", own.GetProperty("version").GetInt64())))).GetProperty("version").GetInt64();

        var ownerPrepares = await ownerApi.PostAsJsonAsync($"{url}/{id}/moves", MoveBody("Prepare", version, new { recommendation = "Approve", statement = "Bra." }));
        Assert.Equal(HttpStatusCode.Forbidden, ownerPrepares.StatusCode);
        var problem = await JsonAsync(ownerPrepares);
        Assert.Equal("INTERVENTION_MOVE_NOT_YOURS", Code(problem));
        Assert.Contains("beredningsgruppen", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await boardApi.PostAsJsonAsync($"{url}/{id}/moves", MoveBody("Prepare", version, new { recommendation = "Approve", statement = "Bra." }))).StatusCode);

        var decideTooEarly = await preparerApi.PostAsJsonAsync($"{url}/{id}/moves", MoveBody("Decide", version, new { decisionId = Guid.NewGuid(), grants = new[] { new { year = 2025, amount = 1000 } } }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, decideTooEarly.StatusCode);
        Assert.Equal("INTERVENTION_MOVE_NOT_ALLOWED", Code(await JsonAsync(decideTooEarly)));

        var prepared = await preparerApi.PostAsJsonAsync($"{url}/{id}/moves", MoveBody("Prepare", version, new { recommendation = "Approve", statement = "Tillstyrks.", conflictsOfInterest = "Ingen jäv." }));
        Assert.True(prepared.StatusCode == HttpStatusCode.OK, await prepared.BodyAsync());

        var seen = await JsonAsync(await ownerApi.GetAsync($"{url}/{id}"));
        Assert.Equal("Prepared", seen.GetProperty("state").GetString());
        Assert.Equal(2, seen.GetProperty("history").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, seen.GetProperty("availableMoves").ValueKind);
        Assert.Equal(new[] { "Withdraw" }, seen.GetProperty("availableMoves").EnumerateArray().Select(m => m.GetString()!).ToArray());
    }

    [Fact]
    public async Task The_funded_amount_never_exceeds_the_board_s_decision_without_a_new_numbered_decision()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var id = await app.Host.CreateInterventionAsync(association);
        var decisionId = await app.Host.AdvanceAsync(association, id, InterventionState.Active, Web.Domain.Sek.FromKronor(500_000));
        var url = $"/api/v1/associations/{association.Id}/interventions/{id}";

        await using (var scope = app.Host.CreateScope())
        {
            var decision = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<BoardDecision>().AsNoTracking().SingleAsync(d => d.Id == decisionId);
            Assert.Equal(DecisionLinkKind.FundingDecision, decision.LinkKind);
            Assert.Equal(id, decision.LinkedId);
        }

        var version = await app.Host.VersionAsync(id);
        var above = await api.PutAsJsonAsync($"{url}/funding", new { funding = new object[] { new { year = 2025, amount = 500_000.01m }, new { year = 2026, amount = 500_000 } }, version });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, above.StatusCode);
        var problem = await JsonAsync(above);
        Assert.Equal("INTERVENTION_ABOVE_DECIDED_AMOUNT", Code(problem));
        Assert.Contains("§ 1/2024", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("nytt numrerat beslut", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var payment = await api.PostAsJsonAsync($"{url}/payments", new { plannedOn = "2026-06-30", amount = 1, version });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, payment.StatusCode);

        var (_, more) = await app.Host.CreateDecisionAsync(association, new DateOnly(2025, 3, 15), "Utökade medel");
        var grant = await api.PostAsJsonAsync($"{url}/grants", new { decisionId = more, grants = new[] { new { year = 2025, amount = 100_000 } }, version });
        Assert.True(grant.StatusCode == HttpStatusCode.OK, await grant.BodyAsync());
        version = (await JsonAsync(grant)).GetProperty("version").GetInt64();
        var again = await api.PostAsJsonAsync($"{url}/grants", new { decisionId = more, grants = new[] { new { year = 2025, amount = 100_000 } }, version });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var raised = await api.PutAsJsonAsync($"{url}/funding", new { funding = new[] { new { year = 2025, amount = 600_000 }, new { year = 2026, amount = 500_000 } }, version });
        Assert.True(raised.StatusCode == HttpStatusCode.OK, await raised.BodyAsync());
        var tooMuch = await api.PutAsJsonAsync($"{url}/funding", new { funding = new[] { new { year = 2025, amount = 600_001 } }, version = (await JsonAsync(raised)).GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        Assert.Contains("§ 1/2025", (await JsonAsync(tooMuch)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var details = await JsonAsync(await api.GetAsync(url));
        Assert.Equal(1_100_000m, details.GetProperty("grants").EnumerateArray().Sum(g => g.GetProperty("amount").GetDecimal()));
    }

    [Fact]
    public async Task An_owner_sees_only_the_interventions_of_its_own_organisation()
    {
        var association = await app.Host.CreateAssociationAsync();
        var mine = await app.Host.CreateInterventionAsync(association, name: "Min insats", parties: ["0662", "FK"], owner: "0662");
        var theirs = await app.Host.CreateInterventionAsync(association, name: "Deras insats", parties: ["0617", "FK"], owner: "0617");
        var owner = await app.Host.CreateUserAsync(Role.InterventionOwner, association.Id, association.Members["0662"]);
        using var api = await app.Host.ApiClientAsync(owner);

        var list = await JsonAsync(await api.GetAsync($"/api/v1/associations/{association.Id}/interventions"));
        Assert.Equal([mine], list.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/associations/{association.Id}/interventions/{theirs}")).StatusCode);
    }
}
