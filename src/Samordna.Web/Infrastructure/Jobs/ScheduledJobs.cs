using Quartz;
using Samordna.Web.Infrastructure.Startup;
using Samordna.Web.Infrastructure.Telemetry;

namespace Samordna.Web.Infrastructure.Jobs;

/// <summary>
/// Declares scheduled jobs and runs them with Quartz.NET (ADR 0012). On PostgreSQL the scheduler keeps its triggers
/// in the qrtz_* tables and runs clustered, so each firing runs on exactly one instance; on SQLite (one instance by
/// nature) it keeps them in memory.
/// </summary>
public static class ScheduledJobs
{
    public const string Group = "samordna";
    public const string SchedulerName = "Samordna";

    private static readonly TimeZoneInfo SwedishTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>
    /// Declares a job. <paramref name="defaultSchedule"/> is an interval (<c>00:05:00</c>) or a Quartz cron expression
    /// with seconds (<c>0 0 6 * * ?</c>: 06:00 every day, Swedish time); <c>Jobs:&lt;name&gt;:Schedule</c> overrides it.
    /// </summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services, string name, string defaultSchedule)
        where TJob : class, IScheduledJob
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(ParseSchedule(defaultSchedule), nameof(defaultSchedule));
        if (services.Any(d => d.ImplementationInstance is ScheduledJobDefinition existing && existing.Name == name))
        {
            throw new InvalidOperationException($"A scheduled job named '{name}' is declared twice.");
        }

        services.AddScoped<TJob>();
        services.AddSingleton(new ScheduledJobDefinition(name, typeof(TJob), defaultSchedule));
        return services;
    }

    /// <summary>Runs a job now, in a scope of its own, as the scheduler would; for tests and operator commands.</summary>
    public static async Task RunNowAsync<TJob>(IServiceProvider services, CancellationToken ct = default)
        where TJob : class, IScheduledJob
    {
        ArgumentNullException.ThrowIfNull(services);
        var name = services.GetServices<ScheduledJobDefinition>().FirstOrDefault(j => j.JobType == typeof(TJob))?.Name ?? typeof(TJob).Name;
        await SamordnaTelemetry.RunJobAsync(name, async () =>
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TJob>().RunAsync(ct);
        });
    }

    /// <summary>The schedule a job runs on: its configured <c>Jobs:&lt;Name&gt;:Schedule</c>, else its default.</summary>
    public static JobSchedule ScheduleOf(ScheduledJobDefinition job, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[$"{JobsOptions.Section}:{job.Name}:Schedule"];
        if (string.IsNullOrWhiteSpace(text))
        {
            text = job.DefaultSchedule;
        }

        return ParseSchedule(text)
            ?? throw new StartupRefusedException($"Schemat för jobbet {job.Name} ({JobsOptions.Section}__{job.Name}__Schedule = \"{text}\") är varken ett intervall (t.ex. 00:05:00) eller ett giltigt cron-uttryck (t.ex. 0 0 6 * * ?).");
    }

    /// <summary>An interval (<c>hh:mm:ss</c>, at least one second) or a valid Quartz cron expression; null otherwise.</summary>
    public static JobSchedule? ParseSchedule(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var interval))
        {
            return interval >= TimeSpan.FromSeconds(1) ? new JobSchedule(interval, null) : null;
        }

        return CronExpression.TryParse(text, CronFormat.Quartz, out _) ? new JobSchedule(null, text) : null;
    }

    /// <summary>
    /// Registers the scheduler with every job the platform and the areas declared; call it after the areas. The
    /// scheduler runs only where <c>Jobs:Enabled</c> is true.
    /// </summary>
    public static WebApplicationBuilder AddSamordnaScheduler(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.Configure<JobsOptions>(configuration.GetSection(JobsOptions.Section));
        var jobsOptions = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var jobs = services.Select(d => d.ImplementationInstance).OfType<ScheduledJobDefinition>().ToList();
        var schedules = jobs.ToDictionary(j => j.Name, j => ScheduleOf(j, configuration));

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = SchedulerName);
            // Quartz fires triggers on the container's TimeProvider, the application's clock; so a test host that
            // replaces it with a fake clock must not run the scheduler (ADR 0012). Jobs read the same clock for "now".
            q.UseDefaultThreadPool(2);
            if (database.Provider == DatabaseProvider.Postgres)
            {
                var connectionString = PlatformServices.ResolveConnectionString(database, configuration, builder.Environment.ContentRootPath);
                q.ConfigureScheduler(o => o.GenerateInstanceId = true);
                q.UsePersistentStore(store =>
                {
                    // The qrtz_* tables come from the EF migration ScheduledJobsAndEmailOutbox; Quartz only checks them.
                    store.UsePostgres(connectionString);
                    store.UseSystemTextJsonSerializer();
                    store.UseClustering();
                    store.ConfigureStore(o => o.SchemaProvisioning = SchemaProvisioning.Validate);
                });
            }
            else
            {
                q.UseInMemoryStore();
            }

            foreach (var job in jobs)
            {
                var schedule = schedules[job.Name];
                q.ScheduleJob<ScheduledJobRunner>(
                    trigger => trigger
                        .WithIdentity(job.Name, Group)
                        .WithDescription(schedule.ToString())
                        .StartNow()
                        .WithSchedule(schedule.Interval is { } interval
                            ? SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)
                            : CronScheduleBuilder.Create(schedule.Cron!, CronFormat.Quartz).InTimeZone(SwedishTime).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
                    detail => detail.WithIdentity(job.Name, Group).WithDescription(job.JobType.Name));
            }
        });

        if (jobsOptions.Enabled)
        {
            services.AddQuartzHostedService(o =>
            {
                o.WaitForJobsToComplete = true;
                o.AwaitApplicationStarted = true;
            });
        }

        return builder;
    }
}

/// <summary>
/// The one Quartz job class: it finds the declared job by the Quartz job's name and runs it in a scope of its own.
/// Stored in the qrtz_* tables by type name, so features never touch Quartz types. A failure is logged (the job name
/// and the exception's type and stack, not its message, which may hold personal data) and the trigger carries on.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ScheduledJobRunner(IServiceScopeFactory scopes, IEnumerable<ScheduledJobDefinition> jobs, ILogger<ScheduledJobRunner> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var name = context.JobDetail.Key.Name;
        var job = jobs.FirstOrDefault(j => j.Name == name);
        if (job is null)
        {
            logger.LogWarning("Scheduled job {Job} is no longer declared; its trigger fired without effect.", name);
            return;
        }

        try
        {
            await SamordnaTelemetry.RunJobAsync(name, async () =>
            {
                await using var scope = scopes.CreateAsyncScope();
                var instance = (IScheduledJob)scope.ServiceProvider.GetRequiredService(job.JobType);
                await instance.RunAsync(cancellationToken);
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Scheduled job {Job} was cancelled (shutdown).", name);
        }
        catch (Exception ex)
        {
            logger.LogError("Scheduled job {Job} failed: {ExceptionType}{NewLine}{StackTrace}", name, ex.GetType().FullName, Environment.NewLine, ex.StackTrace);
        }
    }
}
