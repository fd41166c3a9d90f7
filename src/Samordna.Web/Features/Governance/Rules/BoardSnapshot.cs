using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Governance.Rules;

/// <summary>A member of the association on the date in question, as the board rules see it.</summary>
public sealed record BoardMemberOrg(Guid OrganisationId, string Name, OrganisationKind Kind)
{
    public bool IsStateMember => Kind is OrganisationKind.SocialInsuranceAgency or OrganisationKind.EmploymentService;
}

/// <summary>One appointment as the rules see it.</summary>
public sealed record SeatHolding(
    Guid AppointmentId,
    Guid OrganisationId,
    string PersonName,
    BoardRole Role,
    int? SubstituteOrder,
    BoardOffice Office,
    DateOnly TermStart,
    DateOnly TermEnd)
{
    public bool IsActiveOn(DateOnly date) => TermStart <= date && date <= TermEnd;
}

/// <summary>One auditor assignment as the rules see it.</summary>
public sealed record AuditorHolding(Guid AuditorId, string PersonName, AuditorKind Kind, Guid AppointedByOrganisationId, DateOnly TermStart, DateOnly? TermEnd)
{
    public bool IsActiveOn(DateOnly date) => TermStart <= date && (TermEnd is null || date <= TermEnd);
}

/// <summary>How many ledamöter each member appoints: the charter's number for municipalities and regions, configuration for FK and AF.</summary>
public sealed record BoardSeatRules(int CharterSeatsPerMember, int StateMemberSeats, int? MandatePeriodYears = null);

/// <summary>Everything the board rules need about one association on one date.</summary>
public sealed record BoardSnapshot(
    DateOnly Date,
    IReadOnlyList<BoardMemberOrg> Members,
    BoardSeatRules Seats,
    IReadOnlyList<SeatHolding> Appointments,
    IReadOnlyList<AuditorHolding> Auditors,
    IReadOnlyDictionary<Guid, string> OrganisationNames)
{
    public IEnumerable<SeatHolding> ActiveAppointments => Appointments.Where(a => a.IsActiveOn(Date));

    /// <summary>A later appointment of the same member to the same kind of seat is registered.</summary>
    public bool HasSuccessor(SeatHolding a) =>
        Appointments.Any(o => o.OrganisationId == a.OrganisationId && o.Role == a.Role && o.TermStart > a.TermStart);

    /// <summary>A later auditor of the same kind appointed by the same member is registered.</summary>
    public bool HasSuccessor(AuditorHolding a) =>
        Auditors.Any(o => o.AppointedByOrganisationId == a.AppointedByOrganisationId && o.Kind == a.Kind && o.TermStart > a.TermStart);

    public string NameOf(Guid organisationId) => OrganisationNames.TryGetValue(organisationId, out var n) ? n : "okänd organisation";
}
