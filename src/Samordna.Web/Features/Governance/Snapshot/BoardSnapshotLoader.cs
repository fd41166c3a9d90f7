using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.Rules;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Governance.Snapshot;

/// <summary>The charter facts the board rules need on a date.</summary>
public sealed record CharterFacts(int BoardSeatsPerMember, int? MandatePeriodYears, Guid? CharterVersionId, DateOnly? ValidFrom);

/// <summary>Reads what the board rules need for one association on one date: members, charter, appointments, auditors.</summary>
public sealed class BoardSnapshotLoader(AppDbContext db, IOptions<GovernanceOptions> options)
{
    public GovernanceOptions Options => options.Value;

    public async Task<BoardSnapshot> LoadAsync(Guid associationId, DateOnly date, CancellationToken ct)
    {
        var members = await MembersAsync(associationId, date, ct);
        var charter = await CharterAsync(associationId, date, ct);
        var appointments = await db.Set<BoardAppointment>().AsNoTracking()
            .Where(a => a.AssociationId == associationId)
            .Select(a => new SeatHolding(a.Id, a.OrganisationId, a.PersonName, a.Role, a.SubstituteOrder, a.Office, a.TermStart, a.TermEnd))
            .ToListAsync(ct);
        var auditors = await db.Set<Auditor>().AsNoTracking()
            .Where(a => a.AssociationId == associationId)
            .Select(a => new AuditorHolding(a.Id, a.PersonName, a.Kind, a.AppointedByOrganisationId, a.TermStart, a.TermEnd))
            .ToListAsync(ct);
        var ids = appointments.Select(a => a.OrganisationId).Concat(auditors.Select(a => a.AppointedByOrganisationId)).Concat(members.Select(m => m.OrganisationId)).Distinct().ToList();
        var names = await db.Set<Organisation>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return new BoardSnapshot(date, members, SeatRules(charter), appointments, auditors, names);
    }

    public BoardSeatRules SeatRules(CharterFacts charter) =>
        new(charter.BoardSeatsPerMember, options.Value.StateMemberBoardSeats, charter.MandatePeriodYears);

    /// <summary>Members on the date, FK and AF first, then regions, then municipalities, by name.</summary>
    public Task<IReadOnlyList<BoardMemberOrg>> MembersAsync(Guid associationId, DateOnly date, CancellationToken ct) =>
        OrganisationsAsync(db.Set<Membership>().AsNoTracking().Where(m => m.AssociationId == associationId).ActiveOn(date), ct);

    /// <summary>Organisations that were members at any time in [from, to], in the same order.</summary>
    public Task<IReadOnlyList<BoardMemberOrg>> MembersDuringAsync(Guid associationId, DateOnly from, DateOnly to, CancellationToken ct) =>
        OrganisationsAsync(db.Set<Membership>().AsNoTracking().Where(m => m.AssociationId == associationId).ActiveDuring(from, to), ct);

    private static async Task<IReadOnlyList<BoardMemberOrg>> OrganisationsAsync(IQueryable<Membership> memberships, CancellationToken ct)
    {
        var rows = await memberships
            .Select(m => new { m.OrganisationId, m.Organisation!.Name, m.Organisation.Kind })
            .ToListAsync(ct);
        return rows
            .DistinctBy(r => r.OrganisationId)
            .OrderBy(r => r.Kind)
            .ThenBy(r => r.Name, StringComparer.Create(Domain.SwedishCulture.Instance, false))
            .Select(r => new BoardMemberOrg(r.OrganisationId, r.Name, r.Kind))
            .ToList();
    }

    /// <summary>The charter version in force on the date; the law's defaults when the association has none recorded.</summary>
    public async Task<CharterFacts> CharterAsync(Guid associationId, DateOnly date, CancellationToken ct)
    {
        var charter = await db.Set<CharterVersion>().AsNoTracking()
            .Where(c => c.AssociationId == associationId && c.ValidFrom <= date)
            .OrderByDescending(c => c.ValidFrom)
            .Select(c => new CharterFacts(c.BoardSeatsPerMember, c.MandatePeriodYears, c.Id, c.ValidFrom))
            .FirstOrDefaultAsync(ct);
        return charter ?? new CharterFacts(1, null, null, null);
    }
}
