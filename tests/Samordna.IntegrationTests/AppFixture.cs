using Samordna.TestSupport;

namespace Samordna.IntegrationTests;

/// <summary>One application host and one database for the whole run (see scripts/test.sh for the two providers).</summary>
public sealed class AppFixture : HostFixture;

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
