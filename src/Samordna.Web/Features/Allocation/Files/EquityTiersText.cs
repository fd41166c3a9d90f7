using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.Web.Features.Allocation.Files;

/// <summary>
/// The equity tiers as one line of text: the one way they are shown ("4 000 000:20 % | 8 000 000:15 % | *:10 %", upper
/// limit in kronor, inclusive; "*" = no limit) and the way a year's tiers are stored (<see cref="Invariant"/>, read back
/// with <see cref="Parse"/>). Forms and the API no longer take this syntax: they take rows (<see cref="EquityTierRules"/>).
/// </summary>
public static class EquityTiersText
{
    public static string Format(IEnumerable<EquityTier> tiers) =>
        string.Join(" | ", tiers.Select(t =>
            $"{(t.UpTo is { } upTo ? upTo.WholeKronor.ToString("N0", SwedishCulture.Instance) : "*")}:{(t.Rate * 100m).ToString("0.####", SwedishCulture.Instance)} %"));

    /// <summary>Parses the text; null with a Swedish message when it cannot be read. Whether the tiers make sense is the engine's check.</summary>
    public static IReadOnlyList<EquityTier>? Parse(string? text, out string? error)
    {
        error = null;
        var tiers = new List<EquityTier>();
        foreach (var part in (text ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.LastIndexOf(':');
            if (colon <= 0 || !CsvText.TryParseFraction(part[(colon + 1)..], out var rate) || decimal.Round(rate, 6) != rate)
            {
                error = $"Steget \"{part}\" kan inte läsas; skriv till exempel \"4 000 000:20 % | 8 000 000:15 % | *:10 %\" (högst sex decimaler i andelen).";
                return null;
            }

            var limit = part[..colon].Trim();
            if (limit == "*")
            {
                tiers.Add(new EquityTier(null, rate));
            }
            else if (CsvText.TryParseInteger(limit, out var upTo) && upTo >= 0)
            {
                tiers.Add(new EquityTier(Sek.FromKronor(upTo), rate));
            }
            else
            {
                error = $"Gränsen \"{limit}\" är inte ett belopp i hela kronor (eller * för ingen gräns).";
                return null;
            }
        }

        if (tiers.Count == 0)
        {
            error = "Trappan måste ha minst ett steg.";
            return null;
        }

        return tiers;
    }

    /// <summary>Invariant form used in files and stored: "4000000:0.2|8000000:0.15|*:0.1", rates to six decimals without trailing zeros.</summary>
    public static string Invariant(IEnumerable<EquityTier> tiers) =>
        string.Join("|", tiers.Select(t => $"{(t.UpTo is { } upTo ? upTo.WholeKronor.ToString(CultureInfo.InvariantCulture) : "*")}:{decimal.Round(t.Rate, 6).ToString("0.######", CultureInfo.InvariantCulture)}"));
}
