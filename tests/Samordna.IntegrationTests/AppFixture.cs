using Samordna.TestSupport;

namespace Samordna.IntegrationTests;

/// <summary>One application host and one database for the whole run (see scripts/test.sh for the two providers).</summary>
public sealed class AppFixture : IAsyncLifetime
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

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
