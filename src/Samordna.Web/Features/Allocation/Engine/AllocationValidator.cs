namespace Samordna.Web.Features.Allocation.Engine;

/// <summary>Checks parameters and association inputs; collects every problem, never just the first.</summary>
internal static class AllocationValidator
{
    public static List<Error> Validate(AllocationParameters p, IReadOnlyList<AssociationInput> associations)
    {
        var errors = new List<Error>();
        ValidateParameters(p, errors);
        ValidateAssociations(associations, errors);
        return errors;
    }

    private static void ValidateParameters(AllocationParameters p, List<Error> errors)
    {
        if (!FiscalYear.IsValid(p.Year))
        {
            errors.Add(new Error(AllocationErrorCodes.YearInvalid, $"Året {p.Year} är inte ett giltigt tilldelningsår.") { Field = nameof(p.Year) });
        }

        if (p.Frame.IsNegative || !p.Frame.IsWholeKronor)
        {
            errors.Add(new Error(AllocationErrorCodes.FrameInvalid, $"Den statliga ramen måste vara hela kronor och inte negativ (angiven: {p.Frame}).") { Field = nameof(p.Frame) });
        }

        if (p.BaseAmount.IsNegative || !p.BaseAmount.IsWholeKronor)
        {
            errors.Add(new Error(AllocationErrorCodes.BaseAmountInvalid, $"Grundtilldelningen måste vara hela kronor och inte negativ (angiven: {p.BaseAmount}).") { Field = nameof(p.BaseAmount) });
        }

        if (p.SupportMeasureWeight < 0m || p.PopulationWeight < 0m || p.SupportMeasureWeight + p.PopulationWeight != 1m)
        {
            errors.Add(new Error(
                AllocationErrorCodes.WeightsInvalid,
                $"Vikterna för försörjningsmått ({ExactMoney.Number(p.SupportMeasureWeight)}) och invånare ({ExactMoney.Number(p.PopulationWeight)}) får inte vara negativa och ska tillsammans vara 1.")
            { Field = nameof(p.SupportMeasureWeight) });
        }

        if (string.IsNullOrWhiteSpace(p.AgeBand))
        {
            errors.Add(new Error(AllocationErrorCodes.AgeBandMissing, "Åldersgruppen för invånarantalet saknas (t.ex. 16–64).") { Field = nameof(p.AgeBand) });
        }

        if (p.MaxYearlyDecrease is { } d && (d < 0m || d >= 1m))
        {
            errors.Add(new Error(AllocationErrorCodes.MaxDecreaseInvalid, $"Högsta årliga minskning måste vara minst 0 och mindre än 1 (angiven: {ExactMoney.Number(d)}).") { Field = nameof(p.MaxYearlyDecrease) });
        }

        if (p.EquityReductionShare is < 0m or > 1m)
        {
            errors.Add(new Error(AllocationErrorCodes.EquityShareInvalid, $"Andelen av överskottet av eget kapital som minskar tilldelningen måste vara mellan 0 och 1 (angiven: {ExactMoney.Number(p.EquityReductionShare)}).") { Field = nameof(p.EquityReductionShare) });
        }

        ValidateTiers(p.EquityTiers, errors);
    }

    private static void ValidateTiers(IReadOnlyList<EquityTier> tiers, List<Error> errors)
    {
        var problems = new List<string>();
        if (tiers.Count == 0)
        {
            problems.Add("trappan har inga steg");
        }

        Sek? previous = null;
        for (var i = 0; i < tiers.Count; i++)
        {
            var tier = tiers[i];
            var step = i + 1;
            if (tier.Rate is < 0m or > 1m)
            {
                problems.Add($"steg {step} har andelen {ExactMoney.Number(tier.Rate)}, som måste vara mellan 0 och 1");
            }

            if (tier.UpTo is null && i != tiers.Count - 1)
            {
                problems.Add($"steg {step} saknar övre gräns men är inte sista steget");
            }

            if (tier.UpTo is { } upTo)
            {
                if (upTo.IsNegative)
                {
                    problems.Add($"steg {step} har en negativ övre gräns");
                }

                if (previous is { } prev && upTo <= prev)
                {
                    problems.Add($"steg {step} har en övre gräns ({upTo}) som inte är större än föregående stegs ({prev})");
                }

                previous = upTo;
            }
        }

        if (tiers.Count > 0 && tiers[^1].UpTo is not null)
        {
            problems.Add("sista steget måste sakna övre gräns så att varje storlek har ett steg");
        }

        if (problems.Count > 0)
        {
            errors.Add(new Error(AllocationErrorCodes.EquityTiersInvalid, "Trappan för skäligt eget kapital är ogiltig: " + string.Join("; ", problems) + ".") { Field = nameof(AllocationParameters.EquityTiers) });
        }
    }

    private static void ValidateAssociations(IReadOnlyList<AssociationInput> associations, List<Error> errors)
    {
        if (associations.Count == 0)
        {
            errors.Add(new Error(AllocationErrorCodes.NoAssociations, "Det finns inga samordningsförbund att fördela ramen på."));
            return;
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < associations.Count; i++)
        {
            var a = associations[i];
            var row = i + 1;
            var code = a.Code?.Trim() ?? string.Empty;
            if (code.Length == 0)
            {
                errors.Add(new Error(AllocationErrorCodes.CodeMissing, $"Förbund nummer {row} ({a.Name}) saknar kod.") { Field = nameof(a.Code) });
            }
            else if (!seen.TryAdd(code, row))
            {
                errors.Add(new Error(AllocationErrorCodes.DuplicateCode, $"Koden {code} används av mer än ett förbund (nummer {seen[code]} och {row}); koden måste vara unik.")
                {
                    Field = nameof(a.Code),
                    Subjects = [code],
                });
            }

            var label = Label(a);
            if (string.IsNullOrWhiteSpace(a.Name))
            {
                errors.Add(new Error(AllocationErrorCodes.NameMissing, $"Förbundet med kod {code} saknar namn.") { Field = nameof(a.Name), Subjects = [code] });
            }

            if (a.SupportMeasure < 0m)
            {
                errors.Add(Negative(code, nameof(a.SupportMeasure), $"{label}: försörjningsmåttet får inte vara negativt (angivet: {SwedishCulture.Number(a.SupportMeasure, 2)} kr)."));
            }

            if (a.WorkingAgePopulation < 0)
            {
                errors.Add(Negative(code, nameof(a.WorkingAgePopulation), $"{label}: invånarantalet får inte vara negativt (angivet: {SwedishCulture.Number(a.WorkingAgePopulation)})."));
            }

            if (a.PreviousAllocation is { IsNegative: true } prev)
            {
                errors.Add(Negative(code, nameof(a.PreviousAllocation), $"{label}: föregående års tilldelning får inte vara negativ (angiven: {prev})."));
            }

            if (a.ReasonableEquityOverride is { IsNegative: true } reasonable)
            {
                errors.Add(Negative(code, nameof(a.ReasonableEquityOverride), $"{label}: skäligt eget kapital får inte vara negativt (angivet: {reasonable})."));
            }

            if (a.AskedAmount is { IsNegative: true } asked)
            {
                errors.Add(Negative(code, nameof(a.AskedAmount), $"{label}: begärt belopp får inte vara negativt (angivet: {asked})."));
            }
        }
    }

    private static Error Negative(string code, string field, string message) =>
        new(AllocationErrorCodes.NegativeValue, message) { Field = field, Subjects = [code] };

    public static string Label(AssociationInput a) => $"{a.Name} ({a.Code})";
}
