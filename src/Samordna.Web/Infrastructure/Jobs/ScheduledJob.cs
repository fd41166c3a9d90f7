namespace Samordna.Web.Infrastructure.Jobs;

/// <summary>
/// Work that runs on a schedule rather than on a request: a reminder sweep, the e-mail outbox. A job is a scoped
/// service (it may take <c>AppDbContext</c>), reads "now" from the injected <see cref="TimeProvider"/>, and must be
/// safe to run again: on PostgreSQL each firing runs on one instance, but a firing that dies mid-way is not resumed,
/// and a test may run it at any time. Declare it with <see cref="ScheduledJobs.AddScheduledJob{TJob}"/>.
/// </summary>
public interface IScheduledJob
{
    Task RunAsync(CancellationToken ct);
}

/// <summary>A declared job: its name (the configuration key <c>Jobs:&lt;Name&gt;:Schedule</c>), type and default schedule.</summary>
public sealed record ScheduledJobDefinition(string Name, Type JobType, string DefaultSchedule);

/// <summary>Section "Jobs": whether this instance runs the scheduler; each job's schedule is <c>Jobs:&lt;Name&gt;:Schedule</c>.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>
    /// Run the scheduler in this instance. On by default; the test host turns it off (tests run jobs on demand with
    /// <see cref="ScheduledJobs.RunNowAsync{TJob}"/>) unless a test is about the scheduler itself.
    /// </summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>When a job runs: every <see cref="Interval"/>, or on a Quartz cron expression in Swedish time.</summary>
public sealed record JobSchedule(TimeSpan? Interval, string? Cron)
{
    public override string ToString() => Interval is { } i ? $"every {i:c}" : $"cron '{Cron}' (Europe/Stockholm)";
}
