namespace Samordna.Web.Features.Governance.Rules;

/// <summary>A closed range of days: both <see cref="Start"/> and <see cref="End"/> are included.</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly date) => Start <= date && date <= End;
}
