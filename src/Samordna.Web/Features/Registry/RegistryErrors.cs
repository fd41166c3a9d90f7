using Samordna.Web.Infrastructure.Errors;

namespace Samordna.Web.Features.Registry;

public static class RegistryErrors
{
    public static readonly Error AssociationNotFound = new("REGISTRY_ASSOCIATION_NOT_FOUND", "Förbundet finns inte.", ErrorKind.NotFound);
    public static readonly Error DuplicateCode = new("REGISTRY_DUPLICATE_CODE", "Det finns redan ett förbund med den koden.", ErrorKind.Conflict, "code");
    public static readonly Error DuplicateOrganisationNumber = new("REGISTRY_DUPLICATE_ORGANISATION_NUMBER", "Det finns redan ett förbund med det organisationsnumret.", ErrorKind.Conflict, "organisationNumber");
    public static readonly Error UnknownMunicipality = new("REGISTRY_UNKNOWN_MUNICIPALITY", "Kommunkoden finns inte bland Sveriges kommuner.", ErrorKind.Validation, "seatMunicipalityCode");
}
