namespace Samordna.Web.Features.Registry.Data;

/// <summary>A samordningsförbund: a public-law legal person with its own organisation number, board and budget.</summary>
public sealed class Association : IAssociationRoot, IVersioned, IAudited, IPublicData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Short stable code (a–z, 0–9, hyphen), used in files and as the tie-break key in allocations.</summary>
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>Ten digits, Luhn-checked (see <see cref="Domain.OrganisationNumber"/>).</summary>
    public string OrganisationNumber { get; set; } = string.Empty;

    /// <summary>Säte: the municipality code of the seat.</summary>
    public string SeatMunicipalityCode { get; set; } = string.Empty;

    public DateOnly FormedOn { get; set; }

    /// <summary>Last day the association existed (dissolved or merged into another), or null.</summary>
    public DateOnly? EndedOn { get; set; }

    /// <summary>
    /// First day of liquidation (likvidation, 15 § of the law), or null. The association still exists while the board
    /// winds it up, but the composition rule no longer applies: a missing part is what triggers liquidation.
    /// </summary>
    public DateOnly? LiquidationFrom { get; set; }

    /// <summary>The office's e-mail address for the public (the association's own, never a person's private one).</summary>
    public string? PublicEmail { get; set; }

    /// <summary>The office's phone number for the public.</summary>
    public string? Phone { get; set; }

    /// <summary>The office's postal address (the association's, not a person's), on one line: "Box 123, 331 21 Värnamo".</summary>
    public string? PostalAddress { get; set; }

    /// <summary>The association's own website, http(s).</summary>
    public string? Website { get; set; }

    public bool IsDemo { get; set; }

    public long Version { get; set; }

    Guid IAssociationOwned.AssociationId => Id;

    public bool ExistsOn(DateOnly date) => FormedOn <= date && (EndedOn is null || date <= EndedOn);

    /// <summary>Exists and is not in liquidation: the days the law's composition rule applies.</summary>
    public bool OperatesOn(DateOnly date) => ExistsOn(date) && (LiquidationFrom is null || date < LiquidationFrom);

    public List<Membership> Memberships { get; set; } = [];
}

/// <summary>One organisation's membership of one association over a period (both ends inclusive).</summary>
public sealed class Membership : IAssociationOwned, IVersioned, IAudited, IPublicData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>First day of membership.</summary>
    public DateOnly ValidFrom { get; set; }

    /// <summary>Last day of membership (inclusive), or null while it lasts.</summary>
    public DateOnly? ValidTo { get; set; }

    public long Version { get; set; }

    public bool IsActiveOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}
