using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.Web.Features.Allocation;

/// <summary>
/// One step of the equity tiers as the API sends it (parameters, run overrides, compute): up to <see cref="UpTo"/>
/// kronor of size, inclusive (null on the last step: everything above), <see cref="Rate"/> of the size (0.2 = 20 %).
/// </summary>
public sealed record EquityTierInput(Sek? UpTo, decimal? Rate);

/// <summary>One row of a tiers table on a page, as typed: the upper limit in kronor and the rate in per cent.</summary>
public sealed class EquityTierRow
{
    public string? UpTo { get; set; }

    public string? Rate { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(UpTo) && string.IsNullOrWhiteSpace(Rate);
}

/// <summary>
/// The one check of equity tiers, for the API and the pages alike: every problem of every step at once, each on its
/// step ("equityTiers[1].upTo") with a message that names the step ("Steg 2: …"), and the page's table of rows (the
/// tiers, then <see cref="BlankRows"/> empty rows to add steps; empty rows are ignored).
/// </summary>
public static class EquityTierRules
{
    /// <summary>How many empty rows a tiers table offers below the tiers, so steps can be added without JavaScript.</summary>
    public const int BlankRows = 2;

    /// <summary>
    /// The most steps a trappa may have. Far more than any model uses (the research model has three), and it keeps the
    /// stored text (at most 27 characters a step in <see cref="Files.EquityTiersText.Invariant"/>) within its 1 000.
    /// </summary>
    public const int MaxSteps = 20;

    /// <summary>
    /// Checks the tiers under <paramref name="list"/> (e.g. "equityTiers"): at least one step; each with a rate from
    /// 0 to 100 % (at most four decimals in per cent) and, but the last, an upper limit in whole kronor that is larger
    /// than the step before; the last without a limit (it holds every size above).
    /// </summary>
    public static ValidationErrors Check(ValidationErrors errors, string list, IReadOnlyList<EquityTierInput?>? tiers)
    {
        if (tiers is null || tiers.Count == 0)
        {
            return errors.Add(list, "Trappan för skäligt eget kapital måste ha minst ett steg.");
        }

        if (tiers.Count > MaxSteps)
        {
            return errors.Add(list, $"Trappan får ha högst {MaxSteps} steg.");
        }

        (int Step, Sek UpTo)? previous = null;
        for (var i = 0; i < tiers.Count; i++)
        {
            var step = i + 1;
            var at = $"{list}[{i.ToString(CultureInfo.InvariantCulture)}]";
            var tier = tiers[i];
            if (tier is null)
            {
                errors.Add($"{at}.rate", $"Steg {step}: ange andelen.");
                continue;
            }

            if (tier.Rate is not { } rate)
            {
                errors.Add($"{at}.rate", $"Steg {step}: ange andelen.");
            }
            else if (rate is < 0m or > 1m)
            {
                errors.Add($"{at}.rate", $"Steg {step}: andelen måste vara mellan 0 och 100 %.");
            }
            else if (decimal.Round(rate, 6) != rate)
            {
                errors.Add($"{at}.rate", $"Steg {step}: andelen får ha högst fyra decimaler i procent.");
            }

            var last = i == tiers.Count - 1;
            if (tier.UpTo is not { } upTo)
            {
                if (!last)
                {
                    errors.Add($"{at}.upTo", $"Steg {step}: ange en övre gräns. Bara sista steget är utan gräns (det gäller allt över steget före).");
                }

                continue;
            }

            if (upTo.IsNegative || !upTo.IsWholeKronor)
            {
                errors.Add($"{at}.upTo", $"Steg {step}: gränsen ska vara hela kronor och inte negativ.");
            }
            else if (previous is { } p && upTo <= p.UpTo)
            {
                errors.Add($"{at}.upTo", $"Steg {step}: gränsen måste vara större än steg {p.Step} ({p.UpTo}).");
            }
            else if (last)
            {
                errors.Add($"{at}.upTo", $"Steg {step}: sista steget ska sakna övre gräns, så att det gäller allt över steget före. Lämna gränsen tom, eller lägg till ett steg utan gräns.");
            }

            previous = (step, upTo);
        }

        return errors;
    }

