using System.Net.Sockets;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Configuration;
using Samordna.Web.Data;
using Samordna.Web.Infrastructure.Email;
using Samordna.Web.Infrastructure.Jobs;

namespace Samordna.UnitTests.Platform;

/// <summary>The rules around the outbox and the scheduler that need no database: back-off, reasons, schedules.</summary>
public sealed class EmailAndJobsTests
{
    [Fact]
    public void The_back_off_doubles_from_the_base_and_stops_at_the_cap()
    {
        var options = new EmailOptions { RetryBaseSeconds = 60, RetryMaxSeconds = 3600 };

        Assert.Equal(TimeSpan.FromMinutes(1), options.RetryDelay(1));
        Assert.Equal(TimeSpan.FromMinutes(2), options.RetryDelay(2));
        Assert.Equal(TimeSpan.FromMinutes(32), options.RetryDelay(6));
        Assert.Equal(TimeSpan.FromHours(1), options.RetryDelay(7));
        Assert.Equal(TimeSpan.FromHours(1), options.RetryDelay(40));
    }

    [Fact]
    public void A_failure_is_logged_as_a_code_never_as_the_server_reply_which_may_hold_the_address()
    {
        var refused = new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, "<anna.andersson@example.se>: Recipient address rejected");

        var reason = OutboxDispatcher.Reason(refused);

        Assert.Equal("SMTP 550 RecipientNotAccepted", reason);
        Assert.Equal("Network error ConnectionRefused", OutboxDispatcher.Reason(new SocketException((int)SocketError.ConnectionRefused)));
        Assert.Equal("Timed out", OutboxDispatcher.Reason(new TimeoutException("anna.andersson@example.se")));
    }

    [Theory]
    [InlineData("00:00:30", 30, null)]
    [InlineData("01:00:00", 3600, null)]
    [InlineData("0 0 6 * * ?", null, "0 0 6 * * ?")]
    [InlineData("0 */5 * * * ?", null, "0 */5 * * * ?")]
    public void A_schedule_is_an_interval_or_a_Quartz_cron_expression(string text, int? seconds, string? cron)
    {
        var schedule = ScheduledJobs.ParseSchedule(text);

        Assert.NotNull(schedule);
        Assert.Equal(seconds is null ? null : TimeSpan.FromSeconds(seconds.Value), schedule.Interval);
        Assert.Equal(cron, schedule.Cron);
    }

    [Theory]
    [InlineData("")]
    [InlineData("00:00:00")]
    [InlineData("varje dag")]
    [InlineData("0 6 * * *")]
    public void Anything_else_is_no_schedule(string text) => Assert.Null(ScheduledJobs.ParseSchedule(text));

    [Fact]
    public void A_configured_schedule_overrides_the_default_and_a_bad_one_refuses_the_start_in_Swedish()
    {
        var job = new ScheduledJobDefinition("EmailOutbox", typeof(EmailOutboxJob), "00:00:30");
        static IConfiguration Config(string? schedule) => new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:EmailOutbox:Schedule"] = schedule }).Build();

        Assert.Equal(TimeSpan.FromSeconds(30), ScheduledJobs.ScheduleOf(job, Config(null)).Interval);
        Assert.Equal("0 0 6 * * ?", ScheduledJobs.ScheduleOf(job, Config("0 0 6 * * ?")).Cron);
        var refused = Assert.Throws<StartupRefusedException>(() => ScheduledJobs.ScheduleOf(job, Config("varje timme")));
        Assert.Contains("Jobs__EmailOutbox__Schedule", refused.Message, StringComparison.Ordinal);
        Assert.Contains("cron-uttryck", refused.Message, StringComparison.Ordinal);
    }
}
