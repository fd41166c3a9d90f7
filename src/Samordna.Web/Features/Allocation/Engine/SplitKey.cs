namespace Samordna.Web.Features.Allocation.Engine;

/// <summary>How a total is divided among parties (fördelningsnyckel).</summary>
public enum SplitKeyKind
{
    /// <summary>In proportion to the measure <see cref="SplitMeasures.Population"/>.</summary>
    Population,

    /// <summary>In proportion to the measure <see cref="SplitMeasures.SupportMeasure"/>.</summary>
    SupportMeasure,

    /// <summary>In proportion to each party's <see cref="SplitParty.FixedShare"/>: decimals (0.6/0.4) or parts (3/2).</summary>
    FixedShares,

    /// <summary>The same for everyone.</summary>
    EqualShares,

    /// <summary>Σ_k w_k · x_ik / Σ_j x_jk over named measures with weights summing to 1.</summary>
    WeightedMix,
}

/// <summary>Well-known measure names; any other name may be used in a weighted mix.</summary>
public static class SplitMeasures
{
    /// <summary>Working-age population (or total population, as the charter says).</summary>
    public const string Population = "Population";

    /// <summary>Försörjningsmått, kronor.</summary>
    public const string SupportMeasure = "SupportMeasure";

    /// <summary>Ekonomiskt bistånd (financial assistance), kronor; used in internal splits such as Stockholm's districts.</summary>
    public const string FinancialAssistance = "FinancialAssistance";
}

/// <summary>One term of a weighted mix: the measure's name and its weight.</summary>
public sealed record MeasureWeight(string Measure, decimal Weight);

/// <summary>A split key. Use the static members to build one.</summary>
public sealed record SplitKey(SplitKeyKind Kind)
{
    /// <summary>The terms of a <see cref="SplitKeyKind.WeightedMix"/>; empty for other kinds.</summary>
    public IReadOnlyList<MeasureWeight> Mix { get; init; } = [];

    public static SplitKey ByPopulation { get; } = new(SplitKeyKind.Population);

    public static SplitKey BySupportMeasure { get; } = new(SplitKeyKind.SupportMeasure);

    public static SplitKey ByFixedShares { get; } = new(SplitKeyKind.FixedShares);

    public static SplitKey ByEqualShares { get; } = new(SplitKeyKind.EqualShares);

    public static SplitKey WeightedMixOf(params MeasureWeight[] terms) => new(SplitKeyKind.WeightedMix) { Mix = terms };

    /// <summary>Swedish description for explanations, e.g. "viktad: 0,5 × Population + 0,5 × SupportMeasure".</summary>
    public string Describe() => Kind switch
    {
        SplitKeyKind.Population => "efter invånare",
        SplitKeyKind.SupportMeasure => "efter försörjningsmått",
        SplitKeyKind.FixedShares => "efter fasta andelar",
        SplitKeyKind.EqualShares => "lika delar",
        _ => "viktad: " + string.Join(" + ", Mix.Select(t => $"{ExactMoney.Number(t.Weight)} × {t.Measure}")),
    };
}

/// <summary>One party of a split: a member kommun or region, or a unit inside one member (e.g. a district council).</summary>
public sealed record SplitParty(string Code, string Name)
{
    /// <summary>Named measure values (≥ 0), e.g. <see cref="SplitMeasures.Population"/>. Looked up by exact name.</summary>
    public IReadOnlyDictionary<string, decimal> Measures { get; init; } = new Dictionary<string, decimal>();

    /// <summary>The share or parts under <see cref="SplitKeyKind.FixedShares"/>.</summary>
    public decimal? FixedShare { get; init; }
}

/// <summary>One party's part of a split.</summary>
public sealed record SplitShare(string Code, string Name, Rational Share, Rational ExactAmount, Sek Amount);

/// <summary>A total divided by a key; the amounts sum exactly to <see cref="Total"/>.</summary>
public sealed record SplitResult(Sek Total, SplitKey Key, IReadOnlyList<SplitShare> Shares);

/// <summary>
/// Divides an amount in whole öre among parties by a key: the exact shares are computed as fractions, then
/// <see cref="Apportionment"/> (largest remainder, ties by party code, ordinal) gives öre that sum exactly to the total.
/// </summary>
public static class KeySplitter
{
    public static Result<SplitResult> Split(Sek total, SplitKey key, IReadOnlyList<SplitParty> parties, string context = "Fördelningen")
    {
        var errors = new List<Error>();
        if (total.IsNegative)
        {
            errors.Add(new Error(AllocationErrorCodes.SplitTotalInvalid, $"{context}: beloppet att fördela får inte vara negativt ({total})."));
        }

        var shares = Shares(key, parties, context, errors);
        if (errors.Count > 0 || shares is null)
        {
            return Result<SplitResult>.Failure(errors);
        }

        var ore = Apportionment.Split(total, shares, parties.Select(p => p.Code).ToArray());
        var exactTotal = new Rational(total.Ore, Sek.OrePerKrona);
        var result = parties
            .Select((p, i) => new SplitShare(p.Code, p.Name, shares[i], exactTotal * shares[i], ore[i]))
            .ToArray();
        return Result<SplitResult>.Success(new SplitResult(total, key, result));
    }

