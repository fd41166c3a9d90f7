using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.Web.Features.Allocation.Files;

/// <summary>
/// <c>units.csv</c>: one row per municipality or district, one column per measure, e.g.
/// <c>Kommunkod;Kommun;Försörjningsmått;Invånare 16-64</c>. Other columns are ignored. A support-measure header that
/// says "tkr" is read in thousands of kronor. A population header that names an age band must match the parameter
/// age band.
/// </summary>
internal static class UnitsCsv
{
    private static readonly string[] CodeAliases = ["kommunkod", "kod", "code", "unit code", "enhetskod", "omradeskod", "stadsdelskod", "distriktskod", "kommun kod"];
    private static readonly string[] NameAliases = ["kommun", "namn", "name", "kommunnamn", "enhet", "omrade", "stadsdel", "distrikt", "unit"];

    /// <summary>
    /// Reads units from a table (a CSV file or a worksheet, read by <see cref="TabularFile"/>); errors name the table's file. An optional financial-assistance column ("Ekonomiskt bistånd", "Försörjningsstöd") is
    /// read when present, for internal splits.
    /// </summary>
    public static List<UnitFigures>? Read(Table table, string? ageBand, List<CsvError> errors)
    {
        var before = errors.Count;
        var file = table.FileName;
        var code = AllocationInputReader.FindColumn(table, CodeAliases, "kommunkod eller enhetskod", required: true, errors);
        var name = AllocationInputReader.FindColumn(table, NameAliases, "namn", required: false, errors);
        var support = AllocationInputReader.FindColumn(table, ["forsorjningsmatt", "support measure"], "försörjningsmått", required: true, errors, IsSupportMeasure);
        var population = FindPopulation(table, ageBand, errors);
        var assistance = AllocationInputReader.FindColumn(table, [], "ekonomiskt bistånd", required: false, errors, IsFinancialAssistance);
        if (errors.Count > before)
        {
            return null;
        }

        var thousands = InThousands(table.Header[support]);
        var assistanceInThousands = assistance >= 0 && InThousands(table.Header[assistance]);
        var units = new List<UnitFigures>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var unitCode = row.Get(code);
            if (unitCode.Length == 0)
            {
                errors.Add(new CsvError(file, row.Line, table.Header[code], CsvErrorCodes.ValueMissing, "Koden saknas."));
            }
            else if (!seen.TryAdd(unitCode, row.Line))
            {
                errors.Add(new CsvError(file, row.Line, table.Header[code], CsvErrorCodes.Duplicate, $"Koden {unitCode} finns redan på rad {seen[unitCode]}."));
            }

            var supportText = row.Get(support);
            decimal f = 0m;
            if (!CsvText.TryParseDecimal(supportText, out f) || f < 0m)
            {
                errors.Add(new CsvError(file, row.Line, table.Header[support], CsvErrorCodes.ValueInvalid, $"\"{supportText}\" är inte ett belopp som är 0 eller mer."));
            }
            else if (f > (thousands ? CsvText.MaxKronor / 1000m : CsvText.MaxKronor))
            {
                errors.Add(new CsvError(file, row.Line, table.Header[support], CsvErrorCodes.ValueInvalid, $"\"{supportText}\" är för stort; högst {CsvText.MaxKronorText}."));
                f = 0m;
            }

            var populationText = row.Get(population);
            if (!CsvText.TryParseInteger(populationText, out var p) || p < 0)
            {
                errors.Add(new CsvError(file, row.Line, table.Header[population], CsvErrorCodes.ValueInvalid, $"\"{populationText}\" är inte ett antal invånare (ett heltal, 0 eller mer)."));
            }
            else if (p > CsvText.MaxInhabitants)
            {
                errors.Add(new CsvError(file, row.Line, table.Header[population], CsvErrorCodes.ValueInvalid, $"\"{populationText}\" är för stort; högst {CsvText.MaxInhabitantsText} invånare."));
                p = 0;
            }

            decimal? fa = null;
            if (assistance >= 0)
            {
                var assistanceText = row.Get(assistance);
                if (assistanceText.Length > 0)
                {
                    if (CsvText.TryParseDecimal(assistanceText, out var value) && value > (assistanceInThousands ? CsvText.MaxKronor / 1000m : CsvText.MaxKronor))
                    {
                        errors.Add(new CsvError(file, row.Line, table.Header[assistance], CsvErrorCodes.ValueInvalid, $"\"{assistanceText}\" är för stort; högst {CsvText.MaxKronorText}."));
                    }
                    else if (CsvText.TryParseDecimal(assistanceText, out value) && value >= 0m)
                    {
                        fa = assistanceInThousands ? value * 1000m : value;
                    }
                    else
                    {
                        errors.Add(new CsvError(file, row.Line, table.Header[assistance], CsvErrorCodes.ValueInvalid, $"\"{assistanceText}\" är inte ett belopp som är 0 eller mer."));
                    }
                }
            }

            units.Add(new UnitFigures(unitCode, name >= 0 ? row.Get(name) : unitCode, thousands ? f * 1000m : f, p)
            {
                FinancialAssistance = fa,
                SourceRow = row.Line,
            });
        }

