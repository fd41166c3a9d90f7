using Samordna.Web.Features.Allocation.Data;

namespace Samordna.Web.Features.Allocation.ViewRun;

/// <summary>What the shared results table shows: the rows after filtering and sorting, and where each row's explanation is.</summary>
public sealed record ResultsTableModel(
    IReadOnlyList<AllocationRunResult> Rows,
    ResultsQuery Query,
    int TotalCount,
    Sek Frame,
    string Caption,
    Func<AllocationRunResult, string?> ExplainLink)
{
    public Sek ShownAmount => Sek.Sum(Rows.Select(r => r.Amount));

    public Sek ShownPrevious => Sek.Sum(Rows.Select(r => r.PreviousAllocation ?? Sek.Zero));
}
