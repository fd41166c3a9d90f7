using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Data;

/// <summary>A production start refuses demo accounts and administrators still on a known default password.</summary>
public static class StartupSafetyCheck
{
    public static async Task EnsureNoDemoAccountsAsync(AppDbContext db, IServiceProvider services, CancellationToken ct)
    {
        if (await db.Users.AnyAsync(u => u.IsDemo, ct))
        {
            throw new StartupRefusedException("Databasen innehåller demoanvändare. Produktion startar inte med demodata; använd en ny databas.");
        }

        var hasher = services.GetRequiredService<IPasswordHasher<AppUser>>();
        var adminIds = await db.RoleAssignments
            .Where(a => a.Role == Role.SystemAdministrator || a.Role == Role.NationalAdministrator)
            .Select(a => a.UserId).Distinct().ToListAsync(ct);
        var admins = await db.Users.Where(u => adminIds.Contains(u.Id) && u.PasswordHash != null).ToListAsync(ct);
        foreach (var admin in admins)
        {
            if (hasher.VerifyHashedPassword(admin, admin.PasswordHash!, DeniedPasswordValidator.DemoPassword) != PasswordVerificationResult.Failed)
            {
                throw new StartupRefusedException($"Administratören {admin.Email} har ett standardlösenord. Byt lösenord innan produktion startar.");
            }
        }
    }
}
