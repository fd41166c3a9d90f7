using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.FollowUp.Disclosure;
using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.Economy.KeyFigures;

/// <summary>A share of a whole: the exact fraction (null when the whole is zero or less) and its Swedish display.</summary>
public sealed record KeyShare(Sek Part, Sek Whole, decimal? Fraction)
{
    /// <summary>"12,3 %" (per cent with one decimal, halves away from zero), or "–" when there is no share.</summary>
    public string Display => Fraction is { } f ? SwedishCulture.Percent(Math.Round(f * 100m, 1, MidpointRounding.AwayFromZero) / 100m, 1) : "–";
}

/// <summary>One intervention's cost in the books and, when followed up by participant records, its protected participants.</summary>
public sealed record InterventionCost(Guid Id, string Name, Orientation Orientation, Sek? Cost, bool HasParticipantRecords, ProtectedCount? Participants);

/// <summary>An intervention's key figures: its cost, its participants as the follow-up shows them, and the cost per participant when it may be shown.</summary>
public sealed record InterventionKeyFigures(Guid Id, string Name, Orientation Orientation, Sek? Cost, bool HasParticipantRecords, string ParticipantsDisplay, Sek? CostPerParticipant);

/// <summary>The year's key figures (nyckeltal) from one set of costs (the books, or a budget).</summary>
public sealed record KeyFigureSet(
    Sek TotalCosts,
    Sek AdministrationCosts,
    KeyShare AdministrationShare,
    Sek InterventionCosts,
    Sek IndividualCosts,
    Sek StructuralCosts,
    Sek UnattributedInterventionCosts,
    KeyShare IndividualShare,
    KeyShare StructuralShare);

/// <summary>Cost per participant over all interventions followed up by participant records.</summary>
public sealed record OverallCostPerParticipant(Sek Cost, string ParticipantsDisplay, Sek? CostPerParticipant, int InterventionsWithoutCost);

/// <summary>
/// The pure arithmetic of the key figures (no database). Money is <see cref="Sek"/> (whole öre) throughout.
/// <list type="bullet">
/// <item><b>Administration share</b> = the costs of the administration categories (configuration,
/// <see cref="EconomyOptions.AdministrationCategories"/>; default board, office and audit) over all costs (every cost
/// category). None (shown "–") when the costs are zero or less.</item>
/// <item><b>Individual and structural shares</b> = the costs of the interventions of each orientation over the
/// intervention category's costs; intervention costs booked on no particular intervention are their own line.</item>
/// <item><b>Cost per participant</b> = cost ÷ participants, rounded to whole öre with halves away from zero (integer
/// arithmetic, no floating point); computed only from a participant count the follow-up's disclosure control shows
/// and that is above zero, never from a suppressed one ("&lt;5", "..").</item>
/// <item>Shares are exact fractions; the display rounds the per cent to one decimal, halves away from zero.</item>
/// </list>
/// </summary>
public static class KeyFiguresCalculator
{
    public static KeyShare Share(Sek part, Sek whole) => new(part, whole, whole > Sek.Zero ? (decimal)part.Ore / whole.Ore : null);

    /// <summary>Cost ÷ participants in whole öre, halves away from zero; null unless the count is shown and above zero.</summary>
    public static Sek? PerParticipant(Sek? cost, ProtectedCount? participants) =>
        cost is { } c && participants is { IsShown: true, Value: > 0 } ? PerParticipant(c, participants.Value!.Value) : null;

    /// <summary>Cost ÷ a count above zero, in whole öre with halves away from zero.</summary>
    public static Sek PerParticipant(Sek cost, int participants)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(participants);
        var quotient = Math.DivRem(cost.Ore, participants, out var remainder);
        if (Math.Abs(remainder) * 2 >= participants)
        {
            quotient += Math.Sign(cost.Ore);
        }

        return new Sek(quotient);
    }

    /// <summary>
    /// The shares from costs per category (positive amounts) and the intervention costs per orientation
    /// (<paramref name="interventions"/>: each intervention's cost, null when nothing is booked on it).
    /// </summary>
    public static KeyFigureSet Compute(
        IReadOnlyDictionary<BudgetCategory, Sek> byCategory, IReadOnlyCollection<BudgetCategory> administration, IEnumerable<(Orientation Orientation, Sek? Cost)> interventions)
    {
        var costs = byCategory.Where(c => !Budgets.BudgetRules.IsIncome(c.Key)).ToList();
        var total = Sek.Sum(costs.Select(c => c.Value));
        var admin = Sek.Sum(costs.Where(c => administration.Contains(c.Key)).Select(c => c.Value));
        var interventionCosts = byCategory.GetValueOrDefault(BudgetCategory.Intervention, Sek.Zero);
        var list = interventions.ToList();
        var individual = Sek.Sum(list.Where(i => i.Orientation == Orientation.Individual).Select(i => i.Cost ?? Sek.Zero));
        var structural = Sek.Sum(list.Where(i => i.Orientation == Orientation.Structural).Select(i => i.Cost ?? Sek.Zero));
        return new KeyFigureSet(total, admin, Share(admin, total), interventionCosts, individual, structural, interventionCosts - individual - structural,
            Share(individual, interventionCosts), Share(structural, interventionCosts));
    }

    /// <summary>Each intervention with its cost per participant (only from a shown count above zero).</summary>
    public static IReadOnlyList<InterventionKeyFigures> PerIntervention(IEnumerable<InterventionCost> interventions) =>
        interventions.Select(i => new InterventionKeyFigures(i.Id, i.Name, i.Orientation, i.Cost, i.HasParticipantRecords,
            i.HasParticipantRecords ? i.Participants?.ToDisplay() ?? "–" : "–", i.HasParticipantRecords ? PerParticipant(i.Cost, i.Participants) : null)).ToList();

    /// <summary>
    /// The booked costs of the interventions followed up by participant records over all their participants (the
    /// follow-up report's protected total); the interventions without booked costs are counted so the page can say so.
    /// </summary>
    public static OverallCostPerParticipant Overall(IEnumerable<InterventionCost> interventions, ProtectedCount? participants)
    {
        var followed = interventions.Where(i => i.HasParticipantRecords).ToList();
        var cost = Sek.Sum(followed.Select(i => i.Cost ?? Sek.Zero));
        return new OverallCostPerParticipant(cost, participants?.ToDisplay() ?? "–", followed.Count == 0 ? null : PerParticipant(cost, participants),
            followed.Count(i => i.Cost is null));
    }
}
