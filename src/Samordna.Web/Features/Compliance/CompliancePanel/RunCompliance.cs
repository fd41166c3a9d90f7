using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Compliance.CompliancePanel;

public sealed record ComplianceAreaResult(string Area, IReadOnlyList<ComplianceFinding> Findings);

/// <summary>Every registered rule set's findings for one association on one date.</summary>
public sealed record ComplianceReport(
    Guid AssociationId,
    DateOnly AsOf,
    bool AssociationExisted,
    int Violations,
    int Warnings,
    IReadOnlyList<ComplianceAreaResult> Areas);

/// <summary>
/// Runs every <see cref="IComplianceCheck"/> registered by any area (the register's, the board's, …), one after the
/// other on the request's database context, and groups their findings by area: violations first, then by date.
/// </summary>
public sealed class RunComplianceHandler(IEnumerable<IComplianceCheck> checks, AppDbContext db)
{
    public async Task<ComplianceReport?> HandleAsync(Guid associationId, DateOnly date, CancellationToken ct)
    {
        var association = await db.Set<Association>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == associationId, ct);
        if (association is null)
        {
            return null;
        }

        var areas = new List<ComplianceAreaResult>();
        // No rule applies to an association on a date when it did not exist.
        var applicable = association.ExistsOn(date) ? checks : [];
        foreach (var check in applicable.OrderBy(c => c.Area, StringComparer.Create(Domain.SwedishCulture.Instance, false)))
        {
            var findings = await check.CheckAsync(associationId, date, ct);
            areas.Add(new ComplianceAreaResult(check.Area, findings.OrderBy(f => f.Severity).ThenBy(f => f.RelevantDate).ToList()));
        }

        var all = areas.SelectMany(a => a.Findings).ToList();
        return new ComplianceReport(
            associationId, date, association.ExistsOn(date),
            all.Count(f => f.Severity == ComplianceSeverity.Violation),
            all.Count(f => f.Severity == ComplianceSeverity.Warning),
            areas);
    }
}
