namespace Samordna.Web.Features.Registry.NationalOverview;

public sealed record OverviewAssociation(Guid Id, string Code, string Name, DateOnly FormedOn, DateOnly? EndedOn)
{
    public bool ExistsOn(DateOnly date) => FormedOn <= date && (EndedOn is null || date <= EndedOn);
}

/// <summary>A municipality's (or one of its districts') membership of an association.</summary>
public sealed record OverviewMembership(Guid AssociationId, string MunicipalityCode, DateOnly From, DateOnly? To)
{
    public bool IsActiveOn(DateOnly date) => From <= date && (To is null || date <= To);
}

public sealed record OverviewMunicipality(string Code, string Name, string CountyCode);

public sealed record OverviewCounty(string Code, string Name);

public sealed record AssociationCoverage(Guid Id, string Code, string Name, DateOnly FormedOn, IReadOnlyList<string> Counties, IReadOnlyList<string> Municipalities);

public sealed record CountyCoverage(string CountyCode, string CountyName, int Municipalities, int Inside, IReadOnlyList<string> Outside);

public sealed record YearPoint(int Year, DateOnly Date, int Associations, int MemberMunicipalities);

public sealed record NationalOverviewResult(
    DateOnly AsOf,
    int Associations,
    int Municipalities,
    int MemberMunicipalities,
    int MunicipalitiesOutside,
    IReadOnlyList<AssociationCoverage> Coverage,
    IReadOnlyList<CountyCoverage> Counties,
    IReadOnlyList<YearPoint> Years);

/// <summary>
/// Counts the national register on a date: associations that exist, the municipalities each covers, and the
/// municipalities outside every association, by county. A municipality counts as inside when it, or one of its
/// districts, is a member. The yearly series uses 31 December of each year, and the chosen date for its last year.
/// </summary>
public static class OverviewCalculator
{
    /// <summary>The law came into force on 2004-01-01; no series starts earlier.</summary>
    public const int FirstYear = 2004;

    public static NationalOverviewResult Compute(
        IReadOnlyCollection<OverviewAssociation> associations,
        IReadOnlyCollection<OverviewMembership> memberships,
        IReadOnlyCollection<OverviewMunicipality> municipalities,
        IReadOnlyCollection<OverviewCounty> counties,
        DateOnly asOf)
    {
        var sv = StringComparer.Create(Domain.SwedishCulture.Instance, false);
        var byCode = municipalities.ToDictionary(m => m.Code, StringComparer.Ordinal);
        var countyNames = counties.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        var existing = associations.Where(a => a.ExistsOn(asOf)).ToList();
        var existingIds = existing.Select(a => a.Id).ToHashSet();
        var active = memberships.Where(m => m.IsActiveOn(asOf) && existingIds.Contains(m.AssociationId) && byCode.ContainsKey(m.MunicipalityCode)).ToList();
        var inside = active.Select(m => m.MunicipalityCode).ToHashSet(StringComparer.Ordinal);

        var coverage = existing
            .Select(a =>
            {
                var codes = active.Where(m => m.AssociationId == a.Id).Select(m => m.MunicipalityCode).Distinct().ToList();
                var countyList = codes.Select(c => byCode[c].CountyCode).Distinct().Select(c => countyNames.GetValueOrDefault(c, c)).OrderBy(n => n, sv).ToList();
                return new AssociationCoverage(a.Id, a.Code, a.Name, a.FormedOn, countyList, codes.Select(c => byCode[c].Name).OrderBy(n => n, sv).ToList());
            })
            .OrderBy(c => c.Name, sv)
            .ToList();

        var countyCoverage = municipalities
            .GroupBy(m => m.CountyCode)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CountyCoverage(
                g.Key,
                countyNames.GetValueOrDefault(g.Key, g.Key),
                g.Count(),
                g.Count(m => inside.Contains(m.Code)),
                g.Where(m => !inside.Contains(m.Code)).Select(m => m.Name).OrderBy(n => n, sv).ToList()))
            .ToList();

        return new NationalOverviewResult(
            asOf, existing.Count, municipalities.Count, inside.Count, municipalities.Count - inside.Count,
            coverage, countyCoverage, Years(associations, memberships, byCode.Keys.ToHashSet(StringComparer.Ordinal), asOf));
    }

    public static IReadOnlyList<YearPoint> Years(
        IReadOnlyCollection<OverviewAssociation> associations,
        IReadOnlyCollection<OverviewMembership> memberships,
        IReadOnlySet<string> municipalityCodes,
        DateOnly asOf)
    {
        if (associations.Count == 0)
        {
            return [];
        }

        var first = Math.Max(FirstYear, associations.Min(a => a.FormedOn.Year));
        var points = new List<YearPoint>();
        for (var year = first; year <= asOf.Year; year++)
        {
            var date = year == asOf.Year ? asOf : new DateOnly(year, 12, 31);
            var ids = associations.Where(a => a.ExistsOn(date)).Select(a => a.Id).ToHashSet();
            var inside = memberships
                .Where(m => m.IsActiveOn(date) && ids.Contains(m.AssociationId) && municipalityCodes.Contains(m.MunicipalityCode))
                .Select(m => m.MunicipalityCode)
                .Distinct(StringComparer.Ordinal)
                .Count();
            points.Add(new YearPoint(year, date, ids.Count, inside));
        }

        return points;
    }
}
