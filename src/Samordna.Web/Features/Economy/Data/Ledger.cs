namespace Samordna.Web.Features.Economy.Data;

/// <summary>
/// One financial year of the association's books as last read from a SIE file (the member municipality's accounting
/// system keeps them). Reading the same year again replaces it whole, so a year is never counted twice.
/// </summary>
public sealed class LedgerYear : IAssociationOwned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    public DateTime ImportedAt { get; set; }

    public string ImportedBy { get; set; } = string.Empty;

    public string FileName { get; set; } = string.Empty;

    public string? Program { get; set; }

    public int VoucherCount { get; set; }

    public int TransactionCount { get; set; }
}

/// <summary>An account of a ledger year with its name and its opening and closing balances (#IB, #UB of year 0).</summary>
public sealed class LedgerAccount : IAssociationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid LedgerYearId { get; set; }

    public string Account { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public Sek? Opening { get; set; }

    public Sek? Closing { get; set; }
}

/// <summary>A transaction row of a voucher in the ledger year (debit positive, credit negative, as SIE writes them).</summary>
public sealed class LedgerTransaction : IAssociationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid LedgerYearId { get; set; }

    public string Series { get; set; } = string.Empty;

    public string VoucherNumber { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public string Account { get; set; } = string.Empty;

    public Sek Amount { get; set; }

    /// <summary>The row's object in dimension 1 (kostnadsställe, cost centre), when the file gives one.</summary>
    public string? CostCentre { get; set; }

    /// <summary>The row's object in dimension 6 (projekt), when the file gives one.</summary>
    public string? Project { get; set; }
}

/// <summary>An object (cost centre or project) of a ledger year as the file names it (#OBJEKT), for the mapping page.</summary>
public sealed class LedgerObject : IAssociationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid LedgerYearId { get; set; }

    /// <summary>"1" (cost centre) or "6" (project).</summary>
    public string Dimension { get; set; } = string.Empty;

    public string Number { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}

/// <summary>
/// An object of the books tied to an intervention: the cost rows (account classes 4–7) booked on that project (or, when
/// the row has no mapped project, that cost centre) count as the intervention's costs, whatever their account; kept
/// between imports.
/// </summary>
public sealed class ObjectMapping : IAssociationOwned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    /// <summary>"1" (cost centre) or "6" (project).</summary>
    public string Dimension { get; set; } = string.Empty;

    public string Number { get; set; } = string.Empty;

    public Guid InterventionId { get; set; }
}

/// <summary>Which budget category (and intervention) an account's transactions count as; kept between imports.</summary>
public sealed class AccountMapping : IAssociationOwned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public string Account { get; set; } = string.Empty;

    public BudgetCategory Category { get; set; }

    public Guid? InterventionId { get; set; }
}
