using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;
using static Samordna.IntegrationTests.Governance.GovernanceTestData;

namespace Samordna.IntegrationTests.Governance;

/// <summary>Meetings over HTTP: agenda, attendance with a serving ersättare, quorum, numbered decisions, votes and links.</summary>
[Collection(AppCollection.Name)]
public sealed class MeetingTests(AppFixture app)
{
    private sealed record Arranged(TestAssociation Association, HttpClient Api, HttpClient Pages, Dictionary<string, (Guid BoardMember, Guid Substitute)> Board, Guid MeetingId)
    {
        public string Base => $"/api/v1/associations/{Association.Id}";

        public string MeetingUrl => $"{Base}/meetings/{MeetingId}";
    }

    /// <summary>An association with FK, AF, a region and two municipalities (five seats), a full board and a meeting on <paramref name="date"/>.</summary>
    private async Task<Arranged> ArrangeAsync(string date = "2025-05-20")
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        var api = await app.Host.ApiClientAsync(admin);
        var board = await AppointFullBoardAsync(api, association);
        var meeting = await CreateAsync(api, $"/api/v1/associations/{association.Id}/meetings", new { date, place = "Kansliet", kind = "Ordinary" });
        return new Arranged(association, api, await app.Host.SignedInPageClientAsync(admin), board, meeting);
    }

    private static async Task<JsonElement> RecordAsync(Arranged a, IEnumerable<Guid> present, long version)
    {
        var response = await a.Api.PutAsJsonAsync($"{a.MeetingUrl}/attendance", new { present, version });
        Assert.True(response.IsSuccessStatusCode, await response.BodyAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task An_absent_ledamot_s_ersättare_serves_and_the_meeting_page_shows_the_quorum()
    {
        var a = await ArrangeAsync();
        var present = new[] { a.Board["FK"].BoardMember, a.Board["AF"].BoardMember, a.Board["R06"].BoardMember, a.Board["0617"].BoardMember, a.Board["0662"].Substitute };

        var result = await RecordAsync(a, present, 0);

        Assert.Equal(5, result.GetProperty("seats").GetInt32());
        Assert.Equal(5, result.GetProperty("serving").GetInt32());
        Assert.True(result.GetProperty("hasQuorum").GetBoolean());
        var meeting = await GetJsonAsync(a.Api, a.MeetingUrl);
        var substitute = meeting.GetProperty("attendance").EnumerateArray().Single(r => r.GetProperty("appointmentId").GetGuid() == a.Board["0662"].Substitute);
        Assert.Equal("ServingSubstitute", substitute.GetProperty("capacity").GetString());
        Assert.Equal("Ledamot 0662", substitute.GetProperty("replaces").GetString());
        var page = await a.Pages.GetStringAsync($"/forbund/{a.Association.Id}/sammantraden/{a.MeetingId}");
        Assert.Contains("Beslutför", page, StringComparison.Ordinal);
        Assert.Contains("5 av 5 platser", page, StringComparison.Ordinal);
        Assert.Contains("Tjänstgörande ersättare", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_two_of_five_seats_served_the_board_cannot_decide()
    {
        var a = await ArrangeAsync();

        var result = await RecordAsync(a, [a.Board["FK"].BoardMember, a.Board["0617"].Substitute, a.Board["0617"].BoardMember], 0);

        Assert.Equal(2, result.GetProperty("serving").GetInt32());
        Assert.Equal(3, result.GetProperty("quorumMinimum").GetInt32());
        Assert.False(result.GetProperty("hasQuorum").GetBoolean());
        var page = await a.Pages.GetStringAsync($"/forbund/{a.Association.Id}/sammantraden/{a.MeetingId}");
        Assert.Contains("Inte beslutför", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attendance_recorded_on_a_stale_meeting_version_gets_409()
    {
        var a = await ArrangeAsync();
        await RecordAsync(a, [a.Board["FK"].BoardMember], 0);

        var stale = await a.Api.PutAsJsonAsync($"{a.MeetingUrl}/attendance", new { present = new[] { a.Board["AF"].BoardMember }, version = 0 });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Someone_without_a_seat_on_the_meeting_day_cannot_be_recorded_as_present()
    {
        var a = await ArrangeAsync();
        var later = await CreateAsync(a.Api, $"{a.Base}/board/appointments",
            Appointment(a.Association.Members["0662"], "Nästa Period", termStart: "2027-04-01"));

        var response = await a.Api.PutAsJsonAsync($"{a.MeetingUrl}/attendance", new { present = new[] { later }, version = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("inget uppdrag i styrelsen på sammanträdesdagen", errors.GetProperty("present")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decisions_are_numbered_per_year_and_a_taken_number_is_a_conflict()
    {
        var a = await ArrangeAsync("2025-11-20");
        var nextYear = await CreateAsync(a.Api, $"{a.Base}/meetings", new { date = "2026-02-10", place = "Kansliet", kind = "Extra" });

        var first = await CreateAsync(a.Api, $"{a.MeetingUrl}/decisions", new { title = "Första", text = "Beslutas." });
        var second = await CreateAsync(a.Api, $"{a.MeetingUrl}/decisions", new { title = "Andra", text = "Beslutas." });
        var january = await CreateAsync(a.Api, $"{a.Base}/meetings/{nextYear}/decisions", new { title = "Nytt år", text = "Beslutas." });
        var taken = await a.Api.PostAsJsonAsync($"{a.MeetingUrl}/decisions", new { number = 2, title = "Dubblett", text = "Beslutas." });

        Assert.Equal(1, (await GetJsonAsync(a.Api, $"{a.Base}/decisions/{first}")).GetProperty("number").GetInt32());
        Assert.Equal(2, (await GetJsonAsync(a.Api, $"{a.Base}/decisions/{second}")).GetProperty("number").GetInt32());
        Assert.Equal(1, (await GetJsonAsync(a.Api, $"{a.Base}/decisions/{january}")).GetProperty("number").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Contains("GOVERNANCE_DUPLICATE_DECISION_NUMBER", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var register = await GetJsonAsync(a.Api, $"{a.Base}/decisions?year=2025");
        Assert.Equal(2, register.GetProperty("decisions").GetArrayLength());
    }

    [Fact]
    public async Task A_meeting_with_numbered_decisions_cannot_move_to_another_year()
    {
        var a = await ArrangeAsync("2025-12-15");
        await CreateAsync(a.Api, $"{a.MeetingUrl}/decisions", new { title = "Beslut", text = "Beslutas." });

        var moved = await a.Api.PutAsJsonAsync(a.MeetingUrl, new { date = "2026-01-12", place = "Kansliet", kind = "Ordinary", version = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        Assert.Contains("date", await moved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Minutes_approved_before_the_meeting_are_refused_and_approval_later_is_saved()
    {
        var a = await ArrangeAsync();
        var early = await a.Api.PutAsJsonAsync(a.MeetingUrl, new { date = "2025-05-20", place = "Kansliet", kind = "Ordinary", minutesApprovedOn = "2025-05-19", version = 0 });
        var unchecked_ = await a.Api.PutAsJsonAsync(a.MeetingUrl, new { date = "2025-05-20", place = "Kansliet", kind = "Ordinary", minutesApprovedOn = "2025-05-27", version = 0 });
        var ok = await a.Api.PutAsJsonAsync(a.MeetingUrl, new
        {
            date = "2025-05-20", startsAt = "13:30", place = "Kansliet", kind = "Ordinary", noticeSentOn = "2025-05-10",
            minutesCheckers = "Ordföranden och Eva Ek", minutesApprovedOn = "2025-05-27", version = 0,
        });

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Protokollet justerat får inte vara före", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unchecked_.StatusCode);
        Assert.Contains("justerare", await unchecked_.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(ok.IsSuccessStatusCode, await ok.BodyAsync());
        var meeting = (await GetJsonAsync(a.Api, a.MeetingUrl)).GetProperty("meeting");
        Assert.Equal("2025-05-27", meeting.GetProperty("minutesApprovedOn").GetString());
        Assert.Equal("13:30:00", meeting.GetProperty("startsAt").GetString());
        Assert.Equal("2025-05-10", meeting.GetProperty("noticeSentOn").GetString());
        Assert.Equal("Ordföranden och Eva Ek", meeting.GetProperty("minutesCheckers").GetString());

        // A notice sent after the meeting is refused.
        var late = await a.Api.PutAsJsonAsync(a.MeetingUrl, new { date = "2025-05-20", place = "Kansliet", kind = "Ordinary", noticeSentOn = "2025-05-21", version = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
    }

    [Fact]
    public async Task Agenda_items_go_last_unless_placed_and_a_decision_is_tied_to_one()
    {
        var a = await ArrangeAsync();
        await CreateAsync(a.Api, $"{a.MeetingUrl}/agenda", new { title = "Mötets öppnande" });
        var budget = await CreateAsync(a.Api, $"{a.MeetingUrl}/agenda", new { title = "Budget 2026" });
        await CreateAsync(a.Api, $"{a.MeetingUrl}/decisions", new { agendaItemId = budget, title = "Budget", text = "Fastställs.", linkKind = "Budget", linkText = "Budget 2026" });

        var meeting = await GetJsonAsync(a.Api, a.MeetingUrl);

        var agenda = meeting.GetProperty("agenda").EnumerateArray().ToList();
        Assert.Equal([1, 2], agenda.Select(i => i.GetProperty("position").GetInt32()));
        var decision = Assert.Single(meeting.GetProperty("decisions").EnumerateArray());
        Assert.Equal(budget, decision.GetProperty("agendaItemId").GetGuid());
        Assert.Equal("Budget", decision.GetProperty("linkKind").GetString());
        Assert.Equal("Budget 2026", decision.GetProperty("linkText").GetString());
    }

    [Fact]
    public async Task A_decision_links_to_a_charter_version_of_the_association_only()
    {
        var a = await ArrangeAsync();
        var charter = await app.Host.CreateCharterVersionAsync(a.Association.Id, new DateOnly(2025, 1, 1));
        var other = await app.Host.CreateAssociationAsync();
        var foreign = await app.Host.CreateCharterVersionAsync(other.Id, new DateOnly(2025, 1, 1));

        var id = await CreateAsync(a.Api, $"{a.MeetingUrl}/decisions", new { title = "Förbundsordning", text = "Noteras.", linkKind = "CharterVersion", linkedId = charter });
        var refused = await a.Api.PostAsJsonAsync($"{a.MeetingUrl}/decisions", new { title = "Fel ordning", text = "Noteras.", linkKind = "CharterVersion", linkedId = foreign });

        var decision = await GetJsonAsync(a.Api, $"{a.Base}/decisions/{id}");
        Assert.Equal(charter, decision.GetProperty("linkedId").GetGuid());
        Assert.Equal("gäller från 2025-01-01", decision.GetProperty("linkText").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("linkedId", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_counted_vote_cannot_have_more_votes_than_serving_ledamöter()
    {
        var a = await ArrangeAsync();
        await RecordAsync(a, [a.Board["FK"].BoardMember, a.Board["AF"].BoardMember, a.Board["R06"].BoardMember], 0);

        var ok = await a.Api.PostAsJsonAsync($"{a.MeetingUrl}/decisions", new { title = "Omröstning", text = "Bifalls.", voteKind = "Counted", votesFor = 2, votesAgainst = 1, votesAbstaining = 0 });
        var tooMany = await a.Api.PostAsJsonAsync($"{a.MeetingUrl}/decisions", new { title = "För många", text = "Bifalls.", voteKind = "Counted", votesFor = 3, votesAgainst = 1, votesAbstaining = 0 });

        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("bara 3 tjänstgjorde", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_roll_call_counts_each_serving_ledamot_s_vote_and_refuses_an_ersättare_who_did_not_serve()
    {
        var a = await ArrangeAsync();
        await RecordAsync(a, [a.Board["FK"].BoardMember, a.Board["AF"].BoardMember, a.Board["R06"].BoardMember, a.Board["R06"].Substitute], 0);
        var url = $"{a.MeetingUrl}/decisions";

        var id = await CreateAsync(a.Api, url, new
        {
            title = "Namnupprop", text = "Bifalls.", voteKind = "RollCall",
            votes = new[]
            {
                new { appointmentId = a.Board["FK"].BoardMember, choice = "For" },
                new { appointmentId = a.Board["AF"].BoardMember, choice = "Against" },
                new { appointmentId = a.Board["R06"].BoardMember, choice = "For" },
            },
        });
        var refused = await a.Api.PostAsJsonAsync(url, new
        {
            title = "Fel röst", text = "Bifalls.", voteKind = "RollCall",
            votes = new[] { new { appointmentId = a.Board["R06"].Substitute, choice = "For" } },
        });

        var decision = await GetJsonAsync(a.Api, $"{a.Base}/decisions/{id}");
        Assert.Equal(2, decision.GetProperty("votesFor").GetInt32());
        Assert.Equal(1, decision.GetProperty("votesAgainst").GetInt32());
        Assert.Equal(0, decision.GetProperty("votesAbstaining").GetInt32());
        Assert.Equal(3, decision.GetProperty("votes").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal("Bara tjänstgörande ledamöter och ersättare kan rösta.", errors.GetProperty("votes")[0].GetString());
    }

    [Fact]
    public async Task A_stale_decision_edit_gets_409()
    {
        var a = await ArrangeAsync();
        var id = await CreateAsync(a.Api, $"{a.MeetingUrl}/decisions", new { title = "Original", text = "Beslutas." });

        var first = await a.Api.PutAsJsonAsync($"{a.Base}/decisions/{id}", new { number = 1, title = "Ändrad", text = "Beslutas.", version = 0 });
        var second = await a.Api.PutAsJsonAsync($"{a.Base}/decisions/{id}", new { number = 1, title = "Sen ändring", text = "Beslutas.", version = 0 });

        Assert.True(first.IsSuccessStatusCode, await first.BodyAsync());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("Ändrad", (await GetJsonAsync(a.Api, $"{a.Base}/decisions/{id}")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_attendance_form_records_who_was_present()
    {
        var a = await ArrangeAsync();
        var url = $"/forbund/{a.Association.Id}/sammantraden/{a.MeetingId}/narvaro";
        var page = await a.Pages.GetAsync(url);
        var token = Clients.AntiforgeryToken(await page.Content.ReadAsStringAsync())!;
        var form = new List<KeyValuePair<string, string>>
        {
            new("__af", token),
            new("Input.Version", "0"),
            new("Input.Present", a.Board["FK"].BoardMember.ToString()),
            new("Input.Present", a.Board["AF"].BoardMember.ToString()),
            new("Input.Present", a.Board["R06"].BoardMember.ToString()),
        };

        var response = await a.Pages.PostAsync(url, new FormUrlEncodedContent(form));

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.BodyAsync());
        var meeting = await GetJsonAsync(a.Api, a.MeetingUrl);
        Assert.Equal(3, meeting.GetProperty("quorum").GetProperty("serving").GetInt32());
        Assert.True(meeting.GetProperty("quorum").GetProperty("hasQuorum").GetBoolean());
    }
}
