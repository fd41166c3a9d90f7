using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.Rules;

namespace Samordna.Web.Features.Registry.UpdateAssociation;

/// <summary>
/// Change an association's basic facts and its office's contact details for the public (all of them: a contact field
/// left out is cleared). <see cref="Version"/> is the version the user read; a stale one gives 409.
/// </summary>
public sealed record UpdateAssociationRequest(
    string? Name,
    string? Code,
    string? OrganisationNumber,
    string? SeatMunicipalityCode,
    DateOnly? FormedOn,
    long? Version,
    string? PublicEmail = null,
    string? Phone = null,
    string? PostalAddress = null,
    string? Website = null)
{
    public AssociationContact Contact => new(PublicEmail, Phone, PostalAddress, Website);
}

public sealed class UpdateAssociationHandler(AppDbContext db, RegisterReader reader)
{
    public static ValidationErrors Validate(UpdateAssociationRequest r)
    {
        var errors = new ValidationErrors();
        AssociationFacts.Validate(errors, r.Name, r.Code, r.OrganisationNumber, r.SeatMunicipalityCode, r.FormedOn);
        AssociationFacts.ValidateContact(errors, r.Contact);
        return errors.VersionRead(r.Version);
    }

    /// <summary>
    /// Returns the new version, or an error; a concurrent change surfaces as <see cref="DbUpdateConcurrencyException"/> (409).
    /// A new formation date moves the founding memberships (those that began on the old date) with it, and the
    /// composition rule must still hold from the earlier of the two dates.
    /// </summary>
    public async Task<Result<long>> HandleAsync(Guid associationId, UpdateAssociationRequest r, CancellationToken ct)
    {
        var association = await db.Set<Association>().FirstOrDefaultAsync(a => a.Id == associationId, ct);
        if (association is null)
        {
            return RegistryErrors.AssociationNotFound;
        }

        var orgNumber = Domain.OrganisationNumber.Parse(r.OrganisationNumber!).Digits;
        var code = r.Code!.Trim();
        if (!await db.Set<Municipality>().AnyAsync(m => m.Code == r.SeatMunicipalityCode, ct))
        {
            return RegistryErrors.UnknownMunicipality;
        }

        if (await reader.UniquenessProblemAsync(associationId, code, orgNumber, ct) is { } duplicate)
        {
            return duplicate;
        }

        var formedOn = r.FormedOn!.Value;
        if (formedOn != association.FormedOn && await MoveFoundingMembershipsAsync(association, formedOn, ct) is { } problem)
        {
            return problem;
        }

        db.ExpectVersion(association, r.Version!.Value);
        association.Name = r.Name!.Trim();
        association.Code = code;
        association.OrganisationNumber = orgNumber;
        association.SeatMunicipalityCode = r.SeatMunicipalityCode!;
        association.FormedOn = formedOn;
        var contact = r.Contact.Cleaned();
        association.PublicEmail = contact.Email;
        association.Phone = contact.Phone;
        association.PostalAddress = contact.PostalAddress;
        association.Website = contact.Website;
        await db.SaveChangesAsync(ct);
        return association.Version;
    }

    private async Task<Error?> MoveFoundingMembershipsAsync(Association association, DateOnly formedOn, CancellationToken ct)
    {
        if (association.EndedOn is { } ended && formedOn > ended)
        {
            return new Error("REGISTRY_FORMED_AFTER_END", "Bildat datum kan inte vara efter den dag förbundet upphörde.", ErrorKind.Validation, "formedOn");
        }

        var memberships = await db.Set<Membership>().Include(m => m.Organisation)
            .Where(m => m.AssociationId == association.Id).ToListAsync(ct);
        foreach (var m in memberships.Where(m => m.ValidFrom == association.FormedOn))
        {
            if (m.ValidTo is { } to && to < formedOn)
            {
                return new Error("REGISTRY_FORMED_AFTER_MEMBERSHIP", $"Medlemskapet för {m.Organisation!.Name} slutar före det nya bildandedatumet.", ErrorKind.Validation, "formedOn");
            }

            m.ValidFrom = formedOn;
        }

        if (memberships.FirstOrDefault(m => m.ValidFrom < formedOn) is { } early)
        {
            return new Error("REGISTRY_MEMBERSHIP_BEFORE_FORMATION", $"Medlemskapet för {early.Organisation!.Name} börjar före det nya bildandedatumet.", ErrorKind.Validation, "formedOn");
        }

        var periods = memberships.Select(m => MemberPeriod.Of(m.Organisation!, m.ValidFrom, m.ValidTo)).ToList();
        var from = formedOn < association.FormedOn ? formedOn : association.FormedOn;
        var gap = CompositionRule.FirstGapAfterChange(periods, formedOn, association.EndedOn, association.LiquidationFrom, from);
        return gap is null ? null : RegistryErrors.CompositionBroken(gap);
    }
}
