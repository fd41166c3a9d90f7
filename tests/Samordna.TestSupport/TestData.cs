using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samordna.Web.Data;
using Samordna.Web.Domain;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.TestSupport;

public sealed record TestAssociation(Guid Id, string Code, string Name, IReadOnlyDictionary<string, Guid> Members);

public sealed record TestUser(Guid Id, string Email, string Password, Role Role, Guid? AssociationId);

/// <summary>Intent helpers that arrange data the way the application would, each with unique names so tests never collide.</summary>
public static class TestData
{
    public const string Password = "Testlösen-Korrekt-Häst-42";
    private static int _serial = Random.Shared.Next(100, 700);

    public static int NextSerial() => Interlocked.Increment(ref _serial);

    /// <summary>A Luhn-valid organisation number in the 222998-series (never a real association).</summary>
    public static string OrganisationNumber(int serial)
    {
        var payload = "222998" + (serial % 1000).ToString("000", CultureInfo.InvariantCulture);
        return payload + Luhn.CheckDigit(payload).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>An association with FK, AF, the given region(s) and municipalities as members from <paramref name="formed"/>.</summary>
    public static async Task<TestAssociation> CreateAssociationAsync(
        this SamordnaTestHost host,
        string[]? municipalities = null,
        string[]? regions = null,
        DateOnly? formed = null,
        string? name = null)
    {
        municipalities ??= ["0662", "0617"];
        regions ??= ["R06"];
        var serial = NextSerial();
        await using var scope = host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var from = formed ?? new DateOnly(2015, 1, 1);
        var association = new Association
        {
            Code = $"test-{serial}-{Guid.NewGuid().ToString("N")[..6]}",
            Name = name ?? $"Testförbund {serial}",
            OrganisationNumber = OrganisationNumber(serial),
            SeatMunicipalityCode = municipalities.FirstOrDefault() ?? "0980",
            FormedOn = from,
        };
        db.Add(association);
        var codes = new[] { "FK", "AF" }.Concat(regions).Concat(municipalities).ToList();
        var orgs = await db.Set<Organisation>().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code);
        foreach (var code in codes)
        {
            db.Add(new Membership { AssociationId = association.Id, OrganisationId = orgs[code].Id, ValidFrom = from });
        }

        await db.SaveChangesAsync();
        return new TestAssociation(association.Id, association.Code, association.Name, orgs.ToDictionary(kv => kv.Key, kv => kv.Value.Id));
    }

    public static async Task<TestUser> CreateUserAsync(this SamordnaTestHost host, Role role, Guid? associationId = null, Guid? memberOrganisationId = null)
    {
        await using var scope = host.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..10]}@test.samordna.se";
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Test {role.SwedishName()}" };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = role, AssociationId = associationId, MemberOrganisationId = memberOrganisationId });
        await db.SaveChangesAsync();
        return new TestUser(user.Id, email, Password, role, associationId);
    }

    /// <summary>The id of the association's membership of the organisation with <paramref name="organisationCode"/> (its first, if several).</summary>
    public static async Task<Guid> MembershipIdAsync(this SamordnaTestHost host, Guid associationId, string organisationCode) =>
        await host.WithDbAsync(db => db.Set<Membership>().IgnoreQueryFilters()
            .Where(m => m.AssociationId == associationId && m.Organisation!.Code == organisationCode)
            .OrderBy(m => m.ValidFrom).Select(m => m.Id).FirstAsync());

    /// <summary>A charter version from <paramref name="validFrom"/>; with <paramref name="allDecided"/> every member on that day has decided the day before.</summary>
    public static async Task<Guid> CreateCharterVersionAsync(this SamordnaTestHost host, TestAssociation association, DateOnly validFrom, bool allDecided = true, int noticePeriodMonths = 36)
    {
        await using var scope = host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var version = new CharterVersion { AssociationId = association.Id, ValidFrom = validFrom, NoticePeriodMonths = noticePeriodMonths };
        if (allDecided)
        {
            var members = await db.Set<Membership>().IgnoreQueryFilters()
                .Where(m => m.AssociationId == association.Id && m.ValidFrom <= validFrom && (m.ValidTo == null || m.ValidTo >= validFrom))
                .Select(m => m.OrganisationId).Distinct().ToListAsync();
            version.Decisions.AddRange(members.Select(id => new CharterMemberDecision
            {
                AssociationId = association.Id, CharterVersionId = version.Id, OrganisationId = id, DecidedOn = validFrom.AddDays(-1),
            }));
        }

        db.Add(version);
        await db.SaveChangesAsync();
        return version.Id;
    }

    /// <summary>
    /// An association that exists only during <paramref name="year"/> (formed 1 January, ended 31 December, members for
    /// that year only), so a national allocation run for the year sees exactly the associations a test made for it.
    /// </summary>
    public static async Task<TestAssociation> CreateAssociationForYearAsync(
        this SamordnaTestHost host,
        int year,
        string[] municipalities,
        string[]? regions = null,
        string? name = null)
    {
        regions ??= ["R01"];
        var serial = NextSerial();
        await using var scope = host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var association = new Association
        {
            Code = $"test-{serial}-{Guid.NewGuid().ToString("N")[..6]}",
            Name = name ?? $"Testförbund {serial}",
            OrganisationNumber = OrganisationNumber(serial),
            SeatMunicipalityCode = municipalities[0][..4],
            FormedOn = from,
            EndedOn = to,
        };
        db.Add(association);
        var codes = new[] { "FK", "AF" }.Concat(regions).Concat(municipalities).ToList();
        var orgs = await db.Set<Organisation>().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code);
        foreach (var code in codes)
        {
            db.Add(new Membership { AssociationId = association.Id, OrganisationId = orgs[code].Id, ValidFrom = from, ValidTo = to });
        }

        await db.SaveChangesAsync();
        return new TestAssociation(association.Id, association.Code, association.Name, orgs.ToDictionary(kv => kv.Key, kv => kv.Value.Id));
    }

    public static async Task<T> WithDbAsync<T>(this SamordnaTestHost host, Func<AppDbContext, Task<T>> action)
    {
        await using var scope = host.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
