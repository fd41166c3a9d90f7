namespace Samordna.Web.Features.Interventions.Documents;

/// <summary>Where uploaded documents are kept (section "Documents").</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>"Database" (default: nothing on the web server's disk, so several instances share it) or "FileSystem".</summary>
    public string Store { get; set; } = "Database";

    /// <summary>For the file system store: a folder outside the web root.</summary>
    public string Path { get; set; } = "App_Data/documents";

    /// <summary>The largest document accepted.</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;
}

/// <summary>The one abstraction over where document bytes live; the database row holds only the key.</summary>
public interface IDocumentStore
{
    /// <summary>Adds the bytes (to the caller's unit of work where the store is the database).</summary>
    Task PutAsync(string key, byte[] bytes, CancellationToken ct);

    Task<byte[]?> GetAsync(string key, CancellationToken ct);
}

/// <summary>Documents in the database, saved in the same transaction as their row.</summary>
public sealed class DatabaseDocumentStore(AppDbContext db) : IDocumentStore
{
    public Task PutAsync(string key, byte[] bytes, CancellationToken ct)
    {
        db.Add(new DocumentContent { Key = key, Bytes = bytes });
        return Task.CompletedTask;
    }

    public async Task<byte[]?> GetAsync(string key, CancellationToken ct) =>
        await db.Set<DocumentContent>().AsNoTracking().Where(c => c.Key == key).Select(c => c.Bytes).FirstOrDefaultAsync(ct);
}

/// <summary>
/// Documents as files in a folder outside the web root, named by their key only (never by the uploaded name). The file
/// is written before the row is saved; a failed save leaves an orphan file, never a row without its file.
/// </summary>
public sealed class FileSystemDocumentStore(Microsoft.Extensions.Options.IOptions<DocumentOptions> options, IHostEnvironment environment) : IDocumentStore
{
    private string Folder => System.IO.Path.GetFullPath(System.IO.Path.Combine(environment.ContentRootPath, options.Value.Path));

    public async Task PutAsync(string key, byte[] bytes, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        await File.WriteAllBytesAsync(PathOf(key), bytes, ct);
    }

    public async Task<byte[]?> GetAsync(string key, CancellationToken ct) =>
        File.Exists(PathOf(key)) ? await File.ReadAllBytesAsync(PathOf(key), ct) : null;

    private string PathOf(string key) =>
        key.All(char.IsAsciiLetterOrDigit) ? System.IO.Path.Combine(Folder, key) : throw new ArgumentException("Ogiltig dokumentnyckel.", nameof(key));
}
