using System.Net;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Health;

namespace Samordna.IntegrationTests.Platform;

/// <summary>
/// The warm-up: an instance asks itself for its public pages once it listens, and only then reports ready, so a load
/// balancer sends the first visitor to a warm instance (the time it saves is measured in bench/warm-start.sh).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class WarmUpTests(AppFixture app)
{
    [Fact]
    public async Task An_instance_with_the_warm_up_reports_ready_once_it_has_asked_for_its_pages()
    {
        using var instance = app.StartAnotherInstance(new Dictionary<string, string?>
        {
            ["WarmUp:Enabled"] = "true",
            ["WarmUp:Paths:0"] = "/health/live",
            ["WarmUp:Paths:1"] = "/nationellt",
            ["WarmUp:Paths:2"] = "/finns-inte",
        });
        using var client = instance.NewClient();
        var state = (WarmUpState)instance.Services.GetService(typeof(WarmUpState))!;
        // Polls readiness (bounded, not timed): whenever it says ready, the warm-up has finished.
        var ready = false;
        for (var i = 0; i < 600 && !ready; i++)
        {
            ready = (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
            Assert.True(!ready || state.IsDone, "ready before the warm-up finished");
            if (!ready)
            {
                await Task.Delay(100);
            }
        }

        Assert.True(ready, "the instance did not become ready within a minute");
    }

    [Fact]
    public async Task The_readiness_check_says_warming_until_the_warm_up_is_done()
    {
        var state = new WarmUpState();
        var check = new WarmUpHealthCheck(state);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, (await check.CheckHealthAsync(new())).Status);
        state.Finish();
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, (await check.CheckHealthAsync(new())).Status);
    }
}
