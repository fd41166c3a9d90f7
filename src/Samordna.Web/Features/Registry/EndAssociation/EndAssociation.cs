using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Registry.EndAssociation;

public enum EndKind
{
    /// <summary>The board winds the association up (15 §); it still exists until the final report is delivered.</summary>
    Liquidation,

    /// <summary>The association no longer exists; every membership ends the day before.</summary>
    Dissolution,
}

/// <summary>
/// Liquidation from, or dissolution on, <see cref="EffectiveDate"/>: the first day of liquidation, or the first day the
/// association no longer exists (its last day is the day before). <see cref="Version"/> is the association's version.
/// </summary>
public sealed record EndAssociationRequest(
    EndKind? Kind,
    DateOnly? EffectiveDate,
    DateOnly? DecisionDate,
    string? Reference,
    string? Note,
    long? Version);

/// <summary>Liquidation and dissolution: the only changes the composition rule does not stop.</summary>
public sealed class EndAssociationHandler(AppDbContext db)
{
    public static ValidationErrors Validate(EndAssociationRequest r)
    {
        var errors = new ValidationErrors();
        errors.Required("kind", "Vad som händer", r.Kind);
        errors.Required("effectiveDate", "Datum", r.EffectiveDate);
        errors.FreeText("reference", "Beslut (hänvisning)", r.Reference, 200);
        errors.FreeText("note", "Anteckning", r.Note, 2000);
        return errors.VersionRead(r.Version);
    }

    public async Task<Result<long>> HandleAsync(Guid associationId, EndAssociationRequest r, CancellationToken ct)
    {
        var association = await db.Set<Association>().FirstOrDefaultAsync(a => a.Id == associationId, ct);
        if (association is null)
        {
            return RegistryErrors.AssociationNotFound;
        }

        if (association.EndedOn is not null)
        {
            return RegistryErrors.AlreadyEnded;
        }

        var date = r.EffectiveDate!.Value;
        db.ExpectVersion(association, r.Version!.Value);
        if (r.Kind == EndKind.Liquidation)
        {
            if (association.LiquidationFrom is not null)
            {
                return RegistryErrors.AlreadyInLiquidation;
            }

            if (date < association.FormedOn)
            {
                return RegistryErrors.EndBeforeFormation;
            }

            association.LiquidationFrom = date;
        }
        else
        {
            if (date <= association.FormedOn)
            {
                return RegistryErrors.EndBeforeFormation;
            }

            var memberships = await db.Set<Membership>().Where(m => m.AssociationId == associationId).ToListAsync(ct);
            if (memberships.Any(m => m.ValidFrom >= date))
            {
                return RegistryErrors.MembershipsAfterEnd;
            }

            var lastDay = date.AddDays(-1);
            foreach (var m in memberships.Where(m => m.ValidTo is null || m.ValidTo > lastDay))
            {
                m.ValidTo = lastDay;
            }

            association.EndedOn = lastDay;
        }

        db.Add(new MembershipEvent
        {
            AssociationId = associationId,
            Kind = r.Kind == EndKind.Liquidation ? MembershipEventKind.Liquidation : MembershipEventKind.Dissolution,
            EffectiveDate = date,
            DecisionDate = r.DecisionDate,
            Reference = RegistryText.Trimmed(r.Reference),
            Note = RegistryText.Trimmed(r.Note),
        });
        await db.SaveChangesAsync(ct);
        return association.Version;
    }
}
