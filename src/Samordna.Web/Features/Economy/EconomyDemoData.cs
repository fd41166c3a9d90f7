using Samordna.Web.Features.Governance;
using Samordna.Web.Data.Demo;
using System.Text;
using Samordna.Web.Features.Economy.Actuals;
using Samordna.Web.Features.Economy.Budgets;
using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Economy.Sie;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Economy;

/// <summary>
/// Each demo association's budgets, through the budget's own use case. This year's: proposed, adopted with last
/// autumn's budget decision, its member contributions invoiced in January and paid, and books of the year so far read in
/// through the ordinary SIE import (<see cref="EconomyDemoBooks"/>) with the accounts and the interventions' projects
/// mapped, so the outcome, forecast, key figures and annual report pages show figures. Next year's: proposed from the
/// contribution table and the interventions' funding, with made-up board, office and audit costs, consulted on (one member
/// comments), adopted with the autumn meeting's budget decision, and a revision out for consultation. Next year's
/// member contributions are invoiced ("Fakturera årets avgifter") three weeks ago, due in ten days: the first member
/// has paid in full, the second half, the rest not yet.
/// </summary>
public sealed class EconomyDemoData(
    BudgetHandler handler, Members.MemberLedgerHandler members, ImportLedgerHandler books, MapAccountsHandler accounts, MapObjectsHandler objects, TimeProvider clock)
    : IDemoDataContributor
{
    public int Order => 50;

    public async Task SeedAsync(AppDbContext db, DemoContext context, CancellationToken ct)
    {
        var today = SwedishCulture.Today(clock);
        foreach (var association in context.Associations.Values.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            // The budget decisions in date order: last autumn's for this year, this autumn's for next year.
            var decisions = await (from d in db.Set<BoardDecision>().AsNoTracking()
                                   join m in db.Set<BoardMeeting>().AsNoTracking() on d.MeetingId equals m.Id
                                   where d.AssociationId == association.Id && d.LinkKind == DecisionLinkKind.Budget
                                   orderby m.Date
                                   select new BudgetDecision(d.Id, m.Date)).ToListAsync(ct);
            if (decisions.Count == 0)
            {
                continue;
            }

            if (decisions.Count > 1)
            {
                await ThisYearAsync(db, association, decisions[0], today, ct);
            }

            await NextYearAsync(association.Id, decisions[^1], today.Year + 1, ct);
        }
    }

    private sealed record BudgetDecision(Guid Id, DateOnly Date);

    /// <summary>This year's budget adopted, its contributions invoiced and paid, and the books so far read in and mapped.</summary>
    private async Task ThisYearAsync(AppDbContext db, Association association, BudgetDecision decision, DateOnly today, CancellationToken ct)
    {
        var year = today.Year;
        await AdoptAsync(association.Id, decision, year, null, ct);

        // Invoiced in mid-January (or today, early in January), each member paying within a fortnight.
        var issued = Min(new DateOnly(year, 1, 15), today);
        Must(await members.InvoiceYearAsync(association.Id, new Members.AnnualInvoicesRequest(year, issued, issued.AddDays(30)), false, ct));
        var ledger = await members.ReadAsync(association.Id, year, today, null, ct);
        foreach (var (invoice, index) in ledger.Invoices.OrderBy(i => i.Reference, StringComparer.Ordinal).Select((i, n) => (i, n)))
        {
            Must(await members.RecordPaymentAsync(association.Id, invoice.Id, new Members.MemberPaymentRequest(Min(issued.AddDays(10 + index), today), invoice.Amount, invoice.Version), ct));
        }

        var paid = (await members.ReadAsync(association.Id, year, today, null, ct)).Invoices
            .SelectMany(i => i.Payments.Select(p => (p.PaidOn, i.Member, p.Amount))).ToList();
        var budget = (await db.AdoptedBudgetAsync(association.Id, year, ct))!;
        var interventions = budget.Lines.Where(l => l.Category == BudgetCategory.Intervention && l.InterventionId is not null).OrderBy(l => l.Position)
            .Select(l => (Id: l.InterventionId!.Value, Name: l.Label)).DistinctBy(i => i.Id).ToList();

        Must(await accounts.SaveAsync(association.Id, new AccountMappingsRequest(EconomyDemoBooks.Accounts.Where(a => a.Category is not null)
            .Select(a => new AccountMappingRequest(a.Account, a.Category, null)).ToList()), ct));
        Must(await objects.SaveAsync(association.Id, new ObjectMappingsRequest(interventions
            .Select((i, n) => new ObjectMappingRequest(ActualsRules.ProjectDimension, EconomyDemoBooks.Project(n), i.Id)).ToList()), ct));

        // Equity brought forward: about a fifth of the year's member contributions, in whole kronor.
        var contributions = Sek.Sum(budget.Lines.Where(l => l.Category == BudgetCategory.MemberContribution).Select(l => l.Amount));
        var opening = Sek.FromKronor(contributions.Ore / Sek.OrePerKrona / 5);
        var vouchers = EconomyDemoBooks.Vouchers(year, today, budget.Lines, interventions.Select(i => i.Id).ToList(), paid);
        var sie = EconomyDemoBooks.Sie(association.Name, year, today, opening, interventions, vouchers);
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(sie), writable: false);
        var outcome = await books.ImportAsync(association.Id, file, $"Bokföring {year} (demo).se", dryRun: false, acceptUnbalanced: false, ct, SieEncoding.Utf8);
        if (!outcome.Saved)
        {
            throw new InvalidOperationException("Demodata för bokföringen kunde inte läsas in: " + string.Join(" ", outcome.Errors.Select(e => e.ToString())));
        }
    }

    /// <summary>Next year's budget adopted, invoiced in part, and a revision out for consultation.</summary>
    private async Task NextYearAsync(Guid associationId, BudgetDecision decision, int year, CancellationToken ct)
    {
        await AdoptAsync(associationId, decision, year, "Kommunen ställer sig bakom förslaget och vill att förbundet prioriterar insatser för unga vuxna.", ct);
        await InvoiceAsync(associationId, year, ct);
        var revision = Must(await handler.CreateAsync(associationId, new CreateBudgetRequest(year), ct));
        Must(await handler.SendToConsultationAsync(associationId, revision.Id, new ConsultationRequest(SwedishCulture.Today(clock).AddDays(21), revision.Version), ct));
    }

    /// <summary>The year's budget proposed, with made-up costs and interest, consulted on (a member comments when given) and adopted.</summary>
    private async Task AdoptAsync(Guid associationId, BudgetDecision decision, int year, string? comment, CancellationToken ct)
    {
        var created = Must(await handler.CreateAsync(associationId, new CreateBudgetRequest(year), ct));
        var draft = (await handler.GetAsync(associationId, created.Id, null, ct))!;
        var lines = draft.Lines.Select(l => new BudgetLineRequest(l.Category, l.OrganisationId, l.InterventionId, l.Label,
            Costs(l.Category, l.Amount), Costs(l.Category, l.PlanYear1), Costs(l.Category, l.PlanYear2))).ToList();
        if (!lines.Any(l => l.Category == BudgetCategory.OtherIncome))
        {
            lines.Add(new BudgetLineRequest(BudgetCategory.OtherIncome, null, null, "Ränteintäkter", Sek.FromKronor(12_000), Sek.FromKronor(10_000), Sek.FromKronor(10_000)));
        }

        var saved = Must(await handler.SaveLinesAsync(associationId, created.Id, Valid(new BudgetLinesRequest(lines, created.Version)), ct));
        saved = Must(await handler.SendToConsultationAsync(associationId, created.Id, new ConsultationRequest(decision.Date.AddDays(-10), saved.Version), ct));
        var member = draft.Lines.FirstOrDefault(l => l.OrganisationId is not null)?.OrganisationId;
        if (comment is not null && member is { } commenting)
        {
            Must(await handler.CommentAsync(associationId, created.Id, new BudgetCommentRequest(commenting, comment), null, ct));
        }

        Must(await handler.AdoptAsync(associationId, created.Id, new AdoptBudgetRequest(decision.Id, decision.Date, saved.Version), ct));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a <= b ? a : b;

    private async Task InvoiceAsync(Guid associationId, int year, CancellationToken ct)
    {
        var today = SwedishCulture.Today(clock);
        var invoiced = await members.InvoiceYearAsync(associationId, new Members.AnnualInvoicesRequest(year, today.AddDays(-21), today.AddDays(10)), false, ct);
        if (!invoiced.IsSuccess)
        {
            return;
        }

        var ledger = await members.ReadAsync(associationId, year, today, null, ct);
        foreach (var (invoice, index) in ledger.Invoices.OrderBy(i => i.Reference, StringComparer.Ordinal).Take(2).Select((i, n) => (i, n)))
        {
            var amount = index == 0 ? invoice.Amount : new Sek(invoice.Amount.Ore / 2);
            Must(await members.RecordPaymentAsync(associationId, invoice.Id, new Members.MemberPaymentRequest(today.AddDays(-7 + index), amount, invoice.Version), ct));
        }
    }

    /// <summary>Made-up costs where the proposal has none: board 180 000 kr, office 1 450 000 kr, audit 60 000 kr.</summary>
    private static Sek Costs(BudgetCategory category, Sek proposed) => proposed != Sek.Zero ? proposed : category switch
    {
        BudgetCategory.Board => Sek.FromKronor(180_000),
        BudgetCategory.Administration => Sek.FromKronor(1_450_000),
        BudgetCategory.Audit => Sek.FromKronor(60_000),
        _ => proposed,
    };

    private static BudgetLinesRequest Valid(BudgetLinesRequest r)
    {
        var errors = BudgetHandler.Validate(r);
        return errors.IsValid ? r : throw new InvalidOperationException("Demodata för budgeten är ogiltiga: " + string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value)));
    }

    private static T Must<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException("Demodata för budgeten: " + result.Error);
}
