namespace Samordna.Web.Features.Administration.AuditLog;

/// <summary>The system-wide audit log for system administrators: every association's changes and the platform's own, with the same filters.</summary>
[RequirePermission(AdministrationPermissions.ManageUsers)]
public sealed class SystemModel(GetAuditLogHandler handler) : AuditLogPageModel(handler)
{
    public async Task<IActionResult> OnGetAsync(string? fran, string? till, string? typ, Guid? anvandare, int? sida, CancellationToken ct) =>
        await LoadAsync(null, fran, till, typ, anvandare, sida, ct);
}
