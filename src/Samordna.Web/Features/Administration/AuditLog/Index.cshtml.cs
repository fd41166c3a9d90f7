namespace Samordna.Web.Features.Administration.AuditLog;

/// <summary>An association's audit log in Swedish, filterable by date, kind of row and person.</summary>
[RequirePermission(AdministrationPermissions.ViewAuditLog)]
public sealed class IndexModel(GetAuditLogHandler handler) : AuditLogPageModel(handler)
{
    public async Task<IActionResult> OnGetAsync(Guid associationId, string? fran, string? till, string? typ, Guid? anvandare, int? sida, CancellationToken ct) =>
        await LoadAsync(associationId, fran, till, typ, anvandare, sida, ct);
}

/// <summary>What the association's and the system-wide audit log pages share: the filters read from the address, and the page of changes.</summary>
public abstract class AuditLogPageModel(GetAuditLogHandler handler) : PageModel
{
    public AuditLogPage Log { get; private set; } = new([], 1, GetAuditLogHandler.DefaultPageSize, false);

    public IReadOnlyList<AuditLogChoice> Types { get; private set; } = [];

    public IReadOnlyList<AuditLogChoice> People { get; private set; } = [];

    public string? From { get; private set; }

    public string? To { get; private set; }

    public string? Type { get; private set; }

    public Guid? Person { get; private set; }

    /// <summary>The filters as a query string, for the paging links.</summary>
    public string Query(int page) =>
        string.Join("&amp;", new[]
        {
            From is null ? null : $"fran={Uri.EscapeDataString(From)}", To is null ? null : $"till={Uri.EscapeDataString(To)}",
            Type is null ? null : $"typ={Uri.EscapeDataString(Type)}", Person is null ? null : $"anvandare={Person}", $"sida={page}",
        }.OfType<string>());

    protected async Task<IActionResult> LoadAsync(Guid? associationId, string? fran, string? till, string? typ, Guid? anvandare, int? sida, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var from = FormFields.Date(errors, "fran", "Från och med", fran);
        var to = FormFields.Date(errors, "till", "Till och med", till);
        if (from is { } f && to is { } t && t < f)
        {
            errors.Add("till", "Till och med får inte vara före Från och med.");
        }

        foreach (var (field, messages) in errors.ToDictionary())
        {
            Array.ForEach(messages, m => ModelState.AddModelError(field, m));
        }

        (From, To, Type, Person) = (fran, till, string.IsNullOrWhiteSpace(typ) ? null : typ, anvandare);
        (Types, People) = await handler.ChoicesAsync(associationId, ct);
        Log = await handler.HandleAsync(new AuditLogFilter(associationId, errors.IsValid ? from : null, errors.IsValid ? to : null, Type, Person, sida ?? 1), ct);
        return Page();
    }
}
