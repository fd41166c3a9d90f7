using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Samordna.Web.Infrastructure.Telemetry;

namespace Samordna.Web.Infrastructure.Email;

/// <summary>What one dispatcher run did; counts only, for tests and the log.</summary>
public sealed record DispatchResult(int Claimed, int Sent, int Failed, int GaveUp)
{
    public static readonly DispatchResult Nothing = new(0, 0, 0, 0);
}

/// <summary>
/// Sends the due messages of the outbox through SMTP (MailKit). A run claims each message with one conditional UPDATE
/// (unsent, due, and not claimed by a live run), so two instances never hold the same message; it sends the messages
/// it holds over one connection, marks each sent, and reschedules a failure with back-off until
/// <see cref="EmailOptions.MaxAttempts"/>.
/// <para>
/// Delivery is exactly once in the normal path. At the SMTP boundary it is at least once: an instance that dies after
/// the server accepted a message but before it marked the row sent leaves a claim that expires, and another run sends
/// the message again (ADR 0012). Log lines carry message ids and counts, never addresses, subjects or bodies.
/// </para>
/// </summary>
public sealed class OutboxDispatcher(AppDbContext db, IOptions<EmailOptions> options, TimeProvider clock, EmailSendingOffNotice offNotice, ILogger<OutboxDispatcher> logger)
{
    private readonly EmailOptions _options = options.Value;

    public async Task<DispatchResult> DispatchAsync(CancellationToken ct = default)
    {
        if (!_options.IsConfigured)
        {
            if (offNotice.ShouldLog())
            {
                var waiting = await db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null && m.GaveUpAt == null, ct);
                logger.LogWarning("E-mail sending is off: Email:Host is not set. {Count} message(s) stay queued in the outbox until it is.", waiting);
            }

            return DispatchResult.Nothing;
        }

        var claim = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        if (claim.Length > 100)
        {
            claim = claim[^100..];
        }

        var claimed = await ClaimAsync(claim, ct);
        if (claimed.Count == 0)
        {
            return DispatchResult.Nothing;
        }

        int sent = 0, failed = 0, gaveUp = 0;
        using var client = new SmtpClient { Timeout = Math.Max(1, _options.TimeoutSeconds) * 1000 };
        try
        {
            Exception? unreachable = null;
            foreach (var message in claimed)
            {
                ct.ThrowIfCancellationRequested();
                try
                {
                    if (unreachable is not null)
                    {
                        // The server could not be reached for this run: the rest wait for the next one, not for a timeout each.
                        throw unreachable;
                    }

                    if (!client.IsConnected)
                    {
                        try
                        {
                            await ConnectAsync(client, ct);
                        }
                        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                        {
                            unreachable = ex;
                            throw;
                        }
                    }

                    await client.SendAsync(ToMime(message), ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    if (await RecordFailureAsync(message, claim, ex, ct))
                    {
                        gaveUp++;
                    }
                    else
                    {
                        failed++;
                    }

                    continue;
                }

                // The server has the message. From here until the row says so, a crash means it is sent again later.
                await MarkSentAsync(message.Id, claim, CancellationToken.None);
                sent++;
            }
        }
        finally
        {
            if (client.IsConnected)
            {
                try
                {
                    await client.DisconnectAsync(quit: true, CancellationToken.None);
                }
                catch (Exception ex) when (ex is IOException or SocketException or ProtocolException or CommandException or TimeoutException)
                {
                    logger.LogDebug("Closing the SMTP connection failed ({Reason}).", Reason(ex));
                }
            }

            // Whatever this run still holds (it was cancelled) is released for the next run.
            await db.Set<OutboxMessage>()
                .Where(m => m.ClaimedBy == claim && m.SentAt == null && m.ClaimedUntil != null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, (DateTime?)null), CancellationToken.None);
        }

