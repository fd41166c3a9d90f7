namespace Samordna.Web.Infrastructure.Documents;

/// <summary>Where uploaded documents (an intervention's, a board meeting's) are kept, and how large one may be (section "Documents").</summary>
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

    /// <summary>Removes the bytes at once; call it after the row is deleted and saved, so a failure leaves orphan bytes, never a row without its file.</summary>
    Task DeleteAsync(string key, CancellationToken ct);
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

    public async Task DeleteAsync(string key, CancellationToken ct) =>
        await db.Set<DocumentContent>().Where(c => c.Key == key).ExecuteDeleteAsync(ct);
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

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key) =>
        key.All(char.IsAsciiLetterOrDigit) ? System.IO.Path.Combine(Folder, key) : throw new ArgumentException("Ogiltig dokumentnyckel.", nameof(key));
}

/// <summary>The bytes of a document when the store is the database (the default: the web tier keeps nothing on disk).</summary>
public sealed class DocumentContent
{
    public string Key { get; set; } = string.Empty;

    public byte[] Bytes { get; set; } = [];
}

internal sealed class DocumentContentConfiguration : IEntityTypeConfiguration<DocumentContent>
{
    public void Configure(EntityTypeBuilder<DocumentContent> e)
    {
        e.ToTable("platform_document_content");
        e.HasKey(c => c.Key);
        e.Property(c => c.Key).HasMaxLength(80);
        e.Property(c => c.Bytes).HasMaxLength(int.MaxValue);
    }
}

/// <summary>Registers the options and the one store; called once by the platform.</summary>
public static class DocumentServices
{
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocumentOptions>().Bind(configuration.GetSection(DocumentOptions.Section))
            .Validate(o => o.Store is "Database" or "FileSystem", "Documents:Store måste vara Database eller FileSystem.")
            .Validate(o => o.MaxBytes is >= 1024 and <= 500L * 1024 * 1024, "Documents:MaxBytes måste vara mellan 1 kB och 500 MB.")
            .ValidateOnStart();
        services.AddScoped<IDocumentStore>(sp => sp.GetRequiredService<IOptions<DocumentOptions>>().Value.Store == "FileSystem"
            ? ActivatorUtilities.CreateInstance<FileSystemDocumentStore>(sp)
            : ActivatorUtilities.CreateInstance<DatabaseDocumentStore>(sp));
        return services;
    }
}