    /// <summary>The exact shares (summing to 1) the key gives, or null with errors added.</summary>
    internal static Rational[]? Shares(SplitKey key, IReadOnlyList<SplitParty> parties, string context, List<Error> errors)
    {
        var before = errors.Count;
        if (parties.Count == 0)
        {
            errors.Add(new Error(AllocationErrorCodes.SplitNoParties, $"{context}: det finns ingen part att fördela på."));
            return null;
        }

        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in parties)
        {
            if (!codes.Add(p.Code))
            {
                errors.Add(new Error(AllocationErrorCodes.SplitDuplicateParty, $"{context}: koden {p.Code} förekommer mer än en gång.") { Subjects = [p.Code] });
            }
        }

        Rational[]? weights = key.Kind switch
        {
            SplitKeyKind.Population => MeasureWeights(SplitMeasures.Population, parties, context, errors),
            SplitKeyKind.SupportMeasure => MeasureWeights(SplitMeasures.SupportMeasure, parties, context, errors),
            SplitKeyKind.FixedShares => FixedShareWeights(parties, context, errors),
            SplitKeyKind.EqualShares => parties.Select(_ => Rational.One).ToArray(),
            SplitKeyKind.WeightedMix => MixWeights(key.Mix, parties, context, errors),
            _ => throw new ArgumentOutOfRangeException(nameof(key), key.Kind, "Okänd fördelningsnyckel."),
        };
        if (weights is null || errors.Count > before)
        {
            return null;
        }

        var sum = Rational.Zero;
        foreach (var w in weights)
        {
            sum += w;
        }

        if (sum.IsZero)
        {
            errors.Add(new Error(AllocationErrorCodes.SplitKeyAllZero, $"{context}: nyckeln ({key.Describe()}) är 0 för alla parter, så beloppet kan inte fördelas.")
            {
                Subjects = parties.Select(p => p.Code).ToArray(),
            });
            return null;
        }

        return weights.Select(w => w / sum).ToArray();
    }

    private static Rational[]? MeasureWeights(string measure, IReadOnlyList<SplitParty> parties, string context, List<Error> errors)
    {
        var values = new Rational[parties.Count];
        var ok = true;
        for (var i = 0; i < parties.Count; i++)
        {
            var p = parties[i];
            if (!p.Measures.TryGetValue(measure, out var value))
            {
                errors.Add(new Error(AllocationErrorCodes.SplitValueMissing, $"{context}: {p.Name} ({p.Code}) saknar värde för {MeasureName(measure)}.") { Subjects = [p.Code], Field = measure });
                ok = false;
            }
            else if (value < 0m)
            {
                errors.Add(new Error(AllocationErrorCodes.SplitValueNegative, $"{context}: {p.Name} ({p.Code}) har ett negativt värde för {MeasureName(measure)}.") { Subjects = [p.Code], Field = measure });
                ok = false;
            }
            else
            {
                values[i] = Rational.FromDecimal(value);
            }
        }

        return ok ? values : null;
    }

    private static Rational[]? FixedShareWeights(IReadOnlyList<SplitParty> parties, string context, List<Error> errors)
    {
        var values = new Rational[parties.Count];
        var ok = true;
        for (var i = 0; i < parties.Count; i++)
        {
            var p = parties[i];
            if (p.FixedShare is not { } share)
            {
                errors.Add(new Error(AllocationErrorCodes.SplitValueMissing, $"{context}: {p.Name} ({p.Code}) saknar fast andel.") { Subjects = [p.Code], Field = nameof(SplitParty.FixedShare) });
                ok = false;
            }
            else if (share < 0m)
            {
                errors.Add(new Error(AllocationErrorCodes.SplitValueNegative, $"{context}: {p.Name} ({p.Code}) har en negativ fast andel.") { Subjects = [p.Code], Field = nameof(SplitParty.FixedShare) });
                ok = false;
            }
            else
            {
                values[i] = Rational.FromDecimal(share);
            }
        }

        return ok ? values : null;
    }

    private static Rational[]? MixWeights(IReadOnlyList<MeasureWeight> mix, IReadOnlyList<SplitParty> parties, string context, List<Error> errors)
    {
        var sumOfWeights = mix.Sum(t => t.Weight);
        var distinct = mix.Select(t => t.Measure).Distinct(StringComparer.Ordinal).Count();
        if (mix.Count == 0 || mix.Any(t => t.Weight < 0m || string.IsNullOrWhiteSpace(t.Measure)) || sumOfWeights != 1m || distinct != mix.Count)
        {
            errors.Add(new Error(AllocationErrorCodes.SplitKeyInvalid, $"{context}: en viktad nyckel behöver minst ett mått, olika mått, vikter som inte är negativa och som tillsammans är 1 (nu {ExactMoney.Number(sumOfWeights)})."));
            return null;
        }

        var result = parties.Select(_ => Rational.Zero).ToArray();
        foreach (var term in mix)
        {
            var values = MeasureWeights(term.Measure, parties, context, errors);
            if (values is null)
            {
                continue;
            }

            var total = Rational.Zero;
            foreach (var v in values)
            {
                total += v;
            }

            // A measure that is 0 for every party adds nothing; the other terms then decide (documented).
            if (total.IsZero)
            {
                continue;
            }

            var weight = Rational.FromDecimal(term.Weight);
            for (var i = 0; i < parties.Count; i++)
            {
                result[i] += weight * values[i] / total;
            }
        }

        return result;
    }

    private static string MeasureName(string measure) => measure switch
    {
        SplitMeasures.Population => "invånare",
        SplitMeasures.SupportMeasure => "försörjningsmått",
        SplitMeasures.FinancialAssistance => "ekonomiskt bistånd",
        _ => $"måttet {measure}",
    };
}
