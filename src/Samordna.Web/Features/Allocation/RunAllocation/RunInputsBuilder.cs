using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.EditParameters;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Allocation.RunAllocation;

/// <summary>
/// What-if changes to the year's parameters for one run. Null means "the year's value"; <see cref="NoMaxYearlyDecrease"/>
/// turns the decrease protection off; <see cref="ApplyEquityRule"/> false ignores the equity forecasts.
/// </summary>
public sealed record ParameterOverrides(
    Sek? Frame = null,
    Sek? BaseAmount = null,
    decimal? SupportMeasureWeight = null,
    decimal? PopulationWeight = null,
    decimal? MaxYearlyDecrease = null,
    bool? NoMaxYearlyDecrease = null,
    decimal? EquityReductionShare = null,
    IReadOnlyList<EquityTierInput>? EquityTiers = null,
    bool? ApplyEquityRule = null,
    DateOnly? ReferenceDate = null);

/// <summary>
/// Gathers a run's inputs from the database: the year's parameters (stored, or the research defaults) with what-if
/// changes, the data set, and each association's area and figures from the register on the reference date.
/// Areas: the municipalities and districts that are members on the reference date (docs/adr/0302).
/// </summary>
public sealed class RunInputsBuilder(AppDbContext db)
{
    public async Task<Result<ParameterSnapshot>> ParametersAsync(int year, ParameterOverrides? o, CancellationToken ct)
    {
        var stored = await db.Set<AllocationYearParameters>().AsNoTracking().FirstOrDefaultAsync(p => p.Year == year, ct);
        var p = stored is null ? EditParametersHandler.FromDefaults(year) : EditParametersHandler.ToResponse(stored);
        var tiers = o?.EquityTiers is { Count: > 0 } changed ? EquityTierRules.ToSnapshot(changed) : p.EquityTierList;

        return new ParameterSnapshot(
            year,
            o?.Frame ?? p.Frame,
            o?.BaseAmount ?? p.BaseAmount,
            o?.SupportMeasureWeight ?? p.SupportMeasureWeight,
            o?.PopulationWeight ?? p.PopulationWeight,
            p.AgeBand,
            o?.NoMaxYearlyDecrease == true ? null : o?.MaxYearlyDecrease ?? p.MaxYearlyDecrease,
            o?.EquityReductionShare ?? p.EquityReductionShare,
            tiers,
            o?.ApplyEquityRule ?? true,
            o?.ReferenceDate ?? p.ReferenceDate);
    }

    /// <summary>The data set asked for, or the newest one whose statistics year is before the allocation year.</summary>
    public async Task<Result<AllocationDataSet>> DataSetAsync(int year, Guid? dataSetId, CancellationToken ct)
    {
        var query = db.Set<AllocationDataSet>().AsNoTracking();
        if (dataSetId is { } id)
        {
            var chosen = await query.FirstOrDefaultAsync(d => d.Id == id, ct);
            return chosen is null ? AllocationErrors.DataSetNotFound with { Field = "dataSetId" } : chosen;
        }

        var candidates = await query.Where(d => d.Year < year).ToListAsync(ct);
        var latest = candidates.OrderByDescending(d => d.Year).ThenByDescending(d => d.Sequence).FirstOrDefault();
        return latest is null ? AllocationErrors.NoDataSet : latest;
    }

    public async Task<List<AllocationDataSetUnit>> UnitsAsync(Guid dataSetId, CancellationToken ct) =>
        await db.Set<AllocationDataSetUnit>().AsNoTracking().Where(u => u.DataSetId == dataSetId).ToListAsync(ct);

    /// <summary>
    /// Every association that exists on the reference date, ordered by code, with the codes of its municipality and
    /// district members on that date and its inputs for the year. Problems the register itself has (a district whose
    /// municipality is also a member somewhere) are returned as Swedish messages naming the associations.
    /// </summary>
    public async Task<(IReadOnlyList<AssociationSnapshot> Associations, IReadOnlyList<(string Code, string Message)> Problems)> AssociationsAsync(
        int year, DateOnly date, CancellationToken ct)
    {
        var associations = await db.Set<Association>().AsNoTracking()
            .Where(a => a.FormedOn <= date && (a.EndedOn == null || a.EndedOn >= date))
            .Select(a => new { a.Id, a.Code, a.Name })
            .ToListAsync(ct);
        var ids = associations.Select(a => a.Id).ToList();
        var members = await db.Set<Membership>().AsNoTracking()
            .Where(m => ids.Contains(m.AssociationId)).ActiveOn(date)
            .Where(m => m.Organisation!.Kind == OrganisationKind.Municipality || m.Organisation.Kind == OrganisationKind.MunicipalDistrict)
            .Select(m => new { m.AssociationId, m.Organisation!.Id, m.Organisation.Code, m.Organisation.Kind, m.Organisation.ParentOrganisationId })
            .ToListAsync(ct);
        var inputs = await db.Set<AssociationAllocationInput>().AsNoTracking().Where(i => i.Year == year).ToDictionaryAsync(i => i.AssociationId, ct);
        var previousRun = await db.Set<AllocationRun>().AsNoTracking()
            .Where(r => r.Year == year - 1 && r.Status == AllocationRunStatus.Decided)
            .Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(ct);
        var decided = previousRun is { } runId
            ? await db.Set<AllocationRunResult>().AsNoTracking().Where(r => r.RunId == runId).ToDictionaryAsync(r => r.AssociationId, r => r.Amount, ct)
            : [];

        var byId = associations.ToDictionary(a => a.Id);
        var problems = new List<(string, string)>();
        var wholeMunicipalities = members.Where(m => m.Kind == OrganisationKind.Municipality).ToLookup(m => m.Id);
        foreach (var district in members.Where(m => m.Kind == OrganisationKind.MunicipalDistrict && m.ParentOrganisationId is not null))
        {
            foreach (var whole in wholeMunicipalities[district.ParentOrganisationId!.Value])
            {
                var a = byId[district.AssociationId];
                var b = byId[whole.AssociationId];
                problems.Add((a.Code, $"{a.Name} ({a.Code}) har stadsdelen {district.Code} som medlem, men hela kommunen {whole.Code} är medlem i {b.Name} ({b.Code}) samma datum; stadsdelen skulle räknas två gånger."));
            }
        }

        var unitsByAssociation = members.ToLookup(m => m.AssociationId, m => m.Code);
        var snapshots = associations
            .OrderBy(a => a.Code, StringComparer.Ordinal)
            .Select(a =>
            {
                var input = inputs.GetValueOrDefault(a.Id);
                var (previous, source) = input?.PreviousAllocation is { } entered
                    ? (entered, PreviousAllocationSource.Entered)
                    : decided.TryGetValue(a.Id, out var fromRun) ? ((Sek?)fromRun, PreviousAllocationSource.DecidedRun) : (null, PreviousAllocationSource.None);
                return new AssociationSnapshot(
                    a.Id,
                    a.Code,
                    a.Name,
                    unitsByAssociation[a.Id].OrderBy(c => c, StringComparer.Ordinal).ToArray(),
                    previous,
                    source,
                    input?.ForecastEquity,
                    input?.ReasonableEquityOverride,
                    input?.AskedAmount);
            })
            .ToList();
        return (snapshots, problems);
    }
}
