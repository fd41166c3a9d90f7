using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Registry.Rules;

/// <summary>Whether a charter version has taken effect, and who has yet to decide on it.</summary>
public sealed record CharterStatus(DateOnly? EffectiveFrom, IReadOnlyList<Guid> MissingDecisions)
{
    public bool IsComplete => EffectiveFrom is not null;
}

/// <summary>
/// R13: a charter (förbundsordning) changes only when every member has decided. A version takes effect on its
/// <c>ValidFrom</c>, or on the last member's decision if that comes later, once every organisation that is a member on
/// <c>ValidFrom</c> has decided; until then the previous version applies.
/// </summary>
public static class CharterRule
{
    public const string Code = "REGISTRY_CHARTER_DECISIONS";

    public const int MaxMandateYears = 4;

    public static CharterStatus Status(DateOnly validFrom, IEnumerable<MemberPeriod> members, IEnumerable<(Guid OrganisationId, DateOnly DecidedOn)> decisions)
    {
        var decided = decisions.GroupBy(d => d.OrganisationId).ToDictionary(g => g.Key, g => g.Max(d => d.DecidedOn));
        var required = members.Where(m => m.IsActiveOn(validFrom)).Select(m => m.OrganisationId).Distinct().ToList();
        var missing = required.Where(id => !decided.ContainsKey(id)).ToList();
        if (missing.Count > 0 || required.Count == 0)
        {
            return new CharterStatus(null, missing);
        }

        var last = required.Max(id => decided[id]);
        return new CharterStatus(last > validFrom ? last : validFrom, []);
    }

    public static CharterStatus Status(CharterVersion version, IEnumerable<MemberPeriod> members) =>
        Status(version.ValidFrom, members, version.Decisions.Select(d => (d.OrganisationId, d.DecidedOn)));

    /// <summary>The version in force on <paramref name="date"/>: of those that have taken effect by then, the one with the latest <c>ValidFrom</c>.</summary>
    public static CharterVersion? InForceOn(IEnumerable<CharterVersion> versions, IReadOnlyCollection<MemberPeriod> members, DateOnly date) =>
        versions
            .Select(v => (Version: v, Status: Status(v, members)))
            .Where(x => x.Status.EffectiveFrom is { } from && from <= date)
            .OrderByDescending(x => x.Version.ValidFrom)
            .Select(x => x.Version)
            .FirstOrDefault();

    /// <summary>
    /// Problems with fixed shares for one party (the municipalities or the regions): each of the party's members on the
    /// version's first day needs a share above zero, nobody else may have one, and the shares must sum to exactly 1.
    /// </summary>
    public static IReadOnlyList<string> ShareProblems(string partyName, IReadOnlyCollection<MemberPeriod> partyMembers, IReadOnlyDictionary<Guid, decimal> shares)
    {
        var problems = new List<string>();
        foreach (var m in partyMembers.Where(m => !shares.TryGetValue(m.OrganisationId, out var s) || s <= 0m))
        {
            problems.Add($"{m.Name} saknar en andel större än noll i {partyName}s fasta fördelning.");
        }

        var strangers = shares.Keys.Where(id => partyMembers.All(m => m.OrganisationId != id)).ToList();
        if (strangers.Count > 0)
        {
            problems.Add($"Fasta andelar för {partyName} får bara ges till {partyName} som är medlemmar när förbundsordningen börjar gälla.");
        }

        var sum = shares.Values.Sum();
        if (partyMembers.Count > 0 && sum != 1m)
        {
            problems.Add($"{char.ToUpper(partyName[0], Domain.SwedishCulture.Instance)}{partyName[1..]}s fasta andelar ska tillsammans vara exakt 1 (100 %), men är {Domain.SwedishCulture.Number(sum, 4)}.");
        }

        return problems;
    }
}
