using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Administration;

/// <summary>
/// The guard that keeps at least one active system administrator was a check and then a save: two administrators who
/// took each other's role (or deactivated each other) at the same moment both passed the check, and nobody was left to
/// administer the system. A database of its own, so that the two are really the last ones.
/// </summary>
public sealed class LastAdministratorRaceTests : IAsyncLifetime
{
    private const int Rounds = 12;

    private readonly TestDatabase _database = TestDatabase.Create();
    private SamordnaTestHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new SamordnaTestHost(_database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Two_last_administrators_demoting_each_other_at_once_leave_one_of_them_and_the_other_gets_a_409()
    {
        TestUser? survivor = null;
        for (var round = 0; round < Rounds; round++)
        {
            var first = await _host.CreateUserAsync(Role.SystemAdministrator);
            var second = await _host.CreateUserAsync(Role.SystemAdministrator);
            using var one = await _host.ApiClientAsync(first);
            using var other = await _host.ApiClientAsync(second);
            if (survivor is not null)
            {
                // The last round's survivor steps down, so these two are the only active administrators.
                var (_, role) = await SystemRoleAsync(one, survivor.Id);
                Assert.Equal(HttpStatusCode.OK, (await one.DeleteAsync($"/api/v1/admin/users/{survivor.Id}/roles/{role}")).StatusCode);
            }

            Assert.Equal(2, await ActiveAdministratorsAsync());
            var deactivate = round % 2 == 1;
            var ofSecond = (await SystemRoleAsync(one, second.Id)).Assignment;
            var ofFirst = (await SystemRoleAsync(other, first.Id)).Assignment;
            Task<HttpResponseMessage> Demote(HttpClient client, Guid user, Guid assignment) => deactivate
                ? client.PostAsync($"/api/v1/admin/users/{user}/deactivate", null)
                : client.DeleteAsync($"/api/v1/admin/users/{user}/roles/{assignment}");

            var responses = await Task.WhenAll(Task.Run(() => Demote(one, second.Id, ofSecond)), Task.Run(() => Demote(other, first.Id, ofFirst)));

            var statuses = responses.Select(r => r.StatusCode).ToList();
            Assert.True(await ActiveAdministratorsAsync() >= 1, $"Round {round + 1} ({(deactivate ? "deactivate" : "remove the role")}): no active system administrator left; answers {string.Join(", ", statuses)}.");
            // The one that lost is refused by the guard (409), or, when the winner saved before its request was let in,
            // by sign-in (401: its session ended with its role) or by the permission check (403: no longer an administrator).
            Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden }));
            Assert.Contains(HttpStatusCode.OK, statuses);
            foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            {
                var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
                Assert.Contains(problem.GetProperty("code").GetString(), new[] { "USER_LAST_SYSTEM_ADMINISTRATOR", "CONCURRENCY_CONFLICT" });
            }

            survivor = statuses[0] == HttpStatusCode.OK ? first : second;
        }
    }

    /// <summary>The user's system administrator role as its assignment id, read through the API.</summary>
    private static async Task<(Guid User, Guid Assignment)> SystemRoleAsync(HttpClient api, Guid userId)
    {
        var user = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/admin/users/{userId}")).RootElement;
        var role = user.GetProperty("roles").EnumerateArray().Single(r => r.GetProperty("role").GetString() == "SystemAdministrator");
        return (userId, role.GetProperty("assignmentId").GetGuid());
    }

    private Task<int> ActiveAdministratorsAsync() =>
        _host.WithDbAsync(async db =>
        {
            var lockouts = await db.Users.AsNoTracking()
                .Where(u => db.RoleAssignments.Any(a => a.UserId == u.Id && a.Role == Role.SystemAdministrator))
                .Select(u => u.LockoutEnd).ToListAsync();
            return lockouts.Count(end => end is null || end <= TimeProvider.System.GetUtcNow());
        });
}