        return errors.Count > before ? null : units;
    }

    private static bool InThousands(string header) => CsvText.Fold(header).Split(' ').Contains("tkr", StringComparer.Ordinal);

    private static bool IsFinancialAssistance(string folded) =>
        (folded.StartsWith("ekonomiskt bistand", StringComparison.Ordinal) || folded.StartsWith("forsorjningsstod", StringComparison.Ordinal))
        && !folded.Contains("per ", StringComparison.Ordinal)
        && RemoveUnit(folded[(folded.StartsWith('e') ? "ekonomiskt bistand".Length : "forsorjningsstod".Length)..]) is "" or "totalt" or "total" or "summa";

    private static bool IsSupportMeasure(string folded) =>
        folded.StartsWith("forsorjningsmatt", StringComparison.Ordinal)
        && !folded.Contains("per ", StringComparison.Ordinal)
        && RemoveUnit(folded["forsorjningsmatt".Length..]) is "" or "totalt" or "total" or "summa";

    private static string RemoveUnit(string rest)
    {
        var words = rest.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("kr" or "tkr" or "sek")).ToArray();
        return string.Join(' ', words);
    }

    private static int FindPopulation(Table table, string? ageBand, List<CsvError> errors)
    {
        var candidates = new List<int>();
        for (var i = 0; i < table.Header.Length; i++)
        {
            var folded = CsvText.Fold(table.Header[i]);
            if (folded.StartsWith("invanare", StringComparison.Ordinal) || folded.StartsWith("antal invanare", StringComparison.Ordinal)
                || folded.StartsWith("befolkning", StringComparison.Ordinal) || folded.StartsWith("population", StringComparison.Ordinal))
            {
                candidates.Add(i);
            }
        }

        if (candidates.Count == 0)
        {
            errors.Add(new CsvError(table.FileName, 1, null, CsvErrorCodes.ColumnMissing, $"Kolumnen för invånare saknas (t.ex. \"Invånare {ageBand ?? "16-64"}\"). Rubrikerna är: {string.Join(", ", table.Header.Select(h => "\"" + h + "\""))}."));
            return -1;
        }

        var wanted = ageBand is null ? null : CsvText.AgeBand(ageBand);
        if (candidates.Count > 1)
        {
            // Several population columns (e.g. total and 16–64): take the one whose age band is the parameter's.
            var matching = candidates.Where(c => wanted is not null && CsvText.AgeBand(table.Header[c]) == wanted).ToList();
            if (matching.Count != 1)
            {
                errors.Add(new CsvError(table.FileName, 1, null, CsvErrorCodes.ColumnAmbiguous, $"Flera kolumner kan vara invånare: {string.Join(", ", candidates.Select(c => "\"" + table.Header[c] + "\""))}, och ingen enda har åldersgruppen {ageBand}."));
                return -1;
            }

            return matching[0];
        }

        var column = candidates[0];
        var band = CsvText.AgeBand(table.Header[column]);
        if (band is not null && wanted is not null && band != wanted)
        {
            errors.Add(new CsvError(table.FileName, 1, table.Header[column], CsvErrorCodes.AgeBandMismatch, $"Kolumnen avser åldersgruppen {band}, men parametern åldersgrupp är {ageBand}. Ändra age_band i parameters.csv eller använd rätt statistik."));
            return -1;
        }

        return column;
    }
}
