using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Data;
using Samordna.Web.Infrastructure.Email;
using Samordna.Web.Infrastructure.Jobs;

namespace Samordna.IntegrationTests.Platform.Email;

/// <summary>
/// The scheduler runs the outbox dispatcher by itself, and every instance that runs it sends each message exactly once.
/// On PostgreSQL two instances share one database, both with the clustered scheduler and both dispatching by hand at
/// the same time as well; on SQLite (one instance by nature, in-memory scheduler) the one instance does, with its
/// scheduler and hand-started runs racing each other.
/// </summary>
public sealed class ScheduledDispatchTests(ScheduledEmailFixture email) : IClassFixture<ScheduledEmailFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private static readonly Dictionary<string, string?> SchedulerOn = new()
    {
        ["Jobs:Enabled"] = "true",
        [$"Jobs:{EmailOutboxJob.Name}:Schedule"] = "00:00:01",
    };

    [Fact]
    public async Task Each_message_is_sent_exactly_once_however_many_instances_run_the_scheduled_dispatcher()
    {
        var instances = new List<SamordnaTestHost>();
        try
        {
            instances.Add(email.StartAnotherInstance(SchedulerOn));
            if (email.Database.IsPostgres)
            {
                instances.Add(email.StartAnotherInstance(SchedulerOn));
            }

            // Round 1: only the schedulers send.
            var first = await EnqueueAsync("schemalagd", 10);
            await email.Smtp.WaitUntilAsync(_ => first.All(m => email.Smtp.To(m.Recipient).Count > 0), Patience);

            // Round 2: the schedulers and hand-started runs on every instance race for the same messages.
            var second = await EnqueueAsync("samtidig", 20);
            await Task.WhenAll(instances.SelectMany(i => Enumerable.Range(0, 3).Select(_ => Task.Run(() => ScheduledJobs.RunNowAsync<EmailOutboxJob>(i.Services)))));
            await email.Smtp.WaitUntilAsync(_ => second.All(m => email.Smtp.To(m.Recipient).Count > 0), Patience);

            if (email.Database.IsPostgres)
            {
                Assert.Equal(2, await ScalarAsync("SELECT COUNT(*) FROM qrtz_scheduler_state WHERE sched_name = 'Samordna'"));
                Assert.Equal(1, await ScalarAsync($"SELECT COUNT(*) FROM qrtz_triggers WHERE trigger_name = '{EmailOutboxJob.Name}'"));
            }
            else
            {
                Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'qrtz%'"));
            }

            // Stop every scheduler before counting, so a duplicate still in flight would be counted too.
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }

            instances.Clear();
            foreach (var message in first.Concat(second))
            {
                var received = email.Smtp.To(message.Recipient);
                Assert.True(received.Count == 1, $"{message.Subject}: received {received.Count} times.");
                Assert.Equal(message.Subject, received[0].Subject);
            }

            await using var scope = email.Host.CreateScope();
            var keys = first.Concat(second).Select(m => m.DeduplicationKey).ToList();
            var rows = await scope.ServiceProvider.GetRequiredService<AppDbContext>().EmailOutbox.AsNoTracking()
                .Where(m => keys.Contains(m.DeduplicationKey)).ToListAsync();
            Assert.Equal(keys.Count, rows.Count);
            Assert.All(rows, r => Assert.True(r.SentAt is not null && r.Attempts == 1, $"{r.DeduplicationKey}: sent {r.SentAt}, attempts {r.Attempts}."));
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    private async Task<List<OutgoingEmail>> EnqueueAsync(string label, int count)
    {
        var messages = Enumerable.Range(1, count).Select(i => EmailFixture.NewEmail($"Utskick {label} {i}")).ToList();
        foreach (var message in messages)
        {
            Assert.Equal(EnqueueResult.Queued, await email.EnqueueAsync(message));
        }

        return messages;
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var scope = email.Host.CreateScope();
        var connection = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
