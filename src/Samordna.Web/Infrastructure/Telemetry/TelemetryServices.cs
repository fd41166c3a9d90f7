using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Samordna.Web.Infrastructure.Telemetry;

/// <summary>OpenTelemetry for requests, database calls and scheduled jobs, when an exporter asks for it (ADR 0016).</summary>
public static class TelemetryServices
{
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Request and database span attributes that can carry personal data (the client's IP address, its browser, a query
    /// string); removed from every span. The route template (<c>http.route</c>) stays, so a span still says which page.
    /// </summary>
    private static readonly string[] RemovedTags =
        ["client.address", "network.peer.address", "network.peer.port", "user_agent.original", "url.query", "url.full", "url.path"];

    public static WebApplicationBuilder AddSamordnaTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(TelemetryOptions.Section);
        builder.Services.Configure<TelemetryOptions>(section);
        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]);
        var prometheus = options.PrometheusPort is > 0;
        if (!options.Enabled && !otlp && !prometheus)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(SamordnaTelemetry.Name, serviceVersion: typeof(TelemetryServices).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing =>
            {
                tracing.AddSource(SamordnaTelemetry.Name)
                    .AddAspNetCoreInstrumentation(o =>
                    {
                        o.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal);
                        o.EnrichWithHttpRequest = (activity, _) => RemovePersonalTags(activity);
                        o.EnrichWithHttpResponse = (activity, _) => RemovePersonalTags(activity);
                    })
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddProcessor(new PersonalTagFilter());
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(SamordnaTelemetry.Name)
                    .AddAspNetCoreInstrumentation();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }

                if (prometheus)
                {
                    metrics.AddPrometheusHttpListener(o =>
                    {
                        o.Host = options.PrometheusHost;
                        o.Port = options.PrometheusPort!.Value;
                    });
                }
            });
        _ = telemetry;
        return builder;
    }

    private static void RemovePersonalTags(Activity activity)
    {
        foreach (var tag in RemovedTags)
        {
            activity.SetTag(tag, null);
        }
    }

    /// <summary>The last word before export: whatever instrumentation added late, the personal tags go.</summary>
    private sealed class PersonalTagFilter : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data) => RemovePersonalTags(data);
    }
}
