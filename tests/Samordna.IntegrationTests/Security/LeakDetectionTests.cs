using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.IntegrationTests.Security;

/// <summary>The matrix really catches leaks: with a scope check removed from one endpoint, it reports that endpoint.</summary>
[Collection(AppCollection.Name)]
public sealed class LeakDetectionTests(AppFixture app)
{
    [Fact]
    public async Task Matrix_reports_an_endpoint_whose_scope_check_was_removed()
    {
        await using var leaky = new SamordnaTestHost(app.Database, services: s => s.AddSingleton<IFeatureArea>(new TestOnlyArea()));
        var victim = await leaky.CreateAssociationAsync(name: "Läckförbundet " + Guid.NewGuid().ToString("N")[..6]);
        var own = await leaky.CreateAssociationAsync();
        var attacker = await leaky.CreateUserAsync(Role.AssociationAdministrator, own.Id);
        using var api = await leaky.ApiClientAsync(attacker);

        var endpoints = CrossAssociationMatrix.Enumerate(leaky);
        var staticFindings = CrossAssociationMatrix.StaticFindings(endpoints).ToList();
        var samples = await MatrixSamples.ForAsync(leaky, victim);
        var probeFindings = await CrossAssociationMatrix.ProbeAsync(endpoints, [("admin B (API)", api, true)], victim, samples);

        Assert.Contains(staticFindings, f => f.Endpoint.Contains("leaky-members", StringComparison.Ordinal));
        Assert.Contains(probeFindings, f => f.Endpoint.Contains("leaky-members", StringComparison.Ordinal) && f.Problem.Contains("200", StringComparison.Ordinal));
        // …and only that endpoint: the real ones still hold.
        Assert.All(probeFindings, f => Assert.Contains("leaky-members", f.Endpoint, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Matrix_fails_when_a_route_parameter_has_no_sample()
    {
        var victim = await app.Host.CreateAssociationAsync();
        var endpoints = CrossAssociationMatrix.Enumerate(app.Host);
        var samples = new Dictionary<string, string>(await MatrixSamples.ForAsync(app.Host, victim));
        Assert.Contains(endpoints, e => e.Route.Contains("{meetingId", StringComparison.Ordinal));
        samples.Remove("meetingId");

        var findings = await CrossAssociationMatrix.ProbeAsync(endpoints, [], victim, samples);

        Assert.Contains(findings, f => f.Problem == "saknar exempel-id för meetingId i MatrixSamples");
        Assert.All(findings, f => Assert.Contains("{meetingId", f.Endpoint, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unexpected_failures_show_no_internals_on_api_or_pages()
    {
        await using var host = new SamordnaTestHost(app.Database, services: s => s.AddSingleton<IFeatureArea>(new TestOnlyArea()));
        using var client = host.NewClient();
        var response = await client.GetAsync("/api/v1/test/boom");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", body);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("UNEXPECTED_ERROR", body, StringComparison.Ordinal);
        Assert.Contains("Ett oväntat fel inträffade", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret internal detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }
}
