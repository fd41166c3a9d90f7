using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.Interventions.Documents;

public enum DocumentKind
{
    Application,
    Agreement,
    Report,
    Other,
}

/// <summary>
/// A file attached to an intervention (application, agreement, report): its cleaned name, the type decided from its
/// content, its size and where the store keeps the bytes. Never about a participant.
/// </summary>
public sealed class InterventionDocument : InterventionPart, IAudited
{
    public DocumentKind Kind { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long Size { get; set; }

    /// <summary>The key the <see cref="IDocumentStore"/> keeps the bytes under.</summary>
    public string StorageKey { get; set; } = string.Empty;

    public DateTime UploadedAt { get; set; }

    public string UploadedBy { get; set; } = string.Empty;
}

internal sealed class InterventionDocumentConfiguration : IEntityTypeConfiguration<InterventionDocument>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<InterventionDocument> e)
    {
        e.PartOfIntervention("interventions_document").HasIndex(d => new { d.InterventionId, d.UploadedAt });
        e.Property(d => d.FileName).HasMaxLength(200);
        e.Property(d => d.ContentType).HasMaxLength(120);
        e.Property(d => d.StorageKey).HasMaxLength(80);
        e.Property(d => d.UploadedBy).HasMaxLength(200);
    }
}
