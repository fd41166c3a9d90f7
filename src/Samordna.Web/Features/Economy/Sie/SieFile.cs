namespace Samordna.Web.Features.Economy.Sie;

/// <summary>
/// What <see cref="SieReader"/> understood of one SIE file (types 1–4, 4E and 4I): identification, financial years,
/// chart of accounts, dimensions and objects, balances, vouchers and every problem found. Account numbers and object
/// ids are kept as strings exactly as written (leading zeros and letters occur in real exports); amounts are
/// <see cref="Sek"/>. A file with any <see cref="Errors"/> must not be imported.
/// </summary>
public sealed class SieFile
{
    /// <summary>#FLAGGA: 0 = not imported yet; 1 = an importer has marked it as imported.</summary>
    public int? Flag { get; internal set; }

    public string? Program { get; internal set; }

    public string? ProgramVersion { get; internal set; }

    /// <summary>#FORMAT as written (PC8 is the only permitted value).</summary>
    public string? Format { get; internal set; }

    /// <summary>#SIETYP as written, or null when missing (the format then means type 1, see <see cref="SieType"/>).</summary>
    public int? DeclaredSieType { get; internal set; }

    /// <summary>The type the file is read as: #SIETYP, or 1 when it is missing (SIE 4B §#SIETYP).</summary>
    public int SieType => DeclaredSieType ?? 1;

    public string? OrgNo { get; internal set; }

    public string? CompanyName { get; internal set; }

    /// <summary>The encoding the bytes were decoded with.</summary>
    public SieEncoding Encoding { get; internal set; }

    /// <summary>#RAR in file order (a repeated year number replaces the earlier one).</summary>
    public List<SieYear> Years { get; } = [];

    /// <summary>#KONTO in the order first declared; the key is the account number as written.</summary>
    public Dictionary<string, SieAccount> Accounts { get; } = new(StringComparer.Ordinal);

    public List<SieDimension> Dimensions { get; } = [];

    public List<SieObject> Objects { get; } = [];

    /// <summary>#IB, #UB and #RES in file order.</summary>
    public List<SieBalance> Balances { get; } = [];

    /// <summary>#OIB and #OUB in file order.</summary>
    public List<SieObjectBalance> ObjectBalances { get; } = [];

    /// <summary>#PSALDO and #PBUDGET in file order (movements of one period, not cumulative balances).</summary>
    public List<SiePeriodBalance> PeriodBalances { get; } = [];

    /// <summary>The vouchers with their rows; empty when read with <see cref="SieReaderOptions.KeepVouchers"/> off.</summary>
    public List<SieVoucher> Vouchers { get; } = [];

    public int VoucherCount { get; internal set; }

    /// <summary>Rows that take effect: #TRANS and #RTRANS, a #TRANS that repeats an #RTRANS not again, #BTRANS never.</summary>
    public int TransactionCount { get; internal set; }

    /// <summary>Sum and count of the rows that take effect, per account, over every voucher in the file.</summary>
    public Dictionary<string, SieAccountTotal> TransactionTotals { get; } = new(StringComparer.Ordinal);

    public List<SieUnbalancedVoucher> UnbalancedVouchers { get; } = [];

    public SieChecksumStatus Checksum { get; internal set; }

    public List<SieProblem> Warnings { get; } = [];

    public List<SieProblem> Errors { get; } = [];

    /// <summary>True when nothing stops an import: no errors (warnings are for the officer to judge).</summary>
    public bool CanImport => Errors.Count == 0;

    /// <summary>Year 0 (the current financial year), when the file declares one.</summary>
    public SieYear? CurrentYear => Years.Find(y => y.Index == 0);

    /// <summary>The last #IB, #UB or #RES of each account for one year.</summary>
    public Dictionary<string, Sek> BalancesOf(SieBalanceKind kind, int year = 0)
    {
        var result = new Dictionary<string, Sek>(StringComparer.Ordinal);
        foreach (var b in Balances)
        {
            if (b.Kind == kind && b.Year == year)
            {
                result[b.Account] = b.Amount;
            }
        }

        return result;
    }
}

public enum SieEncoding
{
    Auto,
    Cp437,
    Utf8,
    Latin9,
}

public enum SieChecksumStatus
{
    /// <summary>No #KSUMMA: allowed.</summary>
    Absent,
    Valid,
    Invalid,

    /// <summary>The opening #KSUMMA is there but the closing one is not: the file was cut off.</summary>
    Truncated,
}

public enum SieBalanceKind
{
    Opening,
    Closing,
    Result,
}

public enum SieRowKind
{
    /// <summary>#TRANS.</summary>
    Normal,

    /// <summary>#RTRANS: a row added afterwards (the #TRANS that repeats it is not kept).</summary>
    Added,

    /// <summary>#BTRANS: a removed row, kept as history only.</summary>
    Removed,
}

/// <summary>#RAR: year 0 is the current one, -1 the previous … Dates may be empty (seen in 4I files).</summary>
public sealed record SieYear(int Index, DateOnly? Start, DateOnly? End, int Line);

/// <summary>#KONTO (with #KTYP when given: T, S, K or I).</summary>
public sealed class SieAccount(string number, string name, int line)
{
    public string Number { get; } = number;

    public string Name { get; internal set; } = name;

    public string? Type { get; internal set; }

    public int Line { get; } = line;
}

/// <summary>#DIM (no parent) or #UNDERDIM (with its parent dimension).</summary>
public sealed record SieDimension(string Number, string Name, string? Parent, int Line);

public sealed record SieObject(string Dimension, string Number, string Name, int Line);

/// <summary>One dimension and object pair of an object list <c>{1 "100" 6 "P7"}</c>.</summary>
public sealed record SieObjectRef(string Dimension, string Number);

public sealed record SieBalance(SieBalanceKind Kind, int Year, string Account, Sek Amount, int Line);

/// <summary>#OIB (opening) or #OUB (closing) of an account on objects.</summary>
public sealed record SieObjectBalance(bool Opening, int Year, string Account, IReadOnlyList<SieObjectRef> Objects, Sek Amount, int Line);

/// <summary>#PSALDO (outcome) or #PBUDGET (budget): the movement of one period <c>YYYYMM</c>.</summary>
public sealed record SiePeriodBalance(bool Budget, int Year, string Period, string Account, IReadOnlyList<SieObjectRef> Objects, Sek Amount, int Line);

public sealed class SieVoucher(string series, string number, DateOnly? date, string? text, int line)
{
    public string Series { get; } = series;

    public string Number { get; } = number;

    /// <summary>Null only when the #VER line was broken (an error is reported).</summary>
    public DateOnly? Date { get; } = date;

    public string? Text { get; } = text;

    public int Line { get; } = line;

    public List<SieTransaction> Rows { get; } = [];
}

public sealed record SieTransaction(SieRowKind Kind, string Account, IReadOnlyList<SieObjectRef> Objects, Sek Amount, DateOnly? Date, string? Text, int Line);

public sealed class SieAccountTotal(string account)
{
    public string Account { get; } = account;

    public Sek Sum { get; internal set; }

    public int Rows { get; internal set; }
}

/// <summary>A voucher whose rows do not sum to zero; <see cref="Difference"/> is the sum (debit positive).</summary>
public sealed record SieUnbalancedVoucher(string Series, string Number, DateOnly? Date, Sek Difference, int Line);
