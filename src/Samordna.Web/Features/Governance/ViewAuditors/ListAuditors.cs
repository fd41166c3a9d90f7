using Samordna.Web.Features.Compliance;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.Rules;
using Samordna.Web.Features.Governance.Snapshot;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Governance.ViewAuditors;

public sealed record AuditorItem(
    Guid Id,
    string PersonName,
    string? Firm,
    AuditorKind Kind,
    string KindName,
    Guid AppointedByOrganisationId,
    string AppointedBy,
    DateOnly DecisionDate,
    DateOnly TermStart,
    DateOnly? TermEnd,
    bool IsActive,
    long Version);

public sealed record AuditorsView(DateOnly AsOf, IReadOnlyList<AuditorItem> Auditors, IReadOnlyList<ComplianceFinding> Findings);

/// <summary>The association's auditors, with the revision findings for a date.</summary>
public sealed class ListAuditorsHandler(AppDbContext db, BoardSnapshotLoader loader)
{
    public async Task<AuditorsView> HandleAsync(Guid associationId, DateOnly asOf, CancellationToken ct)
    {
        var rows = await db.Set<Auditor>().AsNoTracking().Where(a => a.AssociationId == associationId).ToListAsync(ct);
        var ids = rows.Select(r => r.AppointedByOrganisationId).Distinct().ToList();
        var names = await db.Set<Organisation>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var swedish = StringComparer.Create(Domain.SwedishCulture.Instance, false);
        var items = rows
            .Select(a => ToItem(a, names.GetValueOrDefault(a.AppointedByOrganisationId, string.Empty), asOf))
            .OrderByDescending(a => a.IsActive)
            .ThenBy(a => a.Kind)
            .ThenBy(a => a.AppointedBy, swedish)
            .ThenByDescending(a => a.TermStart)
            .ToList();
        var snapshot = await loader.LoadAsync(associationId, asOf, ct);
        return new AuditorsView(asOf, items, GovernanceFindings.Audit(snapshot, loader.Options.TermWarningDays));
    }

    public async Task<AuditorItem?> OneAsync(Guid associationId, Guid auditorId, DateOnly asOf, CancellationToken ct)
    {
        var a = await db.Set<Auditor>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == auditorId && x.AssociationId == associationId, ct);
        if (a is null)
        {
            return null;
        }

        var name = await db.Set<Organisation>().AsNoTracking().Where(o => o.Id == a.AppointedByOrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        return ToItem(a, name ?? string.Empty, asOf);
    }

    private static AuditorItem ToItem(Auditor a, string appointedBy, DateOnly asOf) => new(
        a.Id, a.PersonName, a.Firm, a.Kind, GovernanceNames.Of(a.Kind), a.AppointedByOrganisationId, appointedBy,
        a.DecisionDate, a.TermStart, a.TermEnd, a.IsActiveOn(asOf), a.Version);
}
