using Microsoft.EntityFrameworkCore;
using Samordna.IntegrationTests.Economy;
using Samordna.IntegrationTests.FollowUp;
using Samordna.IntegrationTests.Governance;
using Samordna.IntegrationTests.Interventions;
using Samordna.TestSupport;

namespace Samordna.IntegrationTests.Security;

/// <summary>
/// Route values for the victim association (ids of rows it owns, a year), by route parameter name, so the matrix can also probe addresses
/// such as /forbund/{associationId}/sammantraden/{meetingId}. Areas add their parameters here.
/// </summary>
public static class MatrixSamples
{
    public static async Task<IReadOnlyDictionary<string, string>> ForAsync(SamordnaTestHost host, TestAssociation victim)
    {
        var samples = new Dictionary<string, string>(StringComparer.Ordinal);
        if (victim.Members.TryGetValue("FK", out var fk))
        {
            samples["organisationId"] = fk.ToString();
        }

        var governance = await host.CreateGovernanceSamplesAsync(victim);
        samples["appointmentId"] = governance.AppointmentId.ToString();
        samples["auditorId"] = governance.AuditorId.ToString();
        samples["meetingId"] = governance.MeetingId.ToString();
        samples["agendaItemId"] = governance.AgendaItemId.ToString();
        samples["decisionId"] = governance.DecisionId.ToString();
        samples["dischargeId"] = governance.DischargeId.ToString();
        samples["meetingDocumentId"] = governance.MeetingDocumentId.ToString();
        samples["membershipId"] = (await host.MembershipIdAsync(victim.Id, "FK")).ToString();
        samples["charterVersionId"] = (await host.CreateCharterVersionAsync(victim, new DateOnly(2016, 1, 1), allDecided: false)).ToString();
        samples["year"] = "2025";
        var interventions = await host.CreateInterventionSamplesAsync(victim);
        samples["interventionId"] = interventions.InterventionId.ToString();
        samples["paymentId"] = interventions.PaymentId.ToString();
        samples["reportId"] = interventions.ReportId.ToString();
        samples["documentId"] = interventions.DocumentId.ToString();
        var owner = victim.Members.Keys.Where(k => k.StartsWith('0')).Order(StringComparer.Ordinal).First();
        samples["participationId"] = (await host.EnrolAsync(victim, interventions.InterventionId, owner, Web.Features.FollowUp.Data.Sex.Female, 1990, new DateOnly(2025, 3, 1))).Id.ToString();
        samples["budgetId"] = (await host.CreateBudgetAsync(victim, 2027)).Id.ToString();
        samples["invoiceId"] = (await host.CreateMemberInvoiceAsync(victim, 2027)).Id.ToString();
        samples["questionId"] = (await host.CreateQuestionAsync(victim, "Matrisfråga", Web.Features.FollowUp.Data.ParticipationPhase.Start, "Ja", "Nej")).Id.ToString();
        // A user of the victim association for the user administration's addresses (the matrix may change it).
        var user = await host.CreateUserAsync(Web.Infrastructure.Security.Role.BoardMember, victim.Id);
        samples["userId"] = user.Id.ToString();
        samples["assignmentId"] = (await host.WithDbAsync(db => db.RoleAssignments.Where(a => a.UserId == user.Id).Select(a => a.Id).FirstAsync())).ToString();
        return samples;
    }
}
