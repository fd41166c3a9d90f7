namespace Samordna.Web.Features.Economy.Data;

/// <summary>
/// The office's forecast of the year end made after a tertial (prognos per tertial): for each line of the year's
/// adopted budget (members' contributions together, other income, board, office, audit, each intervention) the amount
/// the year is expected to end at, beside the books up to the tertial's last day. One per association, year and
/// tertial; saved again as it is revised (each save checks the version read).
/// </summary>
public sealed class Forecast : IAssociationOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public int Year { get; set; }

    /// <summary>1 for the first tertial (to 30 April by default), 2 for the second (to 31 August).</summary>
    public int Tertial { get; set; }

    /// <summary>The last day of the tertial: the books are counted up to and including it.</summary>
    public DateOnly ActualsUntil { get; set; }

    /// <summary>What the office writes about the deviations (for the board's tertial report).</summary>
    public string? Comment { get; set; }

    public DateTime SavedAt { get; set; }

    public string SavedBy { get; set; } = string.Empty;

    public long Version { get; set; }

    public List<ForecastLine> Lines { get; set; } = [];
}

/// <summary>One line of a forecast: which budget line it is (category, and the intervention for an intervention line) and the year-end amount.</summary>
public sealed class ForecastLine : IAssociationOwned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid ForecastId { get; set; }

    public int Position { get; set; }

    public BudgetCategory Category { get; set; }

    /// <summary>The intervention an intervention line is for (none: intervention costs booked without an intervention).</summary>
    public Guid? InterventionId { get; set; }

    /// <summary>The amount the year is expected to end at, income and costs both as positive amounts.</summary>
    public Sek YearEnd { get; set; }
}
