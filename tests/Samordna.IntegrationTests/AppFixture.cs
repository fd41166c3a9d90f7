using Samordna.TestSupport;

namespace Samordna.IntegrationTests;

/// <summary>One application host and one database for the whole run (see scripts/test.sh for the two providers).</summary>
public sealed class AppFixture : HostFixture;

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}

/// <summary>
/// A database of its own with the demo data loaded at start, as <c>dotnet run</c> does in development; shared by the
/// classes that read the demo as a whole (one demo host per run instead of one per class).
/// </summary>
public sealed class DemoDataFixture : HostFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Enabled"] = "true" };
}

[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoDataFixture>
{
    public const string Name = "demo";
}
