using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.Rules;

namespace Samordna.Web.Features.Registry.CreateAssociation;

/// <summary>
/// A new association with its founding members. Försäkringskassan and Arbetsförmedlingen are always members and are
/// added if <see cref="MemberCodes"/> leaves them out; the regions and municipalities are named by code (R06, 0683).
/// </summary>
public sealed record CreateAssociationRequest(
    string? Name,
    string? Code,
    string? OrganisationNumber,
    string? SeatMunicipalityCode,
    DateOnly? FormedOn,
    IReadOnlyList<string>? MemberCodes);

public sealed class CreateAssociationHandler(AppDbContext db, RegisterReader reader)
{
    public static ValidationErrors Validate(CreateAssociationRequest r)
    {
        var errors = new ValidationErrors();
        AssociationFacts.Validate(errors, r.Name, r.Code, r.OrganisationNumber, r.SeatMunicipalityCode, r.FormedOn);
        if (r.MemberCodes is null || r.MemberCodes.All(string.IsNullOrWhiteSpace))
        {
            errors.Add("memberCodes", "Välj förbundets regioner och kommuner.");
        }

        return errors;
    }

    public async Task<Result<Guid>> HandleAsync(CreateAssociationRequest r, CancellationToken ct)
    {
        var code = r.Code!.Trim();
        var orgNumber = Domain.OrganisationNumber.Parse(r.OrganisationNumber!).Digits;
        if (!await db.Set<Municipality>().AnyAsync(m => m.Code == r.SeatMunicipalityCode, ct))
        {
            return RegistryErrors.UnknownMunicipality;
        }

        if (await reader.UniquenessProblemAsync(null, code, orgNumber, ct) is { } duplicate)
        {
            return duplicate;
        }

        var codes = new[] { ReferenceDataSeeder.SocialInsuranceAgencyCode, ReferenceDataSeeder.EmploymentServiceCode }
            .Concat(r.MemberCodes!.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var organisations = await db.Set<Organisation>().Where(o => codes.Contains(o.Code)).ToListAsync(ct);
        var unknown = codes.Where(c => organisations.All(o => !string.Equals(o.Code, c, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            return RegistryErrors.UnknownOrganisation with { Field = "memberCodes", Message = $"Okänd medlem: {string.Join(", ", unknown)}. " + RegistryErrors.UnknownOrganisation.Message };
        }

        var formedOn = r.FormedOn!.Value;
        var periods = organisations.Select(o => MemberPeriod.Of(o, formedOn, null)).ToList();
        if (CompositionRule.FirstGap(periods, formedOn, null) is { } gap)
        {
            return RegistryErrors.CompositionBroken(gap);
        }

        var association = new Association
        {
            Name = r.Name!.Trim(),
            Code = code,
            OrganisationNumber = orgNumber,
            SeatMunicipalityCode = r.SeatMunicipalityCode!.Trim(),
            FormedOn = formedOn,
        };
        db.Add(association);
        foreach (var o in organisations)
        {
            db.Add(new Membership { AssociationId = association.Id, OrganisationId = o.Id, ValidFrom = formedOn });
        }

        await db.SaveChangesAsync(ct);
        return association.Id;
    }
}
