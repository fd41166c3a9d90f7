using System.Net.Http.Json;
using System.Text.Json;
using Samordna.TestSupport;

namespace Samordna.IntegrationTests.Registry;

/// <summary>Small readers for the registry API, so the tests say what they check.</summary>
internal static class RegistryClient
{
    public static async Task<JsonElement> JsonAsync(this HttpClient api, string url)
    {
        var response = await api.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}\n{body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The member organisation codes of an association on a date, sorted.</summary>
    public static async Task<List<string>> MemberCodesAsync(this HttpClient api, Guid associationId, string asOf) =>
        (await api.JsonAsync($"/api/v1/associations/{associationId}/members?asOf={asOf}"))
            .EnumerateArray().Select(m => m.GetProperty("organisationCode").GetString()!).Order(StringComparer.Ordinal).ToList();

    public static async Task<JsonElement> PostOkAsync(this HttpClient api, string url, object body)
    {
        var response = await api.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {url}: {(int)response.StatusCode}\n{text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Posts and expects a problem; returns its body.</summary>
    public static async Task<JsonElement> PostProblemAsync(this HttpClient api, string url, object body, int status)
    {
        var response = await api.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"POST {url}: expected {status}, got {(int)response.StatusCode}\n{text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<long> VersionOfMembershipAsync(this SamordnaTestHost host, Guid membershipId) =>
        await host.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(db.Set<Samordna.Web.Features.Registry.Data.Membership>())
                .Where(m => m.Id == membershipId).Select(m => m.Version)));
}
