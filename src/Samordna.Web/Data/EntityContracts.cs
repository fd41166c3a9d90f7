namespace Samordna.Web.Data;

/// <summary>
/// A row that belongs to one association. The database context hides rows of other associations from any
/// association-scoped request and refuses to write them (see <see cref="AppDbContext"/>).
/// </summary>
public interface IAssociationOwned
{
    Guid AssociationId { get; }
}

/// <summary>
/// A row edited by people who may race each other: <see cref="Version"/> is a concurrency token that the context
/// increments on every update, so a stale edit fails with 409 instead of silently overwriting.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}

/// <summary>The association entity itself: scoped by its own key.</summary>
public interface IAssociationRoot : IAssociationOwned
{
}

/// <summary>
/// A row that public pages or the public API show (the register, the public board facts, the catalogue): saving one
/// moves the public data version on, which invalidates the public pages' cache on every instance
/// (<see cref="Infrastructure.Caching.PublicDataCache"/>).
/// </summary>
public interface IPublicData
{
}
