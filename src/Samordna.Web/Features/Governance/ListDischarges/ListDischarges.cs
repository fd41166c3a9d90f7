using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.Snapshot;

namespace Samordna.Web.Features.Governance.ListDischarges;

/// <summary>One member's discharge decision for the year; <see cref="DischargeId"/> is null when nothing is recorded yet.</summary>
public sealed record DischargeRow(
    int Year,
    Guid OrganisationId,
    string MemberName,
    Guid? DischargeId,
    DischargeOutcome? Outcome,
    string OutcomeName,
    DateOnly? DecidedOn,
    string? Note,
    long? Version);

public sealed record DischargeOverview(int Year, IReadOnlyList<DischargeRow> Members, int Granted, int Refused, int Pending, int NotRecorded);

/// <summary>Discharge (ansvarsfrihet) for one financial year: every organisation that was a member during the year, each deciding separately.</summary>
public sealed class ListDischargesHandler(AppDbContext db, BoardSnapshotLoader loader)
{
    public async Task<DischargeOverview> HandleAsync(Guid associationId, int year, CancellationToken ct)
    {
        var members = await loader.MembersDuringAsync(associationId, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);
        var recorded = await db.Set<Discharge>().AsNoTracking().Where(d => d.AssociationId == associationId && d.Year == year).ToListAsync(ct);
        var ids = members.Select(m => m.OrganisationId).ToHashSet();
        var rows = members
            .Select(m => (m.OrganisationId, m.Name, Discharge: recorded.FirstOrDefault(d => d.OrganisationId == m.OrganisationId)))
            .Concat(recorded.Where(d => !ids.Contains(d.OrganisationId)).Select(d => (d.OrganisationId, Name: "Tidigare medlem", Discharge: (Discharge?)d)))
            .Select(x => x.Discharge is { } d
                ? new DischargeRow(year, x.OrganisationId, x.Name, d.Id, d.Outcome, GovernanceNames.Of(d.Outcome), d.DecidedOn, d.Note, d.Version)
                : new DischargeRow(year, x.OrganisationId, x.Name, null, null, "Inte registrerad", null, null, null))
            .ToList();
        return new DischargeOverview(
            year,
            rows,
            rows.Count(r => r.Outcome == DischargeOutcome.Granted),
            rows.Count(r => r.Outcome == DischargeOutcome.Refused),
            rows.Count(r => r.Outcome == DischargeOutcome.Pending),
            rows.Count(r => r.Outcome is null));
    }

    public async Task<DischargeRow?> OneAsync(Guid associationId, Guid dischargeId, CancellationToken ct)
    {
        var d = await db.Set<Discharge>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == dischargeId && x.AssociationId == associationId, ct);
        if (d is null)
        {
            return null;
        }

        var name = await db.Set<Registry.Data.Organisation>().AsNoTracking().Where(o => o.Id == d.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        return new DischargeRow(d.Year, d.OrganisationId, name ?? string.Empty, d.Id, d.Outcome, GovernanceNames.Of(d.Outcome), d.DecidedOn, d.Note, d.Version);
    }
}
