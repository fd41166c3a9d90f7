using Samordna.Web.Features.Allocation.Data;

namespace Samordna.Web.Features.Allocation.DecideRun;

/// <summary>
/// Marks a saved run as the year's decided allocation; the associations' contribution tables derive from it. A run
/// decided earlier for the same year goes back to "saved" (one decided run per year). Carries the version read.
/// </summary>
public sealed class DecideRunHandler(AppDbContext db, TimeProvider clock, IAuditActor actor)
{
    public async Task<Result<long>> HandleAsync(Guid runId, long? version, CancellationToken ct)
    {
        var run = await db.Set<AllocationRun>().FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null)
        {
            return AllocationErrors.RunNotFound;
        }

        if (version is not { } v)
        {
            return CommonErrors.ValidationFailed.WithMessage("Version måste anges.") with { Field = "version" };
        }

        db.ExpectVersion(run, v);
        if (run.Status == AllocationRunStatus.Decided)
        {
            return run.Version;
        }

        // The earlier decision goes back first, in the same transaction: the unique index of decided runs per year
        // (the guard against two decisions at once, whose loser gets a 409) is checked statement by statement.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var earlier = await db.Set<AllocationRun>().Where(r => r.Year == run.Year && r.Status == AllocationRunStatus.Decided && r.Id != run.Id).ToListAsync(ct);
        if (earlier.Count > 0)
        {
            foreach (var e in earlier)
            {
                e.Status = AllocationRunStatus.Saved;
            }

            await db.SaveChangesAsync(ct);
        }

        run.Status = AllocationRunStatus.Decided;
        run.DecidedAt = clock.GetUtcNow().UtcDateTime;
        run.DecidedBy = actor.Name;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return run.Version;
    }
}
