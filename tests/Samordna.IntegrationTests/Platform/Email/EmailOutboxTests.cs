using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Samordna.Web.Data;
using Samordna.Web.Infrastructure.Email;
using Samordna.Web.Infrastructure.Jobs;

namespace Samordna.IntegrationTests.Platform.Email;

/// <summary>The outbox sends real messages through MailKit to a real SMTP server on 127.0.0.1, once each, and retries failures.</summary>
public sealed class EmailOutboxTests(EmailFixture email) : IClassFixture<EmailFixture>
{
    private Task RunDispatcherAsync() => ScheduledJobs.RunNowAsync<EmailOutboxJob>(email.Host.Services);

    [Fact]
    public async Task A_queued_message_arrives_once_with_its_recipient_subject_and_body()
    {
        var message = EmailFixture.NewEmail();
        Assert.Equal(EnqueueResult.Queued, await email.EnqueueAsync(message));

        await RunDispatcherAsync();
        await RunDispatcherAsync();

        var received = Assert.Single(email.Smtp.To(message.Recipient));
        Assert.Equal(message.Recipient, Assert.Single(received.To.Mailboxes).Address);
        Assert.Equal("noreply@samordna.test", Assert.Single(received.From.Mailboxes).Address);
        Assert.Equal(message.Subject, received.Subject);
        Assert.Equal(message.Body.ReplaceLineEndings(), (received.TextBody ?? string.Empty).TrimEnd().ReplaceLineEndings());
        var row = await email.RowAsync(message.DeduplicationKey);
        Assert.NotNull(row.SentAt);
        Assert.Equal(1, row.Attempts);
        Assert.Null(row.ClaimedUntil);
        Assert.Null(row.LastError);
    }

    [Fact]
    public async Task A_message_enqueued_twice_with_the_same_key_is_sent_once()
    {
        var message = EmailFixture.NewEmail();
        Assert.Equal(EnqueueResult.Queued, await email.EnqueueAsync(message));
        Assert.Equal(EnqueueResult.AlreadyQueued, await email.EnqueueAsync(message with { Subject = "En annan rubrik" }));

        // Two callers at the same moment (two instances, say): one row, no error for either.
        var raced = EmailFixture.NewEmail();
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => email.EnqueueAsync(raced)));
        Assert.Equal(1, results.Count(r => r == EnqueueResult.Queued));

        await RunDispatcherAsync();

        var received = Assert.Single(email.Smtp.To(message.Recipient));
        Assert.Equal(message.Subject, received.Subject);
        Assert.Single(email.Smtp.To(raced.Recipient));
    }

    [Fact]
    public async Task A_duplicate_key_saved_with_a_business_change_is_recognised_as_already_queued()
    {
        var message = EmailFixture.NewEmail();
        Assert.Equal(EnqueueResult.Queued, await email.EnqueueAsync(message));

        await using var scope = email.Host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.EnqueueEmail(message, email.Clock);
        var clash = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.True(EmailOutbox.IsDuplicateKey(clash), clash.InnerException?.Message);
        Assert.True(clash.IsUniqueViolation(), "A page or the API answers this save 409, never 500.");
    }

    [Fact]
    public async Task A_message_the_server_refuses_stays_queued_and_is_sent_on_a_later_run()
    {
        var message = EmailFixture.NewEmail();
        await email.EnqueueAsync(message);
        email.Smtp.RefuseNext(1);

        await RunDispatcherAsync();

        Assert.Empty(email.Smtp.To(message.Recipient));
        var failed = await email.RowAsync(message.DeduplicationKey);
        Assert.Null(failed.SentAt);
        Assert.Null(failed.GaveUpAt);
        Assert.Equal(1, failed.Attempts);
        Assert.StartsWith("SMTP 451", failed.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(message.Recipient, failed.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.True(failed.NextAttemptAt > email.Clock.GetUtcNow().UtcDateTime, "A failure waits for its back-off.");

        await RunDispatcherAsync();
        Assert.Empty(email.Smtp.To(message.Recipient));

        email.Clock.Advance(TimeSpan.FromMinutes(2));
        await RunDispatcherAsync();

        var received = Assert.Single(email.Smtp.To(message.Recipient));
        Assert.Equal(message.Subject, received.Subject);
        var sent = await email.RowAsync(message.DeduplicationKey);
        Assert.NotNull(sent.SentAt);
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LastError);
    }

    [Fact]
    public async Task A_message_stays_queued_while_the_SMTP_server_cannot_be_reached()
    {
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        await using var unreachable = email.StartAnotherInstance(new Dictionary<string, string?> { ["Email:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var first = EmailFixture.NewEmail();
        var second = EmailFixture.NewEmail();
        await email.EnqueueAsync(first);
        await email.EnqueueAsync(second);

        await ScheduledJobs.RunNowAsync<EmailOutboxJob>(unreachable.Services);

        foreach (var message in new[] { first, second })
        {
            var row = await email.RowAsync(message.DeduplicationKey);
            Assert.Null(row.SentAt);
            Assert.Equal(1, row.Attempts);
            Assert.Equal("Network error ConnectionRefused", row.LastError);
        }

        email.Clock.Advance(TimeSpan.FromMinutes(2));
        await RunDispatcherAsync();
        Assert.Single(email.Smtp.To(first.Recipient));
        Assert.Single(email.Smtp.To(second.Recipient));
    }

    [Fact]
    public async Task The_outbox_gives_up_after_the_configured_number_of_attempts()
    {
        var message = EmailFixture.NewEmail();
        await email.EnqueueAsync(message);
        var maxAttempts = new EmailOptions().MaxAttempts;
        email.Smtp.RefuseNext(maxAttempts);

        for (var attempt = 0; attempt < maxAttempts; attempt++)
        {
            await RunDispatcherAsync();
            email.Clock.Advance(TimeSpan.FromHours(2));
        }

        var row = await email.RowAsync(message.DeduplicationKey);
        Assert.NotNull(row.GaveUpAt);
        Assert.Equal(maxAttempts, row.Attempts);
        await RunDispatcherAsync();
        Assert.Empty(email.Smtp.To(message.Recipient));
        email.Smtp.RefuseNext(0);
    }

    [Fact]
    public void A_recipient_that_is_not_one_address_is_refused_before_it_is_queued()
    {
        using var scope = email.Host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var good = EmailFixture.NewEmail();

        var ex = Assert.Throws<ArgumentException>(() => db.EnqueueEmail(good with { Recipient = "a@example.se, b@example.se" }, email.Clock));
        Assert.DoesNotContain("example.se", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => db.EnqueueEmail(good with { Subject = "Rad ett\r\nBcc: x@example.se" }, email.Clock));
        Assert.Throws<ArgumentException>(() => db.EnqueueEmail(good with { DeduplicationKey = " " }, email.Clock));
        Assert.False(db.ChangeTracker.HasChanges());
    }

    [Fact]
    public async Task Swedish_text_survives_the_trip_through_SMTP()
    {
        var message = EmailFixture.NewEmail("Årsredovisning för Södra Vätterbygden", "Åtgärd krävs: lämna in årsredovisningen. Tack på förhand – kansliet.");
        await email.EnqueueAsync(message);

        await RunDispatcherAsync();

        var received = Assert.Single(email.Smtp.To(message.Recipient));
        Assert.Equal(message.Subject, received.Subject);
        Assert.Contains("Åtgärd krävs: lämna in årsredovisningen. Tack på förhand – kansliet.", received.TextBody, StringComparison.Ordinal);
        Assert.IsType<TextPart>(received.Body);
    }
}
