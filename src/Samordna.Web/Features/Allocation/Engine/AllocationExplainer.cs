namespace Samordna.Web.Features.Allocation.Engine;

/// <summary>Writes the Swedish "why this amount" steps for one association, with the actual numbers.</summary>
internal static class AllocationExplainer
{
    public static IReadOnlyList<string> Explain(AssociationAllocation r, AssociationLine line, ExplanationContext c)
    {
        var p = c.Parameters;
        var steps = new List<string>
        {
            ModelStep(r, line, c),
            EquityStep(r.Equity, p),
            FloorStep(r, line, p),
        };

        var ceiling = CeilingStep(r, line);
        if (ceiling is not null)
        {
            steps.Add(ceiling);
        }

        steps.Add(BalanceStep(r, c));
        steps.Add($"Avrundat till hela kronor (största rest; lika rester avgörs av förbundskoden): {ExactMoney.Format(r.Amount)}.");
        steps.Add(ChangeStep(r));
        return steps;
    }

    private static string ModelStep(AssociationAllocation r, AssociationLine line, ExplanationContext c)
    {
        var p = c.Parameters;
        var g = ExactMoney.Format(p.BaseAmount);
        var text = $"Modellbelopp: grundtilldelning {g} + fördelningsbart belopp {ExactMoney.Format(c.Pool)} "
            + $"(ramen {ExactMoney.Format(p.Frame)} − {c.AssociationCount} × {g}) × ("
            + $"{ExactMoney.Number(p.SupportMeasureWeight)} × andelen av försörjningsmåttet {ExactMoney.Percent(line.ShareOfSupportMeasure, 3)} "
            + $"[{SwedishCulture.Number(r.SupportMeasure, 0)} av {ExactMoney.Number(c.SumF, 0)} kr] + "
            + $"{ExactMoney.Number(p.PopulationWeight)} × andelen av invånarna {p.AgeBand} år {ExactMoney.Percent(line.ShareOfPopulation, 3)} "
            + $"[{SwedishCulture.Number(r.WorkingAgePopulation)} av {ExactMoney.Number(c.SumP)}]) = {ExactMoney.Format(r.ModelAmountExact)}.";
        if (c.SumF.IsZero)
        {
            text += " Försörjningsmåttet är 0 för alla förbund, så den delen bidrar inte.";
        }

        if (c.SumP.IsZero)
        {
            text += " Invånarantalet är 0 för alla förbund, så den delen bidrar inte.";
        }

        return text;
    }

    private static string EquityStep(EquityAssessment e, AllocationParameters p)
    {
        var level = e.IsOverride
            ? $"skäligt eget kapital {ExactMoney.Format(e.ReasonableLevel)} (särskilt angivet för förbundet)"
            : $"skäligt eget kapital {ExactMoney.Format(e.ReasonableLevel)}, dvs. {SwedishCulture.Percent(e.Tier!.Rate, 0)} av storleken {ExactMoney.Format(e.Size)} ("
                + (e.SizeBasis == EquitySizeBasis.PreviousAllocation ? "2 × föregående års tilldelning)" : "2 × modellbeloppet, eftersom förbundet saknar tilldelning föregående år)");
        if (e.ForecastEquity is not { } equity)
        {
            return "Eget kapital: ingen prognos angiven, så kapitalregeln tillämpas inte.";
        }

        if (!e.IsAboveReasonableLevel)
        {
            return $"Eget kapital: prognosen {equity} är inte över {level}; ingen minskning.";
        }

        return $"Eget kapital: prognosen {equity} är över {level} med {ExactMoney.Format(e.Excess)}. "
            + $"Tilldelningen minskas med {SwedishCulture.Percent(p.EquityReductionShare, 0)} av överskottet, {ExactMoney.Format(Rational.FromDecimal(p.EquityReductionShare) * e.Excess)}, "
            + $"men aldrig under grundtilldelningen: tak {ExactMoney.Format(e.Cap!.Value)}. Skyddet mot minskning gäller inte förbund över skälig nivå.";
    }

