namespace Samordna.Web.Features.Compliance.CompliancePanel;

[RequirePermission(CompliancePermissions.View)]
public sealed class IndexModel(RunComplianceHandler handler, TimeProvider clock) : PageModel
{
    public ComplianceReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid associationId, string? asOf, CancellationToken ct)
    {
        var report = await handler.HandleAsync(associationId, FormFields.AsOf(asOf, SwedishCulture.Today(clock), ModelState), ct);
        if (report is null)
        {
            return NotFound();
        }

        Report = report;
        return Page();
    }

    public static string SeverityText(ComplianceSeverity severity) => severity == ComplianceSeverity.Violation ? "Brister" : "Varning";
}
