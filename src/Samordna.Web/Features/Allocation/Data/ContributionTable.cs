namespace Samordna.Web.Features.Allocation.Data;

/// <summary>
/// An association's adopted contribution table for one budget year: what the state (FK), each region, each
/// municipality and each unit of a member that splits internally pays. Stored as adopted, with the run and charter it
/// came from, so later changes to the charter, members or runs never rewrite it. Adopting again adds a new
/// <see cref="Sequence"/>; the highest is in force, the earlier ones stay as history.
/// </summary>
public sealed class ContributionTable : IAssociationOwned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public int Year { get; set; }

    public int Sequence { get; set; }

    public Guid RunId { get; set; }

    /// <summary>The charter version whose keys were used, or null when none was recorded (population key by default).</summary>
    public Guid? CharterVersionId { get; set; }

    /// <summary>The keys in words, e.g. "Kommunerna: efter invånare; regionerna: efter invånare".</summary>
    public string KeyDescription { get; set; } = string.Empty;

    public DateOnly ReferenceDate { get; set; }

    public Sek StateShare { get; set; }

    public Sek RegionsTotal { get; set; }

    public Sek MunicipalitiesTotal { get; set; }

    public DateTime AdoptedAt { get; set; }

    public string AdoptedBy { get; set; } = string.Empty;

    public string? Note { get; set; }

    public List<ContributionLine> Lines { get; set; } = [];

    public Sek Total => StateShare + RegionsTotal + MunicipalitiesTotal;
}

public enum ContributionLineKind
{
    /// <summary>The state part: FK pays it all, covering AF.</summary>
    State,
    Region,
    Municipality,

    /// <summary>Gotland: one member in both the region and the municipality part.</summary>
    MunicipalityAndRegion,

    /// <summary>A unit (e.g. a district council) of a member that splits its contribution internally.</summary>
    Unit,
}

/// <summary>One line of a contribution table, with the Swedish derivation a member can read.</summary>
public sealed class ContributionLine : IAssociationOwned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid TableId { get; set; }

    public int Position { get; set; }

    public ContributionLineKind Kind { get; set; }

    /// <summary>The member organisation (for a unit: the member it belongs to is <see cref="ParentOrganisationId"/>).</summary>
    public Guid? OrganisationId { get; set; }

    public Guid? ParentOrganisationId { get; set; }

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public Sek Amount { get; set; }

    public Sek AsMunicipality { get; set; }

    public Sek AsRegion { get; set; }

    /// <summary>The member's exact share of its party's part (or the unit's of its member), e.g. "7/20".</summary>
    public string Share { get; set; } = string.Empty;

    public string Derivation { get; set; } = string.Empty;
}
