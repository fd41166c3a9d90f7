using Samordna.Web.Infrastructure.Files;

namespace Samordna.Web.Features.Economy.Members;

/// <summary>The member report as one Excel sheet (the project's one XLSX writer): a section, an item and its value per row; amounts in kronor as numbers.</summary>
public static class MemberReportExport
{
    public static readonly string[] Header = ["Avsnitt", "Post", "Värde"];

    public static byte[] Xlsx(MemberReport r) => TabularFile.WriteXlsx("Medlemsrapport", Header, Rows(r));

    public static string FileName(MemberReport r) => $"medlemsrapport-{r.Year}-{Safe(r.Member)}.xlsx";

    public static IEnumerable<IReadOnlyList<object?>> Rows(MemberReport r)
    {
        static object? Kr(Sek? amount) => amount?.Kronor;
        yield return ["Medlem", "Förbund", r.Association];
        yield return ["Medlem", "Medlem", r.Member];
        yield return ["Medlem", "År", r.Year];
        yield return ["Medlem", "Per datum", DateText.Text(r.AsOf)];
        yield return ["Medlemsbidrag", "Att betala enligt fastställd tabell (kr)", Kr(r.Due)];
        yield return ["Medlemsbidrag", "Fakturerat (kr)", Kr(r.Invoiced)];
        yield return ["Medlemsbidrag", "Betalt (kr)", Kr(r.Paid)];
        yield return ["Medlemsbidrag", "Kvar att betala (kr)", Kr(r.Outstanding)];
        foreach (var i in r.Invoices)
        {
            yield return ["Faktura", $"{i.Reference} ({DateText.Text(i.InvoiceDate)}, förfaller {DateText.Text(i.DueDate)}) belopp (kr)", Kr(i.Amount)];
            yield return ["Faktura", $"{i.Reference} betalt (kr)", Kr(i.Paid)];
        }

        yield return ["Andel", "Alla medlemmars bidrag (kr)", Kr(r.TotalContributions)];
        yield return ["Andel", "Medlemmens andel av bidragen", r.FundedShareDisplay];
        yield return ["Andel", "Insatskostnader enligt bokföringen (kr)", Kr(r.InterventionCosts)];
        yield return ["Andel", "Medlemmens del av insatskostnaderna (kr)", Kr(r.ShareOfInterventionCosts)];
        foreach (var i in r.Interventions)
        {
            yield return ["Insats", $"{i.Name}: kostnad enligt bokföringen (kr)", Kr(i.ActualCost)];
            yield return ["Insats", $"{i.Name}: deltagare", i.ParticipantsDisplay];
            foreach (var indicator in i.Indicators)
            {
                yield return ["Insats", $"{i.Name}: {indicator.Name}", indicator.Display];
            }
        }
    }

    private static string Safe(string name) =>
        new(name.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
}
