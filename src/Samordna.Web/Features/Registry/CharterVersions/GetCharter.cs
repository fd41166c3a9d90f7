using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.Rules;

namespace Samordna.Web.Features.Registry.CharterVersions;

public sealed record CharterMemberRef(Guid OrganisationId, string OrganisationCode, string Name);

public sealed record CharterSeatItem(string OrganisationCode, string Name, int Seats);

public sealed record CharterShareItem(string OrganisationCode, string Name, decimal Share);

public sealed record CharterDecisionItem(string OrganisationCode, string Name, DateOnly DecidedOn, string? Reference);

public enum CharterVersionState
{
    /// <summary>Not every member had decided by the date.</summary>
    AwaitingDecisions,

    /// <summary>Every member had decided; the version takes effect later.</summary>
    Adopted,

    /// <summary>The version in force on the date.</summary>
    InForce,

    /// <summary>A later version has taken its place.</summary>
    Superseded,
}

public sealed record CharterVersionItem(
    Guid Id,
    DateOnly ValidFrom,
    DateOnly? EffectiveFrom,
    CharterVersionState State,
    string StateText,
    int BoardSeatsPerMember,
    int? MandatePeriodYears,
    int NoticePeriodMonths,
    string? QualifiedMajorityMatters,
    SplitKeyKind MunicipalSplitKey,
    SplitKeyKind RegionSplitKey,
    decimal? MixPopulationWeight,
    string? Note,
    long Version,
    IReadOnlyList<CharterSeatItem> BoardSeats,
    IReadOnlyList<CharterShareItem> FixedShares,
    IReadOnlyList<CharterDecisionItem> Decisions,
    IReadOnlyList<CharterMemberRef> MissingDecisions);

public sealed record CharterOverview(DateOnly AsOf, CharterVersionItem? InForce, IReadOnlyList<CharterVersionItem> Versions);

/// <summary>
/// An association's charter versions as they stood on a date: decisions taken after the date do not count yet, so the
/// version in force is the one the association actually worked under then.
/// </summary>
public sealed class GetCharterHandler(AppDbContext db, RegisterReader reader)
{
    public async Task<CharterOverview> OverviewAsync(Guid associationId, DateOnly asOf, CancellationToken ct)
    {
        var items = await ItemsAsync(associationId, asOf, ct);
        return new CharterOverview(asOf, items.FirstOrDefault(i => i.State == CharterVersionState.InForce), items);
    }

    public async Task<CharterVersionItem?> VersionAsync(Guid associationId, Guid charterVersionId, DateOnly asOf, CancellationToken ct) =>
        (await ItemsAsync(associationId, asOf, ct)).FirstOrDefault(i => i.Id == charterVersionId);

    private async Task<IReadOnlyList<CharterVersionItem>> ItemsAsync(Guid associationId, DateOnly asOf, CancellationToken ct)
    {
        var members = await reader.MemberPeriodsAsync(associationId, ct);
        var versions = await reader.CharterVersionsAsync(associationId, ct);
        foreach (var v in versions)
        {
            v.Decisions = v.Decisions.Where(d => d.DecidedOn <= asOf).ToList();
        }

        var ids = versions.SelectMany(v => v.FixedShares.Select(s => s.OrganisationId).Concat(v.BoardSeats.Select(s => s.OrganisationId)).Concat(v.Decisions.Select(d => d.OrganisationId)))
            .Concat(members.Select(m => m.OrganisationId)).Distinct().ToList();
        var names = await db.Set<Organisation>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.Code, o.Name), ct);
        var inForce = CharterRule.InForceOn(versions, members, asOf);
        var sv = StringComparer.Create(SwedishCulture.Instance, false);
        return versions
            .OrderByDescending(v => v.ValidFrom)
            .Select(v =>
            {
                var status = CharterRule.Status(v, members);
                var state = v == inForce ? CharterVersionState.InForce
                    : status.EffectiveFrom is null ? CharterVersionState.AwaitingDecisions
                    : status.EffectiveFrom > asOf ? CharterVersionState.Adopted
                    : CharterVersionState.Superseded;
                return new CharterVersionItem(
                    v.Id, v.ValidFrom, status.EffectiveFrom, state, StateText(state, status), v.BoardSeatsPerMember, v.MandatePeriodYears,
                    v.NoticePeriodMonths, v.QualifiedMajorityMatters, v.MunicipalSplitKey, v.RegionSplitKey, v.MixPopulationWeight, v.Note, v.Version,
                    v.BoardSeats.Select(s => new CharterSeatItem(names[s.OrganisationId].Code, names[s.OrganisationId].Name, s.Seats)).OrderBy(s => s.Name, sv).ToList(),
                    v.FixedShares.Select(s => new CharterShareItem(names[s.OrganisationId].Code, names[s.OrganisationId].Name, s.Share)).OrderBy(s => s.Name, sv).ToList(),
                    v.Decisions.Select(d => new CharterDecisionItem(names[d.OrganisationId].Code, names[d.OrganisationId].Name, d.DecidedOn, d.Reference)).OrderBy(d => d.DecidedOn).ToList(),
                    status.MissingDecisions.Select(id => new CharterMemberRef(id, names[id].Code, names[id].Name)).OrderBy(m => m.Name, sv).ToList());
            })
            .ToList();
    }

    private static string StateText(CharterVersionState state, CharterStatus status) => state switch
    {
        CharterVersionState.InForce => "Gäller",
        CharterVersionState.Adopted => $"Antagen, gäller från {SwedishCulture.Date(status.EffectiveFrom)}",
        CharterVersionState.Superseded => "Ersatt av en senare version",
        _ => status.MissingDecisions.Count == 1 ? "Väntar på beslut från 1 medlem" : $"Väntar på beslut från {status.MissingDecisions.Count} medlemmar",
    };
}
