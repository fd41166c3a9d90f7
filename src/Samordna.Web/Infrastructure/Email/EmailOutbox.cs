using Microsoft.Data.Sqlite;
using MimeKit;
using Npgsql;

namespace Samordna.Web.Infrastructure.Email;

/// <summary>An e-mail a feature wants sent. <paramref name="DeduplicationKey"/> names the occasion, so asking twice sends once.</summary>
public sealed record OutgoingEmail(string Recipient, string Subject, string Body, string DeduplicationKey);

public enum EnqueueResult
{
    Queued,

    /// <summary>A message with the same deduplication key was queued (or sent) before: nothing new was added.</summary>
    AlreadyQueued,
}

/// <summary>
/// The one way to send e-mail: put it in the outbox, in the caller's <see cref="AppDbContext"/>, so it is saved in the
/// same transaction as the change that causes it (no mail about a change that rolled back, no change without its mail).
/// <see cref="OutboxDispatcher"/> sends it later through SMTP (ADR 0012).
/// </summary>
public static class EmailOutbox
{
    /// <summary>
    /// Adds the message to the context; the caller's <c>SaveChangesAsync</c> saves it with the business change. A second
    /// message with the same key makes that save fail with a unique violation (answered 409 on a page or the API):
    /// where that can happen, use <see cref="EnqueueEmailAndSaveAsync"/>.
    /// </summary>
    public static OutboxMessage EnqueueEmail(this AppDbContext db, OutgoingEmail email, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(clock);
        Validate(email);
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            DeduplicationKey = email.DeduplicationKey,
            Recipient = email.Recipient.Trim(),
            Subject = email.Subject,
            Body = email.Body,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.Set<OutboxMessage>().Add(message);
        return message;
    }

    /// <summary>
    /// Adds the message and saves the context (with whatever else it holds). If the key was queued before — also by
    /// another instance at the same moment — the message is dropped, the rest is saved, and the answer is
    /// <see cref="EnqueueResult.AlreadyQueued"/>, never an error. Not for use inside an explicit transaction (on
    /// PostgreSQL a failed statement ends it).
    /// </summary>
    public static async Task<EnqueueResult> EnqueueEmailAndSaveAsync(this AppDbContext db, OutgoingEmail email, TimeProvider clock, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(email);
        if (await db.Set<OutboxMessage>().AnyAsync(m => m.DeduplicationKey == email.DeduplicationKey, ct))
        {
            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(ct);
            }

            return EnqueueResult.AlreadyQueued;
        }

        var message = db.EnqueueEmail(email, clock);
        try
        {
            await db.SaveChangesAsync(ct);
            return EnqueueResult.Queued;
        }
        catch (DbUpdateException ex) when (IsDuplicateKey(ex))
        {
            // Someone queued the same key between the check and the save: theirs stands, ours goes.
            db.Entry(message).State = EntityState.Detached;
            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(ct);
            }

            return EnqueueResult.AlreadyQueued;
        }
    }

    /// <summary>The save failed because the outbox already holds a message with the same deduplication key.</summary>
    public static bool IsDuplicateKey(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.IsUniqueViolation() && exception.InnerException switch
        {
            SqliteException sqlite => sqlite.Message.Contains("platform_email_outbox.DeduplicationKey", StringComparison.Ordinal),
            PostgresException pg => pg.ConstraintName == "IX_platform_email_outbox_DeduplicationKey",
            _ => false,
        };
    }

    private static void Validate(OutgoingEmail email)
    {
        if (string.IsNullOrWhiteSpace(email.DeduplicationKey) || email.DeduplicationKey.Length > OutboxMessage.DeduplicationKeyLength)
        {
            throw new ArgumentException($"The deduplication key must be 1–{OutboxMessage.DeduplicationKeyLength} characters.", nameof(email));
        }

        var recipient = email.Recipient?.Trim() ?? string.Empty;
        if (recipient.Length == 0 || recipient.Length > OutboxMessage.RecipientLength
            || !MailboxAddress.TryParse(recipient, out var parsed) || parsed.Address != recipient || !recipient.Contains('@', StringComparison.Ordinal))
        {
            // The address itself stays out of the exception: it may end up in a log.
            throw new ArgumentException("The recipient is not a single e-mail address.", nameof(email));
        }

        if (string.IsNullOrWhiteSpace(email.Subject) || email.Subject.Length > OutboxMessage.SubjectLength
            || email.Subject.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException($"The subject must be one line of 1–{OutboxMessage.SubjectLength} characters.", nameof(email));
        }

        if (email.Body is null || email.Body.Length > OutboxMessage.BodyLength)
        {
            throw new ArgumentException($"The body must be at most {OutboxMessage.BodyLength} characters.", nameof(email));
        }
    }
}
