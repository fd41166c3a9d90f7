using Samordna.TestSupport;

namespace Samordna.IntegrationTests.Registry;

/// <summary>
/// A host on a database of its own, for tests about the whole register (import and export of everything, national
/// counts), which must not see the associations other tests create in the shared database.
/// </summary>
public sealed class NationalRegisterFixture : HostFixture;