    /// <summary>
    /// Reads a page's rows: empty rows are left out (the table's rows are compacted to match, so each error is on its
    /// row); a limit or rate that cannot be read is reported on its input ("Steg 2: …") and given as missing. Returns
    /// null when every row is empty.
    /// </summary>
    public static IReadOnlyList<EquityTierInput>? Read(ValidationErrors errors, string list, List<EquityTierRow> rows)
    {
        var filled = rows.Where(r => !r.IsBlank).ToList();
        rows.Clear();
        rows.AddRange(filled);
        rows.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new EquityTierRow()));
        if (filled.Count == 0)
        {
            return null;
        }

        return filled.Select((row, i) =>
        {
            var at = $"{list}[{i.ToString(CultureInfo.InvariantCulture)}]";
            var step = $"Steg {(i + 1).ToString(CultureInfo.InvariantCulture)}";
            return new EquityTierInput(
                FormFields.Money(errors, $"{at}.upTo", $"{step}: gränsen", row.UpTo, allowNegative: true),
                FormFields.Percent(errors, $"{at}.rate", $"{step}: andelen", row.Rate));
        }).ToList();
    }

    /// <summary>The rows of a tiers table for <paramref name="tiers"/>: one per step, then <see cref="BlankRows"/> empty ones.</summary>
    public static List<EquityTierRow> Rows(IEnumerable<TierSnapshot> tiers) =>
        [
            .. tiers.Select(t => new EquityTierRow { UpTo = FormFields.Field(t.UpTo), Rate = FormFields.PercentField(t.Rate) }),
            .. Enumerable.Range(0, BlankRows).Select(_ => new EquityTierRow()),
        ];

    /// <summary>Stored tiers as the API sends them.</summary>
    public static IReadOnlyList<EquityTierInput> Inputs(IEnumerable<TierSnapshot> tiers) =>
        tiers.Select(t => new EquityTierInput(t.UpTo, t.Rate)).ToArray();

    /// <summary>Checked tiers for the engine.</summary>
    public static IReadOnlyList<EquityTier> ToEngine(IEnumerable<EquityTierInput?> tiers) =>
        tiers.Select(t => new EquityTier(t!.UpTo, Normalise(t.Rate!.Value))).ToArray();

    /// <summary>Checked tiers as a run's parameters copy them.</summary>
    public static IReadOnlyList<TierSnapshot> ToSnapshot(IEnumerable<EquityTierInput?> tiers) =>
        tiers.Select(t => new TierSnapshot(t!.UpTo, Normalise(t.Rate!.Value))).ToArray();

    /// <summary>
    /// A checked rate at six decimals (its value is unchanged: <see cref="Check"/> refused more), so "0.2000000000" as
    /// typed or sent is kept, shown and stored as 0.2, not with the scale it came with.
    /// </summary>
    public static decimal Normalise(decimal rate) => decimal.Parse(decimal.Round(rate, 6).ToString("0.######", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}

/// <summary>
/// What the tiers table of a form shows (<c>EditParameters/_EquityTierRows.cshtml</c>): the rows, the form name of
/// the list ("Input.EquityTiers", or "trappa" in a query), and the form's errors, each shown on its input.
/// </summary>
public sealed record EquityTierTable(IReadOnlyList<EquityTierRow> Rows, string Name, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary ModelState)
{
    /// <summary>The form name of a row's input: "Input.EquityTiers[1].UpTo".</summary>
    public string Field(int row, string input) => $"{Name}[{row.ToString(CultureInfo.InvariantCulture)}].{input}";

    /// <summary>The element id the error summary links to for that name: "Input_EquityTiers_1__UpTo".</summary>
    public static string Id(string field) => field.Replace('.', '_').Replace('[', '_').Replace(']', '_');

    /// <summary>The errors on a field.</summary>
    public IReadOnlyList<string> Errors(string field) =>
        ModelState.TryGetValue(field, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToArray() : [];
}