    private static string FloorStep(AssociationAllocation r, AssociationLine line, AllocationParameters p)
    {
        var g = ExactMoney.Format(p.BaseAmount);
        var d = p.MaxYearlyDecrease;
        var protection = d is { } dd && r.PreviousAllocation is { } previous && line.DecreaseFloor is { } df
            ? $"{ExactMoney.Percent(Rational.One - Rational.FromDecimal(dd), 0)} av föregående års tilldelning {previous} = {ExactMoney.Format(df)} (högst {SwedishCulture.Percent(dd, 0)} minskning per år)"
            : null;
        return r.FloorReason switch
        {
            FloorReason.MaxYearlyDecrease => $"Golv: {protection}.",
            FloorReason.LoweredToAskedAmount => $"Golv: sänkt till det begärda beloppet {ExactMoney.Format(r.Floor)}, eftersom förbundet begär mindre än sitt golv (annars {(protection is null ? "grundtilldelningen " + g : "det högsta av grundtilldelningen " + g + " och " + protection)}).",
            _ when protection is not null => $"Golv: grundtilldelningen {g}, som är högre än {protection}.",
            _ when d is not null && r.PreviousAllocation is not null => $"Golv: grundtilldelningen {g}; skyddet mot minskning gäller inte eftersom det egna kapitalet är över skälig nivå.",
            _ when d is not null => $"Golv: grundtilldelningen {g}; förbundet saknar tilldelning föregående år, så skyddet mot minskning gäller inte.",
            _ => $"Golv: grundtilldelningen {g} (inget skydd mot minskning detta år).",
        };
    }

    private static string? CeilingStep(AssociationAllocation r, AssociationLine line)
    {
        var asked = line.Input.AskedAmount;
        return r.CeilingReason switch
        {
            CeilingReason.AskedAmount => $"Tak: förbundet begär {asked}, och det blir taket.",
            CeilingReason.EquityCap when asked is { } x => $"Tak: {ExactMoney.Format(r.Ceiling!.Value)} på grund av eget kapital, lägre än det begärda beloppet {x}.",
            CeilingReason.EquityCap => $"Tak: {ExactMoney.Format(r.Ceiling!.Value)} på grund av eget kapital.",
            _ => null,
        };
    }

    private static string BalanceStep(AssociationAllocation r, ExplanationContext c)
    {
        var scaled = c.Lambda * r.ModelAmountExact;
        var head = $"Balansering: varje förbund får λ × modellbeloppet inom sina gränser, där λ = {ExactMoney.Factor(c.Lambda)} gör att summan blir exakt ramen {c.Parameters.Frame}; "
            + $"λ × modellbeloppet = {ExactMoney.Format(scaled)}.";
        return r.Binding switch
        {
            BindingBound.Floor => $"{head} Golvet binder: exakt belopp {ExactMoney.Format(r.ExactAmount)}.",
            BindingBound.Ceiling => $"{head} Taket binder: exakt belopp {ExactMoney.Format(r.ExactAmount)}; det som förbundet inte tar emot fördelas på de andra.",
            _ => $"{head} Inom gränserna: exakt belopp {ExactMoney.Format(r.ExactAmount)}.",
        };
    }

    private static string ChangeStep(AssociationAllocation r)
    {
        if (r.PreviousAllocation is not { } previous || r.ChangeFromPrevious is not { } change)
        {
            return "Ingen tilldelning föregående år att jämföra med.";
        }

        var percent = r.ChangeFraction is { } f ? $" ({(f > 0m ? "+" : string.Empty)}{SwedishCulture.Percent(f, 1)})" : string.Empty;
        return $"Jämfört med föregående års tilldelning {previous}: {ExactMoney.FormatSigned(change)}{percent}.";
    }
}
