using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Data;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.IntegrationTests.Governance;

/// <summary>Ids of one of each governance row, for probing addresses that name them.</summary>
public sealed record GovernanceSamples(Guid AppointmentId, Guid AuditorId, Guid MeetingId, Guid AgendaItemId, Guid DecisionId, Guid DischargeId);

/// <summary>Arranging governance data: directly for the matrix samples, through the API for the tests that act.</summary>
public static class GovernanceTestData
{
    /// <summary>One row of each governance kind for the association, written straight to the database.</summary>
    public static async Task<GovernanceSamples> CreateGovernanceSamplesAsync(this SamordnaTestHost host, TestAssociation association)
    {
        await using var scope = host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var member = association.Members.First(kv => kv.Key.StartsWith('0')).Value;
        var appointment = new BoardAppointment
        {
            AssociationId = association.Id, PersonName = "Provperson Matrisson", OrganisationId = member, AppointedByOrganisationId = member,
            Role = BoardRole.BoardMember, Eligibility = EligibilityBasis.CouncilMember, DecisionDate = new DateOnly(2022, 12, 1),
            TermStart = new DateOnly(2023, 4, 1), TermEnd = new DateOnly(2027, 3, 31),
        };
        var auditor = new Auditor
        {
            AssociationId = association.Id, PersonName = "Revisor Matrisson", Kind = AuditorKind.MemberAuditor, AppointedByOrganisationId = member,
            DecisionDate = new DateOnly(2022, 12, 1), TermStart = new DateOnly(2023, 1, 1),
        };
        var meeting = new BoardMeeting { AssociationId = association.Id, Date = new DateOnly(2024, 5, 20), Place = "Provsalen", Kind = MeetingKind.Ordinary };
        var item = new AgendaItem { AssociationId = association.Id, MeetingId = meeting.Id, Position = 1, Title = "Provpunkt" };
        var decision = new BoardDecision { AssociationId = association.Id, MeetingId = meeting.Id, Year = 2024, Number = 1, Title = "Provbeslut", Text = "Styrelsen beslutar prova." };
        var discharge = new Discharge { AssociationId = association.Id, Year = 2023, OrganisationId = member, Outcome = DischargeOutcome.Pending };
        db.AddRange(appointment, auditor, meeting, item, decision, discharge);
        await db.SaveChangesAsync();
        return new GovernanceSamples(appointment.Id, auditor.Id, meeting.Id, item.Id, decision.Id, discharge.Id);
    }

    /// <summary>A charter version of the association (the register's use case is another area's; tests only need the row).</summary>
    public static async Task<Guid> CreateCharterVersionAsync(this SamordnaTestHost host, Guid associationId, DateOnly validFrom, int seatsPerMember = 1, int? mandatePeriodYears = null)
    {
        await using var scope = host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var charter = new CharterVersion { AssociationId = associationId, ValidFrom = validFrom, BoardSeatsPerMember = seatsPerMember, MandatePeriodYears = mandatePeriodYears };
        db.Add(charter);
        await db.SaveChangesAsync();
        return charter.Id;
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
