namespace Samordna.Web.Features.FollowUp.ImportParticipations;

/// <summary>Where a participant file's import is.</summary>
public enum ImportStage
{
    Reading,
    Checking,
    Saving,
    Done,
    Stopped,
}

/// <summary>
/// How far a participant file's import has come, kept in the database so that whichever instance answers the page's
/// question "how far?" sees it while another instance is still reading the file. It holds counts of rows only; the
/// row is the importing officer's, and is removed a day later.
/// </summary>
public sealed class ImportProgress : IAssociationOwned
{
    public Guid Id { get; set; }

    public Guid AssociationId { get; set; }

    public Guid? UserId { get; set; }

    public ImportStage Stage { get; set; }

    public int RowsDone { get; set; }

    public int RowsTotal { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The stage in words for the page's status line.</summary>
    public string Describe() => Stage switch
    {
        ImportStage.Reading => "Filen läses …",
        ImportStage.Checking => $"Kontrollerar rad {SwedishCulture.Number(RowsDone)} av {SwedishCulture.Number(RowsTotal)} …",
        ImportStage.Saving => $"Sparar {SwedishCulture.Number(RowsTotal)} rader …",
        ImportStage.Done => $"Klart: {SwedishCulture.Number(RowsTotal)} rader är lästa.",
        _ => "Läsningen avbröts; se resultatet.",
    };
}

internal sealed class ImportProgressConfiguration : IEntityTypeConfiguration<ImportProgress>
{
    public void Configure(EntityTypeBuilder<ImportProgress> e)
    {
        e.ToTable("followup_import_progress");
        e.Property(p => p.Id).ValueGeneratedNever();
        e.HasIndex(p => p.UpdatedAt);
        e.BelongsToAssociation();
    }
}

/// <summary>
/// Writes an import's progress from a scope of its own (the import's own context may be inside its transaction): at
/// each change of stage and at most twice a second between. A progress row that cannot be written never stops the
/// import; it is only the status line.
/// </summary>
public sealed class ImportProgressReporter(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ImportProgressReporter> logger)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    /// <summary>One import's reporting: the page's progress id, the association and the officer.</summary>
    public sealed class Run(Guid id, Guid associationId, Guid? userId)
    {
        public Guid Id { get; } = id;

        public Guid AssociationId { get; } = associationId;

        public Guid? UserId { get; } = userId;

        internal ImportStage? LastStage { get; set; }

        internal DateTimeOffset LastWrite { get; set; }
    }

    public async Task ReportAsync(Run run, ImportStage stage, int done, int total, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (run.LastStage == stage && now - run.LastWrite < Interval)
        {
            return;
        }

        run.LastStage = stage;
        run.LastWrite = now;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var row = await db.Set<ImportProgress>().IgnoreQueryFilters().FirstOrDefaultAsync(p => p.Id == run.Id, ct);
            if (row is null)
            {
                // Yesterday's rows go as a new import starts.
                var old = now.UtcDateTime.AddDays(-1);
                await db.Set<ImportProgress>().IgnoreQueryFilters().Where(p => p.UpdatedAt < old).ExecuteDeleteAsync(ct);
                row = new ImportProgress { Id = run.Id, AssociationId = run.AssociationId, UserId = run.UserId };
                db.Add(row);
            }
            else if (row.AssociationId != run.AssociationId || row.UserId != run.UserId)
            {
                return;
            }

            row.Stage = stage;
            row.RowsDone = done;
            row.RowsTotal = total;
            row.UpdatedAt = now.UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "The progress of participant import {ProgressId} could not be written.", run.Id);
        }
    }

    /// <summary>The progress of an import, for the officer who started it only (null for anyone else or an unknown id).</summary>
    public static Task<ImportProgress?> ReadAsync(AppDbContext db, Guid associationId, Guid? userId, Guid id, CancellationToken ct) =>
        db.Set<ImportProgress>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.AssociationId == associationId && p.UserId == userId, ct);
}
