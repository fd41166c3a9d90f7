using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samordna.Web.Data;
using Samordna.Web.Infrastructure.Email;
using Samordna.Web.Infrastructure.Jobs;

namespace Samordna.IntegrationTests.Platform.Email;

/// <summary>Without an SMTP host (the shared test host has none) sending is off and messages wait in the outbox.</summary>
[Collection(AppCollection.Name)]
public sealed class SendingOffTests(AppFixture app)
{
    [Fact]
    public async Task Without_an_SMTP_host_messages_stay_queued_untouched()
    {
        var message = EmailFixture.NewEmail();
        await using (var scope = app.Host.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            Assert.Equal(EnqueueResult.Queued, await db.EnqueueEmailAndSaveAsync(message, clock));
        }

        await ScheduledJobs.RunNowAsync<EmailOutboxJob>(app.Host.Services);
        await ScheduledJobs.RunNowAsync<EmailOutboxJob>(app.Host.Services);

        await using var read = app.Host.CreateScope();
        var row = await read.ServiceProvider.GetRequiredService<AppDbContext>().EmailOutbox.AsNoTracking()
            .SingleAsync(m => m.DeduplicationKey == message.DeduplicationKey);
        Assert.Null(row.SentAt);
        Assert.Null(row.ClaimedBy);
        Assert.Equal(0, row.Attempts);
    }
}

/// <summary>The shared test host runs no scheduler, so Quartz costs the suite nothing; tests run jobs on demand.</summary>
[Collection(AppCollection.Name)]
public sealed class SchedulerOffInTestsTests(AppFixture app)
{
    [Fact]
    public void The_shared_test_host_does_not_start_the_scheduler()
    {
        var hosted = app.Host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Select(s => s.GetType().Name).ToList();

        Assert.DoesNotContain("QuartzHostedService", hosted);
        Assert.Contains(app.Host.Services.GetServices<ScheduledJobDefinition>(), j => j.Name == EmailOutboxJob.Name);
    }
}
