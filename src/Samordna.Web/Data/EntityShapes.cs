using System.Linq.Expressions;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Data;

/// <summary>
/// The references the areas' entity configurations repeat, said once. A row another row refers to cannot be removed
/// while it is referred to (rows are ended, not deleted); a row's own parts are removed with it, and are configured
/// as such where they are (<c>HasMany(…).WithOne()…Cascade</c>, <c>PartOfIntervention</c>).
/// </summary>
public static class EntityShapes
{
    /// <summary>The row's <see cref="IAssociationOwned.AssociationId"/> refers to its association.</summary>
    public static EntityTypeBuilder<T> BelongsToAssociation<T>(this EntityTypeBuilder<T> e)
        where T : class, IAssociationOwned
    {
        e.HasOne<Association>().WithMany().HasForeignKey(nameof(IAssociationOwned.AssociationId)).OnDelete(DeleteBehavior.Restrict);
        return e;
    }

    /// <summary>A reference from the property <paramref name="key"/>, named with <see cref="ForeignKeyShape{T}.To{TPrincipal}"/>: <c>e.ForeignKey(a => a.OrganisationId).To&lt;Organisation&gt;()</c>.</summary>
    public static ForeignKeyShape<T> ForeignKey<T>(this EntityTypeBuilder<T> e, Expression<Func<T, object?>> key)
        where T : class =>
        new(e, key);
}

/// <summary>A foreign key of <typeparamref name="T"/> whose principal is still to be named (<see cref="EntityShapes.ForeignKey{T}"/>).</summary>
public readonly record struct ForeignKeyShape<T>(EntityTypeBuilder<T> Entity, Expression<Func<T, object?>> Key)
    where T : class
{
    /// <summary>The key refers to a <typeparamref name="TPrincipal"/> row (no navigation), which cannot be removed while a row refers to it.</summary>
    public void To<TPrincipal>()
        where TPrincipal : class =>
        Entity.HasOne<TPrincipal>().WithMany().HasForeignKey(Key).OnDelete(DeleteBehavior.Restrict);
}
