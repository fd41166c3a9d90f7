using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;
using Samordna.Web.Infrastructure.Email;
using Samordna.Web.Infrastructure.Jobs;

namespace Samordna.IntegrationTests.Platform;

/// <summary>
/// Traces and metrics through OpenTelemetry's in-memory exporter, on a second instance of the app with telemetry on:
/// requests, database calls and job runs are reported, and nothing that identifies a person is in any tag.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class TelemetryTests(AppFixture app)
{
    private const string IdentityNumber = "19121212-1212";

    [Fact]
    public async Task Requests_database_calls_and_jobs_are_reported_without_personal_data()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using var host = new SamordnaTestHost(
            app.Host.Database,
            new Dictionary<string, string?> { ["Telemetry:Enabled"] = "true" },
            services =>
            {
                services.ConfigureOpenTelemetryTracerProvider(b => b.AddInMemoryExporter(spans));
                services.ConfigureOpenTelemetryMeterProvider(b => b.AddInMemoryExporter(metrics));
            });
        var user = await host.CreateUserAsync(Role.SystemAdministrator);

        // A sign-in (the address in the body), a search with an identity number in the query, and a path holding one.
        using var api = host.NewClient();
        var token = await host.GetTokenAsync(user.Email, user.Password);
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        Assert.Contains("SystemAdministrator", await api.GetStringAsync("/api/v1/me"), StringComparison.Ordinal);
        using var anonymous = host.NewClient();
        // The search refuses an identity number (400); the request is still traced, without its query.
        var refused = await anonymous.GetAsync($"/api/v1/catalogue/interventions?q={IdentityNumber}&owner={Uri.EscapeDataString(user.Email)}");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        await anonymous.GetAsync($"/insatser/{IdentityNumber}");
        await ScheduledJobs.RunNowAsync<EmailOutboxJob>(host.Services);

        Assert.True(host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(host.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));
        List<Activity> seen;
        lock (spans)
        {
            seen = [.. spans];
        }

        var described = string.Join("\n", seen.Select(s => $"{s.Source.Name} {s.Kind} {s.DisplayName} route={s.GetTagItem("http.route")} db={s.GetTagItem("db.system") ?? s.GetTagItem("db.system.name")}"));
        Assert.True(seen.Any(s => s.Kind == ActivityKind.Server && Equals(s.GetTagItem("http.route"), "/api/v1/me")), described);
        Assert.Contains(seen, s => s.Kind == ActivityKind.Server && Equals(s.GetTagItem("http.route"), "/api/v1/catalogue/interventions"));
        Assert.Contains(seen, s => s.Kind == ActivityKind.Client && s.GetTagItem("db.system") is not null);
        Assert.Contains(seen, s => s.Source.Name == "Samordna" && Equals(s.GetTagItem("samordna.job"), EmailOutboxJob.Name));
        var runs = metrics.Where(m => m.Name == "samordna.jobs.runs").SelectMany(Points).ToList();
        Assert.Contains(runs, p => p.Tags.Contains(new("samordna.job", EmailOutboxJob.Name)) && p.Tags.Contains(new("samordna.outcome", "succeeded")));
        Assert.Contains(metrics, m => m.Name == "http.server.request.duration");

        var personal = new Regex($"{Regex.Escape(user.Email)}|@test\\.samordna\\.se|{IdentityNumberPattern()}", RegexOptions.IgnoreCase);
        var leaks = seen.SelectMany(s => s.TagObjects.Select(t => $"span {s.DisplayName}: {t.Key}={t.Value}").Append($"span name {s.DisplayName}"))
            .Concat(metrics.SelectMany(m => Points(m).SelectMany(p => p.Tags.Select(t => $"metric {m.Name}: {t.Key}={t.Value}"))))
            .Where(text => personal.IsMatch(text))
            .ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    private static IEnumerable<(Metric Metric, List<KeyValuePair<string, object?>> Tags)> Points(Metric metric)
    {
        var points = new List<(Metric, List<KeyValuePair<string, object?>>)>();
        foreach (var point in metric.GetMetricPoints())
        {
            var tags = new List<KeyValuePair<string, object?>>();
            foreach (var tag in point.Tags)
            {
                tags.Add(tag);
            }

            points.Add((metric, tags));
        }

        return points;
    }

    /// <summary>A Swedish identity or co-ordination number, with or without century and dash.</summary>
    [GeneratedRegex(@"\b(?:19|20)?\d{6}[-+]?\d{4}\b")]
    private static partial Regex IdentityNumberPattern();
}
