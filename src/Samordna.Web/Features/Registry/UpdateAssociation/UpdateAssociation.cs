using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samordna.Web.Data;
using Samordna.Web.Domain;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Infrastructure.Errors;

namespace Samordna.Web.Features.Registry.UpdateAssociation;

/// <summary>Change an association's basic facts. <see cref="Version"/> is the version the user read; a stale one gives 409.</summary>
public sealed record UpdateAssociationRequest(
    string? Name,
    string? Code,
    string? OrganisationNumber,
    string? SeatMunicipalityCode,
    DateOnly? FormedOn,
    long? Version);

public sealed partial class UpdateAssociationHandler(AppDbContext db)
{
    public static ValidationErrors Validate(UpdateAssociationRequest r)
    {
        var errors = new ValidationErrors();
        if (errors.Required("name", "Namn", r.Name))
        {
            errors.MaxLength("name", "Namn", r.Name, 200);
        }

        if (errors.Required("code", "Kod", r.Code) && !CodePattern().IsMatch(r.Code!))
        {
            errors.Add("code", "Kod får bara innehålla små bokstäver a–z, siffror och bindestreck (2–40 tecken).");
        }

        if (!OrganisationNumber.TryParse(r.OrganisationNumber, out _, out var orgError))
        {
            errors.Add("organisationNumber", orgError!);
        }

        if (errors.Required("seatMunicipalityCode", "Säte (kommunkod)", r.SeatMunicipalityCode) && !MunicipalityCode.TryParse(r.SeatMunicipalityCode, out _))
        {
            errors.Add("seatMunicipalityCode", "Säte ska anges som en kommunkod med fyra siffror, till exempel 0683.");
        }

        errors.Required("formedOn", "Bildat datum", r.FormedOn);
        errors.Required("version", "Version", r.Version);
        return errors;
    }

    /// <summary>Returns the new version, or an error; a concurrent change surfaces as <see cref="DbUpdateConcurrencyException"/> (409).</summary>
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

        // Uniqueness must be checked across the register, outside this request's association scope.
        if (await db.Set<Association>().IgnoreQueryFilters().AnyAsync(a => a.Id != associationId && a.Code == code, ct))
        {
            return RegistryErrors.DuplicateCode;
        }

        if (await db.Set<Association>().IgnoreQueryFilters().AnyAsync(a => a.Id != associationId && a.OrganisationNumber == orgNumber, ct))
        {
            return RegistryErrors.DuplicateOrganisationNumber;
        }

        db.Entry(association).Property(a => a.Version).OriginalValue = r.Version!.Value;
        association.Name = r.Name!.Trim();
        association.Code = code;
        association.OrganisationNumber = orgNumber;
        association.SeatMunicipalityCode = r.SeatMunicipalityCode!;
        association.FormedOn = r.FormedOn!.Value;
        await db.SaveChangesAsync(ct);
        return association.Version;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();
}
