using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.EditAssociationInputs;
using Samordna.Web.Features.Allocation.RunAllocation;
using Samordna.Web.Features.Economy.Budgets;
using Samordna.Web.Features.Economy.Data;

namespace Samordna.Web.Features.Economy.Equity;

/// <summary>
/// A year's equity: the roll-forward from the books (when read in), the forecast of the year-end equity (opening equity
/// + the result of the latest tertial forecast of the year, or of the adopted budget before there is one), and both tested against the reasonable level that
/// next year's state allocation will apply (<see cref="Allocation.Engine.EquityRule"/> with that year's parameters).
/// </summary>
public sealed record YearEquity(
    int Year,
    DateOnly? BooksStart,
    DateOnly? BooksEnd,
    EquityRollForward? Books,
    Sek? ForecastOpening,
    string? ForecastOpeningSource,
    Sek? ForecastResult,
    string? ForecastResultSource,
    Sek? Forecast,
    EquityLevel? Level,
    string? LevelMissing,
    EquityTest? ForecastTest,
    EquityTest? BooksTest)
{
    /// <summary>True when the forecast of the year-end equity is above the reasonable level (the warning).</summary>
    public bool ForecastAboveLevel => ForecastTest?.IsAboveReasonableLevel == true;
}

public sealed class EquityReader(AppDbContext db, IOptions<EconomyOptions> options, RunInputsBuilder allocation, EditAssociationInputsHandler allocationInputs)
{
    /// <summary>The whole year: the books' roll-forward, the forecast and both tested against the level.</summary>
    public Task<YearEquity> ReadAsync(Guid associationId, int year, CancellationToken ct) => ReadAsync(associationId, year, true, ct);

    /// <summary>
    /// Only the forecast and its test against the level (<see cref="YearEquity.Books"/> and <see cref="YearEquity.BooksTest"/>
    /// are left out): the year's transaction rows are not read, so the to-do list stays cheap however big the books are.
    /// </summary>
    public Task<YearEquity> ReadForecastAsync(Guid associationId, int year, CancellationToken ct) => ReadAsync(associationId, year, false, ct);

    private async Task<YearEquity> ReadAsync(Guid associationId, int year, bool withBooks, CancellationToken ct)
    {
        // Opening equity needs only the balances; the roll-forward needs the rows.
        var books = await BooksAsync(associationId, year, withBooks, ct);
        Sek? opening = null;
        string? openingSource = null;
        if (books is { } b)
        {
            opening = b.Roll.Opening;
            openingSource = $"enligt bokföringen {year}";
        }
        else if (await BooksAsync(associationId, year - 1, false, ct) is { } previous)
        {
            opening = previous.Roll.BooksClosing ?? (await BooksAsync(associationId, year - 1, true, ct))?.Roll.Closing;
            openingSource = $"utgående eget kapital {year - 1} enligt bokföringen";
        }

        if (!withBooks)
        {
            books = null;
        }

        var result = await ForecastResultAsync(associationId, year, ct);
        Sek? forecast = opening is { } o && result is { } r ? o + r.Result : null;

        var parameters = (await allocation.ParametersAsync(year + 1, null, ct)).ValueOrThrow();
        var stored = await db.Set<AllocationYearParameters>().AsNoTracking().AnyAsync(p => p.Year == year + 1, ct);
        var inputs = await allocationInputs.GetAsync(associationId, year + 1, ct);
        EquityLevel? level = null;
        EquityTest? forecastTest = null;
        EquityTest? booksTest = null;
        string? missing = null;
        // The allocation area's own precedence (RunInputsBuilder): the previous allocation entered for next year, else this year's decided run.
        if ((inputs?.PreviousAllocation ?? inputs?.PreviousFromDecidedRun) is { } allocated)
        {
            var source = inputs!.PreviousAllocation is not null
                ? $"inmatad som föregående års tilldelning i underlaget för {year + 1}"
                : $"beslutad fördelning för {year}";
            var engine = parameters.ToEngine();
            (level, forecastTest) = EquityCalculator.Assess(engine, stored, allocated, source, inputs.ReasonableEquityOverride, forecast);
            booksTest = books is { } done ? EquityCalculator.Assess(engine, stored, allocated, source, inputs.ReasonableEquityOverride, done.Roll.Closing).Test : null;
        }
        else
        {
            missing = $"Förbundet har ingen beslutad statlig tilldelning för {year}, så den skäliga nivån (en andel av två gånger tilldelningen) kan inte räknas ut.";
        }

        return new YearEquity(year, books?.Ledger.Start, books?.Ledger.End, books?.Roll, opening, openingSource, result?.Result, result?.Source,
            forecast, level, missing, forecastTest, booksTest);
    }

    /// <summary>The year's books; without <paramref name="withRows"/> only the balances are read (income and costs are then 0).</summary>
    private async Task<(LedgerYear Ledger, EquityRollForward Roll)?> BooksAsync(Guid associationId, int year, bool withRows, CancellationToken ct)
    {
        var ledger = await db.LedgerYearAsync(associationId, year, ct);
        if (ledger is null)
        {
            return null;
        }

        var balances = await db.Set<LedgerAccount>().AsNoTracking().Where(a => a.LedgerYearId == ledger.Id)
            .Select(a => new AccountBalance(a.Account, a.Opening, a.Closing)).ToListAsync(ct);
        var rows = withRows
            ? await db.Set<LedgerTransaction>().AsNoTracking().Where(t => t.LedgerYearId == ledger.Id).Select(t => new AccountAmount(t.Account, t.Amount)).ToListAsync(ct)
            : [];
        var o = options.Value;
        return (ledger, EquityCalculator.RollForward(balances, rows, o.EquityAccountPrefixes, o.ResultTransferAccounts));
    }

    /// <summary>
    /// The year's expected result: the latest saved tertial forecast's (its income lines minus its cost lines), else
    /// the adopted budget's for the budget year; with the words that say which.
    /// </summary>
    private async Task<(Sek Result, string Source)?> ForecastResultAsync(Guid associationId, int year, CancellationToken ct)
    {
        var tertial = await db.Set<Forecast>().AsNoTracking().Include(f => f.Lines)
            .Where(f => f.AssociationId == associationId && f.Year == year).OrderByDescending(f => f.Tertial).FirstOrDefaultAsync(ct);
        if (tertial is not null)
        {
            // A saved forecast has every row of the report (ForecastHandler refuses one that lacks any), so its sums are its result.
            var saved = tertial.Lines.ToDictionary(l => (l.Category, l.InterventionId), l => l.YearEnd);
            var rows = Forecasts.ForecastRules.Rows([], new Dictionary<BudgetCategory, Sek>(), new Dictionary<Guid, Sek>(), new Dictionary<Guid, string>(), saved);
            return (Forecasts.ForecastRules.Totals(rows).Result.YearEnd, $"resultatet i prognosen efter tertial {tertial.Tertial}");
        }

        var budget = await db.AdoptedBudgetAsync(associationId, year, ct);
        if (budget is null)
        {
            return null;
        }

        var lines = budget.Lines.Select(l => new BudgetLineView(l.Id, l.Category, BudgetRules.Name(l.Category), l.OrganisationId, l.InterventionId, l.Label, l.Amount, l.PlanYear1, l.PlanYear2));
        return (BudgetTotals.Of(lines).Result[0], $"resultatet i fastställd budget, version {budget.Number}");
    }
}
