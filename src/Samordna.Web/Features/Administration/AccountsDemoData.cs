using Microsoft.AspNetCore.Identity;
using Samordna.Web.Data.Demo;

namespace Samordna.Web.Features.Administration;

/// <summary>One demo user per role, all with the demo password. Fictitious people.</summary>
public sealed class AccountsDemoData(IServiceProvider services) : IDemoDataContributor
{
    public int Order => 100;

    public static readonly (string Email, string Name, Role Role, string? Association, string? Member)[] Users =
    [
        ("admin@demo.samordna.se", "Alva Admin (systemadministratör)", Role.SystemAdministrator, null, null),
        ("nationell@demo.samordna.se", "Nils Nationell (Försäkringskassan)", Role.NationalAdministrator, null, null),
        ("kansli.finnveden@demo.samordna.se", "Karin Kansli (förbundschef Finnveden)", Role.AssociationAdministrator, "finnveden", null),
        ("kansli.vatterbygden@demo.samordna.se", "Vera Vätter (förbundschef Södra Vätterbygden)", Role.AssociationAdministrator, "sodra-vatterbygden", null),
        ("styrelse.finnveden@demo.samordna.se", "Sten Styrelse (ledamot Finnveden)", Role.BoardMember, "finnveden", null),
        ("medlem.varnamo@demo.samordna.se", "Maja Medlem (Värnamo kommun)", Role.MemberRepresentative, "finnveden", "0683"),
        ("revisor.finnveden@demo.samordna.se", "Rut Revisor (Finnveden)", Role.Auditor, "finnveden", null),
        ("insats.finnveden@demo.samordna.se", "Ivar Insats (insatsägare, Värnamo kommun)", Role.InterventionOwner, "finnveden", "0683"),
        ("bered.finnveden@demo.samordna.se", "Bea Beredning (beredningsgruppen Finnveden)", Role.PreparatoryGroupMember, "finnveden", null),
        ("deltagare.finnveden@demo.samordna.se", "Dina Deltagaransvarig (Värnamo kommun)", Role.ParticipantOfficer, "finnveden", "0683"),
    ];

    public async Task SeedAsync(AppDbContext db, DemoContext context, CancellationToken ct)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var hasher = services.GetRequiredService<IPasswordHasher<AppUser>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        foreach (var (email, name, role, associationCode, memberCode) in Users)
        {
            var user = new AppUser
            {
                Id = Guid.CreateVersion7(),
                UserName = email,
                NormalizedUserName = users.NormalizeName(email),
                Email = email,
                NormalizedEmail = users.NormalizeEmail(email),
                EmailConfirmed = true,
                DisplayName = name,
                IsDemo = true,
                CreatedAt = now,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                LockoutEnabled = true,
            };
            // The demo password is on the deny list for real accounts, so it is set by hash here, not through the policy.
            user.PasswordHash = hasher.HashPassword(user, DeniedPasswordValidator.DemoPassword);
            db.Users.Add(user);
            db.RoleAssignments.Add(new RoleAssignment
            {
                UserId = user.Id,
                Role = role,
                AssociationId = associationCode is null ? null : context.Associations[associationCode].Id,
                MemberOrganisationId = memberCode is null ? null : context.Organisations[memberCode].Id,
                CreatedAt = now,
            });
            context.Logins.Add((email, name));
        }

        await Task.CompletedTask;
    }
}
