using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Samordna.TestSupport;

/// <summary>
/// A database of its own and the real application on it, started once for a test collection (or class) and disposed
/// after it. The fixtures differ only in what they isolate and how their host is configured, so each says just that
/// (<see cref="Provider"/>, <see cref="Settings"/>, <see cref="Services"/>); starting and disposing is written here once.
/// </summary>
public abstract class HostFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public SamordnaTestHost Host { get; private set; } = null!;

    /// <summary>The database provider; null for the run's (<see cref="TestDatabase.ConfiguredProvider"/>).</summary>
    protected virtual string? Provider => null;

    /// <summary>Settings on top of the test host's defaults.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    /// <summary>Test services replacing the application's, if any.</summary>
    protected virtual Action<IServiceCollection>? Services => null;

    public virtual Task InitializeAsync()
    {
        Database = TestDatabase.Create(Provider);
        Host = new SamordnaTestHost(Database, Settings, Services);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Another instance of the application on this fixture's database, configured like <see cref="Host"/> plus
    /// <paramref name="settings"/> (e.g. <c>Jobs:Enabled</c>); the caller disposes it.
    /// </summary>
    public SamordnaTestHost StartAnotherInstance(IDictionary<string, string?>? settings = null)
    {
        var merged = new Dictionary<string, string?>(Settings ?? new Dictionary<string, string?>());
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        return new SamordnaTestHost(Database, merged, Services);
    }

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Database.Dispose();
    }
}
