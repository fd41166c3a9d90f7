using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Todo;

namespace Samordna.Web.Features.Economy.Todo;

/// <summary>
/// Last year's annual report (årsredovisning) as its deadline nears (Economy:AnnualReportWarningDays before 31 March)
/// and after it, until the board has approved it: a numbered board decision this year of the kind "Årsredovisning".
/// The office prepares it; the board approves it. An association formed this year has no last year to report.
/// </summary>
public sealed class AnnualReportTodoSource(AppDbContext db, IOptions<EconomyOptions> options) : ITodoSource
{
    public const string Approve = "TODO-ANNUAL-REPORT";

    public async Task<IReadOnlyList<TodoItem>> ItemsAsync(Guid associationId, DateOnly today, CancellationToken ct)
    {
        var o = options.Value;
        var year = today.Year - 1;
        var deadline = o.AnnualReportDeadline(year);
        if (today < deadline.AddDays(-o.AnnualReportWarningDays) || today.Year != deadline.Year)
        {
            return [];
        }

        var formed = await db.Set<Association>().AsNoTracking().Where(a => a.Id == associationId).Select(a => (DateOnly?)a.FormedOn).FirstOrDefaultAsync(ct);
        if (formed is null || formed.Value.Year > year)
        {
            return [];
        }

        var approved = await db.Set<BoardDecision>().AsNoTracking()
            .AnyAsync(d => d.AssociationId == associationId && d.Year == today.Year && d.LinkKind == DecisionLinkKind.AnnualReport, ct);
        if (approved)
        {
            return [];
        }

        var date = SwedishCulture.Date(deadline);
        return
        [
            new TodoItem(Approve, "Årsredovisning", deadline, TodoAudience.Board,
                $"Årsredovisningen för {year} ska vara klar senast {date}. Styrelsen godkänner den med ett beslut av slaget Årsredovisning.",
                $"/forbund/{associationId}/beslut"),
        ];
    }
}
