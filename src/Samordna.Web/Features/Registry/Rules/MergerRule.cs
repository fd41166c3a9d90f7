namespace Samordna.Web.Features.Registry.Rules;

/// <summary>What a merger does to the memberships: which end in the absorbed association, which start in the continuing one.</summary>
public sealed record MergerPlan(
    IReadOnlyList<MemberPeriod> Ending,
    IReadOnlyList<MemberPeriod> Moving,
    IReadOnlyList<string> Problems);

/// <summary>
/// A merger (sammanslagning): one association continues, the other ends on the day before <c>effectiveDate</c>. Every
/// organisation that is a member of the ending association that day becomes a member of the continuing one from
/// <c>effectiveDate</c>, unless it already is (FK, AF and often the region are members of both); a pending exit moves
/// with it. The settled equity is recorded on both associations' merger events.
/// </summary>
public static class MergerRule
{
    public static MergerPlan Plan(
        IReadOnlyCollection<MemberPeriod> absorbed,
        IReadOnlyCollection<MemberPeriod> continuing,
        DateOnly effectiveDate)
    {
        var lastDay = effectiveDate.AddDays(-1);
        var problems = new List<string>();
        var ending = absorbed.Where(m => m.IsActiveOn(lastDay)).ToList();
        if (ending.Count == 0)
        {
            problems.Add($"Förbundet som går upp i det andra har inga medlemmar den {Domain.SwedishCulture.Date(lastDay)}.");
        }

        if (absorbed.Any(m => m.From >= effectiveDate))
        {
            problems.Add("Förbundet som går upp i det andra har medlemskap som börjar på eller efter sammanslagningen. Ta bort dem först.");
        }

        var moving = new List<MemberPeriod>();
        foreach (var m in ending)
        {
            var theirs = continuing.Where(c => c.OrganisationId == m.OrganisationId).ToList();
            if (theirs.Any(c => c.IsActiveOn(effectiveDate)))
            {
                continue;
            }

            if (theirs.Any(c => c.From > effectiveDate))
            {
                problems.Add($"{m.Name} har redan ett senare medlemskap i det fortsättande förbundet.");
                continue;
            }

            moving.Add(m with { From = effectiveDate, To = m.To is { } to && to >= effectiveDate ? to : null });
        }

        return new MergerPlan(ending, moving, problems);
    }
}
