namespace Samordna.Web.Features.Registry.Data;

/// <summary>What kind of body an organisation is, which decides the party it belongs to in an association.</summary>
public enum OrganisationKind
{
    /// <summary>Försäkringskassan (FK): the state party, pays the state half.</summary>
    SocialInsuranceAgency,

    /// <summary>Arbetsförmedlingen (AF): a state member whose share FK pays.</summary>
    EmploymentService,

    /// <summary>A region (one county's).</summary>
    Region,

    /// <summary>A municipality (kommun). Gotland also carries the regional role.</summary>
    Municipality,

    /// <summary>Part of a municipality that is a member in its own right (stadsdel/stadsdelsnämnd).</summary>
    MunicipalDistrict,
}

/// <summary>A body that can be a member of an association: FK, AF, a region, a municipality or a part of one.</summary>
public sealed class Organisation : Samordna.Web.Data.IPublicData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Stable short code: "FK", "AF", "R06" for a region by county code, "0662" for a municipality, "1480-HIS" for a district.</summary>
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public OrganisationKind Kind { get; set; }

    public string? CountyCode { get; set; }

    public string? MunicipalityCode { get; set; }

    /// <summary>For a district: the municipality it is part of.</summary>
    public Guid? ParentOrganisationId { get; set; }

    /// <summary>True for Gotland: one organisation fills both the municipality and the region part.</summary>
    public bool CarriesRegionalRole { get; set; }

    public string? OrganisationNumber { get; set; }

    public bool IsStateParty => Kind is OrganisationKind.SocialInsuranceAgency or OrganisationKind.EmploymentService;

    public bool CountsAsRegion => Kind == OrganisationKind.Region || CarriesRegionalRole;

    public bool CountsAsMunicipality => Kind is OrganisationKind.Municipality or OrganisationKind.MunicipalDistrict;

    public static string RegionCode(string countyCode) => "R" + countyCode;

    public static string SwedishKind(OrganisationKind kind) => kind switch
    {
        OrganisationKind.SocialInsuranceAgency => "Försäkringskassan",
        OrganisationKind.EmploymentService => "Arbetsförmedlingen",
        OrganisationKind.Region => "Region",
        OrganisationKind.Municipality => "Kommun",
        OrganisationKind.MunicipalDistrict => "Stadsdel",
        _ => kind.ToString(),
    };
}
