using System.Text.Json;

namespace Samordna.Web.Features.Administration.AuditLog;

[RequirePermission(AdministrationPermissions.ViewAuditLog)]
public sealed class IndexModel(GetAuditLogHandler handler) : PageModel
{
    public AuditLogPage Log { get; private set; } = new([], 1, GetAuditLogHandler.DefaultPageSize, false);

    public async Task OnGetAsync(Guid associationId, int? sida, CancellationToken ct) =>
        Log = await handler.HandleAsync(associationId, sida ?? 1, ct);

    public string Describe(AuditLogItem e) => $"{(e.Action switch { "Added" => "Skapade", "Modified" => "Ändrade", "Deleted" => "Tog bort", _ => e.Action })} {e.EntityType}";

    public IEnumerable<(string Field, string? Before, string? After)> Changes(AuditLogItem e)
    {
        var parsed = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string?>>>(e.Changes) ?? [];
        return parsed.Select(kv => (kv.Key, kv.Value.GetValueOrDefault("before"), kv.Value.GetValueOrDefault("after")));
    }
}
