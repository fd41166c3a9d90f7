using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Interventions.Rules;

/// <summary>Loads the <see cref="InterventionFacts"/> the rules read, for one intervention or all of an association's.</summary>
public static class RuleFacts
{
    public static async Task<InterventionFacts> LoadAsync(AppDbContext db, Intervention i, CancellationToken ct) =>
        (await LoadAsync(db, [i], ct))[i.Id];

    public static async Task<IReadOnlyDictionary<Guid, InterventionFacts>> LoadAsync(AppDbContext db, IReadOnlyList<Intervention> interventions, CancellationToken ct)
    {
        var organisationIds = interventions.SelectMany(i => i.Parties.Select(p => p.OrganisationId)).Distinct().ToList();
        var kinds = await db.Set<Organisation>().AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Kind, ct);
        var ids = interventions.Select(i => i.Id).ToList();
        var grants = (await db.Set<InterventionGrant>().AsNoTracking().Where(g => ids.Contains(g.InterventionId))
            .Select(g => new { g.InterventionId, g.Year, g.Amount }).ToListAsync(ct))
            .Where(g => g.Amount > Domain.Sek.Zero)
            .ToLookup(g => g.InterventionId, g => g.Year);
        return interventions.ToDictionary(i => i.Id, i => new InterventionFacts(
            i.State,
            i.Parties.Select(p => (p.OrganisationId, kinds.GetValueOrDefault(p.OrganisationId))).ToList(),
            i.OwnerOrganisationId,
            i.AgeFrom,
            i.AgeTo,
            i.AgreementSignedOn,
            grants[i.Id].Distinct().ToList()));
    }
}
