using Samordna.Web.Features.Compliance;
using Samordna.Web.Features.Governance.Rules;
using Samordna.Web.Features.Governance.Snapshot;

namespace Samordna.Web.Features.Governance.Compliance;

/// <summary>Auditors per member and the state auditor (lag (2003:1210) om revision).</summary>
public sealed class AuditComplianceCheck(BoardSnapshotLoader loader) : IComplianceCheck
{
    public string Area => "Revision";

    public async Task<IReadOnlyList<ComplianceFinding>> CheckAsync(Guid associationId, DateOnly date, CancellationToken ct)
    {
        var snapshot = await loader.LoadAsync(associationId, date, ct);
        return GovernanceFindings.Audit(snapshot, loader.Options.TermWarningDays);
    }
}
