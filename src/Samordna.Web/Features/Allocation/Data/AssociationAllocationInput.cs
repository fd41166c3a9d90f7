namespace Samordna.Web.Features.Allocation.Data;

/// <summary>
/// One association's own figures for one allocation year. The association administrator enters its forecast equity
/// and the amount it asks for (if it wants less); national administrators may also set the previous allocation and a
/// reasonable-equity override (FK's decisions). See docs/adr/0303.
/// </summary>
public sealed class AssociationAllocationInput : IAssociationOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public int Year { get; set; }

    /// <summary>Last year's state allocation; when empty the decided run of the year before is used, if any.</summary>
    public Sek? PreviousAllocation { get; set; }

    /// <summary>Forecast of equity at the end of the year before the allocation year (may be negative).</summary>
    public Sek? ForecastEquity { get; set; }

    /// <summary>A reasonable equity level FK has set for this association; wins over the tiers.</summary>
    public Sek? ReasonableEquityOverride { get; set; }

    /// <summary>The amount the association asks for, when it wants less than the model gives.</summary>
    public Sek? AskedAmount { get; set; }

    public string? Note { get; set; }

    public long Version { get; set; }
}
