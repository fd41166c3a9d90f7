using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.Web.Features.Allocation.Contributions;

/// <summary>Writes, in Swedish, how one member's contribution follows from the allocation and the charter's key.</summary>
internal sealed class ContributionDerivation(ContributionResult result, string ageBand, IReadOnlyList<ContributionMember> members)
{
    public string ShareText(MemberContribution m)
    {
        var parts = new List<string>();
        if (Find(result.MunicipalitySplit, m.Code) is { } ms)
        {
            parts.Add(ms.Share.ToString());
        }

        if (Find(result.RegionSplit, m.Code) is { } rs)
        {
            parts.Add(rs.Share.ToString());
        }

        return string.Join(" + ", parts);
    }

    public string Explain(MemberContribution m)
    {
        var texts = new List<string>();
        if (Find(result.MunicipalitySplit, m.Code) is { } ms)
        {
            texts.Add(Part("Kommunernas del", result.MunicipalitySplit, ms, "kommunerna", isRegion: false));
        }

        if (Find(result.RegionSplit, m.Code) is { } rs)
        {
            texts.Add(Part("Regionernas del", result.RegionSplit, rs, "regionerna", isRegion: true));
        }

        if (m.AsMunicipality.Ore > 0 && m.AsRegion.Ore > 0)
        {
            texts.Add($"Totalt {m.Total}.");
        }

        return string.Join(" ", texts);
    }

    private string Part(string label, SplitResult split, SplitShare share, string party, bool isRegion)
    {
        var head = $"{label}: {party} betalar tillsammans en fjärdedel av förbundets medel, {split.Total} (staten betalar hälften, {result.StateShare}). Fördelning mellan {party}: {split.Key.Describe()}.";
        var basis = split.Key.Kind switch
        {
            SplitKeyKind.Population => $" {share.Name} har {Number(Measure(share.Code, SplitMeasures.Population))} av {Number(Total(split, SplitMeasures.Population))} invånare {ageBand}{(isRegion ? " i förbundets kommuner i länet" : string.Empty)}",
            SplitKeyKind.SupportMeasure => $" {share.Name} har försörjningsmått {Money(Measure(share.Code, SplitMeasures.SupportMeasure))} av {Money(Total(split, SplitMeasures.SupportMeasure))}",
            SplitKeyKind.FixedShares => $" {share.Name} har enligt förbundsordningen den fasta andelen {Number(members.First(x => x.Code == share.Code).FixedShare ?? 0m)} (andelarna räknas om så att de blir 1)",
            SplitKeyKind.EqualShares => $" Delarna är lika mellan {split.Shares.Count}",
            _ => $" {share.Name} har {Number(Measure(share.Code, SplitMeasures.Population))} av {Number(Total(split, SplitMeasures.Population))} invånare och försörjningsmått {Money(Measure(share.Code, SplitMeasures.SupportMeasure))} av {Money(Total(split, SplitMeasures.SupportMeasure))}",
        };
        return $"{head}{basis}, vilket ger andelen {Percent(share.Share)}: {share.Amount} (avrundat till hela ören med största rest, så att delarna blir exakt {split.Total}).";
    }

    private decimal Measure(string code, string measure) => members.First(m => m.Code == code).Measures.GetValueOrDefault(measure);

    private decimal Total(SplitResult split, string measure) => split.Shares.Sum(s => Measure(s.Code, measure));

    private static SplitShare? Find(SplitResult split, string code) => split.Shares.FirstOrDefault(s => s.Code == code);

    public static string Percent(Rational share) => SwedishCulture.Percent(share.ToDecimalApproximation(), 3);

    private static string Number(decimal value) => value.ToString("#,##0.######", SwedishCulture.Instance);

    private static string Money(decimal kronor) => Sek.FromKronor(decimal.Round(kronor, 2)).ToString();
}
