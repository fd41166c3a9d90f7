using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.Web.Features.Allocation.Data;

public enum AllocationRunStatus
{
    /// <summary>A saved computation or named what-if scenario.</summary>
    Saved,

    /// <summary>The run the year's allocation is decided on; the associations' contributions derive from it. One per year.</summary>
    Decided,
}

/// <summary>
/// A saved allocation run. Its inputs are pinned: the data set by id (and its content hash), the parameters and every
/// association's inputs and area as JSON snapshots. The results are stored too, so the run reads the same forever and
/// <c>ReproduceRun</c> can prove that computing again from the pinned inputs gives exactly the stored results.
/// Nothing in a run changes after it is saved except its status (saved → decided), which is versioned and audited.
/// </summary>
public sealed class AllocationRun : IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int Year { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public AllocationRunStatus Status { get; set; }

    public Guid DataSetId { get; set; }

    /// <summary>The data set's content hash when the run was saved; reproduction checks it still matches.</summary>
    public string DataSetHash { get; set; } = string.Empty;

    /// <summary><see cref="ParameterSnapshot"/> as JSON.</summary>
    public string ParametersJson { get; set; } = "{}";

    /// <summary>The list of <see cref="AssociationSnapshot"/> as JSON: who was in the run, with which area and inputs.</summary>
    public string InputsJson { get; set; } = "[]";

    public DateOnly ReferenceDate { get; set; }

    public Sek Frame { get; set; }

    /// <summary>λ as an exact fraction, e.g. "11/10".</summary>
    public string Lambda { get; set; } = string.Empty;

    public int AssociationCount { get; set; }

    public int FloorsBinding { get; set; }

    public int CeilingsBinding { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTime? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    public long Version { get; set; }

    public List<AllocationRunResult> Results { get; set; } = [];
}

/// <summary>One association's line of a saved run, as the engine computed it.</summary>
public sealed class AllocationRunResult : IAssociationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RunId { get; set; }

    public Guid AssociationId { get; set; }

    /// <summary>The order the associations were given to the engine (by code).</summary>
    public int Position { get; set; }

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public Sek SupportMeasure { get; set; }

    public long WorkingAgePopulation { get; set; }

    /// <summary>Model amount rounded to öre (display).</summary>
    public Sek ModelAmount { get; set; }

    /// <summary>The exact model amount as a fraction of kronor, e.g. "12600000/11".</summary>
    public string ModelAmountExact { get; set; } = string.Empty;

    public Sek Floor { get; set; }

    public FloorReason FloorReason { get; set; }

    public Sek? Ceiling { get; set; }

    public CeilingReason CeilingReason { get; set; }

    public BindingBound Binding { get; set; }

    public bool AboveReasonableEquity { get; set; }

    /// <summary>The exact amount rounded to öre (display).</summary>
    public Sek ExactAmountDisplay { get; set; }

    /// <summary>The exact amount as a fraction of kronor.</summary>
    public string ExactAmount { get; set; } = string.Empty;

    /// <summary>The allocation, whole kronor.</summary>
    public Sek Amount { get; set; }

    public Sek? PreviousAllocation { get; set; }

    public Sek? ChangeFromPrevious { get; set; }

    /// <summary>The change as a fraction × 10 000 (so 0.0123 is 123): a scaled integer both databases compare.</summary>
    public long? ChangeFractionE4 { get; set; }

    /// <summary>The engine's Swedish explanation steps as a JSON array of strings.</summary>
    public string ExplanationJson { get; set; } = "[]";

    public decimal? ChangeFraction => ChangeFractionE4 is { } e4 ? e4 / 10_000m : null;
}
