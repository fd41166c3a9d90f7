using Samordna.Web.Data.Demo;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Data;

/// <summary>Brings the database to a usable state at start: migrations (where allowed), reference data, the production safety check, demo data.</summary>
public static class DatabaseSetup
{
    public static async Task PrepareAsync(WebApplication app, CancellationToken ct = default)
    {
        using var scope = app.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var demo = sp.GetRequiredService<IOptions<DemoOptions>>().Value;
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Samordna.Startup");

        if (IsProductionLike(app.Environment) && demo.Enabled)
        {
            throw new StartupRefusedException("Demodata får inte användas i produktion. Sätt Demo:Enabled till false.");
        }

        var keys = sp.GetRequiredService<IOptions<KeyProtectionOptions>>().Value;
        if (IsProductionLike(app.Environment) && !keys.HasCertificate)
        {
            if (!keys.AllowUnencryptedKeys)
            {
                throw new StartupRefusedException(
                    "Dataskyddsnycklarna (som skyddar inloggningar och token) skulle lagras okrypterade i databasen. Ange ett certifikat med DataProtection__CertificatePath och DataProtection__CertificatePassword, eller tillåt det medvetet med DataProtection__AllowUnencryptedKeys=true.");
            }

            logger.LogWarning("Data-protection keys are stored UNENCRYPTED in the database (DataProtection:AllowUnencryptedKeys=true). Anyone who can read the database or a backup can forge sign-ins. Configure DataProtection:CertificatePath.");
            await Console.Error.WriteLineAsync("Varning: dataskyddsnycklarna lagras okrypterade i databasen (DataProtection__AllowUnencryptedKeys=true). Den som kan läsa databasen eller en säkerhetskopia kan förfalska inloggningar.");
        }

        if (options.MigrateOnStartup)
        {
            await PendingMigrations.MigrateAsync(db, ct);
        }

        // The safety check runs before anything else can return: a pending migration must not skip it.
        if (IsProductionLike(app.Environment))
        {
            await StartupSafetyCheck.EnsureNoDemoAccountsAsync(db, sp, ct);
        }

        var pending = await PendingMigrations.ListAsync(db, ct);
        if (pending.Count > 0)
        {
            logger.LogWarning("The database lacks {Count} migration(s); run the 'migrate' command. /health/ready reports unhealthy until then.", pending.Count);
            return;
        }

        await ReferenceDataSeeder.SeedAsync(db, ct);

        if (demo.Enabled)
        {
            var logins = await SeedDemoAsync(db, sp.GetServices<IDemoDataContributor>(), ct);
            PrintDemoLogins(logins, logger);
        }

        // Create the data-protection key now, so several instances starting together share one key ring.
        _ = Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions.Protect(
            sp.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>().CreateProtector("startup"), "x");
    }

    public static bool IsProductionLike(IHostEnvironment env) => !env.IsDevelopment() && !env.IsEnvironment("Testing");

    /// <summary>Seeds demo data once; returns the demo logins (also when it was seeded before).</summary>
    public static async Task<IReadOnlyList<(string Email, string Description)>> SeedDemoAsync(
        AppDbContext db, IEnumerable<IDemoDataContributor> contributors, CancellationToken ct)
    {
        if (!await db.Users.AnyAsync(u => u.IsDemo, ct))
        {
            var context = new DemoContext();
            foreach (var contributor in contributors.OrderBy(c => c.Order))
            {
                await contributor.SeedAsync(db, context, ct);
                await db.SaveChangesAsync(ct);
            }
        }

        return await db.Users.Where(u => u.IsDemo).OrderBy(u => u.Email)
            .Select(u => new ValueTuple<string, string>(u.Email!, u.DisplayName))
            .ToListAsync(ct);
    }

    private static void PrintDemoLogins(IReadOnlyList<(string Email, string Description)> logins, ILogger logger)
    {
        var lines = new List<string>
        {
            string.Empty,
            "==== Samordna – DEMODATA (fiktiva användare, får aldrig användas i produktion) ====",
            $"Lösenord för alla demoanvändare: {DeniedPasswordValidator.DemoPassword}",
        };
        lines.AddRange(logins.Select(l => $"  {l.Email,-40} {l.Description}"));
        lines.Add("===================================================================================");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
        logger.LogInformation("Demo data is enabled; {Count} demo logins printed to the console.", logins.Count);
    }
}

/// <summary>The host refuses to start because the configuration is unsafe; the message says what to change.</summary>
public sealed class StartupRefusedException(string message) : Exception(message)
{
    /// <summary>The process exit code of a refused start (1 is a failed command, 2 wrong usage).</summary>
    public const int ExitCode = 3;
}
