using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.Web.Features.Allocation.Files;

/// <summary>
/// <c>parameters.csv</c>: key;value rows (an optional header row "key;value" or "nyckel;värde"). Only <c>year</c> is
/// required; the rest default to <see cref="AllocationParameters.ResearchDefaults"/>. Keys (English or Swedish):
/// year/år, frame/ram, base_amount/grundtilldelning, weight_support_measure/vikt_försörjningsmått,
/// weight_population/vikt_invånare, age_band/åldersgrupp, max_decrease/max_minskning (empty or "ingen" = none),
/// equity_reduction_share/andel_av_överskott, equity_tiers/kapitaltrappa ("4 000 000:20 % | 8 000 000:15 % | *:10 %").
/// </summary>
internal static class ParametersCsv
{
    private const string File = AllocationInputReader.ParametersFile;

    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["year"] = "year", ["ar"] = "year",
        ["frame"] = "frame", ["ram"] = "frame", ["statlig ram"] = "frame",
        ["base amount"] = "base", ["grundtilldelning"] = "base",
        ["weight support measure"] = "wf", ["vikt forsorjningsmatt"] = "wf",
        ["weight population"] = "wp", ["vikt invanare"] = "wp", ["vikt befolkning"] = "wp",
        ["age band"] = "age", ["aldersgrupp"] = "age", ["aldersintervall"] = "age",
        ["max decrease"] = "d", ["max minskning"] = "d", ["hogsta minskning"] = "d",
        ["equity reduction share"] = "r", ["andel av overskott"] = "r", ["minskningsandel"] = "r",
        ["equity tiers"] = "tiers", ["kapitaltrappa"] = "tiers", ["trappa"] = "tiers",
    };

    public static AllocationParameters? Read(Table table, List<CsvError> errors)
    {
        var before = errors.Count;

        // The table's "header" is the first row; it is data unless it is a key;value header.
        var rows = new List<TableRow>();
        var firstKey = CsvText.Fold(table.Header.FirstOrDefault() ?? string.Empty);
        if (firstKey is not ("key" or "nyckel" or "parameter"))
        {
            rows.Add(new TableRow(table.HeaderLine, table.Header));
        }

        rows.AddRange(table.Rows);
        var values = new Dictionary<string, (string Value, TableRow Row, string Key)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = row.Get(0);
            var normalised = CsvText.Fold(key).Replace('-', ' ');
            if (!Keys.TryGetValue(normalised, out var canonical))
            {
                errors.Add(new CsvError(File, row.Line, "nyckel", CsvErrorCodes.ParameterUnknown, $"Okänd parameter \"{key}\". Kända: year, frame, base_amount, weight_support_measure, weight_population, age_band, max_decrease, equity_reduction_share, equity_tiers."));
                continue;
            }

            if (values.TryGetValue(canonical, out var earlier))
            {
                errors.Add(new CsvError(File, row.Line, "nyckel", CsvErrorCodes.Duplicate, $"Parametern \"{key}\" anges redan på rad {earlier.Row.Line}."));
                continue;
            }

            values[canonical] = (row.Get(1), row, key);
        }

        if (!values.TryGetValue("year", out var yearEntry))
        {
            errors.Add(new CsvError(File, null, null, CsvErrorCodes.ValueMissing, "Parametern year (år) saknas; den är obligatorisk."));
            return null;
        }

        if (!CsvText.TryParseInteger(yearEntry.Value, out var year) || year < 2016 || year > 2100)
        {
            errors.Add(Invalid(yearEntry, "ett år från 2016 (då modellen började användas)"));
            return null;
        }

        var p = AllocationParameters.ResearchDefaults((int)year);
        if (values.TryGetValue("frame", out var frame))
        {
            p = WholeKronor(frame, errors) is { } s ? p with { Frame = s } : p;
        }

        if (values.TryGetValue("base", out var baseAmount))
        {
            p = WholeKronor(baseAmount, errors) is { } g ? p with { BaseAmount = g } : p;
        }

        if (values.TryGetValue("wf", out var wf))
        {
            p = Fraction(wf, errors) is { } w ? p with { SupportMeasureWeight = w } : p;
        }

        if (values.TryGetValue("wp", out var wp))
        {
            p = Fraction(wp, errors) is { } w ? p with { PopulationWeight = w } : p;
        }

        if (values.TryGetValue("age", out var age))
        {
            p = p with { AgeBand = age.Value };
        }

        if (values.TryGetValue("d", out var d))
        {
            var folded = CsvText.Fold(d.Value);
            if (folded is "" or "ingen" or "none" or "-")
            {
                p = p with { MaxYearlyDecrease = null };
            }
            else if (Fraction(d, errors) is { } dv)
            {
                p = p with { MaxYearlyDecrease = dv };
            }
        }

        if (values.TryGetValue("r", out var r))
        {
            p = Fraction(r, errors) is { } rv ? p with { EquityReductionShare = rv } : p;
        }

        if (values.TryGetValue("tiers", out var tiers))
        {
            p = Tiers(tiers, errors) is { } t ? p with { EquityTiers = t } : p;
        }

        return errors.Count > before ? null : p;
    }

    private static Sek? WholeKronor((string Value, TableRow Row, string Key) entry, List<CsvError> errors)
    {
        if (CsvText.TryParseInteger(entry.Value, out var kronor) && kronor > CsvText.MaxKronor)
        {
            errors.Add(new CsvError(File, entry.Row.Line, "värde", CsvErrorCodes.ValueInvalid, $"Parametern {entry.Key}: \"{entry.Value}\" är för stort; högst {CsvText.MaxKronorText}."));
            return null;
        }

        if (CsvText.TryParseInteger(entry.Value, out kronor) && kronor >= 0)
        {
            return Sek.FromKronor(kronor);
        }

        errors.Add(Invalid(entry, "ett belopp i hela kronor, inte negativt"));
        return null;
    }

    private static decimal? Fraction((string Value, TableRow Row, string Key) entry, List<CsvError> errors)
    {
        if (CsvText.TryParseFraction(entry.Value, out var value))
        {
            return value;
        }

        errors.Add(Invalid(entry, "en andel, t.ex. 0,75 eller 75 %"));
        return null;
    }

    private static EquityTier[]? Tiers((string Value, TableRow Row, string Key) entry, List<CsvError> errors)
    {
        var tiers = new List<EquityTier>();
        foreach (var part in entry.Value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.LastIndexOf(':');
            if (colon <= 0 || !CsvText.TryParseFraction(part[(colon + 1)..], out var rate))
            {
                errors.Add(Invalid(entry, "steg som \"4 000 000:20 % | 8 000 000:15 % | *:10 %\""));
                return null;
            }

            var limit = part[..colon].Trim();
            if (limit == "*")
            {
                tiers.Add(new EquityTier(null, rate));
            }
            else if (CsvText.TryParseInteger(limit, out var upTo) && Math.Abs(upTo) <= CsvText.MaxKronor)
            {
                tiers.Add(new EquityTier(Sek.FromKronor(upTo), rate));
            }
            else
            {
                errors.Add(Invalid(entry, "steg som \"4 000 000:20 % | 8 000 000:15 % | *:10 %\""));
                return null;
            }
        }

        return tiers.ToArray();
    }

    private static CsvError Invalid((string Value, TableRow Row, string Key) entry, string expected) =>
        new(File, entry.Row.Line, "värde", CsvErrorCodes.ValueInvalid, $"Parametern {entry.Key}: \"{entry.Value}\" är inte giltigt; ange {expected}.");
}
