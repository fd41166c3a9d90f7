using Microsoft.AspNetCore.Identity;
using Samordna.Web.Data.Demo;

namespace Samordna.Web.Infrastructure.Cli;

/// <summary>
/// <c>migrate</c>: applies all migrations for the configured provider and loads the reference data. In production it
/// also runs the start's safety check and warns (the command itself serves no requests; the web start will refuse).
/// </summary>
public sealed class MigrateCommand(IHostEnvironment environment) : IOperatorCommand
{
    public string Name => "migrate";

    public string Summary => "Skapar eller uppdaterar databasen och läser in referensdata (kommuner, regioner, FK, AF).";

    public string Usage => "migrate";

    public async Task<int> RunAsync(IServiceProvider services, CliArguments args, TextWriter output, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var pending = await PendingMigrations.ListAsync(db, ct);
        await PendingMigrations.MigrateAsync(db, ct);
        await ReferenceDataSeeder.SeedAsync(db, ct);
        await output.WriteLineAsync(pending.Count == 0
            ? "Databasen var redan uppdaterad. Referensdata är kontrollerad."
            : $"Tillämpade {SwedishCulture.Count(pending.Count, "migrering", "migreringar")}: {string.Join(", ", pending)}. Referensdata är inläst.");
        if (DatabaseSetup.IsProductionLike(environment)
            && await StartupSafetyCheck.ProblemAsync(db, scope.ServiceProvider, ct) is { } problem)
        {
            await output.WriteLineAsync($"Varning: webbappen kommer att vägra starta i produktion: {problem}");
        }

        return 0;
    }
}

/// <summary><c>create-admin</c>: the first system administrator of a new installation.</summary>
public sealed class CreateAdminCommand : IOperatorCommand
{
    public const string PasswordVariable = "SAMORDNA_ADMIN_PASSWORD";

    public string Name => "create-admin";

    public string Summary => "Skapar en systemadministratör. Lösenordet läses från miljövariabeln SAMORDNA_ADMIN_PASSWORD eller från standard in.";

    public string Usage => "create-admin --email <e-post> --name <namn>";

    public async Task<int> RunAsync(IServiceProvider services, CliArguments args, TextWriter output, CancellationToken ct)
    {
        var email = args.Option("email");
        var name = args.Option("name");
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(name))
        {
            await output.WriteLineAsync("Ange --email och --name.");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            password = await Console.In.ReadLineAsync(ct);
        }

        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync($"Inget lösenord: sätt {PasswordVariable} eller skriv det på standard in.");
            return 2;
        }

        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await output.WriteLineAsync($"Det finns redan en användare med e-postadressen {email}.");
            return 1;
        }

        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = clock.GetUtcNow().UtcDateTime };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            await output.WriteLineAsync("Användaren skapades inte: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }

        db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = Role.SystemAdministrator, CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        await output.WriteLineAsync($"Systemadministratören {email} är skapad.");
        return 0;
    }
}

/// <summary><c>seed-demo</c>: loads the demo data into a development database (refused in production).</summary>
public sealed class SeedDemoCommand(IHostEnvironment environment) : IOperatorCommand
{
    public string Name => "seed-demo";

    public string Summary => "Läser in demodata (fiktiva användare och förbund). Vägras i produktion.";

    public string Usage => "seed-demo";

    public async Task<int> RunAsync(IServiceProvider services, CliArguments args, TextWriter output, CancellationToken ct)
    {
        if (DatabaseSetup.IsProductionLike(environment))
        {
            await output.WriteLineAsync("Demodata får inte läsas in i produktion (ASPNETCORE_ENVIRONMENT är inte Development).");
            return 1;
        }

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await ReferenceDataSeeder.SeedAsync(db, ct);
        var logins = await DatabaseSetup.SeedDemoAsync(db, scope.ServiceProvider.GetServices<IDemoDataContributor>(), ct);
        await output.WriteLineAsync($"Demodata finns. Lösenord för alla demoanvändare: {DeniedPasswordValidator.DemoPassword}");
        foreach (var (email, description) in logins)
        {
            await output.WriteLineAsync($"  {email,-40} {description}");
        }

        return 0;
    }
}
