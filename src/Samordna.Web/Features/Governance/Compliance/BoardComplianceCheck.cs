using Samordna.Web.Features.Compliance;
using Samordna.Web.Features.Governance.Rules;
using Samordna.Web.Features.Governance.Snapshot;

namespace Samordna.Web.Features.Governance.Compliance;

/// <summary>Board composition, terms, chair and vice chairs (10 and 12 §§ lag (2003:1210); the charter).</summary>
public sealed class BoardComplianceCheck(BoardSnapshotLoader loader) : IComplianceCheck
{
    public string Area => "Styrelse";

    public async Task<IReadOnlyList<ComplianceFinding>> CheckAsync(Guid associationId, DateOnly date, CancellationToken ct)
    {
        var snapshot = await loader.LoadAsync(associationId, date, ct);
        return GovernanceFindings.Board(snapshot, loader.Options.TermWarningDays);
    }
}
