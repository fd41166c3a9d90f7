using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Samordna.TestSupport;
using Samordna.Web.Data;
using Samordna.Web.Infrastructure.Email;

namespace Samordna.IntegrationTests.Platform.Email;

/// <summary>
/// The application on a database of its own, sending its e-mail to a real SMTP server on 127.0.0.1 inside the test,
/// with a clock the tests move (for the retry back-off). The scheduler is off: tests run the dispatcher on demand.
/// </summary>
public class EmailFixture : HostFixture
{
    public TestSmtpServer Smtp { get; } = new();

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override IDictionary<string, string?>? Settings => Smtp.EmailSettings();

    /// <summary>
    /// Whether the application reads <see cref="Clock"/>. Quartz reads the application's TimeProvider too, so a host
    /// that runs the scheduler keeps real time (<see cref="ScheduledEmailFixture"/>).
    /// </summary>
    protected virtual bool UsesFakeClock => true;

    protected override Action<IServiceCollection>? Services => UsesFakeClock
        ? services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock))
        : null;

    /// <summary>Queues one message through the outbox API and saves it, as a feature would.</summary>
    public async Task<EnqueueResult> EnqueueAsync(OutgoingEmail email, SamordnaTestHost? host = null)
    {
        await using var scope = (host ?? Host).CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.EnqueueEmailAndSaveAsync(email, scope.ServiceProvider.GetRequiredService<TimeProvider>());
    }

    /// <summary>The outbox row for a deduplication key, read back from the database.</summary>
    public async Task<OutboxMessage> RowAsync(string key)
    {
        await using var scope = Host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.EmailOutbox.AsNoTracking().Single(m => m.DeduplicationKey == key);
    }

    public static OutgoingEmail NewEmail(string subject = "Påminnelse: rapporten ska lämnas in", string body = "Hej!\n\nRapporten för 2026 ska lämnas in senast 2027-02-28.\n\nVänliga hälsningar\nSamordna")
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        return new OutgoingEmail($"mottagare-{id}@example.se", $"{subject} ({id})", body, $"test:{id}");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

/// <summary>The e-mail fixture on real time, for tests that run Quartz's scheduler.</summary>
public sealed class ScheduledEmailFixture : EmailFixture
{
    protected override bool UsesFakeClock => false;
}
