using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Samordna.Web.Infrastructure.Health;

/// <summary>Ready when the database answers and has every migration this build knows.</summary>
public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("Databasen svarar inte.");
            }

            var pending = await PendingMigrations.ListAsync(db, cancellationToken);
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Databasen är tillgänglig och migrerad.")
                : HealthCheckResult.Unhealthy($"Databasen saknar {SwedishCulture.Count(pending.Count, "migrering", "migreringar")}; kör kommandot 'migrate'.");
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Databasen kunde inte nås.");
        }
    }
}
