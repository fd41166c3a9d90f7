using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Data.Demo;

/// <summary>
/// A feature area's contribution to the demo data. Contributors run in <see cref="Order"/> once, on an empty
/// demo database, and share what they create through <see cref="DemoContext"/>.
/// </summary>
public interface IDemoDataContributor
{
    int Order { get; }

    Task SeedAsync(AppDbContext db, DemoContext context, CancellationToken ct);
}

/// <summary>What earlier contributors created, for later ones to build on.</summary>
public sealed class DemoContext
{
    public Dictionary<string, Association> Associations { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Organisation> Organisations { get; } = new(StringComparer.Ordinal);

    /// <summary>Logins to print at start: e-mail and what the user can do.</summary>
    public List<(string Email, string Description)> Logins { get; } = [];
}
