using Samordna.Web.Features.Economy.Equity;
using Samordna.Web.Features.Todo;

namespace Samordna.Web.Features.Economy.Todo;

/// <summary>
/// The forecast of this year's closing equity (opening equity + the latest tertial forecast's result, else the adopted budget's) above the reasonable level
/// that next year's state allocation applies: the office and the board are told, since the excess lowers next year's
/// allocation (and removes a protection against a large decrease, in the years that have one) (finsam-law-economics.md §2.2, §3).
/// </summary>
public sealed class EquityTodoSource(EquityReader reader) : ITodoSource
{
    public const string AboveLevel = "TODO-EQUITY-ABOVE-LEVEL";

    public async Task<IReadOnlyList<TodoItem>> ItemsAsync(Guid associationId, DateOnly today, CancellationToken ct)
    {
        var equity = await reader.ReadForecastAsync(associationId, today.Year, ct);
        if (!equity.ForecastAboveLevel || equity.ForecastTest is not { } test || equity.Level is not { } level)
        {
            return [];
        }

        var text = $"Prognosen för eget kapital vid årets slut, {test.Equity}, är {test.Excess} över den skäliga nivån {level.ReasonableLevel}. "
                   + $"Överskottet kan minska den statliga tilldelningen för {level.AllocationYear} med omkring {test.Reduction}.";
        var link = $"/forbund/{associationId}/ekonomi/eget-kapital?ar={today.Year}";
        var yearEnd = new DateOnly(today.Year, 12, 31);
        return
        [
            new TodoItem(AboveLevel, "Ekonomi", yearEnd, TodoAudience.Office, text, link),
            new TodoItem(AboveLevel, "Ekonomi", yearEnd, TodoAudience.Board, text, link),
        ];
    }
}
