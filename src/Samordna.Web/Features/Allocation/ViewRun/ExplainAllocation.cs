using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.Engine;
using Samordna.Web.Features.Allocation.RunAllocation;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Allocation.ViewRun;

/// <summary>One part of the change from last year, with what it stands for in plain Swedish.</summary>
public sealed record ChangePartView(string Label, string Description, Sek Amount);

/// <summary>
/// "Why this amount" for a chair: two plain sentences first (the amount, the change from last year and its causes),
/// the change split into parts that sum to it exactly, the area by municipality name, what the support measure is,
/// and the engine's exact steps for those who want them.
/// </summary>
public sealed record AllocationExplanationView(
    string AssociationName,
    int Year,
    Sek Amount,
    Sek? Previous,
    Sek? Change,
    decimal? ChangeFraction,
    string AmountSentence,
    string CauseSentence,
    IReadOnlyList<ChangePartView> Parts,
    string? NoDecompositionReason,
    IReadOnlyList<string> Area,
    string SupportMeasureText,
    IReadOnlyList<string> Steps,
    AllocationRunResult Result,
    AssociationSnapshot? Input,
    string Lambda)
{
    public int PreviousYear => Year - 1;
}

/// <summary>
/// Builds <see cref="AllocationExplanationView"/> for one association in a saved run. The change is split
/// (<see cref="ChangeDecomposer"/>) only when last year's decided run exists, includes the association and gave exactly
/// the previous allocation this run used; otherwise the page says why and shows the change alone.
/// </summary>
public sealed class ExplainAllocationHandler(AppDbContext db)
{
    public async Task<AllocationExplanationView?> HandleAsync(Guid runId, Guid associationId, CancellationToken ct)
    {
        var details = await RunAsync(runId, ct);
        var result = details?.Results.FirstOrDefault(r => r.AssociationId == associationId);
        if (details is null || result is null)
        {
            return null;
        }

        var run = details.Run;
        var input = details.Inputs.FirstOrDefault(i => i.AssociationId == associationId);
        var area = await AreaNamesAsync(run.DataSetId, input?.Units ?? [], ct);

        ChangeDecomposition? decomposition = null;
        string? reason = null;
        RunDetails? last = null;
        if (result.PreviousAllocation is { } previous)
        {
            var lastRunId = await db.Set<AllocationRun>().AsNoTracking()
                .Where(r => r.Year == run.Year - 1 && r.Status == AllocationRunStatus.Decided)
                .Select(r => (Guid?)r.Id)
                .FirstOrDefaultAsync(ct);
            last = lastRunId is { } id ? await RunAsync(id, ct) : null;
            var lastResult = last?.Results.FirstOrDefault(r => r.AssociationId == associationId);
            if (last is null)
            {
                reason = $"Det finns ingen beslutad medelstilldelning för {run.Year - 1} i Samordna, så förra årets underlag saknas. Förra årets belopp är inmatat för hand.";
            }
            else if (lastResult is null)
            {
                reason = $"Förbundet fanns inte med i den beslutade medelstilldelningen för {run.Year - 1}.";
            }
            else if (lastResult.Amount != previous)
            {
                reason = $"Förra årets belopp {previous} är inmatat för hand och skiljer sig från den beslutade medelstilldelningen för {run.Year - 1} ({lastResult.Amount}), så förändringen kan inte delas upp på det underlaget.";
            }
            else
            {
                decomposition = ChangeDecomposer.Decompose(ModelYear(last), ModelYear(details), Key(associationId), previous, result.Amount);
                reason = decomposition is null ? "Förändringen kan inte delas upp: förra årets underlag saknar fördelningsgrund." : null;
            }
        }

        var parts = decomposition is null || last is null ? [] : Parts(decomposition, details, last, result, associationId);
        return new AllocationExplanationView(
            result.Name,
            run.Year,
            result.Amount,
            result.PreviousAllocation,
            result.ChangeFromPrevious,
            result.ChangeFraction,
            AmountSentence(result, run.Year),
            CauseSentence(result, parts, reason),
            parts,
            reason,
            area,
            SupportMeasureText(details.Parameters),
            ResultRows.Explanation(result),
            result,
            input,
            run.Lambda);
    }

    /// <summary>"Finnvedens samordningsförbund får 3 456 000 kr … Det är 96 690 kr (2,7 %) mindre än 2026 (3 552 690 kr)."</summary>
    public static string AmountSentence(AllocationRunResult r, int year)
    {
        var text = $"{r.Name} får {r.Amount} i statlig tilldelning {year}.";
        if (r.PreviousAllocation is not { } previous || r.ChangeFromPrevious is not { } change)
        {
            return text + $" Förbundet hade ingen tilldelning {year - 1} att jämföra med.";
        }

        if (change.Ore == 0)
        {
            return text + $" Det är lika mycket som {year - 1}.";
        }

        var size = change.IsNegative ? -change : change;
        var percent = r.ChangeFraction is { } f ? $" ({SwedishCulture.Percent(Math.Abs(f), 1)})" : string.Empty;
        return text + $" Det är {size}{percent} {(change.IsNegative ? "mindre" : "mer")} än {year - 1} ({previous}).";
    }

    private static string CauseSentence(AllocationRunResult r, IReadOnlyList<ChangePartView> parts, string? reason)
    {
        if (r.PreviousAllocation is null)
        {
            return "Beloppet kommer från modellen: en grundtilldelning och en andel av resten av ramen efter förbundets försörjningsmått och invånare.";
        }

        if (parts.Count == 0)
        {
            return $"Vad förändringen beror på kan inte delas upp här. {reason}";
        }

        return "Förändringen beror på "
            + string.Join(", ", parts.Take(parts.Count - 1).Select(p => $"{p.Label.ToLower(SwedishCulture.Instance)} ({ResultsQuery.Signed(p.Amount)})"))
            + $" och {parts[^1].Label.ToLower(SwedishCulture.Instance)} ({ResultsQuery.Signed(parts[^1].Amount)}).";
    }