        SamordnaTelemetry.EmailsDispatched(sent, failed, gaveUp);
        var result = new DispatchResult(claimed.Count, sent, failed, gaveUp);
        logger.LogInformation("E-mail outbox: {Sent} sent, {Failed} to be retried, {GaveUp} given up, of {Claimed} claimed.", sent, failed, gaveUp, claimed.Count);
        return result;
    }

    /// <summary>
    /// Claims due messages one conditional UPDATE at a time: the WHERE repeats "unsent, due, unclaimed", and the database
    /// evaluates it against the row it locks, so of two runs racing for a row exactly one sees it change (rows = 1).
    /// </summary>
    private async Task<List<OutboxMessage>> ClaimAsync(string claim, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now.AddSeconds(Math.Max(30, _options.ClaimSeconds));
        var candidates = await Due(db.Set<OutboxMessage>(), now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(Math.Max(1, _options.BatchSize))
            .ToListAsync(ct);

        var mine = new List<Guid>();
        foreach (var id in candidates)
        {
            var rows = await Due(db.Set<OutboxMessage>().Where(m => m.Id == id), now)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.ClaimedBy, claim)
                    .SetProperty(m => m.ClaimedUntil, until), ct);
            if (rows == 1)
            {
                mine.Add(id);
            }
        }

        if (mine.Count == 0)
        {
            return [];
        }

        return await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => mine.Contains(m.Id) && m.ClaimedBy == claim)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .ToListAsync(ct);
    }

    private static IQueryable<OutboxMessage> Due(IQueryable<OutboxMessage> messages, DateTime now) =>
        messages.Where(m => m.SentAt == null && m.GaveUpAt == null && m.NextAttemptAt <= now
            && (m.ClaimedUntil == null || m.ClaimedUntil < now));

    private async Task ConnectAsync(SmtpClient client, CancellationToken ct)
    {
        var security = _options.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.Auto,
        };
        await client.ConnectAsync(_options.Host!, _options.Port, security, ct);
        if (!string.IsNullOrEmpty(_options.UserName))
        {
            await client.AuthenticateAsync(_options.UserName, _options.Password ?? string.Empty, ct);
        }
    }

    private MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(_options.FromName, _options.FromAddress));
        mime.To.Add(MailboxAddress.Parse(message.Recipient));
        mime.Subject = message.Subject;
        mime.Date = clock.GetUtcNow();
        // A stable id per outbox row lets a receiving system drop the rare duplicate of an at-least-once resend.
        mime.MessageId = $"{message.Id:N}@samordna";
        mime.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = message.Body };
        return mime;
    }

    private async Task MarkSentAsync(Guid id, string claim, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<OutboxMessage>()
            .Where(m => m.Id == id && m.ClaimedBy == claim)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LastError, (string?)null), ct);
    }

    /// <summary>Counts the attempt and either schedules the next one or gives up. True when it gave up.</summary>
    private async Task<bool> RecordFailureAsync(OutboxMessage message, string claim, Exception ex, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var attempts = message.Attempts + 1;
        var reason = Reason(ex);
        var permanent = ex is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } command && (int)command.StatusCode >= 500;
        var giveUp = permanent || attempts >= Math.Max(1, _options.MaxAttempts);
        var next = now + _options.RetryDelay(attempts);
        await db.Set<OutboxMessage>()
            .Where(m => m.Id == message.Id && m.ClaimedBy == claim)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastError, reason)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null)
                .SetProperty(m => m.NextAttemptAt, giveUp ? message.NextAttemptAt : next)
                .SetProperty(m => m.GaveUpAt, giveUp ? now : null), ct);
        if (giveUp)
        {
            logger.LogError("E-mail outbox gave up on message {MessageId} after {Attempts} attempt(s): {Reason}.", message.Id, attempts, reason);
        }
        else
        {
            logger.LogWarning("E-mail outbox could not send message {MessageId} (attempt {Attempts}): {Reason}. Next attempt at {NextAttemptAt:O}.", message.Id, attempts, reason, next);
        }

        return giveUp;
    }

    /// <summary>
    /// A short technical reason. Server replies are reduced to their status and error code, because a reply text may
    /// repeat the recipient's address.
    /// </summary>
    internal static string Reason(Exception ex)
    {
        var reason = ex switch
        {
            SmtpCommandException c => $"SMTP {(int)c.StatusCode} {c.ErrorCode}",
            SmtpProtocolException => "SMTP protocol error",
            AuthenticationException => "SMTP authentication failed",
            SslHandshakeException => "TLS handshake failed",
            SocketException s => $"Network error {s.SocketErrorCode}",
            IOException { InnerException: SocketException s } => $"Network error {s.SocketErrorCode}",
            TimeoutException or OperationCanceledException => "Timed out",
            _ => ex.GetType().Name,
        };
        return reason.Length > OutboxMessage.ErrorLength ? reason[..OutboxMessage.ErrorLength] : reason;
    }
}

/// <summary>Remembers, per process, that "sending is off" has been logged, so it is said once and not every run.</summary>
public sealed class EmailSendingOffNotice
{
    private int _logged;

    public bool ShouldLog() => Interlocked.Exchange(ref _logged, 1) == 0;
}
