using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;
using static Samordna.IntegrationTests.Governance.GovernanceTestData;

namespace Samordna.IntegrationTests.Governance;

/// <summary>The board over HTTP: appointing, the rules the handler enforces, the board view, and 409 on stale edits.</summary>
[Collection(AppCollection.Name)]
public sealed class BoardTests(AppFixture app)
{
    private async Task<(TestAssociation Association, HttpClient Api)> AdminAsync(string[]? municipalities = null)
    {
        var association = await app.Host.CreateAssociationAsync(municipalities: municipalities);
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        return (association, await app.Host.ApiClientAsync(admin));
    }

    [Fact]
    public async Task A_full_board_shows_seats_quorum_chair_and_no_composition_findings()
    {
        var (association, api) = await AdminAsync();
        await AppointFullBoardAsync(api, association);

        var board = await GetJsonAsync(api, $"/api/v1/associations/{association.Id}/board?asOf=2025-06-01");

        Assert.Equal(5, board.GetProperty("seats").GetInt32());
        Assert.Equal(3, board.GetProperty("quorumMinimum").GetInt32());
        Assert.Equal("Ledamot R06", board.GetProperty("chair").GetString());
        Assert.Equal("2023-04-01", board.GetProperty("mandatePeriod").GetProperty("start").GetString());
        Assert.Equal("2027-03-31", board.GetProperty("mandatePeriod").GetProperty("end").GetString());
        Assert.Equal(0, board.GetProperty("findings").GetArrayLength());
        Assert.All(board.GetProperty("members").EnumerateArray(), m =>
        {
            Assert.Equal(1, m.GetProperty("boardMembers").GetInt32());
            Assert.Equal(1, m.GetProperty("substitutes").GetInt32());
        });
    }

    [Fact]
    public async Task Without_a_term_the_appointment_gets_the_mandate_period_of_the_law()
    {
        var (association, api) = await AdminAsync();
        var id = await CreateAsync(api, $"/api/v1/associations/{association.Id}/board/appointments",
            Appointment(association.Members["0662"], "Anna Fyllnadsval", decisionDate: "2025-09-10"));

        var a = await GetJsonAsync(api, $"/api/v1/associations/{association.Id}/board/appointments/{id}");

        Assert.Equal("2023-04-01", a.GetProperty("termStart").GetString());
        Assert.Equal("2027-03-31", a.GetProperty("termEnd").GetString());
    }

