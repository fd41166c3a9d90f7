using System.Text;

namespace Samordna.Web.Features.Registry.NationalOverview;

/// <summary>An association a municipality belongs to (itself or through one of its districts), for a link to its public page.</summary>
public sealed record MunicipalityAssociation(Guid Id, string Name);

/// <summary>One municipality with its county and the associations it belongs to on the date (none when it is outside all).</summary>
public sealed record MunicipalityEntry(string Code, string Name, string CountyName, IReadOnlyList<MunicipalityAssociation> Associations);

/// <summary>What the search answers: the municipalities found (at most <see cref="MunicipalitySearch.MaxMatches"/> of
/// <see cref="Total"/>), or a Swedish message saying why there is nothing to look up.</summary>
/// <param name="Query">What was asked, as written (trimmed).</param>
/// <param name="Problem">Why the question could not be asked (empty, too long, no letters), or null.</param>
/// <param name="Approximate">No name held the letters as written; these names match when å, ä, ö and accents are read as a and o.</param>
public sealed record MunicipalitySearchResult(string Query, DateOnly AsOf, string? Problem, IReadOnlyList<MunicipalityEntry> Matches, int Total, bool Approximate)
{
    public bool HasMore => Total > Matches.Count;
}

/// <summary>
/// "Vilket samordningsförbund hör min kommun till?": finds municipalities by a part of their name and tells which
/// associations each belongs to on a date. Pure, over the 290 names in memory. Case does not matter, å, ä and ö are
/// letters of their own, a hyphen and a space are the same ("Upplands Bro"), "kommun" and "stad" after a name and
/// "Region" before one are ignored, and a genitive s ("Jönköpings kommun") is tried without the s. Only when nothing
/// matches are å, ä and ö read as a and o ("Vaxjo" finds Växjö), and the answer says so. Not the full-text helper
/// (Interventions' SwedishSearchText): that one stems whole words for an index in the database, this one matches
/// parts of names.
/// </summary>
public static class MunicipalitySearch
{
    /// <summary>The longest question answered; the longest municipality name is 14 letters.</summary>
    public const int MaxQueryLength = 50;

    /// <summary>The most municipalities listed; a shorter part of a name matches many ("a" matches most).</summary>
    public const int MaxMatches = 20;

    private static readonly CultureInfo Swedish = Domain.SwedishCulture.Instance;

    private static readonly StringComparer SwedishOrder = StringComparer.Create(Swedish, false);

    /// <summary>Every municipality with the associations it (or one of its districts) is a member of on <paramref name="asOf"/>, in Swedish order.</summary>
    public static IReadOnlyList<MunicipalityEntry> Index(
        IReadOnlyCollection<OverviewAssociation> associations,
        IReadOnlyCollection<OverviewMembership> memberships,
        IReadOnlyCollection<OverviewMunicipality> municipalities,
        IReadOnlyCollection<OverviewCounty> counties,
        DateOnly asOf)
    {
        var existing = associations.Where(a => a.ExistsOn(asOf)).ToDictionary(a => a.Id);
        var countyNames = counties.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        var byMunicipality = memberships
            .Where(m => m.IsActiveOn(asOf) && existing.ContainsKey(m.AssociationId))
            .GroupBy(m => m.MunicipalityCode, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<MunicipalityAssociation>)g.Select(m => m.AssociationId).Distinct()
                    .Select(id => new MunicipalityAssociation(id, existing[id].Name)).OrderBy(a => a.Name, SwedishOrder).ToList(),
                StringComparer.Ordinal);
        return municipalities
            .Select(m => new MunicipalityEntry(m.Code, m.Name, countyNames.GetValueOrDefault(m.CountyCode, m.CountyCode), byMunicipality.GetValueOrDefault(m.Code, [])))
            .OrderBy(m => m.Name, SwedishOrder)
            .ToList();
    }

    /// <summary>The municipalities whose name contains <paramref name="query"/>: the name itself first, then names that start with it, then the rest, each in Swedish order.</summary>
    public static MunicipalitySearchResult Search(string? query, IReadOnlyList<MunicipalityEntry> index, DateOnly asOf)
    {
        var asked = (query ?? string.Empty).Trim();
        if (asked.Length == 0)
        {
            return Refused(asked, asOf, "Skriv namnet på kommunen, eller en del av det.");
        }

        if (asked.Length > MaxQueryLength)
        {
            return Refused(asked, asOf, $"Skriv högst {MaxQueryLength} tecken. Det räcker med en del av kommunens namn.");
        }

        var key = Key(asked, fold: false);
        if (!key.Any(char.IsLetter))
        {
            return Refused(asked, asOf, "Skriv kommunens namn med bokstäver, till exempel Värnamo.");
        }

        foreach (var fold in new[] { false, true })
        {
            foreach (var candidate in Candidates(Key(asked, fold)))
            {
                var found = Rank(candidate, index, fold);
                if (found.Count > 0)
                {
                    return new(asked, asOf, null, found.Take(MaxMatches).ToList(), found.Count, fold);
                }
            }
        }

        return new(asked, asOf, null, [], 0, false);
    }

    private static MunicipalitySearchResult Refused(string asked, DateOnly asOf, string problem) => new(asked, asOf, problem, [], 0, false);

    private static List<MunicipalityEntry> Rank(string key, IReadOnlyList<MunicipalityEntry> index, bool fold) =>
        index
            .Select(m => (Entry: m, Name: Key(m.Name, fold)))
            .Where(x => x.Name.Contains(key, StringComparison.Ordinal))
            .OrderBy(x => x.Name == key ? 0 : x.Name.StartsWith(key, StringComparison.Ordinal) ? 1 : 2)
            .ThenBy(x => x.Entry.Name, SwedishOrder)
            .Select(x => x.Entry)
            .ToList();

    /// <summary>What was asked, then without "kommun"/"stad" after it and "region" before it, then without a genitive s.</summary>
    private static IEnumerable<string> Candidates(string key)
    {
        yield return key;
        var words = key.Split(' ');
        var start = words.Length > 1 && words[0] == "region" ? 1 : 0;
        var end = words.Length - start > 1 && words[^1] is "kommun" or "stad" or "kommuns" ? words.Length - 1 : words.Length;
        var core = string.Join(' ', words[start..end]);
        if (core != key && core.Length > 0)
        {
            yield return core;
        }

        if (core.Length > 2 && core.EndsWith('s'))
        {
            yield return core[..^1];
        }
    }

    /// <summary>Lower case in Swedish, hyphens and runs of white space as one space, and (when folding) accents and å, ä, ö removed.</summary>
    private static string Key(string text, bool fold)
    {
        var normal = text.Normalize(fold ? NormalizationForm.FormD : NormalizationForm.FormC).ToLower(Swedish);
        var sb = new StringBuilder(normal.Length);
        foreach (var c in normal)
        {
            if (fold && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var ch = char.IsWhiteSpace(c) || c is '-' or '–' or '—' or '‐' ? ' ' : c;
            if (ch == ' ' && (sb.Length == 0 || sb[^1] == ' '))
            {
                continue;
            }

            sb.Append(ch);
        }

        return sb.ToString().TrimEnd();
    }
}
