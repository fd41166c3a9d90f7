using System.Data.Common;
using Microsoft.AspNetCore.Identity;

namespace Samordna.Web.Data;

/// <summary>
/// A production start refuses demo accounts and administrators still on a known default password. It runs on every
/// start, also when migrations are pending: it reads only columns the first migration created, and a database the
/// check cannot read is refused unless it has no users table yet (nothing to check).
/// </summary>
public static class StartupSafetyCheck
{
    public static async Task EnsureNoDemoAccountsAsync(AppDbContext db, IServiceProvider services, CancellationToken ct)
    {
        try
        {
            await CheckAsync(db, services, ct);
        }
        catch (DbException ex)
        {
            if (!await UsersTableExistsAsync(db, ct))
            {
                // An empty database: no users table, so no demo users. The app waits for 'migrate'.
                return;
            }

            throw new StartupRefusedException($"Kontrollen av användarkonton kunde inte göras mot databasen ({ex.GetType().Name}). Kör kommandot migrate och försök igen.");
        }
    }

    /// <summary>Production-like starts of operator commands: the same check, answered as a warning (the command serves no requests).</summary>
    public static async Task<string?> ProblemAsync(AppDbContext db, IServiceProvider services, CancellationToken ct)
    {
        try
        {
            await EnsureNoDemoAccountsAsync(db, services, ct);
            return null;
        }
        catch (StartupRefusedException refused)
        {
            return refused.Message;
        }
    }

    private static async Task<bool> UsersTableExistsAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            _ = await db.Users.Select(u => u.Id).AnyAsync(ct);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }

    private static async Task CheckAsync(AppDbContext db, IServiceProvider services, CancellationToken ct)
    {
        if (await db.Users.AnyAsync(u => u.IsDemo, ct))
        {
            throw new StartupRefusedException("Databasen innehåller demoanvändare. Produktion startar inte med demodata; använd en ny databas.");
        }

        var hasher = services.GetRequiredService<IPasswordHasher<AppUser>>();
        var adminIds = await db.RoleAssignments
            .Where(a => a.Role == Role.SystemAdministrator || a.Role == Role.NationalAdministrator)
            .Select(a => a.UserId).Distinct().ToListAsync(ct);
        // Only the columns needed, so a pending migration that adds user columns cannot break the check.
        var admins = await db.Users.Where(u => adminIds.Contains(u.Id) && u.PasswordHash != null)
            .Select(u => new { u.Id, u.Email, u.PasswordHash }).ToListAsync(ct);
        foreach (var admin in admins)
        {
            if (hasher.VerifyHashedPassword(new AppUser { Id = admin.Id, Email = admin.Email }, admin.PasswordHash!, DeniedPasswordValidator.DemoPassword) != PasswordVerificationResult.Failed)
            {
                throw new StartupRefusedException($"Administratören {admin.Email} har ett standardlösenord. Byt lösenord innan produktion startar.");
            }
        }
    }
}
