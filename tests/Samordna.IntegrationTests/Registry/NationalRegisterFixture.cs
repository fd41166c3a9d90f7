using Samordna.TestSupport;

namespace Samordna.IntegrationTests.Registry;

/// <summary>
/// A host on a database of its own, for tests about the whole register (import and export of everything, national
/// counts), which must not see the associations other tests create in the shared database.
/// </summary>
public sealed class NationalRegisterFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public SamordnaTestHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Database = TestDatabase.Create();
        Host = new SamordnaTestHost(Database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Database.Dispose();
    }
}
