using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Interventions.Catalogue;
using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions.PublishIntervention;

public sealed record PublishRequest(bool? Published, long? Version);

/// <summary>Shows a running intervention in the public catalogue, or takes it out (the office decides).</summary>
public sealed class PublishInterventionHandler(AppDbContext db, CatalogueIndex index)
{
    public static ValidationErrors Validate(PublishRequest r)
    {
        var errors = new ValidationErrors();
        errors.Required("published", "Publicerad", r.Published);
        errors.VersionRead(r.Version);
        return errors;
    }

    public async Task<Result<Saved>> HandleAsync(Guid associationId, Guid interventionId, PublishRequest r, InterventionActor actor, CancellationToken ct)
    {
        var intervention = await InterventionQueries.LoadAsync(db, associationId, interventionId, ct);
        if (intervention is null || !actor.CanSee(intervention))
        {
            return InterventionsErrors.NotFound;
        }

        if (!actor.IsOffice)
        {
            return CommonErrors.Forbidden;
        }

        if (r.Published == true && intervention.State != InterventionState.Active)
        {
            return InterventionsErrors.NotPublishable;
        }

        db.ExpectVersion(intervention, r.Version!.Value);
        intervention.Published = r.Published!.Value;
        await index.UpdateAsync(intervention, ct);
        await db.SaveChangesAsync(ct);
        return new Saved(intervention.Id, intervention.Version);
    }
}
