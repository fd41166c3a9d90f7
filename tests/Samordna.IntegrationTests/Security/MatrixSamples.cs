using Samordna.IntegrationTests.Governance;
using Samordna.TestSupport;

namespace Samordna.IntegrationTests.Security;

/// <summary>
/// Ids of rows owned by the victim association, by route parameter name, so the matrix can also probe addresses
/// such as /forbund/{associationId}/sammantraden/{meetingId}. Areas add their parameters here.
/// </summary>
public static class MatrixSamples
{
    public static async Task<IReadOnlyDictionary<string, Guid>> ForAsync(SamordnaTestHost host, TestAssociation victim)
    {
        var samples = new Dictionary<string, Guid>(StringComparer.Ordinal);
        if (victim.Members.TryGetValue("FK", out var fk))
        {
            samples["organisationId"] = fk;
        }

        var governance = await host.CreateGovernanceSamplesAsync(victim);
        samples["appointmentId"] = governance.AppointmentId;
        samples["auditorId"] = governance.AuditorId;
        samples["meetingId"] = governance.MeetingId;
        samples["agendaItemId"] = governance.AgendaItemId;
        samples["decisionId"] = governance.DecisionId;
        samples["dischargeId"] = governance.DischargeId;
        samples["membershipId"] = await host.MembershipIdAsync(victim.Id, "FK");
        samples["charterVersionId"] = await host.CreateCharterVersionAsync(victim, new DateOnly(2016, 1, 1), allDecided: false);
        return samples;
    }
}
