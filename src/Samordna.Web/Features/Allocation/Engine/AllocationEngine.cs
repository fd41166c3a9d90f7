using System.Numerics;

namespace Samordna.Web.Features.Allocation.Engine;

/// <summary>
/// The state allocation model (statens fördelningsmodell): model amounts, floors and ceilings, one balancing factor λ,
/// and rounding to whole kronor by the largest-remainder rule. Pure and exact: every figure is a <see cref="Rational"/>
/// until the single rounding step. See docs/allocation-model.md.
/// </summary>
public static class AllocationEngine
{
    public static Result<AllocationResult> Compute(AllocationParameters parameters, IReadOnlyList<AssociationInput> associations)
    {
        var errors = AllocationValidator.Validate(parameters, associations);
        if (errors.Count > 0)
        {
            return Result<AllocationResult>.Failure(errors);
        }

        var n = associations.Count;
        var frame = ExactMoney.Kronor(parameters.Frame);
        var g = ExactMoney.Kronor(parameters.BaseAmount);

        // Step 1: model amounts, exact.
        var step = ModelStep(parameters, associations);
        if (step is null)
        {
            return Result<AllocationResult>.Failure(new Error(
                AllocationErrorCodes.NoDistributionBasis,
                "Det finns ingen fördelningsgrund: försörjningsmåttet och invånarantalet är 0 för alla förbund (eller har vikten 0), så ramen kan inte fördelas efter behov."));
        }

        var (lines, totalF, sumF, totalP, pool, usesF, usesP) = step.Value;

        // Step 2: bounds.
        foreach (var line in lines)
        {
            SetBounds(line, parameters, g);
        }

        // Feasibility: Σ floors ≤ S ≤ the most f(λ) can reach.
        var totalFloors = Sum(lines.Select(l => l.Floor));
        if (totalFloors > frame)
        {
            return Result<AllocationResult>.Failure(FloorsExceedFrame(lines, parameters, totalFloors, frame));
        }

        var unbounded = lines.Any(l => l.Ceiling is null && l.Model.Sign > 0);
        Rational? totalCeilings = lines.Any(l => l.Ceiling is null) ? null : Sum(lines.Select(l => l.Ceiling!.Value));
        if (!unbounded)
        {
            var reachable = Sum(lines.Select(l => l.Model.Sign > 0 ? l.Ceiling!.Value : l.Floor));
            if (reachable < frame)
            {
                return Result<AllocationResult>.Failure(CeilingsBelowFrame(lines, reachable, frame));
            }
        }

        // Step 3: balance with one λ.
        var (lambda, exact) = BalanceSolver.Solve(
            frame,
            lines.Select(l => l.Model).ToArray(),
            lines.Select(l => l.Floor).ToArray(),
            lines.Select(l => l.Ceiling).ToArray());

        // Step 4: whole kronor by the largest-remainder rule, ties by code.
        var frameKronor = parameters.Frame.WholeKronor;
        var kronor = frameKronor == 0
            ? new long[n]
            : Apportionment.Split(frameKronor, exact, lines.Select(l => l.Input.Code).ToArray());

        // Step 5: results with explanations.
        var context = new ExplanationContext(parameters, n, sumF, totalP, pool, lambda, usesF, usesP);
        var results = new AssociationAllocation[n];
        for (var i = 0; i < n; i++)
        {
            results[i] = BuildResult(lines[i], lambda, exact[i], Sek.FromKronor(kronor[i]), context);
        }

        return Result<AllocationResult>.Success(new AllocationResult
        {
            Parameters = parameters,
            Lambda = lambda,
            TotalSupportMeasure = totalF,
            TotalWorkingAgePopulation = (long)totalP,
            TotalModelAmount = Sum(lines.Select(l => l.Model)),
            TotalFloors = totalFloors,
            TotalCeilings = totalCeilings,
            TotalAmount = Sek.Sum(results.Select(r => r.Amount)),
            Associations = results,
        });
    }

    /// <summary>
    /// Step 1 alone: every association's model amount M_i = G + (S − N·G) · (w_F · F_i/ΣF + w_P · P_i/ΣP), exact, in
    /// the order given; null when no key with a positive weight has a positive total. The parameters are assumed valid.
    /// <see cref="ChangeDecomposer"/> uses it for its counterfactual years, so the formula exists once.
    /// </summary>
    public static Rational[]? ModelAmounts(AllocationParameters parameters, IReadOnlyList<AssociationInput> associations) =>
        ModelStep(parameters, associations)?.Lines.Select(l => l.Model).ToArray();

