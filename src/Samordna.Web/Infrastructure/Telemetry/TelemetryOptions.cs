namespace Samordna.Web.Infrastructure.Telemetry;

/// <summary>
/// Section "Telemetry". Off by default. Traces and metrics are collected when an exporter is configured: OTLP through
/// the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (and the other <c>OTEL_*</c> variables), or the Prometheus scrape
/// endpoint on a port of its own (<see cref="PrometheusPort"/>), never on the public port.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Collects traces and metrics even without an exporter configured here (a host that adds its own).</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// The port on which Prometheus scrapes <c>/metrics</c> (e.g. 9464): a listener of its own, apart from the app's
    /// port, so a reverse proxy in front of the app never publishes it. Empty: no scrape endpoint.
    /// </summary>
    public int? PrometheusPort { get; set; }

    /// <summary>The address that listener binds to; loopback unless a scraper on another machine must reach it.</summary>
    public string PrometheusHost { get; set; } = "127.0.0.1";
}