    [Fact]
    public async Task A_shorter_charter_period_gives_a_shorter_default_term_and_refuses_a_longer_one()
    {
        var (association, api) = await AdminAsync();
        await app.Host.CreateCharterVersionAsync(association.Id, new DateOnly(2015, 1, 1), mandatePeriodYears: 2);
        var url = $"/api/v1/associations/{association.Id}/board/appointments";
        var id = await CreateAsync(api, url, Appointment(association.Members["0662"], "Kort Mandat", decisionDate: "2025-05-10"));

        var a = await GetJsonAsync(api, $"{url}/{id}");
        var tooLong = await api.PostAsJsonAsync(url, Appointment(association.Members["0617"], "För Långt", termStart: "2025-04-01", termEnd: "2027-04-01"));

        Assert.Equal("2025-04-01", a.GetProperty("termStart").GetString());
        Assert.Equal("2027-03-31", a.GetProperty("termEnd").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("2027-03-31", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_term_past_31_March_after_the_next_election_is_refused_on_the_term_end_field()
    {
        var (association, api) = await AdminAsync();
        var response = await api.PostAsJsonAsync($"/api/v1/associations/{association.Id}/board/appointments",
            Appointment(association.Members["0662"], "Evig Ledamot", termStart: "2023-04-01", termEnd: "2027-04-01"));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.Contains("senast 2027-03-31", errors.GetProperty("termEnd")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_municipality_cannot_appoint_to_another_municipality_s_seat()
    {
        var (association, api) = await AdminAsync();
        var response = await api.PostAsJsonAsync($"/api/v1/associations/{association.Id}/board/appointments",
            Appointment(association.Members["0662"], "Fel Kommun", appointedBy: association.Members["0617"]));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        var message = JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("appointedByOrganisationId")[0].GetString();
        Assert.Contains("En kommun kan inte representera en annan", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_municipality_cannot_appoint_an_agency_employee_and_FK_cannot_appoint_a_councillor()
    {
        var (association, api) = await AdminAsync();
        var url = $"/api/v1/associations/{association.Id}/board/appointments";

        var municipal = await api.PostAsJsonAsync(url, Appointment(association.Members["0662"], "Anställd Person", eligibility: "AgencyEmployee"));
        var state = await api.PostAsJsonAsync(url, Appointment(association.Members["FK"], "Politiker Person", eligibility: "CouncilMember"));

        Assert.Equal(HttpStatusCode.BadRequest, municipal.StatusCode);
        Assert.Contains("eligibility", await municipal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, state.StatusCode);
        Assert.Contains("12 § lag (2003:1210)", await state.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_appointment_is_answered_in_Swedish_naming_each_field()
    {
        var (association, api) = await AdminAsync();
        var response = await api.PostAsJsonAsync($"/api/v1/associations/{association.Id}/board/appointments", new { role = "Substitute" });

        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Namn måste anges.", errors.GetProperty("personName")[0].GetString());
        Assert.Equal("Medlem måste anges.", errors.GetProperty("organisationId")[0].GetString());
        Assert.Equal("Ordning för inkallande måste anges.", errors.GetProperty("substituteOrder")[0].GetString());
        Assert.Equal("Beslutsdatum måste anges.", errors.GetProperty("decisionDate")[0].GetString());
    }

    [Fact]
    public async Task An_ersättare_cannot_be_elected_chair()
    {
        var (association, api) = await AdminAsync();
        var response = await api.PostAsJsonAsync($"/api/v1/associations/{association.Id}/board/appointments",
            Appointment(association.Members["R06"], "Ersättande Ordförande", role: "Substitute", order: 1, eligibility: "CouncilSubstitute", office: "Chair"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("office", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_region_appoints_the_same_person_to_two_associations_and_each_board_counts_its_own()
    {
        var (first, firstApi) = await AdminAsync();
        var (second, secondApi) = await AdminAsync(["0643"]);
        await CreateAsync(firstApi, $"/api/v1/associations/{first.Id}/board/appointments", Appointment(first.Members["R06"], "Regina Tvåstolar"));
        await CreateAsync(secondApi, $"/api/v1/associations/{second.Id}/board/appointments", Appointment(second.Members["R06"], "Regina Tvåstolar"));
        await CreateAsync(secondApi, $"/api/v1/associations/{second.Id}/board/appointments",
            Appointment(second.Members["R06"], "Ersättare Två", role: "Substitute", order: 1, eligibility: "CouncilSubstitute"));

        var boardOne = await GetJsonAsync(firstApi, $"/api/v1/associations/{first.Id}/board?asOf=2025-06-01");
        var boardTwo = await GetJsonAsync(secondApi, $"/api/v1/associations/{second.Id}/board?asOf=2025-06-01");

        static JsonElement Region(JsonElement board) => board.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("kindName").GetString() == "Region");
        Assert.Equal(0, Region(boardOne).GetProperty("substitutes").GetInt32());
        Assert.Equal(1, Region(boardTwo).GetProperty("substitutes").GetInt32());
        Assert.Contains(boardOne.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleCode").GetString() == "GOV-SUBSTITUTE-MISSING"
            && f.GetProperty("message").GetString()!.StartsWith("Region", StringComparison.Ordinal));
        Assert.DoesNotContain(boardTwo.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleCode").GetString() == "GOV-SUBSTITUTE-MISSING"
            && f.GetProperty("message").GetString()!.StartsWith("Region", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_ersättare_of_one_member_cannot_share_a_place_in_the_called_order()
    {
        var (association, api) = await AdminAsync();
        var url = $"/api/v1/associations/{association.Id}/board/appointments";
        await CreateAsync(api, url, Appointment(association.Members["0662"], "Första Ersättaren", role: "Substitute", order: 1, eligibility: "CouncilSubstitute"));

        var second = await api.PostAsJsonAsync(url, Appointment(association.Members["0662"], "Andra Ersättaren", role: "Substitute", order: 1, eligibility: "CouncilSubstitute"));

        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("substituteOrder", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_edit_of_an_appointment_gets_409_in_the_api_and_keeps_the_first_change()
    {
        var (association, api) = await AdminAsync();
        var url = $"/api/v1/associations/{association.Id}/board/appointments";
        var id = await CreateAsync(api, url, Appointment(association.Members["0662"], "Ursprungligt Namn"));

        var first = await api.PutAsJsonAsync($"{url}/{id}", Appointment(association.Members["0662"], "Första Ändringen", version: 0));
        var second = await api.PutAsJsonAsync($"{url}/{id}", Appointment(association.Members["0662"], "Andra Ändringen", version: 0));

        Assert.True(first.StatusCode == HttpStatusCode.OK, await first.BodyAsync());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("CONCURRENCY_CONFLICT", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var now = await GetJsonAsync(api, $"{url}/{id}");
        Assert.Equal("Första Ändringen", now.GetProperty("personName").GetString());
        Assert.Equal(1, now.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task A_stale_appointment_form_gets_409_with_the_user_s_input_kept()
    {
        var (association, api) = await AdminAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var pages = await app.Host.SignedInPageClientAsync(admin);
        var id = await CreateAsync(api, $"/api/v1/associations/{association.Id}/board/appointments", Appointment(association.Members["0662"], "Före Formuläret"));
        var meanwhile = await api.PutAsJsonAsync($"/api/v1/associations/{association.Id}/board/appointments/{id}",
            Appointment(association.Members["0662"], "Någon Annan Hann Före", version: 0));
        Assert.True(meanwhile.IsSuccessStatusCode, await meanwhile.BodyAsync());

        var response = await pages.PostFormAsync($"/forbund/{association.Id}/styrelse/{id}/redigera", new Dictionary<string, string>
        {
            ["Input.PersonName"] = "Mitt Formulärnamn",
            ["Input.OrganisationId"] = association.Members["0662"].ToString(),
            ["Input.Role"] = "BoardMember",
            ["Input.Eligibility"] = "CouncilMember",
            ["Input.DecisionDate"] = "2022-12-01",
            ["Input.Office"] = "None",
            ["Input.Version"] = "0",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Någon annan har ändrat uppgifterna", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Mitt Formulärnamn\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_appointment_form_registers_a_ledamot_and_the_board_page_shows_the_person()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var pages = await app.Host.SignedInPageClientAsync(admin);

        var response = await pages.PostFormAsync($"/forbund/{association.Id}/styrelse/ny", new Dictionary<string, string>
        {
            ["Input.PersonName"] = "Sigrid Formulärsdotter",
            ["Input.OrganisationId"] = association.Members["0617"].ToString(),
            ["Input.Role"] = "BoardMember",
            ["Input.Eligibility"] = "CouncilMember",
            ["Input.DecisionDate"] = "2022-12-01",
            ["Input.Office"] = "Chair",
        });

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.BodyAsync());
        var page = await pages.GetStringAsync($"/forbund/{association.Id}/styrelse?datum=2025-06-01");
        Assert.Contains("Sigrid Formulärsdotter", page, StringComparison.Ordinal);
        Assert.Contains("Ledamot, ordförande", page, StringComparison.Ordinal);
        Assert.Contains("har ingen ersättare", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_with_a_badly_written_date_names_the_field_in_Swedish()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var pages = await app.Host.SignedInPageClientAsync(admin);

        var response = await pages.PostFormAsync($"/forbund/{association.Id}/styrelse/ny", new Dictionary<string, string>
        {
            ["Input.PersonName"] = "Datum Felsson",
            ["Input.OrganisationId"] = association.Members["0617"].ToString(),
            ["Input.Role"] = "BoardMember",
            ["Input.Eligibility"] = "CouncilMember",
            ["Input.DecisionDate"] = "1 december 2022",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Beslutsdatum ska skrivas som ÅÅÅÅ-MM-DD", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_DecisionDate\"", html, StringComparison.Ordinal);
    }
}
