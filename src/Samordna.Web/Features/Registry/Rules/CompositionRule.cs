using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Registry.Rules;

/// <summary>The four kinds of member the law requires (3 §).</summary>
public enum CompositionPart
{
    SocialInsuranceAgency,
    EmploymentService,
    Region,
    Municipality,
}

/// <summary>One organisation's membership over a period, with what the composition rule needs to know about it.</summary>
public sealed record MemberPeriod(
    Guid OrganisationId,
    string Code,
    string Name,
    OrganisationKind Kind,
    bool CarriesRegionalRole,
    DateOnly From,
    DateOnly? To)
{
    public bool IsActiveOn(DateOnly date) => From <= date && (To is null || date <= To);

    /// <summary>A region, or a municipality that carries the regional role itself (Gotland).</summary>
    public bool CountsAsRegion => Kind == OrganisationKind.Region || CarriesRegionalRole;

    /// <summary>A municipality or a part of one (stadsdel); Gotland too.</summary>
    public bool CountsAsMunicipality => Kind is OrganisationKind.Municipality or OrganisationKind.MunicipalDistrict;

    public static MemberPeriod Of(Organisation o, DateOnly from, DateOnly? to) =>
        new(o.Id, o.Code, o.Name, o.Kind, o.CarriesRegionalRole, from, to);
}

/// <summary>A date on which the association lacks one or more of the required parts.</summary>
public sealed record CompositionGap(DateOnly Date, IReadOnlyList<CompositionPart> Missing)
{
    /// <summary>"Den 2027-03-01 skulle förbundet sakna en kommun. …" (hypothetical) or "Den … saknar förbundet …".</summary>
    public string Describe(bool hypothetical) =>
        $"Den {Domain.SwedishCulture.Date(Date)} {(hypothetical ? "skulle förbundet sakna" : "saknar förbundet")} {CompositionRule.Name(Missing)}. "
        + CompositionRule.Explanation;
}

/// <summary>
/// The law's composition rule (3 §): Försäkringskassan, Arbetsförmedlingen, at least one region and at least one
/// municipality, on every day the association operates. A municipality that carries the regional role (Gotland, 0980)
/// fills both the municipality and the region part; a municipal district (stadsdel) fills the municipality part. The
/// municipalities may lie in different counties, and a region may be a member of several associations: neither limits
/// anything here.
/// </summary>
public static class CompositionRule
{
    public const string Code = "REGISTRY_COMPOSITION";

    public const string Explanation =
        "Ett samordningsförbund ska ha Försäkringskassan, Arbetsförmedlingen, minst en region och minst en kommun som medlemmar; "
        + "Region Gotland räknas både som kommun och som region (3 § lag (2003:1210)).";

    public static IReadOnlyList<CompositionPart> MissingOn(IEnumerable<MemberPeriod> members, DateOnly date)
    {
        var active = members.Where(m => m.IsActiveOn(date)).ToList();
        var missing = new List<CompositionPart>();
        if (!active.Any(m => m.Kind == OrganisationKind.SocialInsuranceAgency))
        {
            missing.Add(CompositionPart.SocialInsuranceAgency);
        }

        if (!active.Any(m => m.Kind == OrganisationKind.EmploymentService))
        {
            missing.Add(CompositionPart.EmploymentService);
        }

        if (!active.Any(m => m.CountsAsRegion))
        {
            missing.Add(CompositionPart.Region);
        }

        if (!active.Any(m => m.CountsAsMunicipality))
        {
            missing.Add(CompositionPart.Municipality);
        }

        return missing;
    }

    /// <summary>
    /// The dates on which the membership can change inside [<paramref name="from"/>, <paramref name="to"/>]: the first
    /// day, each membership's first day, and the day after each membership's last day. Between two of these dates the
    /// members are the same, so checking them checks every day.
    /// </summary>
    public static IReadOnlyList<DateOnly> ChangeDates(IEnumerable<MemberPeriod> members, DateOnly from, DateOnly? to)
    {
        var dates = new SortedSet<DateOnly> { from };
        foreach (var m in members)
        {
            dates.Add(m.From);
            if (m.To is { } last && last < DateOnly.MaxValue)
            {
                dates.Add(last.AddDays(1));
            }
        }

        return dates.Where(d => d >= from && (to is null || d <= to)).ToList();
    }

    /// <summary>Every date in the window where a part is missing (one entry per change date).</summary>
    public static IReadOnlyList<CompositionGap> Gaps(IReadOnlyCollection<MemberPeriod> members, DateOnly from, DateOnly? to) =>
        ChangeDates(members, from, to)
            .Select(d => new CompositionGap(d, MissingOn(members, d)))
            .Where(g => g.Missing.Count > 0)
            .ToList();

    public static CompositionGap? FirstGap(IReadOnlyCollection<MemberPeriod> members, DateOnly from, DateOnly? to) =>
        Gaps(members, from, to) is { Count: > 0 } gaps ? gaps[0] : null;

    /// <summary>
    /// The days a change from <paramref name="changeFrom"/> can affect while the rule applies: from the change (but not
    /// before formation) to the day before liquidation or the last day of the association. Null when there are none.
    /// </summary>
    public static (DateOnly From, DateOnly? To)? Window(DateOnly formedOn, DateOnly? endedOn, DateOnly? liquidationFrom, DateOnly changeFrom)
    {
        var from = changeFrom > formedOn ? changeFrom : formedOn;
        DateOnly? to = endedOn;
        if (liquidationFrom is { } l && l > DateOnly.MinValue)
        {
            var dayBefore = l.AddDays(-1);
            to = to is { } e && e < dayBefore ? e : dayBefore;
        }

        return to is { } t && t < from ? null : (from, to);
    }

    /// <summary>The first gap a change from <paramref name="changeFrom"/> leaves, within the association's operating days.</summary>
    public static CompositionGap? FirstGapAfterChange(
        IReadOnlyCollection<MemberPeriod> members, DateOnly formedOn, DateOnly? endedOn, DateOnly? liquidationFrom, DateOnly changeFrom) =>
        Window(formedOn, endedOn, liquidationFrom, changeFrom) is { } w ? FirstGap(members, w.From, w.To) : null;

    public static string Name(CompositionPart part) => part switch
    {
        CompositionPart.SocialInsuranceAgency => "Försäkringskassan",
        CompositionPart.EmploymentService => "Arbetsförmedlingen",
        CompositionPart.Region => "en region",
        CompositionPart.Municipality => "en kommun",
        _ => part.ToString(),
    };

    /// <summary>"Försäkringskassan, en region och en kommun".</summary>
    public static string Name(IReadOnlyList<CompositionPart> parts)
    {
        var names = parts.Select(Name).ToList();
        return names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " och " + names[^1];
    }
}
