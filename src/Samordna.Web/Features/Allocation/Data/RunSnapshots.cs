using System.Text.Json;
using System.Text.Json.Serialization;
using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.Web.Features.Allocation.Data;

/// <summary>An equity tier as stored: upper limit in kronor (null = no limit) and the rate.</summary>
public sealed record TierSnapshot(Sek? UpTo, decimal Rate);

/// <summary>
/// The parameters a run used, copied in full. <see cref="ApplyEquityRule"/> false means the forecasts of equity were
/// ignored (a what-if without the equity rule).
/// </summary>
public sealed record ParameterSnapshot(
    int Year,
    Sek Frame,
    Sek BaseAmount,
    decimal SupportMeasureWeight,
    decimal PopulationWeight,
    string AgeBand,
    decimal? MaxYearlyDecrease,
    decimal EquityReductionShare,
    IReadOnlyList<TierSnapshot> EquityTiers,
    bool ApplyEquityRule,
    DateOnly ReferenceDate)
{
    public AllocationParameters ToEngine() => new()
    {
        Year = Year,
        Frame = Frame,
        BaseAmount = BaseAmount,
        SupportMeasureWeight = SupportMeasureWeight,
        PopulationWeight = PopulationWeight,
        AgeBand = AgeBand,
        MaxYearlyDecrease = MaxYearlyDecrease,
        EquityReductionShare = EquityReductionShare,
        EquityTiers = EquityTiers.Select(t => new EquityTier(t.UpTo, t.Rate)).ToArray(),
    };

    public static IReadOnlyList<TierSnapshot> Tiers(IEnumerable<EquityTier> tiers) => tiers.Select(t => new TierSnapshot(t.UpTo, t.Rate)).ToArray();
}

/// <summary>Where a run's previous allocation for an association came from.</summary>
public enum PreviousAllocationSource
{
    None,

    /// <summary>Entered for the association and year.</summary>
    Entered,

    /// <summary>Taken from the decided run of the year before.</summary>
    DecidedRun,
}

/// <summary>One association as a run saw it: its area (unit codes) on the reference date and its inputs.</summary>
public sealed record AssociationSnapshot(
    Guid AssociationId,
    string Code,
    string Name,
    IReadOnlyList<string> Units,
    Sek? PreviousAllocation,
    PreviousAllocationSource PreviousSource,
    Sek? ForecastEquity,
    Sek? ReasonableEquityOverride,
    Sek? AskedAmount);

public static class SnapshotJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException("Ett sparat underlag kunde inte läsas.");
}
