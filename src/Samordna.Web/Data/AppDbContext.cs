using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Samordna.Web.Data;

/// <summary>
/// The unit of work for the whole application (one context, tables prefixed by area). Provider-specific
/// subclasses exist only so each provider keeps its own migrations (see docs/adr/0002).
/// </summary>
public class AppDbContext : IdentityUserContext<AppUser, Guid>, IDataProtectionKeyContext
{
    private readonly IRequestScope _scope;

    protected AppDbContext(DbContextOptions options, IRequestScope? scope)
        : base(options)
    {
        _scope = scope ?? NoRequestScope.Instance;
    }

    /// <summary>The association this context is confined to, or null when it may see all (national and CLI work).</summary>
    public Guid? ScopeAssociationId => _scope.AssociationId;

    /// <summary>Whether the save under way changes public data (kept by <see cref="Infrastructure.Caching.PublicDataChangeInterceptor"/>).</summary>
    internal bool PublicDataChanged { get; set; }

    /// <summary>Public data changed inside the open transaction: forget the version again after its commit.</summary>
    internal bool PublicDataAwaitingCommit { get; set; }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Infrastructure.Email.OutboxMessage> EmailOutbox => Set<Infrastructure.Email.OutboxMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Sek>().HaveConversion<SekConverter>();
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(400);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(60);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>().ToTable("auth_user");
        builder.Entity<AppUser>().Property(u => u.DisplayName).HasMaxLength(200);
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("auth_user_claim");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("auth_user_login");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("auth_user_token");
        builder.Entity<AppUser>().Property(u => u.PasswordHash).HasMaxLength(1000);
        builder.Entity<AppUser>().Property(u => u.ConcurrencyStamp).HasMaxLength(100);
        builder.Entity<AppUser>().Property(u => u.SecurityStamp).HasMaxLength(100);

        builder.Entity<RoleAssignment>(e =>
        {
            e.ToTable("auth_role_assignment");
            e.HasKey(a => a.Id);
            e.HasIndex(a => new { a.UserId, a.Role, a.AssociationId, a.MemberOrganisationId }).IsUnique();
            e.HasIndex(a => a.AssociationId);
            e.HasOne<AppUser>().WithMany(u => u.Assignments).HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<DataProtectionKey>(e =>
        {
            e.ToTable("platform_data_protection_key");
            e.Property(k => k.FriendlyName).HasMaxLength(200);
            e.Property(k => k.Xml).HasMaxLength(8000);
        });

        builder.Entity<AuditEntry>(e =>
        {
            e.ToTable("platform_audit_entry");
            e.HasKey(a => a.Id);
            e.Property(a => a.Changes).HasMaxLength(100_000);
            e.HasIndex(a => new { a.AssociationId, a.OccurredAt });
            e.HasIndex(a => new { a.EntityType, a.EntityId });
        });

        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            var clr = entityType.ClrType;
            if (typeof(IVersioned).IsAssignableFrom(clr))
            {
                builder.Entity(clr).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }

            if (typeof(IAssociationOwned).IsAssignableFrom(clr) && entityType.BaseType is null)
            {
                builder.Entity(clr).HasQueryFilter(ScopeFilter(clr));
            }
        }
    }

    /// <summary>Builds <c>e => ScopeAssociationId == null || e.AssociationId == ScopeAssociationId</c> for an owned entity.</summary>
    private LambdaExpression ScopeFilter(Type clr)
    {
        var e = Expression.Parameter(clr, "e");
        var scope = Expression.Property(Expression.Constant(this), nameof(ScopeAssociationId));
        // The association itself is keyed by Id; every other owned row carries an AssociationId column.
        var key = typeof(IAssociationRoot).IsAssignableFrom(clr) ? "Id" : nameof(IAssociationOwned.AssociationId);
        var owner = Expression.Convert(Expression.Property(e, key), typeof(Guid?));
        var body = Expression.OrElse(
            Expression.Equal(scope, Expression.Constant(null, typeof(Guid?))),
            Expression.Equal(owner, scope));
        return Expression.Lambda(body, e);
    }

    /// <summary>
    /// Makes the next save of <paramref name="row"/> fail with <see cref="DbUpdateConcurrencyException"/> (answered 409)
    /// unless the database still holds <paramref name="readVersion"/>, the version the user's change was made on.
    /// </summary>
    public void ExpectVersion(IVersioned row, long readVersion) =>
        Entry(row).Property(nameof(IVersioned.Version)).OriginalValue = readVersion;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void PrepareSave()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
            {
                versioned.Version++;
            }

            if (ScopeAssociationId is { } scope
                && entry.Entity is IAssociationOwned owned
                && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && owned.AssociationId != scope)
            {
                throw new CrossAssociationWriteException(entry.Metadata.ClrType.Name);
            }
        }
    }
}

/// <summary>A request scoped to one association tried to write another association's row: always a bug, never allowed.</summary>
public sealed class CrossAssociationWriteException(string entity)
    : InvalidOperationException($"Skrivning till ett annat förbunds uppgifter stoppades ({entity}).");

public sealed class SekConverter() : ValueConverter<Sek, long>(s => s.Ore, o => new Sek(o));

public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

/// <summary>SQLite flavour; owns the migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, IRequestScope? scope = null)
    : AppDbContext(options, scope);

/// <summary>PostgreSQL flavour; owns the migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, IRequestScope? scope = null)
    : AppDbContext(options, scope);
