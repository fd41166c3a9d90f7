namespace Samordna.Web.Infrastructure.Email;

/// <summary>How the outbox reaches the SMTP server.</summary>
public enum SmtpSecurity
{
    /// <summary>STARTTLS when the server offers it, plain otherwise (MailKit's Auto picks SSL on connect for port 465).</summary>
    Auto,

    /// <summary>No encryption at all: only for a development sink such as smtp4dev on 127.0.0.1.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS; refused if the server does not offer it (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}

/// <summary>
/// Section "Email": the SMTP server the outbox sends through. With no <see cref="Host"/> sending is off: messages stay
/// queued in <c>platform_email_outbox</c> and the dispatcher says so once in the log.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Optional; when set, the dispatcher authenticates with <see cref="Password"/>.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "noreply@samordna.local";

    public string FromName { get; set; } = "Samordna";

    /// <summary>Sending attempts per message before the outbox gives up on it (it stays in the table with <c>GaveUpAt</c>).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with every further failure, up to <see cref="RetryMaxSeconds"/>.</summary>
    public int RetryBaseSeconds { get; set; } = 60;

    public int RetryMaxSeconds { get; set; } = 3600;

    /// <summary>Messages one dispatcher run claims and sends at most.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claim holds; a run that dies mid-way leaves its messages to be claimed again after this.</summary>
    public int ClaimSeconds { get; set; } = 300;

    public int TimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The wait before the next attempt after <paramref name="failures"/> failed attempts.</summary>
    public TimeSpan RetryDelay(int failures)
    {
        var seconds = Math.Max(0, RetryBaseSeconds) * Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, Math.Max(RetryBaseSeconds, RetryMaxSeconds)));
    }
}
