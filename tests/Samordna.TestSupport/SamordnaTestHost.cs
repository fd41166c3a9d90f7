using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Samordna.TestSupport;

/// <summary>
/// The real application on a real Kestrel socket (127.0.0.1, random port), on the run's database. One instance is
/// shared by a whole test run; tests isolate themselves by creating their own associations and users.
/// </summary>
public sealed class SamordnaTestHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public SamordnaTestHost(TestDatabase database, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string environment = "Testing")
    {
        Database = database;
        Environment = environment;
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["Demo:Enabled"] = "false",
            ["Security:RequireHttpsCookies"] = "false",
            ["RateLimiting:LoginPermitLimit"] = "100000",
            // No scheduler by default: the suite stays quick and tests run jobs on demand (ScheduledJobs.RunNowAsync).
            ["Jobs:Enabled"] = "false",
            // No warm-up by default either (WarmUpTests turns it on): a test host is asked for its pages by the tests.
            ["WarmUp:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Error",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            _settings[k] = v;
        }

        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public TestDatabase Database { get; }

    public string Environment { get; }

    public Uri BaseAddress { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (k, v) in _settings)
        {
            builder.UseSetting(k, v);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    /// <summary>A browser-like client: real sockets, its own cookie jar, redirects not followed (so tests see them).</summary>
    public HttpClient NewClient()
    {
        var cookies = new CookieContainer();
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies, UseCookies = true };
        var client = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Jars.AddOrUpdate(client, cookies);
        return client;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, CookieContainer> Jars = new();

    /// <summary>The cookies a client made by <see cref="NewClient"/> holds for this host's address.</summary>
    public CookieCollection CookiesOf(HttpClient client) =>
        Jars.TryGetValue(client, out var jar) ? jar.GetCookies(BaseAddress) : [];

    /// <summary>A service scope of the host: for running use cases (<see cref="UseCases"/>) and reading back; tests act through HTTP.</summary>
    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();
}
