namespace Samordna.Web.Infrastructure.Email;

/// <summary>
/// One e-mail waiting to be sent, or sent. Rows are written in the same transaction as the business change that
/// causes them (<see cref="EmailOutbox"/>) and sent by <see cref="OutboxDispatcher"/>. The address, subject and body
/// live only here, never in a log line.
/// </summary>
public sealed class OutboxMessage
{
    public const int DeduplicationKeyLength = 200;
    public const int RecipientLength = 320;
    public const int SubjectLength = 400;
    public const int BodyLength = 100_000;
    public const int ErrorLength = 400;

    public Guid Id { get; set; }

    /// <summary>
    /// The caller's name for "this message", e.g. <c>report-reminder:{reportId}:14d</c>. Unique: enqueueing the same key
    /// twice (two instances, a retried request) gives one row.
    /// </summary>
    public string DeduplicationKey { get; set; } = string.Empty;

    public string Recipient { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    /// <summary>Plain text.</summary>
    public string Body { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    /// <summary>Not sent before this moment: the creation time, then moved on by the back-off after a failure.</summary>
    public DateTime NextAttemptAt { get; set; }

    /// <summary>The dispatcher run that holds (or last held) the message.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>The claim holds until then; a run that died is superseded once it has passed.</summary>
    public DateTime? ClaimedUntil { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>Set when the outbox stopped trying (too many failures, or a recipient the server refuses for good).</summary>
    public DateTime? GaveUpAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>A short technical reason for the last failure (SMTP code, network error); never the address or body.</summary>
    public string? LastError { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.ToTable("platform_email_outbox");
        e.HasKey(m => m.Id);
        e.Property(m => m.DeduplicationKey).HasMaxLength(OutboxMessage.DeduplicationKeyLength);
        e.Property(m => m.Recipient).HasMaxLength(OutboxMessage.RecipientLength);
        e.Property(m => m.Subject).HasMaxLength(OutboxMessage.SubjectLength);
        e.Property(m => m.Body).HasMaxLength(OutboxMessage.BodyLength);
        e.Property(m => m.ClaimedBy).HasMaxLength(100);
        e.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorLength);
        e.HasIndex(m => m.DeduplicationKey).IsUnique();
        // The dispatcher's question: unsent, not given up, due.
        e.HasIndex(m => new { m.SentAt, m.GaveUpAt, m.NextAttemptAt });
    }
}
