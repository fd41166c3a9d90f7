namespace Samordna.Web.Features.Economy.Data;

/// <summary>The economy's two lookups every reader needs, written once: the adopted budget in force and a year's books.</summary>
public static class EconomyQueries
{
    /// <summary>The adopted version of the year's budget in force (the highest number adopted), with its lines; null when there is none.</summary>
    public static Task<Budget?> AdoptedBudgetAsync(this AppDbContext db, Guid associationId, int year, CancellationToken ct) =>
        db.Set<Budget>().AsNoTracking().Include(b => b.Lines)
            .Where(b => b.AssociationId == associationId && b.Year == year && b.State == BudgetState.Adopted)
            .OrderByDescending(b => b.Number).FirstOrDefaultAsync(ct);

    /// <summary>The books of the financial year that starts in <paramref name="year"/>; null when none is read in.</summary>
    public static Task<LedgerYear?> LedgerYearAsync(this AppDbContext db, Guid associationId, int year, CancellationToken ct) =>
        db.Set<LedgerYear>().AsNoTracking()
            .Where(y => y.AssociationId == associationId && y.Start >= new DateOnly(year, 1, 1) && y.Start <= new DateOnly(year, 12, 31))
            .OrderBy(y => y.Start).FirstOrDefaultAsync(ct);
}
