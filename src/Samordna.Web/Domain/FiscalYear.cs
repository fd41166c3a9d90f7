namespace Samordna.Web.Domain;

/// <summary>An association's fiscal year is the calendar year (LKBR).</summary>
public readonly record struct FiscalYear(int Year) : IComparable<FiscalYear>
{
    public DateOnly Start => new(Year, 1, 1);

    public DateOnly End => new(Year, 12, 31);

    public bool Contains(DateOnly date) => date.Year == Year;

    public FiscalYear Previous => new(Year - 1);

    public FiscalYear Next => new(Year + 1);

    public int CompareTo(FiscalYear other) => Year.CompareTo(other.Year);

    public static bool operator <(FiscalYear a, FiscalYear b) => a.Year < b.Year;

    public static bool operator >(FiscalYear a, FiscalYear b) => a.Year > b.Year;

    public static bool operator <=(FiscalYear a, FiscalYear b) => a.Year <= b.Year;

    public static bool operator >=(FiscalYear a, FiscalYear b) => a.Year >= b.Year;

    public static bool IsValid(int year) => year is >= 2004 and <= 2100;

    public override string ToString() => Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
