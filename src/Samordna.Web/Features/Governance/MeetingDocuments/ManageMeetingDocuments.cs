using Samordna.Web.Features.Governance.Data;

namespace Samordna.Web.Features.Governance.MeetingDocuments;

/// <summary>A file of a meeting. <see cref="Current"/>: the latest notice or minutes (the one in force), and every paper.</summary>
public sealed record MeetingDocumentInfo(
    Guid Id, MeetingDocumentKind Kind, string KindName, string FileName, string ContentType, long Size, DateTime UploadedAt, string UploadedBy, bool Current);

/// <summary>
/// The notice (kallelse), the board papers (handlingar) and the minutes (protokoll) of a board meeting, as files. The
/// bytes are read, checked and stored by the shared <see cref="DocumentFiles"/> and <see cref="IDocumentStore"/>, exactly
/// as interventions' documents. A new notice or new minutes never overwrite the earlier file: every version is kept,
/// the latest of its kind is the one in force, and a file put there by mistake is deleted. Permissions are the
/// route's: <c>governance.manage</c> to add and delete, <c>governance.view</c> to list and download; the meeting
/// must be the association's.
/// </summary>
public sealed class ManageMeetingDocumentsHandler(AppDbContext db, IDocumentStore store, IAuditActor actor, TimeProvider clock)
{
    public async Task<Result<Governance.Saved>> UploadAsync(Guid associationId, Guid meetingId, MeetingDocumentKind? kind, string? fileName, byte[] bytes, CancellationToken ct)
    {
        if (!await MeetingExistsAsync(associationId, meetingId, ct))
        {
            return GovernanceErrors.MeetingNotFound;
        }

        if (kind is null || !Enum.IsDefined(kind.Value))
        {
            return GovernanceErrors.MeetingDocumentKindMissing;
        }

        var checkedFile = DocumentFiles.Check(bytes, fileName);
        if (!checkedFile.IsSuccess)
        {
            return checkedFile.Error!;
        }

        var document = new MeetingDocument
        {
            AssociationId = associationId,
            MeetingId = meetingId,
            Kind = kind.Value,
            FileName = checkedFile.Value.FileName,
            ContentType = checkedFile.Value.Type.ContentType,
            Size = checkedFile.Value.Size,
            StorageKey = Guid.NewGuid().ToString("N"),
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedBy = actor.Name,
        };
        await store.PutAsync(document.StorageKey, bytes, ct);
        db.Add(document);
        await db.SaveChangesAsync(ct);
        return new Governance.Saved(document.Id, 0);
    }

    /// <summary>The meeting's files by kind (notice, papers, minutes), newest first; null when the meeting is not the association's.</summary>
    public async Task<IReadOnlyList<MeetingDocumentInfo>?> ListAsync(Guid associationId, Guid meetingId, CancellationToken ct)
    {
        if (!await MeetingExistsAsync(associationId, meetingId, ct))
        {
            return null;
        }

        var rows = (await db.Set<MeetingDocument>().AsNoTracking().Where(d => d.MeetingId == meetingId && d.AssociationId == associationId).ToListAsync(ct))
            .OrderBy(d => d.Kind).ThenByDescending(d => d.UploadedAt).ThenByDescending(d => d.Id).ToList();
        var current = rows.Where(d => d.Kind != MeetingDocumentKind.Paper).GroupBy(d => d.Kind).Select(g => g.First().Id).ToHashSet();
        return rows
            .Select(d => new MeetingDocumentInfo(d.Id, d.Kind, GovernanceNames.Of(d.Kind), d.FileName, d.ContentType, d.Size, d.UploadedAt, d.UploadedBy,
                d.Kind == MeetingDocumentKind.Paper || current.Contains(d.Id)))
            .ToList();
    }

    public async Task<DocumentFile?> GetAsync(Guid associationId, Guid meetingId, Guid documentId, CancellationToken ct)
    {
        var document = await db.Set<MeetingDocument>().AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == documentId && d.MeetingId == meetingId && d.AssociationId == associationId, ct);
        return document is not null && await store.GetAsync(document.StorageKey, ct) is { } bytes
            ? new DocumentFile(document.FileName, document.ContentType, bytes)
            : null;
    }

    /// <summary>Deletes a file put there by mistake: the row first, then the bytes (a failure leaves orphan bytes, never a row without its file).</summary>
    public async Task<Result<bool>> DeleteAsync(Guid associationId, Guid meetingId, Guid documentId, CancellationToken ct)
    {
        var document = await db.Set<MeetingDocument>()
            .FirstOrDefaultAsync(d => d.Id == documentId && d.MeetingId == meetingId && d.AssociationId == associationId, ct);
        if (document is null)
        {
            return DocumentFiles.NotFound;
        }

        db.Remove(document);
        await db.SaveChangesAsync(ct);
        await store.DeleteAsync(document.StorageKey, ct);
        return true;
    }

    private Task<bool> MeetingExistsAsync(Guid associationId, Guid meetingId, CancellationToken ct) =>
        db.Set<BoardMeeting>().AnyAsync(m => m.Id == meetingId && m.AssociationId == associationId, ct);
}

/// <summary>
/// What the shared list of a meeting's files needs: where its links go, the heading that names its table, and whether
/// each file gets a delete button (only where the office manages the files).
/// </summary>
public sealed record MeetingDocumentList(Guid AssociationId, Guid MeetingId, IReadOnlyList<MeetingDocumentInfo> Documents, string LabelledBy, bool CanDelete = false);
