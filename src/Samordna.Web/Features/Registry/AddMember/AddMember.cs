using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.Rules;

namespace Samordna.Web.Features.Registry.AddMember;

/// <summary>An organisation joins (utvidgning) on <see cref="EffectiveDate"/>, its first day as a member.</summary>
public sealed record AddMemberRequest(
    string? OrganisationCode,
    DateOnly? EffectiveDate,
    DateOnly? DecisionDate,
    string? Reference);

/// <summary>
/// Records a join as a membership from the date and a dated event. The 50/25/25 split between the parties does not
/// change; only the split inside the municipalities' (or regions') quarter does, through a new charter version.
/// </summary>
public sealed class AddMemberHandler(AppDbContext db, RegisterReader reader)
{
    public static ValidationErrors Validate(AddMemberRequest r)
    {
        var errors = new ValidationErrors();
        errors.Required("organisationCode", "Ny medlem", r.OrganisationCode);
        errors.Required("effectiveDate", "Medlem från", r.EffectiveDate);
        errors.FreeText("reference", "Beslut (hänvisning)", r.Reference, 200);
        return errors;
    }

    public async Task<Result<Guid>> HandleAsync(Guid associationId, AddMemberRequest r, CancellationToken ct)
    {
        var association = await db.Set<Association>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == associationId, ct);
        if (association is null)
        {
            return RegistryErrors.AssociationNotFound;
        }

        var code = r.OrganisationCode!.Trim();
        var organisation = await db.Set<Organisation>().FirstOrDefaultAsync(o => o.Code == code, ct);
        if (organisation is null)
        {
            return RegistryErrors.UnknownOrganisation;
        }

        var date = r.EffectiveDate!.Value;
        if (!association.OperatesOn(date))
        {
            return RegistryErrors.NotOperating;
        }

        var periods = await reader.MemberPeriodsAsync(associationId, ct);
        if (periods.Any(p => p.OrganisationId == organisation.Id && (p.To is null || p.To >= date)))
        {
            return RegistryErrors.AlreadyMember;
        }

        periods.Add(MemberPeriod.Of(organisation, date, null));
        if (CompositionRule.FirstGapAfterChange(periods, association.FormedOn, association.EndedOn, association.LiquidationFrom, date) is { } gap)
        {
            return RegistryErrors.CompositionBroken(gap);
        }

        var membership = new Membership { AssociationId = associationId, OrganisationId = organisation.Id, ValidFrom = date };
        db.Add(membership);
        db.Add(new MembershipEvent
        {
            AssociationId = associationId,
            Kind = MembershipEventKind.Join,
            EffectiveDate = date,
            DecisionDate = r.DecisionDate,
            Reference = RegistryText.Trimmed(r.Reference),
            OrganisationId = organisation.Id,
        });
        await db.SaveChangesAsync(ct);
        return membership.Id;
    }
}
