using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Samordna.Web.Infrastructure.Telemetry;

/// <summary>
/// The application's own traces and metrics (ADR 0016), beside what ASP.NET Core and EF Core report. Names follow the
/// OpenTelemetry conventions; no tag ever holds a person, an e-mail address, an identity number or a free text: jobs
/// are tagged by their declared name, imports by file kind, e-mails by outcome only.
/// </summary>
public static class SamordnaTelemetry
{
    public const string Name = "Samordna";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    private static readonly Counter<long> JobRuns = Meter.CreateCounter<long>(
        "samordna.jobs.runs", "{run}", "Scheduled job runs, by job and outcome (succeeded, failed).");

    private static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>(
        "samordna.jobs.duration", "s", "How long a scheduled job run took.");

    private static readonly Counter<long> EmailsSent = Meter.CreateCounter<long>(
        "samordna.email.sent", "{message}", "E-mails handed to the SMTP server from the outbox.");

    private static readonly Counter<long> EmailsFailed = Meter.CreateCounter<long>(
        "samordna.email.failed", "{message}", "E-mails the SMTP server did not take: to be retried, or given up.");

    private static readonly Histogram<long> ImportRows = Meter.CreateHistogram<long>(
        "samordna.import.rows", "{row}", "Rows in a CSV or XLSX file read for an import.");

    private static readonly Histogram<long> ImportBytes = Meter.CreateHistogram<long>(
        "samordna.import.size", "By", "Size of a CSV or XLSX file read for an import.");

    /// <summary>Runs a scheduled job inside a span of its own and counts it, whether it succeeds or throws.</summary>
    public static async Task RunJobAsync(string job, Func<Task> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var activity = Source.StartActivity($"job {job}", ActivityKind.Internal);
        activity?.SetTag("samordna.job", job);
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            await run();
            outcome = "succeeded";
        }
        catch (Exception ex)
        {
            // The exception's type only: its message may carry personal data.
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        finally
        {
            var tags = new TagList { { "samordna.job", job }, { "samordna.outcome", outcome } };
            JobRuns.Add(1, tags);
            JobDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    public static void EmailsDispatched(int sent, int retried, int gaveUp)
    {
        if (sent > 0)
        {
            EmailsSent.Add(sent);
        }

        if (retried > 0)
        {
            EmailsFailed.Add(retried, new KeyValuePair<string, object?>("samordna.outcome", "retry"));
        }

        if (gaveUp > 0)
        {
            EmailsFailed.Add(gaveUp, new KeyValuePair<string, object?>("samordna.outcome", "gave_up"));
        }
    }

    public static void FileRead(string kind, long bytes, int rows)
    {
        var tag = new KeyValuePair<string, object?>("samordna.file_kind", kind);
        ImportRows.Record(rows, tag);
        ImportBytes.Record(bytes, tag);
    }
}
