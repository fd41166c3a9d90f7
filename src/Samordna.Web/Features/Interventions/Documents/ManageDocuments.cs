using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions.Documents;

public sealed record DocumentInfo(Guid Id, DocumentKind Kind, string FileName, string ContentType, long Size, DateTime UploadedAt, string UploadedBy);

/// <summary>
/// Attaches documents to an intervention and hands them out. The type is decided by the content (PDF, Word, Excel,
/// OpenDocument text, PNG, JPEG), whatever the name says; the name is checked and given the type's extension; the size
/// limit is enforced while the bytes are read (<see cref="DocumentFiles.ReadAsync(Stream, long, CancellationToken)"/>, by the caller); all of it is the
/// shared <see cref="DocumentFiles"/>. Only those who may see the intervention may download its documents.
/// </summary>
public sealed class ManageDocumentsHandler(AppDbContext db, IDocumentStore store, TimeProvider clock)
{
    public async Task<Result<Saved>> UploadAsync(Guid associationId, Guid interventionId, DocumentKind? kind, string? fileName, byte[] bytes, InterventionActor actor, CancellationToken ct)
    {
        var intervention = await InterventionQueries.LoadAsync(db, associationId, interventionId, ct);
        if (intervention is null || !actor.CanSee(intervention))
        {
            return InterventionsErrors.NotFound;
        }

        if (!actor.IsOffice && !actor.Owns(intervention))
        {
            return InterventionsErrors.NotYourOwner.WithMessage("Bara insatsägarens personal eller förbundets kansli kan lägga till dokument.");
        }

        var checkedFile = DocumentFiles.Check(bytes, fileName);
        if (!checkedFile.IsSuccess)
        {
            return checkedFile.Error!;
        }

        var document = new InterventionDocument
        {
            AssociationId = associationId,
            InterventionId = interventionId,
            Kind = kind ?? DocumentKind.Other,
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
        return new Saved(document.Id, 0);
    }

    public async Task<IReadOnlyList<DocumentInfo>> ListAsync(Guid interventionId, CancellationToken ct) =>
        (await db.Set<InterventionDocument>().AsNoTracking().Where(d => d.InterventionId == interventionId).ToListAsync(ct))
            .OrderByDescending(d => d.UploadedAt)
            .Select(d => new DocumentInfo(d.Id, d.Kind, d.FileName, d.ContentType, d.Size, d.UploadedAt, d.UploadedBy)).ToList();

    public async Task<DocumentFile?> GetAsync(Guid associationId, Guid interventionId, Guid documentId, InterventionActor actor, CancellationToken ct)
    {
        var intervention = await db.Set<Data.Intervention>().AsNoTracking().Include(i => i.Parties)
            .FirstOrDefaultAsync(i => i.Id == interventionId && i.AssociationId == associationId, ct);
        var document = await db.Set<InterventionDocument>().AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == documentId && d.InterventionId == interventionId && d.AssociationId == associationId, ct);
        if (intervention is null || document is null || !actor.CanSee(intervention))
        {
            return null;
        }

        return await store.GetAsync(document.StorageKey, ct) is { } bytes ? new DocumentFile(document.FileName, document.ContentType, bytes) : null;
    }
}
