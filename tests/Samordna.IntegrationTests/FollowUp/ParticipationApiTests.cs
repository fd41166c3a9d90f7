using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samordna.IntegrationTests.Interventions;
using Samordna.TestSupport;
using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Infrastructure.Audit;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.FollowUp;

/// <summary>Participation records over HTTP: only the owner organisation's participant officers read or write them, every change is checked, and the log keeps no values.</summary>
[Collection(AppCollection.Name)]
public sealed class ParticipationApiTests(AppFixture app)
{
    private static object Enrol(Guid interventionId, string? sex = "Female", object? birthYear = null, string start = "2025-03-01") => new
    {
        interventionId, sex, birthYear = birthYear ?? 1995, startDate = start, startOccupation = "arbetssokande", startIncomes = new[] { "a-kassa" },
        supportTimeBefore = "1-2", educationLevel = "gymnasium",
    };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task The_owners_participant_officer_enrols_exits_and_corrects_and_the_log_names_fields_but_no_values()
    {
        var association = await app.Host.CreateAssociationAsync();
        var interventionId = await app.Host.CreateInterventionAsync(association, owner: "0662");
        var officer = await app.Host.CreateParticipantOfficerAsync(association, "0662");
        using var api = await app.Host.ApiClientAsync(officer);
        var url = $"/api/v1/associations/{association.Id}/participations";

        var enrolled = await api.PostAsJsonAsync(url, Enrol(interventionId));
        Assert.True(enrolled.StatusCode == HttpStatusCode.OK, await enrolled.BodyAsync());
        var saved = await JsonAsync(enrolled);
        var code = saved.GetProperty("code").GetString()!;
        Assert.Matches("^[ACDEFHJKMNPRTUVWXY3479]{6}$", code);
        var id = saved.GetProperty("id").GetGuid();

        var exit = await api.PutAsJsonAsync($"{url}/{id}/exit", new { endDate = "2025-09-30", endOccupation = "arbete-lonestod", endIncomes = new[] { "lon" }, exitReason = "enligt-plan", version = saved.GetProperty("version").GetInt64() });
        Assert.True(exit.StatusCode == HttpStatusCode.OK, await exit.BodyAsync());
        var exited = await JsonAsync(exit);

        var correct = await api.PutAsJsonAsync($"{url}/{id}", new
        {
            sex = "Female", birthYear = 1994, startDate = "2025-03-01", startOccupation = "arbetssokande", startIncomes = new[] { "a-kassa", "ekonomiskt-bistand" },
            supportTimeBefore = "1-2", educationLevel = "gymnasium", endDate = "2025-09-30", endOccupation = "arbete-lonestod", endIncomes = new[] { "lon" }, exitReason = "enligt-plan",
            version = exited.GetProperty("version").GetInt64(),
        });
        Assert.True(correct.StatusCode == HttpStatusCode.OK, await correct.BodyAsync());

        var stale = await api.PutAsJsonAsync($"{url}/{id}/exit", new { endDate = "2025-10-01", endOccupation = "arbete", endIncomes = new[] { "lon" }, exitReason = "enligt-plan", version = saved.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var list = await JsonAsync(await api.GetAsync($"{url}?interventionId={interventionId}"));
        var record = Assert.Single(list.EnumerateArray());
        Assert.Equal(code, record.GetProperty("code").GetString());
        Assert.Equal(1994, record.GetProperty("birthYear").GetInt32());
        Assert.Equal(1, record.GetProperty("revisions").GetInt32());
        Assert.Equal(["a-kassa", "ekonomiskt-bistand"], record.GetProperty("startIncomes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["lon"], record.GetProperty("endIncomes").EnumerateArray().Select(e => e.GetString()));

        await app.Host.WithDbAsync(async db =>
        {
            var revision = await db.Set<ParticipationRevision>().IgnoreQueryFilters().Include(r => r.Incomes).SingleAsync(r => r.ParticipationId == id);
            Assert.Equal(1995, revision.BirthYear);
            Assert.Equal(["a-kassa", "lon"], revision.Incomes.Select(i => i.Code).Order(StringComparer.Ordinal));
            var log = await db.AuditEntries.Where(e => e.EntityType == nameof(Participation) && e.EntityId == id.ToString()).ToListAsync();
            Assert.Equal(3, log.Count);
            Assert.All(log, e => Assert.DoesNotContain(code, e.Changes, StringComparison.Ordinal));
            Assert.All(log, e => Assert.DoesNotContain("1995", e.Changes, StringComparison.Ordinal));
            Assert.Contains(log, e => e.Changes.Contains("\"BirthYear\"", StringComparison.Ordinal) && e.Changes.Contains(AuditInterceptor.Hidden, StringComparison.Ordinal));
            return 0;
        });
    }

    [Fact]
    public async Task Nobody_but_the_owners_participant_officers_reads_or_writes_a_record()
    {
        var association = await app.Host.CreateAssociationAsync();
        var interventionId = await app.Host.CreateInterventionAsync(association, owner: "0662");
        var saved = await app.Host.EnrolAsync(association, interventionId, "0662", Sex.Male, 1990, new DateOnly(2025, 2, 1));
        var url = $"/api/v1/associations/{association.Id}/participations";

        var otherOfficer = await app.Host.CreateParticipantOfficerAsync(association, "0617");
        using (var api = await app.Host.ApiClientAsync(otherOfficer))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{url}?interventionId={interventionId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync(url, Enrol(interventionId))).StatusCode);
            var exit = await api.PutAsJsonAsync($"{url}/{saved.Id}/exit", new { endDate = "2025-09-30", endOccupation = "arbete", endIncomes = new[] { "lon" }, exitReason = "enligt-plan", version = saved.Version });
            Assert.Equal(HttpStatusCode.NotFound, exit.StatusCode);
        }

        foreach (var role in new[] { Role.AssociationAdministrator, Role.BoardMember, Role.Auditor, Role.NationalAdministrator, Role.SystemAdministrator })
        {
            var user = await app.Host.CreateUserAsync(role, role.IsNational() ? null : association.Id);
            using var api = await app.Host.ApiClientAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"{url}?interventionId={interventionId}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync(url, Enrol(interventionId))).StatusCode);
            var report = await api.GetAsync($"/api/v1/associations/{association.Id}/follow-up?year=2025");
            Assert.True(report.StatusCode == HttpStatusCode.OK, $"{role}: {await report.BodyAsync()}");
            Assert.DoesNotContain(saved.Code, await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Bad_values_are_refused_in_Swedish_naming_each_field()
    {
        var association = await app.Host.CreateAssociationAsync();
        var interventionId = await app.Host.CreateInterventionAsync(association, owner: "0662");
        var officer = await app.Host.CreateParticipantOfficerAsync(association, "0662");
        using var api = await app.Host.ApiClientAsync(officer);
        var response = await api.PostAsJsonAsync($"/api/v1/associations/{association.Id}/participations", new
        {
            interventionId, sex = (string?)null, birthYear = 99999, startDate = "2025-03-01", startOccupation = "Anna Andersson", startIncomes = Array.Empty<string>(),
            supportTimeBefore = "1-2", educationLevel = "19121212-1212",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.Contains("Kön måste anges", errors.GetProperty("sex")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Födelseår måste vara mellan", errors.GetProperty("birthYear")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Sysselsättning vid start har ett värde som inte finns i listan", errors.GetProperty("startOccupation")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Försörjning vid start", errors.GetProperty("startIncomes")[0].GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("19121212", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Anna", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
