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

    /// <summary>The label of one finding: "Brist" or "Varning".</summary>
    public static string SeverityText(ComplianceSeverity severity) => severity == ComplianceSeverity.Violation ? "Brist" : "Varning";

    /// <summary>"1 brist och 2 varningar.", "3 brister.", "1 varning." in Swedish number agreement; a zero count is left out.</summary>
    public static string Summary(int violations, int warnings)
    {
        var parts = new List<string>(2);
        if (violations > 0)
        {
            parts.Add(SwedishCulture.Count(violations, "brist", "brister"));
        }

        if (warnings > 0)
        {
            parts.Add(SwedishCulture.Count(warnings, "varning", "varningar"));
        }

        return parts.Count == 0 ? "Inga avvikelser." : string.Join(" och ", parts) + ".";
    }
}
