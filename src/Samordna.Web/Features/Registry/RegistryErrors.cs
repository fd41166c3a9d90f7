using Samordna.Web.Features.Registry.Rules;

namespace Samordna.Web.Features.Registry;

public static class RegistryErrors
{
    public static readonly Error ImportRowInvalid = new("REGISTRY_IMPORT_ROW_INVALID", "En rad i filen är felaktig.", ErrorKind.Validation, "file");
    public static readonly Error ImportFileUnreadable = new("REGISTRY_IMPORT_FILE_UNREADABLE", "Filen kunde inte läsas.", ErrorKind.Validation, "file");
    public static readonly Error ImportEmpty = new("REGISTRY_IMPORT_EMPTY", "Filen innehåller inga medlemskap.", ErrorKind.Validation, "file");
    public static readonly Error ImportTooManyRows = new("REGISTRY_IMPORT_TOO_MANY_ROWS", "Filen har för många rader.", ErrorKind.Validation, "file");
    public static readonly Error AssociationNotFound = new("REGISTRY_ASSOCIATION_NOT_FOUND", "Förbundet finns inte.", ErrorKind.NotFound);
    public static readonly Error DuplicateCode = new("REGISTRY_DUPLICATE_CODE", "Det finns redan ett förbund med den koden.", ErrorKind.Conflict, "code");
    public static readonly Error DuplicateOrganisationNumber = new("REGISTRY_DUPLICATE_ORGANISATION_NUMBER", "Det finns redan ett förbund med det organisationsnumret.", ErrorKind.Conflict, "organisationNumber");
    public static readonly Error UnknownMunicipality = new("REGISTRY_UNKNOWN_MUNICIPALITY", "Kommunkoden finns inte bland Sveriges kommuner.", ErrorKind.Validation, "seatMunicipalityCode");
    public static readonly Error UnknownOrganisation = new("REGISTRY_UNKNOWN_ORGANISATION", "Organisationen finns inte i registret. Ange FK, AF, en region som R06 eller en kommunkod som 0683.", ErrorKind.Validation, "organisationCode");
    public static readonly Error MembershipNotFound = new("REGISTRY_MEMBERSHIP_NOT_FOUND", "Medlemskapet finns inte.", ErrorKind.NotFound);
    public static readonly Error AlreadyMember = new("REGISTRY_ALREADY_MEMBER", "Organisationen är redan medlem i förbundet det datumet, eller har ett senare medlemskap.", ErrorKind.Conflict, "organisationCode");
    public static readonly Error MembershipAlreadyEnds = new("REGISTRY_MEMBERSHIP_ALREADY_ENDS", "Medlemskapet har redan ett slutdatum.", ErrorKind.Conflict);
    public static readonly Error NotOperating = new("REGISTRY_ASSOCIATION_NOT_OPERATING", "Förbundet finns inte det datumet, eller är i likvidation.", ErrorKind.BusinessRule, "effectiveDate");
    public static readonly Error AlreadyEnded = new("REGISTRY_ASSOCIATION_ENDED", "Förbundet har redan upphört.", ErrorKind.Conflict);
    public static readonly Error AlreadyInLiquidation = new("REGISTRY_ASSOCIATION_IN_LIQUIDATION", "Förbundet är redan i likvidation.", ErrorKind.Conflict);
    public static readonly Error EndBeforeFormation = new("REGISTRY_END_BEFORE_FORMATION", "Datumet måste vara efter den dag förbundet bildades.", ErrorKind.Validation, "effectiveDate");
    public static readonly Error MembershipsAfterEnd = new("REGISTRY_MEMBERSHIPS_AFTER_END", "Förbundet har medlemskap som börjar på eller efter det datumet. Ta bort dem först.", ErrorKind.BusinessRule, "effectiveDate");
    public static readonly Error CharterVersionNotFound = new("REGISTRY_CHARTER_VERSION_NOT_FOUND", "Versionen av förbundsordningen finns inte.", ErrorKind.NotFound);
    public static readonly Error CharterVersionExists = new("REGISTRY_CHARTER_VERSION_EXISTS", "Det finns redan en version av förbundsordningen från det datumet.", ErrorKind.Conflict, "validFrom");
    public static readonly Error DecisionExists = new("REGISTRY_CHARTER_DECISION_EXISTS", "Medlemmens beslut om den här versionen är redan registrerat.", ErrorKind.Conflict, "organisationCode");
    public static readonly Error NotMemberOnCharterDate = new("REGISTRY_NOT_MEMBER_ON_CHARTER_DATE", "Bara organisationer som är medlemmar när versionen börjar gälla beslutar om den.", ErrorKind.Validation, "organisationCode");
    public static readonly Error SameAssociation = new("REGISTRY_MERGER_SAME_ASSOCIATION", "Ett förbund kan inte slås samman med sig självt.", ErrorKind.Validation, "absorbedAssociationId");

    /// <summary>A change that would leave the association without one of the law's four parts on some date.</summary>
    public static Error CompositionBroken(CompositionGap gap, string? advice = null) =>
        new(CompositionRule.Code, gap.Describe(hypothetical: true) + (advice is null ? string.Empty : " " + advice), ErrorKind.BusinessRule);

    public static Error ExitRefused(ExitAssessment assessment) =>
        new(ExitNoticeRule.Code, assessment.Error!, ErrorKind.BusinessRule, assessment.Field);

    public static Error Rule(string code, string message, string? field = null) => new(code, message, ErrorKind.BusinessRule, field);
}
