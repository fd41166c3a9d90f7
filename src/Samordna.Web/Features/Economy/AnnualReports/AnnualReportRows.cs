namespace Samordna.Web.Features.Economy.AnnualReports;

/// <summary>How a row of a statement is shown: a heading, a line, a part of the line above, or a sum.</summary>
public enum StatementRowKind
{
    Heading,
    Line,
    Part,
    Sum,
}

/// <summary>A row of a statement with this year's amount and last year's (null when that year is not imported).</summary>
public sealed record StatementRow(string Label, Sek? Current, Sek? Previous, StatementRowKind Kind);

/// <summary>
/// The statements as rows in the municipal format, one list for the page and the Excel sheet alike. A named line for a
/// difference or for accounts outside the lines is there only when it is not zero in either year.
/// </summary>
public static class AnnualReportRows
{
    public static IReadOnlyList<StatementRow> IncomeStatement(AnnualReportFigures r)
    {
        var c = r.Current?.Statements.IncomeStatement;
        var p = r.Previous?.Statements.IncomeStatement;
        StatementRow Row(string label, Func<IncomeStatement, Sek> amount, StatementRowKind kind = StatementRowKind.Line) =>
            new(label, c is null ? null : amount(c), p is null ? null : amount(p), kind);
        return
        [
            Row("Verksamhetens intäkter", s => s.OperatingIncome),
            Row("Verksamhetens kostnader", s => s.OperatingCosts),
            Row("Avskrivningar", s => s.Depreciation),
            Row("Verksamhetens nettokostnader", s => s.NetOperatingCosts, StatementRowKind.Sum),
            Row("Finansiella intäkter", s => s.FinancialIncome),
            Row("Finansiella kostnader", s => s.FinancialCosts),
            Row("Årets resultat", s => s.Result, StatementRowKind.Sum),
        ];
    }

    public static IReadOnlyList<StatementRow> BalanceSheet(AnnualReportFigures r)
    {
        var c = r.Current?.Statements.BalanceSheet;
        var p = r.Previous?.Statements.BalanceSheet;
        var rows = new List<StatementRow>();
        void Heading(string label) => rows.Add(new StatementRow(label, null, null, StatementRowKind.Heading));
        void Row(string label, Func<BalanceSheet, Sek> amount, StatementRowKind kind = StatementRowKind.Line, bool onlyWhenNotZero = false)
        {
            Sek? current = c is null ? null : amount(c);
            Sek? previous = p is null ? null : amount(p);
            if (!onlyWhenNotZero || (current is { } x && x != Sek.Zero) || (previous is { } y && y != Sek.Zero))
            {
                rows.Add(new StatementRow(label, current, previous, kind));
            }
        }

        Heading("Tillgångar");
        Row("Anläggningstillgångar", s => s.FixedAssets);
        Row("Omsättningstillgångar", s => s.CurrentAssets);
        Row("Fordringar", s => s.Receivables, StatementRowKind.Part);
        Row("Kassa och bank", s => s.Cash, StatementRowKind.Part);
        Row("Övriga tillgångar (konton utanför uppställningen)", s => s.OtherAssets, onlyWhenNotZero: true);
        Row("Summa tillgångar", s => s.TotalAssets, StatementRowKind.Sum);
        Heading("Eget kapital, avsättningar och skulder");
        Row("Eget kapital", s => s.Equity);
        Row("Ingående eget kapital", s => s.OpeningEquity, StatementRowKind.Part);
        Row("Årets resultat", s => s.Result, StatementRowKind.Part);
        Row("Förändring av eget kapital som inte är årets resultat", s => s.EquityDifference, StatementRowKind.Part, onlyWhenNotZero: true);
        Row("Avsättningar", s => s.Provisions);
        Row("Skulder", s => s.Liabilities);
        Row("Långfristiga skulder", s => s.LongTermLiabilities, StatementRowKind.Part);
        Row("Kortfristiga skulder", s => s.ShortTermLiabilities, StatementRowKind.Part);
        Row("Övriga skulder (konton utanför uppställningen)", s => s.OtherLiabilities, onlyWhenNotZero: true);
        Row("Summa eget kapital, avsättningar och skulder", s => s.TotalEquityAndLiabilities, StatementRowKind.Sum);
        Row("Skillnad mellan tillgångar och eget kapital, avsättningar och skulder", s => s.Difference, onlyWhenNotZero: true);
        return rows;
    }
}
