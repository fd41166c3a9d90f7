using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.Interventions.Rules;

/// <summary>
/// The board's ceiling: what the agreement funds in a year, and what is paid out in all, never exceeds what the
/// board's numbered decisions granted. A refused save names the decisions so far and says a new one is needed.
/// </summary>
public sealed class GrantCeiling(AppDbContext db)
{
    public async Task<IReadOnlyDictionary<int, Sek>> DecidedPerYearAsync(Guid interventionId, CancellationToken ct) =>
        (await db.Set<InterventionGrant>().AsNoTracking().Where(g => g.InterventionId == interventionId).ToListAsync(ct))
            .GroupBy(g => g.Year).ToDictionary(g => g.Key, g => Sek.Sum(g.Select(x => x.Amount)));

    /// <summary>Refuses a year's funding above that year's grants.</summary>
    public async Task<Error?> CheckFundingAsync(Intervention i, IReadOnlyDictionary<int, Sek> funding, CancellationToken ct)
    {
        var decided = await DecidedPerYearAsync(i.Id, ct);
        foreach (var (year, amount) in funding.OrderBy(f => f.Key))
        {
            var ceiling = decided.GetValueOrDefault(year, Sek.Zero);
            if (amount > ceiling)
            {
                return InterventionsErrors.AboveDecidedAmount.WithMessage(
                    $"Beloppet för {year} ({amount}) är högre än styrelsen har beslutat för året ({ceiling}{await DecisionsTextAsync(i.Id, ct)}). "
                    + "Ett nytt numrerat beslut om medel behövs innan beloppet kan höjas.") with { Field = "funding" };
            }
        }

        return null;
    }

    /// <summary>Refuses payments (planned and paid) that together exceed all grants.</summary>
    public async Task<Error?> CheckPaymentsAsync(Intervention i, Sek paymentsTotal, CancellationToken ct)
    {
        var decided = Sek.Sum((await DecidedPerYearAsync(i.Id, ct)).Values);
        if (paymentsTotal > decided)
        {
            return InterventionsErrors.AboveDecidedAmount.WithMessage(
                $"Utbetalningarna blir sammanlagt {paymentsTotal}, mer än styrelsen har beslutat ({decided}{await DecisionsTextAsync(i.Id, ct)}). "
                + "Ett nytt numrerat beslut om medel behövs.") with { Field = "amount" };
        }

        return null;
    }

    private async Task<string> DecisionsTextAsync(Guid interventionId, CancellationToken ct)
    {
        var decisions = await (from g in db.Set<InterventionGrant>().AsNoTracking()
                               join d in db.Set<BoardDecision>().AsNoTracking() on g.DecisionId equals d.Id
                               where g.InterventionId == interventionId
                               select new { d.Number, d.Year }).Distinct().ToListAsync(ct);
        return decisions.Count == 0 ? ", inget beslut" : ", " + string.Join(", ", decisions.OrderBy(d => d.Year).ThenBy(d => d.Number).Select(d => $"§ {d.Number}/{d.Year}"));
    }
}
