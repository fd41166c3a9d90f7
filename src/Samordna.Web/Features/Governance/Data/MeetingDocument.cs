namespace Samordna.Web.Features.Governance.Data;

/// <summary>What a file attached to a board meeting is.</summary>
public enum MeetingDocumentKind
{
    /// <summary>Kallelse: the notice of the meeting; the latest one is the one in force.</summary>
    Notice,

    /// <summary>Handling: a paper for the board, as many as the agenda needs.</summary>
    Paper,

    /// <summary>Protokoll: the minutes; the latest one is the one in force, earlier ones are kept as history.</summary>
    Minutes,
}

/// <summary>
/// A file attached to a board meeting: its cleaned name, the type decided from its content, its size and where the
/// shared <see cref="IDocumentStore"/> keeps the bytes. A new notice or new minutes do not replace the earlier file:
/// every version is kept and the latest of its kind is the one in force.
/// </summary>
public sealed class MeetingDocument : IAssociationOwned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid MeetingId { get; set; }

    public MeetingDocumentKind Kind { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long Size { get; set; }

    /// <summary>The key the <see cref="IDocumentStore"/> keeps the bytes under.</summary>
    public string StorageKey { get; set; } = string.Empty;

    public DateTime UploadedAt { get; set; }

    public string UploadedBy { get; set; } = string.Empty;
}

internal sealed class MeetingDocumentConfiguration : IEntityTypeConfiguration<MeetingDocument>
{
    public void Configure(EntityTypeBuilder<MeetingDocument> e)
    {
        e.ToTable("governance_meeting_document");
        e.HasKey(d => d.Id);
        e.HasIndex(d => new { d.MeetingId, d.Kind, d.UploadedAt });
        e.Property(d => d.FileName).HasMaxLength(200);
        e.Property(d => d.ContentType).HasMaxLength(120);
        e.Property(d => d.StorageKey).HasMaxLength(80);
        e.Property(d => d.UploadedBy).HasMaxLength(200);
        e.BelongsToAssociation();
        e.ForeignKey(d => d.MeetingId).To<BoardMeeting>();
    }
}
