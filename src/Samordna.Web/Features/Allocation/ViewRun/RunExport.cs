using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.Files;

namespace Samordna.Web.Features.Allocation.ViewRun;

/// <summary>
/// A saved run's results as files: the result CSV (<see cref="AllocationResultCsv"/>, read back by its reader) and an
/// Excel workbook with the same columns, money as numbers in kronor.
/// </summary>
public static class RunExport
{
    public static byte[] Csv(IEnumerable<AllocationRunResult> rows) => AllocationResultCsv.Write(rows.Select(ToRow));

    public static byte[] Xlsx(IEnumerable<AllocationRunResult> rows) =>
        TabularFile.WriteXlsx("Tilldelning", AllocationResultCsv.Headers, rows.Select(r =>
        {
            var row = ToRow(r);
            return (IReadOnlyList<object?>)
            [
                row.Code, row.Name, row.SupportMeasure, row.WorkingAgePopulation, row.ModelAmount.Kronor, row.Floor.Kronor,
                AllocationResultCsv.FloorReasonText(row.FloorReason), row.Ceiling?.Kronor, AllocationResultCsv.CeilingReasonText(row.CeilingReason),
                AllocationResultCsv.BindingText(row.Binding), row.ExactAmount.Kronor, row.Amount.Kronor, row.PreviousAllocation?.Kronor,
                row.ChangeFromPrevious?.Kronor, row.ChangePercent,
            ];
        }));

    public static string FileName(AllocationRun run, string extension) =>
        $"tilldelning-{run.Year}-{run.Id.ToString("N")[..8]}.{extension}";

    public static AllocationResultRow ToRow(AllocationRunResult r) => new(
        r.Code,
        r.Name,
        r.SupportMeasure.Kronor,
        r.WorkingAgePopulation,
        r.ModelAmount,
        r.Floor,
        r.FloorReason,
        r.Ceiling,
        r.CeilingReason,
        r.Binding,
        r.ExactAmountDisplay,
        r.Amount,
        r.PreviousAllocation,
        r.ChangeFromPrevious,
        r.ChangeFraction is { } f ? f * 100m : null);
}
