using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Todo;

namespace Samordna.Web.Features.Economy.Todo;

/// <summary>
/// The forecast after a tertial (Economy:ForecastTertialEnds, 30 April and 31 August by default): from the day after
/// the tertial's last day until the office has saved that tertial's forecast, due Economy:ForecastDueDays after it.
/// Only the latest tertial that has ended counts (an older one missed is overtaken by the next); the third tertial is
/// the annual report, with its own item.
/// </summary>
public sealed class ForecastTodoSource(AppDbContext db, IOptions<EconomyOptions> options) : ITodoSource
{
    public const string MakeForecast = "TODO-FORECAST";

    public async Task<IReadOnlyList<TodoItem>> ItemsAsync(Guid associationId, DateOnly today, CancellationToken ct)
    {
        var o = options.Value;
        var year = today.Year;
        var tertial = Enumerable.Range(1, o.TertialEnds().Count).LastOrDefault(t => o.TertialEnd(year, t) < today);
        if (tertial == 0)
        {
            return [];
        }

        var end = o.TertialEnd(year, tertial)!.Value;
        var formed = await db.Set<Association>().AsNoTracking().Where(a => a.Id == associationId).Select(a => (DateOnly?)a.FormedOn).FirstOrDefaultAsync(ct);
        if (formed is null || formed.Value > end
            || await db.Set<Forecast>().AsNoTracking().AnyAsync(f => f.AssociationId == associationId && f.Year == year && f.Tertial == tertial, ct))
        {
            return [];
        }

        var due = end.AddDays(o.ForecastDueDays);
        return
        [
            new TodoItem(MakeForecast, "Prognos", due, TodoAudience.Office,
                $"Gör prognosen för helåret {year} efter tertial {tertial} (bokföringen till och med {SwedishCulture.Date(end)}) senast {SwedishCulture.Date(due)}, till styrelsens tertialrapport.",
                $"/forbund/{associationId}/ekonomi/prognos?ar={year}&tertial={tertial}"),
        ];
    }
}
