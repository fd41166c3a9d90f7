using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.EditParameters;
using Samordna.Web.Features.Allocation.ListRuns;
using Samordna.Web.Features.Allocation.RunAllocation;

namespace Samordna.Web.Features.Allocation.Overview;

public sealed record YearAssociationRow(
    Guid AssociationId,
    string Code,
    string Name,
    int UnitCount,
    Sek? PreviousAllocation,
    PreviousAllocationSource PreviousSource,
    Sek? ForecastEquity,
    Sek? ReasonableEquityOverride,
    Sek? AskedAmount);

public sealed record YearOverview(
    int Year,
    YearParametersResponse Parameters,
    IReadOnlyList<YearAssociationRow> Associations,
    IReadOnlyList<RunListItem> Runs);

/// <summary>Everything that goes into one year's allocation: parameters, the associations with their areas and inputs, and the runs.</summary>
public sealed class YearOverviewHandler(AppDbContext db, EditParametersHandler parameters, RunInputsBuilder builder, ListRunsHandler runs)
{
    public async Task<YearOverview> HandleAsync(int year, CancellationToken ct)
    {
        var p = await parameters.GetAsync(year, ct);
        var (associations, _) = await builder.AssociationsAsync(year, p.ReferenceDate, ct);
        var rows = associations
            .Select(a => new YearAssociationRow(a.AssociationId, a.Code, a.Name, a.Units.Count, a.PreviousAllocation, a.PreviousSource, a.ForecastEquity, a.ReasonableEquityOverride, a.AskedAmount))
            .OrderBy(a => a.Name, StringComparer.Create(SwedishCulture.Instance, true))
            .ToList();
        return new YearOverview(year, p, rows, await runs.HandleAsync(year, ct));
    }

    /// <summary>Years that have parameters or runs, newest first, always including next year.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(int nextYear, CancellationToken ct)
    {
        var years = await db.Set<AllocationYearParameters>().Select(x => x.Year).ToListAsync(ct);
        years.AddRange(await db.Set<AllocationRun>().Select(x => x.Year).Distinct().ToListAsync(ct));
        years.Add(nextYear);
        return years.Distinct().OrderByDescending(y => y).ToList();
    }
}
