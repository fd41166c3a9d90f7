namespace Samordna.Web.Features.Registry.Data;

/// <summary>
/// One applied bulk import of the register: what file, and how much it changed. The rows it changed are in the audit
/// log too (each with its association); this row is the import's own entry there.
/// </summary>
public sealed class RegistryImport : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateTime ImportedAt { get; set; }

    public string Actor { get; set; } = string.Empty;

    public string FileName { get; set; } = string.Empty;

    /// <summary>"csv" or "xlsx".</summary>
    public string Format { get; set; } = string.Empty;

    public int Rows { get; set; }

    public int AssociationsCreated { get; set; }

    public int AssociationsUpdated { get; set; }

    public int MembershipsAdded { get; set; }

    public int MembershipsChanged { get; set; }

    public int MembershipsRemoved { get; set; }
}
