namespace Samordna.Web.Features.Allocation;

/// <summary>Errors of the allocation area's use cases (the engine's own codes are in <see cref="Engine.AllocationErrorCodes"/>).</summary>
public static class AllocationErrors
{
    public static readonly Error DataSetNotFound = new("ALLOCATION_DATA_SET_NOT_FOUND", "Underlaget finns inte.", ErrorKind.NotFound);
    public static readonly Error DataSetDuplicate = new("ALLOCATION_DATA_SET_DUPLICATE", "Ett underlag med exakt samma innehåll finns redan för året.", ErrorKind.Conflict, "content");
    public static readonly Error DataSetChanged = new("ALLOCATION_DATA_SET_CHANGED", "Underlagets rader stämmer inte längre med dess kontrollsumma; körningen kan inte upprepas.", ErrorKind.BusinessRule);
    public static readonly Error ParametersNotFound = new("ALLOCATION_PARAMETERS_NOT_FOUND", "Det finns inga parametrar för året. Skapa dem först.", ErrorKind.NotFound, "year");
    public static readonly Error ParametersExist = new("ALLOCATION_PARAMETERS_EXIST", "Parametrar för året finns redan.", ErrorKind.Conflict, "year");
    public static readonly Error NoDataSet = new("ALLOCATION_NO_DATA_SET", "Det finns inget underlag att räkna på. Läs in statistik först.", ErrorKind.BusinessRule, "dataSetId");
    public static readonly Error AgeBandMismatch = new("ALLOCATION_AGE_BAND_MISMATCH", "Underlagets åldersgrupp är inte årets åldersgrupp.", ErrorKind.BusinessRule, "dataSetId");
    public static readonly Error RunNotFound = new("ALLOCATION_RUN_NOT_FOUND", "Körningen finns inte.", ErrorKind.NotFound);
    public static readonly Error ResultNotFound = new("ALLOCATION_RESULT_NOT_FOUND", "Förbundet finns inte i körningen.", ErrorKind.NotFound);
    public static readonly Error AreaProblem = new("ALLOCATION_AREA_INVALID", "Förbundens områden enligt registret går inte ihop med underlaget.", ErrorKind.BusinessRule);
    public static readonly Error AssociationNotFound = new("ALLOCATION_ASSOCIATION_NOT_FOUND", "Förbundet finns inte.", ErrorKind.NotFound);
    public static readonly Error NotAllowedField = new("ALLOCATION_FIELD_NOT_ALLOWED", "Bara nationella administratörer får ange föregående års tilldelning och skäligt eget kapital.", ErrorKind.Forbidden);
    public static readonly Error YearDecided = new("ALLOCATION_YEAR_DECIDED",
        "Årets medelstilldelning är redan beslutad, så förbundets uppgifter för året är låsta. En ändring kräver en ny körning och ett nytt beslut.", ErrorKind.Conflict);
    public static readonly Error NoDecidedRun = new("ALLOCATION_NO_DECIDED_RUN", "Det finns ingen beslutad medelstilldelning för året.", ErrorKind.NotFound, "year");
    public static readonly Error NotInDecidedRun = new("ALLOCATION_NOT_IN_DECIDED_RUN", "Förbundet ingår inte i årets beslutade medelstilldelning.", ErrorKind.NotFound, "year");
    public static readonly Error ContributionFailed = new("ALLOCATION_CONTRIBUTION_FAILED", "Medlemsbidragen kunde inte räknas ut.", ErrorKind.BusinessRule);
    public static readonly Error NotAMember = new("ALLOCATION_NOT_A_MEMBER", "Organisationen är inte kommun- eller regionmedlem i förbundet det året.", ErrorKind.NotFound, "organisationId");
}
