using Samordna.Web.Features.Governance;
using Samordna.Web.Data.Demo;
using Samordna.Web.Features.Economy.Budgets;
using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Governance.Data;

namespace Samordna.Web.Features.Economy;

/// <summary>
/// Each demo association's budget for next year, through the budget's own use case: proposed from the contribution
/// table and the interventions' funding, with made-up board, office and audit costs, consulted on (one member
/// comments), adopted with the autumn meeting's budget decision, and a revision out for consultation. Next year's
/// member contributions are invoiced ("Fakturera årets avgifter") three weeks ago, due in ten days: the first member
/// has paid in full, the second half, the rest not yet.
/// </summary>
public sealed class EconomyDemoData(BudgetHandler handler, Members.MemberLedgerHandler members, TimeProvider clock) : IDemoDataContributor
{
    public int Order => 50;

    public async Task SeedAsync(AppDbContext db, DemoContext context, CancellationToken ct)
    {
        var year = SwedishCulture.Today(clock).Year + 1;
        foreach (var association in context.Associations.Values.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            var decision = await (from d in db.Set<BoardDecision>().AsNoTracking()
                                  join m in db.Set<BoardMeeting>().AsNoTracking() on d.MeetingId equals m.Id
                                  where d.AssociationId == association.Id && d.LinkKind == DecisionLinkKind.Budget
                                  orderby m.Date descending
                                  select new { d.Id, m.Date }).FirstOrDefaultAsync(ct);
            if (decision is null)
            {
                continue;
            }

            var created = Must(await handler.CreateAsync(association.Id, new CreateBudgetRequest(year), ct));
            var draft = (await handler.GetAsync(association.Id, created.Id, null, ct))!;
            var lines = draft.Lines.Select(l => new BudgetLineRequest(l.Category, l.OrganisationId, l.InterventionId, l.Label,
                Costs(l.Category, l.Amount), Costs(l.Category, l.PlanYear1), Costs(l.Category, l.PlanYear2))).ToList();
            lines.Add(new BudgetLineRequest(BudgetCategory.OtherIncome, null, null, "Ränteintäkter", Sek.FromKronor(12_000), Sek.FromKronor(10_000), Sek.FromKronor(10_000)));
            var saved = Must(await handler.SaveLinesAsync(association.Id, created.Id, Valid(new BudgetLinesRequest(lines, created.Version)), ct));
            saved = Must(await handler.SendToConsultationAsync(association.Id, created.Id, new ConsultationRequest(decision.Date.AddDays(-10), saved.Version), ct));
            var member = draft.Lines.FirstOrDefault(l => l.OrganisationId is not null)?.OrganisationId;
            if (member is { } commenting)
            {
                Must(await handler.CommentAsync(association.Id, created.Id,
                    new BudgetCommentRequest(commenting, "Kommunen ställer sig bakom förslaget och vill att förbundet prioriterar insatser för unga vuxna."), null, ct));
            }

            Must(await handler.AdoptAsync(association.Id, created.Id, new AdoptBudgetRequest(decision.Id, decision.Date, saved.Version), ct));
            await InvoiceAsync(association.Id, year, ct);
            var revision = Must(await handler.CreateAsync(association.Id, new CreateBudgetRequest(year), ct));
            Must(await handler.SendToConsultationAsync(association.Id, revision.Id, new ConsultationRequest(SwedishCulture.Today(clock).AddDays(21), revision.Version), ct));
        }
    }

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
