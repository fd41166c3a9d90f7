using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Governance.Rules;

/// <summary>
/// Revision (lag (2003:1210), the sections on revision): each municipality and region appoints an auditor (or
/// joins others in appointing joint ones); Försäkringskassan appoints one authorised auditor for the state, for
/// both FK and AF.
/// </summary>
public static class AuditorRule
{
    public const string Source = "Lag (2003:1210) om revision";

    /// <returns>A Swedish message, or null when <paramref name="appointedByKind"/> may appoint an auditor of <paramref name="kind"/>.</returns>
    public static string? CheckAppointment(AuditorKind kind, OrganisationKind appointedByKind) => kind switch
    {
        AuditorKind.StateAuditor when appointedByKind != OrganisationKind.SocialInsuranceAgency =>
            "Statens revisor utses av Försäkringskassan, för både Försäkringskassan och Arbetsförmedlingen (" + Source + ").",
        AuditorKind.MemberAuditor when appointedByKind is OrganisationKind.SocialInsuranceAgency or OrganisationKind.EmploymentService =>
            "Försäkringskassan och Arbetsförmedlingen har tillsammans statens revisor; välj slaget Statens revisor (" + Source + ").",
        _ => null,
    };

    /// <summary>Municipalities and regions (and districts) that have no auditor in force on the date.</summary>
    public static IReadOnlyList<BoardMemberOrg> MembersWithoutAuditor(IEnumerable<BoardMemberOrg> members, IEnumerable<AuditorHolding> active)
    {
        var appointing = active.Where(a => a.Kind == AuditorKind.MemberAuditor).Select(a => a.AppointedByOrganisationId).ToHashSet();
        return members.Where(m => !m.IsStateMember && !appointing.Contains(m.OrganisationId)).ToList();
    }

    public static int StateAuditorCount(IEnumerable<AuditorHolding> active) => active.Count(a => a.Kind == AuditorKind.StateAuditor);
}
