using Samordna.Web.Infrastructure.Files;

namespace Samordna.Web.Features.Economy.AnnualReports;

/// <summary>
/// The annual report's figures as one Excel sheet (the project's one XLSX writer, as the member report): section, item,
/// this year and last year; amounts in kronor as numbers.
/// </summary>
public static class AnnualReportExport
{
    public static string[] Header(AnnualReportFigures r) => ["Avsnitt", "Post", $"{r.Year} (kr)", $"{r.Year - 1} (kr)"];

    public static byte[] Xlsx(AnnualReportFigures r) => TabularFile.WriteXlsx("Årsredovisning", Header(r), Rows(r));

    public static string FileName(AnnualReportFigures r) => $"arsredovisning-{r.Year}.xlsx";

    public static IEnumerable<IReadOnlyList<object?>> Rows(AnnualReportFigures r)
    {
        static object? Kr(Sek? amount) => amount?.Kronor;
        yield return ["Förbund", r.Association, null, null];
        foreach (var row in AnnualReportRows.IncomeStatement(r).Where(x => x.Kind != StatementRowKind.Heading))
        {
            yield return ["Resultaträkning", row.Label, Kr(row.Current), Kr(row.Previous)];
        }

        var section = "Balansräkning";
        foreach (var row in AnnualReportRows.BalanceSheet(r))
        {
            if (row.Kind == StatementRowKind.Heading)
            {
                section = $"Balansräkning: {row.Label.ToLower(SwedishCulture.Instance)}";
                continue;
            }

            yield return [section, row.Label, Kr(row.Current), Kr(row.Previous)];
        }

        var note = r.Contributions;
        foreach (var m in note.Members)
        {
            yield return ["Not: medlemsbidrag", $"{m.Member}: att betala enligt fastställd tabell", Kr(m.Due), null];
            yield return ["Not: medlemsbidrag", $"{m.Member}: fakturerat", Kr(m.Invoiced), null];
            yield return ["Not: medlemsbidrag", $"{m.Member}: betalt till och med {DateText.Text(note.AsOf)}", Kr(m.Paid), null];
        }

        yield return ["Not: medlemsbidrag", "Summa att betala", Kr(note.Due), null];
        yield return ["Not: medlemsbidrag", "Summa fakturerat", Kr(note.Invoiced), null];
        yield return ["Not: medlemsbidrag", "Summa betalt", Kr(note.Paid), null];
    }
}
