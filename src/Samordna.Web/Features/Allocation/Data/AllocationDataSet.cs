namespace Samordna.Web.Features.Allocation.Data;

/// <summary>
/// One imported set of per-unit statistics (one row per municipality or district, as SCB and Statisticon publish
/// them). Immutable once imported: nothing ever updates or deletes it, so a run that names it by id can be repeated
/// exactly years later. <see cref="ContentHash"/> proves the rows are the ones imported.
/// </summary>
public sealed class AllocationDataSet : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The year the figures describe (the statistics year, usually one or two years before the allocation year).</summary>
    public int Year { get; set; }

    /// <summary>1 for the first import of the year, 2 for the next, …: the data set's version within its year.</summary>
    public int Sequence { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>Where the figures come from, e.g. "SCB, beställning från FK 2025" or "Statisticon".</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>The age band of the population column, e.g. "16–64".</summary>
    public string AgeBand { get; set; } = string.Empty;

    /// <summary>The name of the file the rows were read from.</summary>
    public string FileName { get; set; } = string.Empty;

    /// <summary>Made-up figures for demonstration or tests; never the basis of a real decision.</summary>
    public bool IsIllustrative { get; set; }

    /// <summary>SHA-256 (hex) of the canonical text of the rows; see <see cref="DataSetContent.Hash"/>.</summary>
    public string ContentHash { get; set; } = string.Empty;

    public int UnitCount { get; set; }

    public Sek TotalSupportMeasure { get; set; }

    public long TotalWorkingAgePopulation { get; set; }

    public DateTime ImportedAt { get; set; }

    public string ImportedBy { get; set; } = string.Empty;

    public Guid? ImportedByUserId { get; set; }

    public List<AllocationDataSetUnit> Units { get; set; } = [];

    public string Label => $"{Name} ({Year} v{Sequence})";
}

/// <summary>One municipality or district row of a data set.</summary>
public sealed class AllocationDataSetUnit
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid DataSetId { get; set; }

    /// <summary>Municipality code ("0683") or district code ("0180-SPA"), as the register's organisation codes.</summary>
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>Försörjningsmått: the support paid in the unit, in whole öre.</summary>
    public Sek SupportMeasure { get; set; }

    /// <summary>Population in the parameter's age band.</summary>
    public long WorkingAgePopulation { get; set; }

    /// <summary>Ekonomiskt bistånd, when the file has the column (used by internal splits).</summary>
    public Sek? FinancialAssistance { get; set; }

    /// <summary>The row in the imported file (header = 1), so a question about a figure can be traced to its source.</summary>
    public int SourceRow { get; set; }
}
