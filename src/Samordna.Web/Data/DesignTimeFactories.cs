using Microsoft.EntityFrameworkCore.Design;

namespace Samordna.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build each provider's model without starting the app (see scripts/add-migration.sh).</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite("Data Source=design-time.db", x => x.MigrationsHistoryTable(PendingMigrations.HistoryTable))
            .Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>()
            .UseNpgsql("Host=localhost;Database=design_time", x => x.MigrationsHistoryTable(PendingMigrations.HistoryTable))
            .Options);
}
