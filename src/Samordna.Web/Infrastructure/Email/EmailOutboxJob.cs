using Samordna.Web.Infrastructure.Jobs;

namespace Samordna.Web.Infrastructure.Email;

/// <summary>The scheduled job that empties the outbox: one dispatcher run per firing (<c>Jobs:EmailOutbox:Schedule</c>, every 30 s by default).</summary>
public sealed class EmailOutboxJob(OutboxDispatcher dispatcher) : IScheduledJob
{
    public const string Name = "EmailOutbox";
    public const string DefaultSchedule = "00:00:30";

    public Task RunAsync(CancellationToken ct) => dispatcher.DispatchAsync(ct);
}