    private static (AssociationLine[] Lines, decimal TotalF, Rational SumF, BigInteger TotalP, Rational Pool, bool UsesF, bool UsesP)? ModelStep(
        AllocationParameters parameters, IReadOnlyList<AssociationInput> associations)
    {
        var n = associations.Count;
        var frame = ExactMoney.Kronor(parameters.Frame);
        var g = ExactMoney.Kronor(parameters.BaseAmount);
        var weightF = Rational.FromDecimal(parameters.SupportMeasureWeight);
        var weightP = Rational.FromDecimal(parameters.PopulationWeight);

        var totalF = 0m;
        BigInteger totalP = 0;
        foreach (var a in associations)
        {
            totalF += a.SupportMeasure;
            totalP += a.WorkingAgePopulation;
        }

        var usesF = totalF > 0m && weightF.Sign > 0;
        var usesP = !totalP.IsZero && weightP.Sign > 0;
        if (!usesF && !usesP)
        {
            return null;
        }

        var sumF = Rational.FromDecimal(totalF);
        var sumP = Rational.FromInteger(totalP);
        var pool = frame - g * n;
        var lines = new AssociationLine[n];
        for (var i = 0; i < n; i++)
        {
            var a = associations[i];
            var shareF = sumF.IsZero ? Rational.Zero : Rational.FromDecimal(a.SupportMeasure) / sumF;
            var shareP = sumP.IsZero ? Rational.Zero : Rational.FromInteger(a.WorkingAgePopulation) / sumP;
            var model = g + pool * (weightF * shareF + weightP * shareP);
            lines[i] = new AssociationLine(a, shareF, shareP, model);
        }

        return (lines, totalF, sumF, totalP, pool, usesF, usesP);
    }

    private static void SetBounds(AssociationLine line, AllocationParameters p, Rational g)
    {
        var a = line.Input;
        line.Equity = EquityRule.Assess(a.PreviousAllocation, a.ForecastEquity, a.ReasonableEquityOverride, line.Model, p);

        line.Floor = g;
        line.FloorReason = FloorReason.BaseAmount;
        if (p.MaxYearlyDecrease is { } d && a.PreviousAllocation is { } previous && !line.Equity.IsAboveReasonableLevel)
        {
            line.DecreaseFloor = (Rational.One - Rational.FromDecimal(d)) * ExactMoney.Kronor(previous);
            if (line.DecreaseFloor.Value > g)
            {
                line.Floor = line.DecreaseFloor.Value;
                line.FloorReason = FloorReason.MaxYearlyDecrease;
            }
        }

        var asked = a.AskedAmount is { } ask ? ExactMoney.Kronor(ask) : (Rational?)null;
        var cap = line.Equity.Cap;
        if (asked is { } x && (cap is null || x <= cap.Value))
        {
            line.Ceiling = x;
            line.CeilingReason = CeilingReason.AskedAmount;
        }
        else if (cap is { } c)
        {
            line.Ceiling = c;
            line.CeilingReason = CeilingReason.EquityCap;
        }

        // An association that asks for less than its floor gets what it asks for. (The equity cap is never below G,
        // and an association above its reasonable level has floor G, so only an ask can get here.)
        if (line.Ceiling is { } ceiling && ceiling < line.Floor)
        {
            line.Floor = ceiling;
            line.FloorReason = FloorReason.LoweredToAskedAmount;
        }
    }

    private static AssociationAllocation BuildResult(AssociationLine line, Rational lambda, Rational exact, Sek amount, ExplanationContext context)
    {
        var scaled = lambda * line.Model;
        var binding = line.Ceiling is { } c && exact == c && scaled > c
            ? BindingBound.Ceiling
            : exact == line.Floor && scaled < line.Floor ? BindingBound.Floor : BindingBound.None;

        var a = line.Input;
        Sek? change = a.PreviousAllocation is { } previous ? amount - previous : null;
        decimal? changeFraction = a.PreviousAllocation is { Ore: not 0 } prev
            ? decimal.Round(new Rational(change!.Value.Ore, prev.Ore).ToDecimalApproximation(), 4, MidpointRounding.AwayFromZero)
            : null;

        var result = new AssociationAllocation
        {
            Code = a.Code,
            Name = a.Name,
            SupportMeasure = a.SupportMeasure,
            WorkingAgePopulation = a.WorkingAgePopulation,
            ModelAmountExact = line.Model,
            ModelAmount = ExactMoney.ToDisplaySek(line.Model),
            Floor = line.Floor,
            FloorReason = line.FloorReason,
            Ceiling = line.Ceiling,
            CeilingReason = line.CeilingReason,
            Equity = line.Equity,
            Binding = binding,
            ExactAmount = exact,
            Amount = amount,
            PreviousAllocation = a.PreviousAllocation,
            ChangeFromPrevious = change,
            ChangeFraction = changeFraction,
            Explanation = [],
        };
        return result with { Explanation = AllocationExplainer.Explain(result, line, context) };
    }

