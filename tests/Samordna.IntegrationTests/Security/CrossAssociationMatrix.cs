using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Security;

/// <summary>An endpoint or page whose address names an association.</summary>
public sealed record ScopedEndpoint(string Route, IReadOnlyList<string> Methods, bool IsApi, bool IsPublic, string? Permission);

public sealed record MatrixFinding(string Endpoint, string Problem);

/// <summary>
/// Enumerates every association-scoped endpoint and page from the application's routing table (so new features join
/// automatically) and proves that users of another association are turned away.
/// </summary>
public static partial class CrossAssociationMatrix
{
    public static IReadOnlyList<ScopedEndpoint> Enumerate(SamordnaTestHost host)
    {
        var sources = host.Services.GetRequiredService<EndpointDataSource>();
        return sources.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name == HttpRequestScope.RouteKey))
            .Select(e =>
            {
                var route = "/" + e.RoutePattern.RawText!.TrimStart('/');
                var isApi = route.StartsWith("/api/", StringComparison.Ordinal);
                var methods = e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.ToList()
                    ?? (isApi ? ["GET"] : ["GET", "POST"]);
                var isPublic = e.Metadata.GetMetadata<IAllowAnonymous>() is not null;
                var permission = e.Metadata.GetOrderedMetadata<IAuthorizeData>()
                    .Select(a => a.Policy)
                    .FirstOrDefault(p => p?.StartsWith(PermissionPolicyProvider.Prefix, StringComparison.Ordinal) == true)?[PermissionPolicyProvider.Prefix.Length..];
                return new ScopedEndpoint(route, methods, isApi, isPublic, permission);
            })
            .GroupBy(e => e.Route)
            .Select(g => g.First() with { Methods = g.SelectMany(x => x.Methods).Distinct().ToList() })
            .OrderBy(e => e.Route, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every scoped endpoint must be public or require an association-scoped permission.</summary>
    public static IEnumerable<MatrixFinding> StaticFindings(IEnumerable<ScopedEndpoint> endpoints)
    {
        foreach (var e in endpoints.Where(e => !e.IsPublic))
        {
            if (e.Permission is null)
            {
                yield return new(e.Route, "kräver ingen förbundsbehörighet");
            }
            else if (PermissionCatalog.Get(e.Permission).Scope != PermissionScope.Association)
            {
                yield return new(e.Route, $"behörigheten {e.Permission} är inte förbundsbunden");
            }
        }
    }

    /// <summary>Each attacker (a user of another association) calls each method of each endpoint with the victim's id.</summary>
    public static async Task<IReadOnlyList<MatrixFinding>> ProbeAsync(
        IEnumerable<ScopedEndpoint> endpoints,
        IEnumerable<(string Label, HttpClient Client, bool IsApi)> attackers,
        TestAssociation victim,
        IReadOnlyDictionary<string, string> sampleIds)
    {
        var findings = new List<MatrixFinding>();
        var attackerList = attackers.ToList();
        foreach (var e in endpoints.Where(e => !e.IsPublic))
        {
            if (MissingSamples(e.Route, sampleIds) is { Count: > 0 } missing)
            {
                // A random id would be answered 404 whatever the access rules: the address would look safe untested.
                findings.Add(new(e.Route, $"saknar exempel-id för {string.Join(", ", missing)} i MatrixSamples"));
                continue;
            }

            var url = Fill(e.Route, victim.Id, sampleIds);
            foreach (var method in e.Methods)
            {
                foreach (var (label, client, isApi) in attackerList.Where(a => a.IsApi == e.IsApi))
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), url);
                    if (method != "GET")
                    {
                        request.Content = e.IsApi
                            ? new StringContent("{}", Encoding.UTF8, "application/json")
                            : new FormUrlEncodedContent(new Dictionary<string, string>());
                    }

                    using var response = await client.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
                    {
                        findings.Add(new($"{method} {url}", $"{label} fick {(int)response.StatusCode} i stället för 403/404"));
                    }
                    else if (body.Contains(victim.Name, StringComparison.Ordinal))
                    {
                        findings.Add(new($"{method} {url}", $"{label} fick se förbundets namn i svaret"));
                    }
                }
            }
        }

        return findings;
    }

    public static string Fill(string route, Guid associationId, IReadOnlyDictionary<string, string> sampleIds) =>
        RouteParameter().Replace(route, m =>
        {
            var name = m.Groups["name"].Value;
            if (name == HttpRequestScope.RouteKey)
            {
                return associationId.ToString();
            }

            return sampleIds.TryGetValue(name, out var sample)
                ? sample
                : throw new InvalidOperationException($"No matrix sample for the route parameter '{name}' of {route}; add one in MatrixSamples.");
        }).TrimEnd('/') is { Length: > 0 } filled ? filled : "/";

    /// <summary>The route parameters (other than the association) that have no sample id.</summary>
    public static IReadOnlyList<string> MissingSamples(string route, IReadOnlyDictionary<string, string> sampleIds) =>
        RouteParameter().Matches(route).Select(m => m.Groups["name"].Value)
            .Where(n => n != HttpRequestScope.RouteKey && !sampleIds.ContainsKey(n))
            .ToList();

    [GeneratedRegex("\\{(?<name>[A-Za-z]+)(:[^}]*)?\\}")]
    private static partial Regex RouteParameter();
}
