using Samordna.Web.Features.Compliance.CompliancePanel;
using Samordna.Web.Features.Todo;

namespace Samordna.Web.Features.Compliance.Todo;

/// <summary>
/// Every finding of the compliance panel on today's date as an item for the office, linked to the panel. A violation
/// is due now (or since the day it concerns, if that has passed); a warning on the day it concerns.
/// </summary>
public sealed class ComplianceTodoSource(RunComplianceHandler panel) : ITodoSource
{
    public async Task<IReadOnlyList<TodoItem>> ItemsAsync(Guid associationId, DateOnly today, CancellationToken ct)
    {
        var report = await panel.HandleAsync(associationId, today, ct);
        return report is null
            ? []
            : report.Areas.SelectMany(a => a.Findings).Select(f => new TodoItem(
                f.RuleCode, "Regelefterlevnad", DueOn(f, today), TodoAudience.Office, f.Message, $"/forbund/{associationId}/regelefterlevnad")).ToList();
    }

    private static DateOnly? DueOn(ComplianceFinding f, DateOnly today) =>
        f.Severity == ComplianceSeverity.Violation && (f.RelevantDate is null || f.RelevantDate > today) ? today : f.RelevantDate;
}
