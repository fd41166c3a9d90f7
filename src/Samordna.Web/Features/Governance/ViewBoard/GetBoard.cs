using Samordna.Web.Features.Compliance;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.Rules;
using Samordna.Web.Features.Governance.Snapshot;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Governance.ViewBoard;

/// <summary>One appointment to the board, as pages and the API show it.</summary>
public sealed record AppointmentItem(
    Guid Id,
    Guid OrganisationId,
    string MemberName,
    Guid AppointedByOrganisationId,
    string PersonName,
    BoardRole Role,
    string RoleName,
    int? SubstituteOrder,
    EligibilityBasis Eligibility,
    string EligibilityName,
    BoardOffice Office,
    string OfficeName,
    DateOnly DecisionDate,
    DateOnly TermStart,
    DateOnly TermEnd,
    long Version);

/// <summary>A member's seats on the date: how many ledamöter it should have, and who holds them.</summary>
public sealed record MemberBoardSeats(
    Guid OrganisationId,
    string Name,
    string KindName,
    int RequiredBoardMembers,
    int BoardMembers,
    int Substitutes,
    IReadOnlyList<AppointmentItem> Appointments);

/// <summary>The board on a date: seats, quorum, officers, each member's ledamöter and ersättare, and the rule findings.</summary>
public sealed record BoardView(
    DateOnly AsOf,
    int Seats,
    int QuorumMinimum,
    DateRange MandatePeriod,
    CharterFacts Charter,
    string? Chair,
    IReadOnlyList<string> ViceChairs,
    IReadOnlyList<MemberBoardSeats> Members,
    IReadOnlyList<AppointmentItem> OtherAppointments,
    IReadOnlyList<ComplianceFinding> Findings);

public sealed class GetBoardHandler(AppDbContext db, BoardSnapshotLoader loader)
{
    public async Task<BoardView> HandleAsync(Guid associationId, DateOnly asOf, CancellationToken ct)
    {
        var snapshot = await loader.LoadAsync(associationId, asOf, ct);
        var charter = await loader.CharterAsync(associationId, asOf, ct);
        var all = await AllAsync(associationId, ct);
        var active = all.Where(a => a.TermStart <= asOf && asOf <= a.TermEnd).ToList();
        var memberIds = snapshot.Members.Select(m => m.OrganisationId).ToList();
        var kinds = await db.Set<Organisation>().AsNoTracking()
            .Where(o => memberIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => Organisation.SwedishKind(o.Kind), ct);
        var counts = BoardCompositionRule.Count(snapshot.Members, snapshot.ActiveAppointments, snapshot.Seats);
        var members = counts
            .Select(c => new MemberBoardSeats(
                c.Member.OrganisationId,
                c.Member.Name,
                kinds.GetValueOrDefault(c.Member.OrganisationId, string.Empty),
                c.Required,
                c.BoardMembers,
                c.Substitutes,
                active.Where(a => a.OrganisationId == c.Member.OrganisationId).ToList()))
            .ToList();
        var shown = members.SelectMany(m => m.Appointments).Select(a => a.Id).ToHashSet();
        var seats = BoardCompositionRule.TotalSeats(snapshot.Members, snapshot.Seats);
        var findings = GovernanceFindings.Board(snapshot, loader.Options.TermWarningDays);
        return new BoardView(
            asOf,
            seats,
            QuorumRule.MinimumServing(seats),
            TermRule.MandatePeriodContaining(asOf, loader.Options.Calendar, charter.MandatePeriodYears),
            charter,
            active.FirstOrDefault(a => a.Office == BoardOffice.Chair && a.Role == BoardRole.BoardMember)?.PersonName,
            active.Where(a => a.Office == BoardOffice.ViceChair && a.Role == BoardRole.BoardMember).Select(a => a.PersonName).ToList(),
            members,
            all.Where(a => !shown.Contains(a.Id)).OrderByDescending(a => a.TermStart).ToList(),
            findings);
    }

    /// <summary>Every appointment of the association, current, past and future, ordered by member, role and call order.</summary>
    public async Task<IReadOnlyList<AppointmentItem>> AllAsync(Guid associationId, CancellationToken ct)
    {
        var rows = await db.Set<BoardAppointment>().AsNoTracking().Where(a => a.AssociationId == associationId).ToListAsync(ct);
        var ids = rows.Select(r => r.OrganisationId).Distinct().ToList();
        var names = await db.Set<Organisation>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var swedish = StringComparer.Create(Domain.SwedishCulture.Instance, false);
        return rows
            .Select(a => ToItem(a, names.GetValueOrDefault(a.OrganisationId, string.Empty)))
            .OrderBy(a => a.MemberName, swedish)
            .ThenBy(a => a.Role)
            .ThenBy(a => a.SubstituteOrder ?? 0)
            .ThenBy(a => a.PersonName, swedish)
            .ToList();
    }

    public async Task<AppointmentItem?> OneAsync(Guid associationId, Guid appointmentId, CancellationToken ct)
    {
        var a = await db.Set<BoardAppointment>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == appointmentId && x.AssociationId == associationId, ct);
        if (a is null)
        {
            return null;
        }

        var name = await db.Set<Organisation>().AsNoTracking().Where(o => o.Id == a.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        return ToItem(a, name ?? string.Empty);
    }

    private static AppointmentItem ToItem(BoardAppointment a, string memberName) => new(
        a.Id, a.OrganisationId, memberName, a.AppointedByOrganisationId, a.PersonName, a.Role, GovernanceNames.Of(a.Role), a.SubstituteOrder,
        a.Eligibility, GovernanceNames.Of(a.Eligibility), a.Office, GovernanceNames.Of(a.Office), a.DecisionDate, a.TermStart, a.TermEnd, a.Version);
}
