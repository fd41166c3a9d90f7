using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Samordna.Web.Infrastructure.Health;

/// <summary>
/// Section "WarmUp": the pages an instance asks itself for once it listens, before <c>/health/ready</c> says it is
/// ready, so the first visitor after a start or a deploy does not pay for the first compilation of the pipeline, the
/// layout, the pages and their database queries (issue 8: the first request within 2× the median; docs/performance.md).
/// </summary>
public sealed class WarmUpOptions
{
    public const string Section = "WarmUp";

    public bool Enabled { get; set; } = true;

    /// <summary>Addresses (anonymous, relative) asked for once each, in order.</summary>
    public List<string> Paths { get; set; } = [];

    /// <summary>How long the warm-up may take before the instance reports ready anyway.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    public void ApplyDefaults()
    {
        if (Paths.Count == 0)
        {
            Paths =
            [
                "/health/live", "/", "/logga-in", "/nationellt", "/nationellt?kommun=v%C3%A4rnamo", "/insatser", "/insatser?q=arbete",
                "/nationellt/uppfoljning", "/api-dokumentation", "/om-samordna", "/tillganglighet", "/personuppgifter",
                "/api/v1/catalogue/interventions?q=arbete",
            ];
        }
    }
}

/// <summary>Whether the warm-up has finished (or was not wanted); read by the readiness check.</summary>
public sealed class WarmUpState
{
    private volatile bool _done;

    public bool IsDone => _done;

    public void Finish() => _done = true;
}

/// <summary>Asks the instance's own listening address for each <see cref="WarmUpOptions.Paths"/> once it has started; answers are discarded.</summary>
public sealed partial class WarmUpService(IServer server, IHostApplicationLifetime lifetime, IOptions<WarmUpOptions> options, WarmUpState state, ILogger<WarmUpService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!options.Value.Enabled || !await StartedAsync(stoppingToken) || Address() is not { } address)
            {
                return;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
            using var client = new HttpClient { BaseAddress = address };
            var started = System.Diagnostics.Stopwatch.StartNew();
            foreach (var path in options.Value.Paths)
            {
                try
                {
                    using var response = await client.GetAsync(path, timeout.Token);
                    if (path == "/nationellt" && response.IsSuccessStatusCode
                        && AssociationPage().Match(await response.Content.ReadAsStringAsync(timeout.Token)) is { Success: true } about)
                    {
                        // An association's public page too: the first one the overview links to.
                        using var _ = await client.GetAsync(about.Value, timeout.Token);
                    }
                }
                catch (HttpRequestException ex)
                {
                    logger.LogDebug(ex, "Warm-up request to {Path} failed.", path);
                }
            }

            logger.LogInformation("Warm-up of {Count} addresses took {Milliseconds} ms.", options.Value.Paths.Count, started.ElapsedMilliseconds);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("The warm-up did not finish in {Seconds} s; the instance reports ready without it.", options.Value.TimeoutSeconds);
        }
        finally
        {
            state.Finish();
        }
    }

    private async Task<bool> StartedAsync(CancellationToken ct)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var stopping = ct.Register(() => started.TrySetCanceled(ct));
        await started.Task;
        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex("/forbund/[0-9a-f-]{36}/om")]
    private static partial System.Text.RegularExpressions.Regex AssociationPage();

    /// <summary>The first http(s) address the server listens on, with a wildcard host made the loopback address; null in-process (tests).</summary>
    private Uri? Address()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        var first = addresses?.FirstOrDefault(a => a.StartsWith("http", StringComparison.OrdinalIgnoreCase));
        if (first is null)
        {
            return null;
        }

        var uri = new UriBuilder(first.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal));
        return uri.Uri;
    }
}

/// <summary>Not ready until the warm-up is done, so a load balancer sends the first visitor to a warm instance.</summary>
public sealed class WarmUpHealthCheck(WarmUpState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsDone ? HealthCheckResult.Healthy("Uppvärmd.") : HealthCheckResult.Unhealthy("Värmer upp: sidorna hämtas en gång innan instansen tar emot besökare."));
}
