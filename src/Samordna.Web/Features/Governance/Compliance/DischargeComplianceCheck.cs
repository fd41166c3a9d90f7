using Samordna.Web.Features.Compliance;
using Samordna.Web.Features.Governance.ListDischarges;
using Samordna.Web.Features.Governance.Rules;

namespace Samordna.Web.Features.Governance.Compliance;

/// <summary>
/// Discharge (ansvarsfrihet) for the year before the date, per member (lag (2003:1210) om revision): every
/// organisation that was a member that year decides for itself. Reads the same overview as the discharge page.
/// </summary>
public sealed class DischargeComplianceCheck(ListDischargesHandler discharges) : IComplianceCheck
{
    public string Area => "Ansvarsfrihet";

    public async Task<IReadOnlyList<ComplianceFinding>> CheckAsync(Guid associationId, DateOnly date, CancellationToken ct)
    {
        var lastYear = await discharges.HandleAsync(associationId, date.Year - 1, ct);
        return GovernanceFindings.Discharge(lastYear, date);
    }
}