    private static Error FloorsExceedFrame(AssociationLine[] lines, AllocationParameters p, Rational totalFloors, Rational frame)
    {
        var g = ExactMoney.Kronor(p.BaseAmount);
        var raised = lines
            .Where(l => l.Floor > g)
            .OrderByDescending(l => l.Floor)
            .ThenBy(l => l.Input.Code, StringComparer.Ordinal)
            .ToList();
        var message = $"Ramen {ExactMoney.Format(frame)} räcker inte till golven: golven är tillsammans {ExactMoney.Format(totalFloors)}, "
            + $"{ExactMoney.Format(totalFloors - frame)} mer än ramen. ";
        if (raised.Count > 0)
        {
            var d = p.MaxYearlyDecrease ?? 0m;
            message += $"Förbund vars golv är högre än grundtilldelningen {ExactMoney.Format(g)} (störst först): "
                + string.Join(", ", raised.Select(l =>
                    $"{AllocationValidator.Label(l.Input)} {ExactMoney.Format(l.Floor)} ({ExactMoney.Percent(Rational.One - Rational.FromDecimal(d), 0)} av föregående års {l.Input.PreviousAllocation})"))
                + ". Sänk eller ta bort skyddet mot minskning, eller öka ramen.";
        }
        else
        {
            message += $"Alla {lines.Length} förbund har grundtilldelningen {ExactMoney.Format(g)} som golv, och {lines.Length} × {ExactMoney.Format(g)} är mer än ramen. Sänk grundtilldelningen eller öka ramen.";
        }

        return new Error(AllocationErrorCodes.FloorsExceedFrame, message)
        {
            Subjects = raised.Select(l => l.Input.Code).ToArray(),
        };
    }

    private static Error CeilingsBelowFrame(AssociationLine[] lines, Rational reachable, Rational frame)
    {
        var capped = lines
            .Where(l => l.Ceiling is not null || l.Model.Sign <= 0)
            .OrderByDescending(l => l.Model.Sign > 0 ? l.Ceiling!.Value : l.Floor)
            .ThenBy(l => l.Input.Code, StringComparer.Ordinal)
            .ToList();
        var message = $"Ramen {ExactMoney.Format(frame)} kan inte fördelas: alla förbund har ett tak och taken är tillsammans {ExactMoney.Format(reachable)}, "
            + $"{ExactMoney.Format(frame - reachable)} mindre än ramen. Förbund med tak (störst först): "
            + string.Join(", ", capped.Select(l => $"{AllocationValidator.Label(l.Input)} {CeilingText(l)}"))
            + ". Pengar som inget förbund kan ta emot kan inte fördelas; minska ramen eller höj något tak.";
        return new Error(AllocationErrorCodes.CeilingsBelowFrame, message)
        {
            Subjects = capped.Select(l => l.Input.Code).ToArray(),
        };
    }

    private static string CeilingText(AssociationLine l) => l.Model.Sign <= 0
        ? $"{ExactMoney.Format(l.Floor)} (modellbeloppet är {ExactMoney.Format(l.Model)}, så förbundet får inte mer än golvet)"
        : l.CeilingReason == CeilingReason.AskedAmount
            ? $"{ExactMoney.Format(l.Ceiling!.Value)} (begärt belopp)"
            : $"{ExactMoney.Format(l.Ceiling!.Value)} (eget kapital över skälig nivå)";

    private static Rational Sum(IEnumerable<Rational> values)
    {
        var total = Rational.Zero;
        foreach (var v in values)
        {
            total += v;
        }

        return total;
    }
}

/// <summary>The working figures of one association while the engine runs.</summary>
internal sealed class AssociationLine(AssociationInput input, Rational shareF, Rational shareP, Rational model)
{
    public AssociationInput Input { get; } = input;

    public Rational ShareOfSupportMeasure { get; } = shareF;

    public Rational ShareOfPopulation { get; } = shareP;

    public Rational Model { get; } = model;

    public EquityAssessment Equity { get; set; } = null!;

    /// <summary>(1 − d) × previous allocation, when the decrease protection applied (whether or not it exceeded G).</summary>
    public Rational? DecreaseFloor { get; set; }

    public Rational Floor { get; set; }

    public FloorReason FloorReason { get; set; }

    public Rational? Ceiling { get; set; }

    public CeilingReason CeilingReason { get; set; }
}

/// <summary>The run-wide figures an explanation refers to.</summary>
internal sealed record ExplanationContext(
    AllocationParameters Parameters,
    int AssociationCount,
    Rational SumF,
    BigInteger SumP,
    Rational Pool,
    Rational Lambda,
    bool UsesSupportMeasure,
    bool UsesPopulation);
