using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;
using static Samordna.IntegrationTests.Governance.GovernanceTestData;

namespace Samordna.IntegrationTests.Governance;

/// <summary>Who sees the board's personal data, who may change it, and that every change is in the audit log.</summary>
[Collection(AppCollection.Name)]
public sealed class GovernanceAccessTests(AppFixture app)
{
    private static readonly string[] ReadablePages = ["styrelse", "revisorer", "sammantraden", "beslut", "ansvarsfrihet"];

    private async Task<(TestAssociation Association, HttpClient AdminApi, GovernanceSamples Samples)> ArrangeAsync()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        var api = await app.Host.ApiClientAsync(admin);
        await AppointFullBoardAsync(api, association);
        return (association, api, await app.Host.CreateGovernanceSamplesAsync(association));
    }

    [Theory]
    [InlineData(Role.BoardMember)]
    [InlineData(Role.MemberRepresentative)]
    [InlineData(Role.Auditor)]
    public async Task Board_members_member_representatives_and_auditors_read_the_governance_but_cannot_change_it(Role role)
    {
        var (association, _, samples) = await ArrangeAsync();
        var user = await app.Host.CreateUserAsync(role, association.Id, role == Role.MemberRepresentative ? association.Members["0662"] : null);
        using var api = await app.Host.ApiClientAsync(user);
        using var pages = await app.Host.SignedInPageClientAsync(user);
        var baseUrl = $"/api/v1/associations/{association.Id}";

        foreach (var path in new[] { "/board", "/board/appointments", "/auditors", "/meetings", $"/meetings/{samples.MeetingId}", "/decisions", "/discharges?year=2023" })
        {
            var response = await api.GetAsync(baseUrl + path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {await response.BodyAsync()}");
        }

        foreach (var page in ReadablePages)
        {
            var html = await pages.GetStringAsync($"/forbund/{association.Id}/{page}");
            Assert.DoesNotContain("/redigera\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("/ny\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("Ledamot 0662", await pages.GetStringAsync($"/forbund/{association.Id}/styrelse"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync($"{baseUrl}/board/appointments", Appointment(association.Members["0662"], "Obehörig"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync($"{baseUrl}/meetings", new { date = "2025-01-01", place = "X", kind = "Ordinary" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PutAsJsonAsync($"{baseUrl}/decisions/{samples.DecisionId}", new { title = "X", text = "X", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PutAsJsonAsync($"{baseUrl}/discharges/{samples.DischargeId}", new { outcome = "Granted", decidedOn = "2024-05-01", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pages.GetAsync($"/forbund/{association.Id}/styrelse/ny")).StatusCode);
    }

    [Theory]
    [InlineData(Role.InterventionOwner)]
    [InlineData(Role.ParticipantOfficer)]
    public async Task Roles_without_need_do_not_see_the_board_s_personal_data(Role role)
    {
        var (association, _, _) = await ArrangeAsync();
        var user = await app.Host.CreateUserAsync(role, association.Id, role.ActsForMember() ? association.Members["0662"] : null);
        using var api = await app.Host.ApiClientAsync(user);
        using var pages = await app.Host.SignedInPageClientAsync(user);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/associations/{association.Id}/board")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pages.GetAsync($"/forbund/{association.Id}/styrelse")).StatusCode);
        var overview = await pages.GetStringAsync($"/forbund/{association.Id}");
        Assert.DoesNotContain("/styrelse\"", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_page_names_the_elected_board_and_nothing_else_of_the_governance()
    {
        var (association, _, _) = await ArrangeAsync();
        using var anonymous = app.Host.NewClient();

        var about = await anonymous.GetStringAsync($"/forbund/{association.Id}/om");
        var board = await anonymous.GetAsync($"/forbund/{association.Id}/styrelse");
        var api = await anonymous.GetAsync($"/api/v1/associations/{association.Id}/board");

        // The elected ledamöter and ersättare with their roles are public (docs/adr/0205), the chair first.
        Assert.Contains("<td>Ledamot R06</td><td>Ordförande</td>", about, StringComparison.Ordinal);
        Assert.Contains("<td>Ledamot 0662</td>", about, StringComparison.Ordinal);
        Assert.Contains("<td>Ersättare R06</td><td>Ersättare</td>", about, StringComparison.Ordinal);
        Assert.True(about.IndexOf("Ledamot R06", StringComparison.Ordinal) < about.IndexOf("Ledamot 0662", StringComparison.Ordinal));
        // Not the auditors, the eligibility basis, the decisions or the terms.
        Assert.DoesNotContain("Revisor Matrisson", about, StringComparison.Ordinal);
        Assert.DoesNotContain("fullmäktige", about, StringComparison.Ordinal);
        Assert.DoesNotContain("Mandattid", about, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, board.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task A_user_of_another_association_is_refused()
    {
        var (association, _, samples) = await ArrangeAsync();
        var other = await app.Host.CreateAssociationAsync();
        var outsider = await app.Host.CreateUserAsync(Role.AssociationAdministrator, other.Id);
        using var api = await app.Host.ApiClientAsync(outsider);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/associations/{association.Id}/board")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/associations/{association.Id}/meetings/{samples.MeetingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync($"/api/v1/associations/{association.Id}/meetings", new { date = "2025-01-01", place = "X", kind = "Ordinary" })).StatusCode);
        // Its own address with the other association's meeting finds nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/associations/{other.Id}/meetings/{samples.MeetingId}")).StatusCode);
    }

    [Fact]
    public async Task Changes_to_board_meetings_attendance_decisions_and_discharge_appear_in_the_audit_log()
    {
        var (association, api, _) = await ArrangeAsync();
        var baseUrl = $"/api/v1/associations/{association.Id}";
        var board = await GetJsonAsync(api, $"{baseUrl}/board/appointments");
        var chair = board.EnumerateArray().First(a => a.GetProperty("personName").GetString() == "Ledamot R06");
        var renamed = await api.PutAsJsonAsync($"{baseUrl}/board/appointments/{chair.GetProperty("id").GetGuid()}",
            Appointment(association.Members["R06"], "Ordförande Omdöpt", office: "Chair", version: 0));
        Assert.True(renamed.IsSuccessStatusCode, await renamed.BodyAsync());
        var meeting = await CreateAsync(api, $"{baseUrl}/meetings", new { date = "2025-03-03", place = "Loggsalen", kind = "Extra" });
        Assert.True((await api.PutAsJsonAsync($"{baseUrl}/meetings/{meeting}/attendance", new { present = new[] { chair.GetProperty("id").GetGuid() }, version = 0 })).IsSuccessStatusCode);
        await CreateAsync(api, $"{baseUrl}/meetings/{meeting}/decisions", new { title = "Loggat beslut", text = "Beslutas." });
        await CreateAsync(api, $"{baseUrl}/discharges", new { year = 2024, organisationId = association.Members["0617"], outcome = "Granted", decidedOn = "2025-04-01" });

        var auditor = await app.Host.CreateUserAsync(Role.Auditor, association.Id);
        using var auditorApi = await app.Host.ApiClientAsync(auditor);
        var items = (await GetJsonAsync(auditorApi, $"/api/v1/associations/{association.Id}/audit")).GetProperty("items").EnumerateArray().ToList();

        var change = items.First(i => i.GetProperty("entityType").GetString() == "BoardAppointment" && i.GetProperty("action").GetString() == "Modified");
        var name = change.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "PersonName");
        Assert.Equal("Ledamot R06", name.GetProperty("before").GetString());
        Assert.Equal("Ordförande Omdöpt", name.GetProperty("after").GetString());
        Assert.Equal("Test Förbundsadministratör", change.GetProperty("actor").GetString());
        foreach (var type in new[] { "BoardMeeting", "MeetingAttendance", "BoardDecision", "Discharge" })
        {
            Assert.Contains(items, i => i.GetProperty("entityType").GetString() == type && i.GetProperty("action").GetString() == "Added");
        }
    }
}
