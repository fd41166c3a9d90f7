namespace Samordna.Web.Features.Allocation.Engine;

/// <summary>
/// Finds the one factor λ ≥ 0 with Σ min(ceiling_i, max(floor_i, λ·M_i)) = S, exactly.
/// f(λ) = Σ clamp(λ·M_i) is continuous, non-decreasing and piecewise linear, with breakpoints floor_i/M_i (where
/// association i starts to follow λ) and ceiling_i/M_i (where it stops). Sweeping the breakpoints in order while
/// keeping f = constant + λ·slope finds the segment where f reaches S; λ then solves one linear equation.
/// </summary>
internal static class BalanceSolver
{
    private enum EventKind
    {
        // Enter sorts before Leave at the same λ, so an association whose floor equals its ceiling enters and leaves in one step.
        Enter = 0,
        Leave = 1,
    }

    private readonly record struct Breakpoint(Rational Lambda, EventKind Kind, int Index);

    /// <summary>
    /// Requires Σ floors ≤ frame ≤ Σ ceilings (null = no ceiling) and floor_i ≤ ceiling_i; the caller checks this.
    /// Returns the smallest λ that balances, and the exact amounts.
    /// </summary>
    public static (Rational Lambda, Rational[] Amounts) Solve(
        Rational frame,
        IReadOnlyList<Rational> model,
        IReadOnlyList<Rational> floors,
        IReadOnlyList<Rational?> ceilings)
    {
        var n = model.Count;
        var constant = Rational.Zero;
        foreach (var floor in floors)
        {
            constant += floor;
        }

        var lambda = Rational.Zero;
        if (constant != frame)
        {
            lambda = FindLambda(frame, model, floors, ceilings, constant);
        }

        var amounts = new Rational[n];
        var total = Rational.Zero;
        for (var i = 0; i < n; i++)
        {
            amounts[i] = Clamp(lambda * model[i], floors[i], ceilings[i]);
            total += amounts[i];
        }

        if (total != frame)
        {
            throw new InvalidOperationException($"Balanseringen gick inte ihop: summan {total} skiljer sig från ramen {frame}.");
        }

        return (lambda, amounts);
    }

    public static Rational Clamp(Rational value, Rational floor, Rational? ceiling)
    {
        var clamped = Rational.Max(floor, value);
        return ceiling is { } c ? Rational.Min(c, clamped) : clamped;
    }

    private static Rational FindLambda(
        Rational frame,
        IReadOnlyList<Rational> model,
        IReadOnlyList<Rational> floors,
        IReadOnlyList<Rational?> ceilings,
        Rational constant)
    {
        // An association with M_i ≤ 0 never leaves its floor (λ·M_i ≤ 0 ≤ floor_i), so it has no breakpoints.
        var events = new List<Breakpoint>(2 * model.Count);
        for (var i = 0; i < model.Count; i++)
        {
            if (model[i].Sign <= 0)
            {
                continue;
            }

            events.Add(new Breakpoint(floors[i] / model[i], EventKind.Enter, i));
            if (ceilings[i] is { } c)
            {
                events.Add(new Breakpoint(c / model[i], EventKind.Leave, i));
            }
        }

        events.Sort((a, b) =>
        {
            var byLambda = a.Lambda.CompareTo(b.Lambda);
            return byLambda != 0 ? byLambda : a.Kind.CompareTo(b.Kind);
        });

        // On the current segment f(λ) = constant + λ·slope; at λ = 0 everyone sits at the floor and f(0) = Σ floors < S.
        var slope = Rational.Zero;
        var k = 0;
        while (k < events.Count)
        {
            var at = events[k].Lambda;
            if (constant + at * slope >= frame)
            {
                // f reached S on the segment just before 'at'; f rose there, so slope > 0.
                return (frame - constant) / slope;
            }

            for (; k < events.Count && events[k].Lambda == at; k++)
            {
                var i = events[k].Index;
                if (events[k].Kind == EventKind.Enter)
                {
                    constant -= floors[i];
                    slope += model[i];
                }
                else
                {
                    slope -= model[i];
                    constant += ceilings[i]!.Value;
                }
            }
        }

        // Past the last breakpoint only associations without a ceiling still follow λ; feasibility guarantees one exists.
        if (slope.Sign <= 0)
        {
            throw new InvalidOperationException("Balanseringen saknar lösning trots att ramen ligger mellan golv och tak.");
        }

        return (frame - constant) / slope;
    }
}
