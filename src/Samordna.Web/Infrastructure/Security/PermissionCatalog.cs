using System.Collections.Frozen;

namespace Samordna.Web.Infrastructure.Security;

/// <summary>
/// Every permission in the system, collected from the feature areas. The one place that answers
/// "may this role do this"; <see cref="AccessControl"/> adds the association scope.
/// </summary>
public static class PermissionCatalog
{
    private static readonly Lazy<FrozenDictionary<string, PermissionDefinition>> All = new(() =>
        typeof(PermissionCatalog).Assembly.GetTypes()
            .Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Permissions", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                .Where(p => p.PropertyType == typeof(IReadOnlyList<PermissionDefinition>))
                .SelectMany(p => (IReadOnlyList<PermissionDefinition>)p.GetValue(null)!))
            .ToFrozenDictionary(d => d.Name, StringComparer.Ordinal));

    public static IEnumerable<PermissionDefinition> Definitions => All.Value.Values;

    public static PermissionDefinition Get(string name) =>
        All.Value.TryGetValue(name, out var d) ? d : throw new InvalidOperationException($"Okänd behörighet '{name}'.");

    public static bool TryGet(string name, out PermissionDefinition? definition) => All.Value.TryGetValue(name, out definition);
}
