using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;

namespace Samordna.IntegrationTests.Security;

/// <summary>
/// A route that changes data: an API endpoint answering POST, PUT, PATCH or DELETE, or a page with an OnPost handler.
/// <see cref="ContentType"/> is what an API endpoint accepts when it declares one (an upload takes
/// application/octet-stream): the probe must send that, or routing answers 415 before the access check is reached.
/// </summary>
public sealed record WriteRoute(string Method, string Route, bool IsApi, string? ContentType = null)
{
    /// <summary>An empty request body of the kind the route takes.</summary>
    public HttpContent EmptyBody() => !IsApi
        ? new FormUrlEncodedContent(new Dictionary<string, string>())
        : ContentType is { } type && type != "application/json"
            ? new ByteArrayContent([]) { Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type) } }
            : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
}

/// <summary>Every write route of the running app, read from its routing table and its compiled pages, so new ones join by themselves.</summary>
public static class WriteRoutes
{
    private static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];

    public static IReadOnlyList<WriteRoute> Enumerate(SamordnaTestHost host)
    {
        var api = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => WriteMethods.Contains(m))
                .Select(m => new WriteRoute(m, "/" + e.RoutePattern.RawText!.TrimStart('/'), true,
                    e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes is { Count: > 0 } types ? types[0] : null)));

        var pages = typeof(Program).Assembly.GetCustomAttributes<RazorCompiledItemAttribute>()
            .Where(i => i.Kind == "mvc.1.0.razor-page")
            .Select(i => (Type: i.Type, Route: i.Type.GetCustomAttributes<RazorCompiledItemMetadataAttribute>().FirstOrDefault(m => m.Key == "RouteTemplate")?.Value))
            .Where(p => p.Route is not null && p.Type.GetProperty("Model")?.PropertyType is { } model && typeof(PageModel).IsAssignableFrom(model)
                && model.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal)))
            .Select(p => new WriteRoute("POST", "/" + p.Route!.TrimStart('/'), false));

        return api.Concat(pages).Distinct().OrderBy(r => r.Route, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal).ToList();
    }
}
