namespace Samordna.Web.Features.Governance;

/// <summary>What a create or change operation returns: the row's id and its new version (send it with the next change).</summary>
public sealed record Saved(Guid Id, long Version);

/// <summary>A governance row people create and change: keyed by its id, and versioned (house rule 3).</summary>
public interface IGovernanceRow : IVersioned
{
    Guid Id { get; }
}

/// <summary>
/// A governance use case that records one kind of row and changes it (appointments, auditors, meetings, discharge): its
/// rules, and the two operations, both answering <see cref="Saved"/>. Its new and edit pages save through
/// <see cref="GovernanceFormPage{TInput}"/>.
/// </summary>
public interface IGovernanceSaveHandler<TRequest>
{
    static abstract ValidationErrors Validate(TRequest r, bool isUpdate);

    Task<Result<Saved>> CreateAsync(Guid associationId, TRequest r, CancellationToken ct);

    Task<Result<Saved>> UpdateAsync(Guid associationId, Guid id, TRequest r, CancellationToken ct);
}

/// <summary>
/// The one way a governance use case creates or changes its row: the use case's rules apply the request to the row or
/// refuse with an error; a change is made on the version the user read, so a newer one in the database makes the save
/// throw (answered 409); the answer is the row's id and new version.
/// </summary>
internal static class GovernanceSave
{
    public static async Task<Result<Saved>> CreateAsync<T>(AppDbContext db, T row, Func<T, Task<Error?>> apply, CancellationToken ct)
        where T : class, IGovernanceRow
    {
        if (await apply(row) is { } error)
        {
            return error;
        }

        db.Add(row);
        await db.SaveChangesAsync(ct);
        return new Saved(row.Id, row.Version);
    }

    /// <summary>As above, for rules that need nothing from the database.</summary>
    public static Task<Result<Saved>> CreateAsync<T>(AppDbContext db, T row, Func<T, Error?> apply, CancellationToken ct)
        where T : class, IGovernanceRow =>
        CreateAsync(db, row, r => Task.FromResult(apply(r)), ct);

    /// <param name="row">The row as found in the association, or null when there is none.</param>
    /// <param name="notFound">The answer when there is no such row.</param>
    /// <param name="readVersion">The version the change was made on (the use case's Validate requires it).</param>
    public static async Task<Result<Saved>> UpdateAsync<T>(
        AppDbContext db, T? row, Error notFound, long? readVersion, Func<T, Task<Error?>> apply, CancellationToken ct)
        where T : class, IGovernanceRow
    {
        if (row is null)
        {
            return notFound;
        }

        db.ExpectVersion(row, readVersion!.Value);
        if (await apply(row) is { } error)
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return new Saved(row.Id, row.Version);
    }

    /// <summary>As above, for rules that need nothing from the database.</summary>
    public static Task<Result<Saved>> UpdateAsync<T>(AppDbContext db, T? row, Error notFound, long? readVersion, Func<T, Error?> apply, CancellationToken ct)
        where T : class, IGovernanceRow =>
        UpdateAsync(db, row, notFound, readVersion, r => Task.FromResult(apply(r)), ct);

    /// <summary>As above, for the row <paramref name="id"/> of the association, read here.</summary>
    public static async Task<Result<Saved>> UpdateAsync<T>(
        AppDbContext db, Guid associationId, Guid id, Error notFound, long? readVersion, Func<T, Task<Error?>> apply, CancellationToken ct)
        where T : class, IGovernanceRow, IAssociationOwned
    {
        var row = await db.Set<T>().FirstOrDefaultAsync(r => r.Id == id && r.AssociationId == associationId, ct);
        return await UpdateAsync(db, row, notFound, readVersion, apply, ct);
    }

    /// <summary>As above, for rules that need nothing from the database.</summary>
    public static Task<Result<Saved>> UpdateAsync<T>(
        AppDbContext db, Guid associationId, Guid id, Error notFound, long? readVersion, Func<T, Error?> apply, CancellationToken ct)
        where T : class, IGovernanceRow, IAssociationOwned =>
        UpdateAsync<T>(db, associationId, id, notFound, readVersion, r => Task.FromResult(apply(r)), ct);
}