    private static IReadOnlyList<ChangePartView> Parts(ChangeDecomposition d, RunDetails now, RunDetails last, AllocationRunResult result, Guid associationId)
    {
        var before = last.Results.First(r => r.AssociationId == associationId);
        var frame = last.Parameters.Frame == now.Parameters.Frame
            ? $"Ramen för hela landet var {now.Parameters.Frame} båda åren."
            : $"Ramen för hela landet ändrades från {last.Parameters.Frame} till {now.Parameters.Frame}.";
        if (d.ModelParametersChanged)
        {
            frame += " Grundtilldelningen eller vikterna ändrades också och räknas hit.";
        }

        var others = $"Hur de andra förbundens försörjningsmått och invånare ändrades, och förbund som tillkommit eller upphört ({last.Results.Count} förbund {now.Run.Year - 1}, {now.Results.Count} förbund {now.Run.Year}). Växer de andra mer än ni, minskar er andel.";
        var bounds = $"Golvet (skyddet mot stor minskning och grundtilldelningen), taket (begärt belopp eller eget kapital), utjämningen så att summan blir ramen, och avrundningen. {now.Run.Year - 1} gav de {ResultsQuery.Signed(d.BoundsPrevious)} jämfört med modellens belopp {d.ModelSharePrevious}, {now.Run.Year} {ResultsQuery.Signed(d.BoundsCurrent)} jämfört med {d.ModelShareCurrent}.";
        return
        [
            new("Den nationella ramen", frame, d.Frame),
            new("Förbundets egen statistik", $"Försörjningsmåttet ändrades från {before.SupportMeasure} till {result.SupportMeasure} och antalet invånare {now.Parameters.AgeBand} år från {SwedishCulture.Number(before.WorkingAgePopulation)} till {SwedishCulture.Number(result.WorkingAgePopulation)}.", d.OwnStatistics),
            new("De andra förbundens statistik", others, d.OtherStatistics),
            new("Golv och tak", bounds, d.Bounds),
        ];
    }

    private static string SupportMeasureText(ParameterSnapshot p) =>
        "Försörjningsmåttet är det som betalats ut i förbundets område under ett år i sjukpenning och rehabiliteringspenning, "
        + "aktivitets- och sjukersättning, arbetslöshetsersättning, aktivitetsstöd, etableringsersättning och ekonomiskt bistånd (försörjningsstöd), "
        + "enligt SCB:s statistik som Försäkringskassan beställer. Det mäter hur många i området som försörjs av sådana ersättningar. "
        + $"Varje förbund får först grundtilldelningen {p.BaseAmount}; resten av ramen fördelas till {SwedishCulture.Percent(p.SupportMeasureWeight, 0)} efter förbundets andel av landets försörjningsmått "
        + $"och till {SwedishCulture.Percent(p.PopulationWeight, 0)} efter andelen av landets invånare {p.AgeBand} år.";

    /// <summary>
    /// A run with all its result rows. The rows are read past the association scope (an association's pages see only
    /// their own row): the model share needs every association's F and P, the national totals. Only the association's
    /// own figures, the counts and the parts are shown.
    /// </summary>
    private async Task<RunDetails?> RunAsync(Guid runId, CancellationToken ct)
    {
        var run = await db.Set<AllocationRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null)
        {
            return null;
        }

        var results = (await db.Set<AllocationRunResult>().IgnoreQueryFilters().AsNoTracking().Where(r => r.RunId == runId).ToListAsync(ct))
            .OrderBy(r => r.Position)
            .ToList();
        return new RunDetails(
            run,
            SnapshotJson.Read<ParameterSnapshot>(run.ParametersJson),
            SnapshotJson.Read<List<AssociationSnapshot>>(run.InputsJson),
            string.Empty,
            false,
            results);
    }

    /// <summary>A run's model year as stored: parameters and each association's F and P, keyed by association id.</summary>
    private static ModelYear ModelYear(RunDetails details) => new(
        details.Parameters.ToEngine(),
        details.Results.Select(r => new AssociationInput
        {
            Code = Key(r.AssociationId),
            Name = r.Name,
            SupportMeasure = r.SupportMeasure.Kronor,
            WorkingAgePopulation = r.WorkingAgePopulation,
        }).ToArray());

    private static string Key(Guid associationId) => associationId.ToString("N");

    /// <summary>The area's municipalities and districts by name (the data set's name, else the register's), else by code.</summary>
    private async Task<IReadOnlyList<string>> AreaNamesAsync(Guid dataSetId, IReadOnlyList<string> codes, CancellationToken ct)
    {
        if (codes.Count == 0)
        {
            return [];
        }

        var fromData = await db.Set<AllocationDataSetUnit>().AsNoTracking()
            .Where(u => u.DataSetId == dataSetId && codes.Contains(u.Code))
            .Select(u => new { u.Code, u.Name })
            .ToDictionaryAsync(u => u.Code, u => u.Name, ct);
        var fromRegister = (await db.Set<Organisation>().AsNoTracking()
                .Where(o => codes.Contains(o.Code))
                .Select(o => new { o.Code, o.Name })
                .ToListAsync(ct))
            .DistinctBy(o => o.Code)
            .ToDictionary(o => o.Code, o => o.Name);
        return codes
            .Select(c => fromData.GetValueOrDefault(c) is { Length: > 0 } n ? n : fromRegister.GetValueOrDefault(c) ?? c)
            .Order(StringComparer.Create(SwedishCulture.Instance, ignoreCase: true))
            .ToArray();
    }
}
