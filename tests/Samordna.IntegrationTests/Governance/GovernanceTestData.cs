using System.Net.Http.Json;
using System.Text.Json;
using Samordna.TestSupport;
using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.MeetingDocuments;
using Samordna.Web.Features.Governance.SaveAgendaItem;
using Samordna.Web.Features.Governance.SaveAppointment;
using Samordna.Web.Features.Governance.SaveAuditor;
using Samordna.Web.Features.Governance.SaveDecision;
using Samordna.Web.Features.Governance.SaveDischarge;
using Samordna.Web.Features.Governance.SaveMeeting;
using Samordna.Web.Features.Registry.CreateCharterVersion;

namespace Samordna.IntegrationTests.Governance;

/// <summary>Ids of one of each governance row, for probing addresses that name them.</summary>
public sealed record GovernanceSamples(Guid AppointmentId, Guid AuditorId, Guid MeetingId, Guid AgendaItemId, Guid DecisionId, Guid DischargeId, Guid MeetingDocumentId);

/// <summary>Arranging governance data: through the use cases for the matrix samples, through the API for the tests that act.</summary>
public static class GovernanceTestData
{
    /// <summary>One row of each governance kind for the association, each made by its use case as a request for the association would.</summary>
    public static async Task<GovernanceSamples> CreateGovernanceSamplesAsync(this SamordnaTestHost host, TestAssociation association)
    {
        var id = association.Id;
        var member = association.Members.First(kv => kv.Key.StartsWith('0')).Value;
        var appointment = new AppointmentRequest(
            "Provperson Matrisson", member, member, BoardRole.BoardMember, null, EligibilityBasis.CouncilMember, new DateOnly(2022, 12, 1),
            new DateOnly(2023, 4, 1), new DateOnly(2027, 3, 31), BoardOffice.None, null);
        var appointed = await host.RunAsync<SaveAppointmentHandler, Saved>(
            id, SaveAppointmentHandler.Validate(appointment, isUpdate: false), (h, ct) => h.CreateAsync(id, appointment, ct));

        var auditor = new AuditorRequest("Revisor Matrisson", null, AuditorKind.MemberAuditor, member, new DateOnly(2022, 12, 1), new DateOnly(2023, 1, 1), null, null);
        var audits = await host.RunAsync<SaveAuditorHandler, Saved>(
            id, SaveAuditorHandler.Validate(auditor, isUpdate: false), (h, ct) => h.CreateAsync(id, auditor, ct));

        var meeting = new MeetingRequest(new DateOnly(2024, 5, 20), "Provsalen", MeetingKind.Ordinary, null, null);
        var met = await host.RunAsync<SaveMeetingHandler, Saved>(
            id, SaveMeetingHandler.Validate(meeting, isUpdate: false), (h, ct) => h.CreateAsync(id, meeting, ct));

        var item = new AgendaItemRequest(1, "Provpunkt", null, null);
        var listed = await host.RunAsync<SaveAgendaItemHandler, Saved>(
            id, SaveAgendaItemHandler.Validate(item, isUpdate: false), (h, ct) => h.CreateAsync(id, met.Id, item, ct));

        var decision = new DecisionRequest(null, 1, "Provbeslut", "Styrelsen beslutar prova.", null, null, null, null, null, null, null, null, null);
        var decided = await host.RunAsync<SaveDecisionHandler, Saved>(
            id, SaveDecisionHandler.Validate(decision, isUpdate: false), (h, ct) => h.CreateAsync(id, met.Id, decision, ct));

        var discharge = new DischargeRequest(2023, member, DischargeOutcome.Pending, null, null, null);
        var pending = await host.RunAsync<SaveDischargeHandler, Saved>(
            id, SaveDischargeHandler.Validate(discharge, isUpdate: false), (h, ct) => h.CreateAsync(id, discharge, ct));

        var paper = await host.RunAsync<ManageMeetingDocumentsHandler, Saved>(
            id, new(), (h, ct) => h.UploadAsync(id, met.Id, MeetingDocumentKind.Paper, "handling.pdf", "%PDF-1.7\n%%EOF\n"u8.ToArray(), ct));

        return new GovernanceSamples(appointed.Id, audits.Id, met.Id, listed.Id, decided.Id, pending.Id, paper.Id);
    }

    /// <summary>A charter version of the association, made by the register's use case (no member has decided on it yet).</summary>
    public static async Task<Guid> CreateCharterVersionAsync(this SamordnaTestHost host, Guid associationId, DateOnly validFrom, int seatsPerMember = 1, int? mandatePeriodYears = null)
    {
        var request = new CreateCharterVersionRequest(validFrom, seatsPerMember, mandatePeriodYears, null, null, null, null, null, null, null, null);
        return await host.RunAsync<CreateCharterVersionHandler, Guid>(
            associationId, CreateCharterVersionHandler.Validate(request), (h, ct) => h.HandleAsync(associationId, request, ct));
    }

    /// <summary>An appointment body for the API; the term follows the law unless given.</summary>
    public static object Appointment(Guid member, string name, string role = "BoardMember", int? order = null, string eligibility = "CouncilMember",
        string office = "None", string decisionDate = "2022-12-01", string? termStart = null, string? termEnd = null, Guid? appointedBy = null, long? version = null) =>
        new
        {
            personName = name, organisationId = member, appointedByOrganisationId = appointedBy, role, substituteOrder = order, eligibility,
            decisionDate, termStart, termEnd, office, version,
        };

    /// <summary>Appoints one ledamot and one ersättare for every member through the API; the region's ledamot chairs, the first municipality's is vice chair.</summary>
    public static async Task<Dictionary<string, (Guid BoardMember, Guid Substitute)>> AppointFullBoardAsync(HttpClient api, TestAssociation association)
    {
        var result = new Dictionary<string, (Guid, Guid)>(StringComparer.Ordinal);
        var firstMunicipality = association.Members.Keys.Where(k => k.StartsWith('0')).Order(StringComparer.Ordinal).First();
        foreach (var (code, id) in association.Members)
        {
            var state = code is "FK" or "AF";
            var office = code.StartsWith('R') ? "Chair" : code == firstMunicipality ? "ViceChair" : "None";
            var ledamot = await CreateAsync(api, $"/api/v1/associations/{association.Id}/board/appointments",
                Appointment(id, $"Ledamot {code}", eligibility: state ? "AgencyEmployee" : "CouncilMember", office: office));
            var ersättare = await CreateAsync(api, $"/api/v1/associations/{association.Id}/board/appointments",
                Appointment(id, $"Ersättare {code}", role: "Substitute", order: 1, eligibility: state ? "AgencyEmployee" : "CouncilSubstitute"));
            result[code] = (ledamot, ersättare);
        }

        return result;
    }

    /// <summary>POSTs and returns the new id, failing with the server's answer otherwise.</summary>
    public static async Task<Guid> CreateAsync(HttpClient api, string url, object body)
    {
        var response = await api.PostAsJsonAsync(url, body);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.BodyAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, await response.BodyAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
