using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Todo;

namespace Samordna.Web.Features.Economy.Todo;

/// <summary>
/// The next year's budget as its deadline nears (Economy:BudgetWarningDays before 30 November) and after it, until
/// adopted: the office drafts and sends it for consultation; while it is out, each member that has not commented is
/// asked to by the last day, and the board to adopt it by the deadline.
/// </summary>
public sealed class BudgetTodoSource(AppDbContext db, IOptions<EconomyOptions> options) : ITodoSource
{
    public const string Prepare = "TODO-BUDGET-PREPARE";
    public const string Comment = "TODO-BUDGET-COMMENT";
    public const string Adopt = "TODO-BUDGET-ADOPT";

    public async Task<IReadOnlyList<TodoItem>> ItemsAsync(Guid associationId, DateOnly today, CancellationToken ct)
    {
        var o = options.Value;
        var year = today.Year + 1;
        var deadline = o.BudgetDeadline(year);
        if (today < deadline.AddDays(-o.BudgetWarningDays))
        {
            return [];
        }

        var versions = await db.Set<Budget>().AsNoTracking().Include(b => b.Comments)
            .Where(b => b.AssociationId == associationId && b.Year == year).ToListAsync(ct);
        if (versions.Any(v => v.State == BudgetState.Adopted))
        {
            return [];
        }

        var link = $"/forbund/{associationId}/ekonomi/budget?ar={year}";
        var date = SwedishCulture.Date(deadline);
        var open = versions.FirstOrDefault(v => v.State == BudgetState.Consultation);
        if (open is null)
        {
            return
            [
                new TodoItem(Prepare, "Budget", deadline, TodoAudience.Office,
                    versions.Count == 0
                        ? $"Budgeten för {year} ska fastställas av styrelsen senast {date}, efter samråd med medlemmarna. Upprätta ett förslag."
                        : $"Budgetförslaget för {year} är ett utkast. Skicka det på samråd med medlemmarna; styrelsen ska fastställa budgeten senast {date}.",
                    link),
            ];
        }

        var commented = open.Comments.Select(c => c.OrganisationId).ToHashSet();
        var members = await (from m in db.Set<Membership>().AsNoTracking()
                             join org in db.Set<Organisation>().AsNoTracking() on m.OrganisationId equals org.Id
                             where m.AssociationId == associationId && m.ValidTo == null
                             select new { org.Id, org.Name }).ToListAsync(ct);
        var items = new List<TodoItem>
        {
            new(Adopt, "Budget", deadline, TodoAudience.Board, $"Budgetförslaget för {year} är ute på samråd. Styrelsen ska fastställa budgeten senast {date}.", link),
        };
        items.AddRange(members.Where(m => !commented.Contains(m.Id)).DistinctBy(m => m.Id).OrderBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => new TodoItem(Comment, "Budget", open.ConsultationUntil, TodoAudience.Member(m.Id, m.Name),
                $"Lämna synpunkter på budgetförslaget för {year}" + (open.ConsultationUntil is { } until ? $" senast {SwedishCulture.Date(until)}." : "."), link)));
        return items;
    }
}
