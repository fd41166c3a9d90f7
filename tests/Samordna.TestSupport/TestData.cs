using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samordna.Web.Data;
using Samordna.Web.Domain;
using Samordna.Web.Features.Administration.Users;
using Samordna.Web.Features.Registry.CreateAssociation;
using Samordna.Web.Features.Registry.CreateCharterVersion;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.EndAssociation;
using Samordna.Web.Features.Registry.RecordCharterDecision;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.TestSupport;

public sealed record TestAssociation(Guid Id, string Code, string Name, IReadOnlyDictionary<string, Guid> Members);

public sealed record TestUser(Guid Id, string Email, string Password, Role Role, Guid? AssociationId);

/// <summary>
/// Intent helpers that arrange data through the application's use cases (<see cref="UseCases"/>), each with unique
/// names so tests never collide. They never write rows to the database themselves; reading back is fine.
/// </summary>
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

    /// <summary>
    /// An association with FK, AF, the given region(s) and municipalities as members from <paramref name="formed"/>,
    /// made by the register's use case (<see cref="CreateAssociationHandler"/>): a composition the law refuses
    /// (no region, say) fails here with the Swedish message, as it would for a user.
    /// </summary>
    public static async Task<TestAssociation> CreateAssociationAsync(
        this SamordnaTestHost host,
        string[]? municipalities = null,
        string[]? regions = null,
        DateOnly? formed = null,
        string? name = null)
    {
        municipalities ??= ["0662", "0617"];
        regions ??= ["R06"];
        var id = await host.CreateAssociationThroughUseCaseAsync(municipalities, regions, formed ?? new DateOnly(2015, 1, 1), name, municipalities.FirstOrDefault() ?? "0980");
        return await host.ReadAssociationAsync(id);
    }

    /// <summary>A user with one role, made by the administration's use case (<see cref="CreateUserHandler"/>), so the role's target is checked as for a real user.</summary>
    public static async Task<TestUser> CreateUserAsync(this SamordnaTestHost host, Role role, Guid? associationId = null, Guid? memberOrganisationId = null)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..10]}@test.samordna.se";
        var request = new CreateUserRequest(email, $"Test {role.SwedishName()}", Password, role, associationId, memberOrganisationId);
        var id = await host.RunAsync<CreateUserHandler, Guid>(null, CreateUserHandler.Validate(request), (handler, ct) => handler.HandleAsync(request, ct));
        return new TestUser(id, email, Password, role, associationId);
    }

    /// <summary>The id of the association's membership of the organisation with <paramref name="organisationCode"/> (its first, if several).</summary>
    public static async Task<Guid> MembershipIdAsync(this SamordnaTestHost host, Guid associationId, string organisationCode) =>
        await host.WithDbAsync(db => db.Set<Membership>().IgnoreQueryFilters()
            .Where(m => m.AssociationId == associationId && m.Organisation!.Code == organisationCode)
            .OrderBy(m => m.ValidFrom).Select(m => m.Id).FirstAsync());

    /// <summary>
    /// A charter version from <paramref name="validFrom"/> (<see cref="CreateCharterVersionHandler"/>); with
    /// <paramref name="allDecided"/> every member on that day then records its decision the day before
    /// (<see cref="RecordCharterDecisionHandler"/>), so the version is in effect.
    /// </summary>
    public static async Task<Guid> CreateCharterVersionAsync(this SamordnaTestHost host, TestAssociation association, DateOnly validFrom, bool allDecided = true, int noticePeriodMonths = 36)
    {
        var request = new CreateCharterVersionRequest(validFrom, null, null, noticePeriodMonths, null, null, null, null, null, null, null);
        var versionId = await host.RunAsync<CreateCharterVersionHandler, Guid>(
            association.Id, CreateCharterVersionHandler.Validate(request), (handler, ct) => handler.HandleAsync(association.Id, request, ct));
        if (allDecided)
        {
            var members = await host.WithDbAsync(db => db.Set<Membership>()
                .Where(m => m.AssociationId == association.Id && m.ValidFrom <= validFrom && (m.ValidTo == null || m.ValidTo >= validFrom))
                .Select(m => m.Organisation!.Code).Distinct().ToListAsync());
            foreach (var code in members)
            {
                var decision = new RecordCharterDecisionRequest(code, validFrom.AddDays(-1), null);
                await host.RunAsync<RecordCharterDecisionHandler, CharterDecisionRecorded>(
                    association.Id, RecordCharterDecisionHandler.Validate(decision), (handler, ct) => handler.HandleAsync(association.Id, versionId, decision, ct));
            }
        }

        return versionId;
    }

    /// <summary>
    /// An association that exists only during <paramref name="year"/> (formed 1 January, dissolved from 1 January the
    /// year after, so its members and it end 31 December), so a national allocation run for the year sees exactly the
    /// associations a test made for it. Made and dissolved by the register's use cases.
    /// </summary>
    public static async Task<TestAssociation> CreateAssociationForYearAsync(
        this SamordnaTestHost host,
        int year,
        string[] municipalities,
        string[]? regions = null,
        string? name = null)
    {
        regions ??= ["R01"];
        var id = await host.CreateAssociationThroughUseCaseAsync(municipalities, regions, new DateOnly(year, 1, 1), name, municipalities[0][..4]);
        var version = await host.WithDbAsync(db => db.Set<Association>().Where(a => a.Id == id).Select(a => a.Version).SingleAsync());
        var end = new EndAssociationRequest(EndKind.Dissolution, new DateOnly(year + 1, 1, 1), null, null, null, version);
        await host.RunAsync<EndAssociationHandler, long>(id, EndAssociationHandler.Validate(end), (handler, ct) => handler.HandleAsync(id, end, ct));
        return await host.ReadAssociationAsync(id);
    }

    private static async Task<Guid> CreateAssociationThroughUseCaseAsync(
        this SamordnaTestHost host, string[] municipalities, string[] regions, DateOnly formed, string? name, string seat)
    {
        var serial = NextSerial();
        var request = new CreateAssociationRequest(
            name ?? $"Testförbund {serial}",
            $"test-{serial}-{Guid.NewGuid().ToString("N")[..6]}",
            OrganisationNumber(serial),
            seat,
            formed,
            [.. regions, .. municipalities]);
        return await host.RunAsync<CreateAssociationHandler, Guid>(null, CreateAssociationHandler.Validate(request), (handler, ct) => handler.HandleAsync(request, ct));
    }

    /// <summary>The association as tests know it: its code, name and members (organisation code to id), read back.</summary>
    private static async Task<TestAssociation> ReadAssociationAsync(this SamordnaTestHost host, Guid id) =>
        await host.WithDbAsync(async db =>
        {
            var association = await db.Set<Association>().SingleAsync(a => a.Id == id);
            var members = await db.Set<Membership>().Where(m => m.AssociationId == id)
                .Select(m => new { m.Organisation!.Code, m.OrganisationId }).Distinct().ToListAsync();
            return new TestAssociation(id, association.Code, association.Name, members.ToDictionary(m => m.Code, m => m.OrganisationId));
        });

    public static async Task<T> WithDbAsync<T>(this SamordnaTestHost host, Func<AppDbContext, Task<T>> action)
    {
        await using var scope = host.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
