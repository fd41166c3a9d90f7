using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Samordna.TestSupport;

/// <summary>Signing in the way users and API clients do: the login form with its antiforgery token, or the token endpoint.</summary>
public static partial class Clients
{
    public static async Task<HttpClient> SignedInPageClientAsync(this SamordnaTestHost host, TestUser user) =>
        await host.SignedInPageClientAsync(user.Email, user.Password);

    public static async Task<HttpClient> SignedInPageClientAsync(this SamordnaTestHost host, string email, string password)
    {
        var client = host.NewClient();
        var response = await client.PostFormAsync("/logga-in", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login failed for {email}: {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    public static async Task<string> GetTokenAsync(this SamordnaTestHost host, string email, string password)
    {
        using var client = host.NewClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Token request failed for {email}: {(int)response.StatusCode}\n{body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!;
    }

    public static async Task<HttpClient> ApiClientAsync(this SamordnaTestHost host, TestUser user)
    {
        var client = host.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await host.GetTokenAsync(user.Email, user.Password));
        return client;
    }

    /// <summary>GETs the form page to obtain the antiforgery token, then posts the fields (to <paramref name="postUrl"/> if the form is elsewhere).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, IDictionary<string, string> fields, string? postUrl = null)
    {
        var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryToken(html)
            ?? throw new InvalidOperationException($"No antiforgery token on {pageUrl} ({(int)page.StatusCode}).\n{html[..Math.Min(html.Length, 2000)]}");
        var form = new Dictionary<string, string>(fields) { ["__af"] = token };
        return await client.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent(form));
    }

    /// <summary>The answer's JSON once its status is <paramref name="expected"/>; otherwise the test fails showing what the server said.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Xunit.Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    /// <summary>A page's text as a reader sees it: HTML entities decoded, sv-SE's non-breaking spaces as plain ones.</summary>
    public static string PlainText(string html) => WebUtility.HtmlDecode(html).Replace('\u00A0', ' ').Replace('\u202F', ' ');

    public static string? AntiforgeryToken(string html)
    {
        var match = AntiforgeryInput().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["v"].Value) : null;
    }

    /// <summary>Reads the body for assertion messages: a failed test must show what the server said.</summary>
    public static async Task<string> BodyAsync(this HttpResponseMessage response) =>
        $"{(int)response.StatusCode} {response.StatusCode}\n{await response.Content.ReadAsStringAsync()}";

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"(?<v>[^\"]+)\"")]
    private static partial Regex AntiforgeryInput();
}
