using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Infrastructure.Audit;

namespace Samordna.Web.Features.Economy.Members;

/// <summary>
/// Income from members: invoices of each member's contribution (one per member from the adopted contribution table, or
/// entered by the office), the payments received against them, and per member what is outstanding as of a date
/// (invoiced by then − paid by then). A payment may not make an invoice paid more than its amount.
/// </summary>
public sealed class MemberLedgerHandler(AppDbContext db, TimeProvider clock, IAuditActor actor)
{
    public static ValidationErrors Validate(MemberInvoiceRequest r)
    {
        var errors = new ValidationErrors();
        errors.Required("organisationId", "Medlem", r.OrganisationId);
        errors.RequiredRange("year", "År", r.Year, 2000, 2199);
        errors.Required("invoiceDate", "Fakturadatum", r.InvoiceDate);
        errors.Required("dueDate", "Förfallodag", r.DueDate);
        Plausible(errors, "invoiceDate", "Fakturadatum", r.InvoiceDate);
        Plausible(errors, "dueDate", "Förfallodag", r.DueDate);
        errors.DateOrder("dueDate", "Förfallodag", r.InvoiceDate, r.DueDate, "fakturadatum");
        Amount(errors, "amount", "Fakturans belopp", r.Amount);
        return errors.RequiredText("reference", "Fakturanummer", r.Reference, MemberLedgerRules.MaxReferenceLength);
    }

    public static ValidationErrors Validate(CorrectInvoiceRequest r)
    {
        var errors = new ValidationErrors().VersionRead(r.Version);
        errors.Required("invoiceDate", "Fakturadatum", r.InvoiceDate);
        errors.Required("dueDate", "Förfallodag", r.DueDate);
        Plausible(errors, "invoiceDate", "Fakturadatum", r.InvoiceDate);
        Plausible(errors, "dueDate", "Förfallodag", r.DueDate);
        errors.DateOrder("dueDate", "Förfallodag", r.InvoiceDate, r.DueDate, "fakturadatum");
        Amount(errors, "amount", "Fakturans belopp", r.Amount);
        return errors.RequiredText("reference", "Fakturanummer", r.Reference, MemberLedgerRules.MaxReferenceLength);
    }

    public static ValidationErrors Validate(AnnualInvoicesRequest r)
    {
        var errors = new ValidationErrors();
        errors.RequiredRange("year", "År", r.Year, 2000, 2199);
        errors.Required("invoiceDate", "Fakturadatum", r.InvoiceDate);
        Plausible(errors, "invoiceDate", "Fakturadatum", r.InvoiceDate);
        Plausible(errors, "dueDate", "Förfallodag", r.DueDate);
        errors.DateOrder("dueDate", "Förfallodag", r.InvoiceDate, r.DueDate, "fakturadatum");
        return errors;
    }

    public static ValidationErrors Validate(MemberPaymentRequest r)
    {
        var errors = new ValidationErrors().VersionRead(r.Version);
        errors.Required("paidOn", "Betalningsdag", r.PaidOn);
        Plausible(errors, "paidOn", "Betalningsdag", r.PaidOn);
        Amount(errors, "amount", "Inbetalt belopp", r.Amount);
        return errors;
    }

    /// <summary>A ledger date between the years 2000 and 2199 (the contribution years' span), so a typing error is refused, not stored.</summary>
    private static void Plausible(ValidationErrors errors, string field, string label, DateOnly? date) =>
        errors.Check(date is not { } d || d.Year is >= 2000 and <= 2199, field, $"{label} måste ligga mellan år 2000 och 2199.");

    /// <summary>An amount above zero and at most <see cref="MemberLedgerRules.MaxAmount"/>; anything else is refused in Swedish.</summary>
    private static void Amount(ValidationErrors errors, string field, string label, Sek? amount)
    {
        if (errors.Required(field, label, amount))
        {
            errors.Check(amount!.Value > Sek.Zero && amount.Value <= MemberLedgerRules.MaxAmount, field,
                $"{label} ska vara större än 0 kr och högst {MemberLedgerRules.MaxAmount.Format(SwedishCulture.Instance)}.");
        }
    }

    public async Task<Result<Saved>> CreateInvoiceAsync(Guid associationId, MemberInvoiceRequest r, CancellationToken ct)
    {
        var organisationId = r.OrganisationId!.Value;
        if (!(await MembersAsync(associationId, ct)).Any(m => m.Id == organisationId))
        {
            return EconomyErrors.InvoiceNotAMember;
        }

        var invoice = NewInvoice(associationId, organisationId, r.Year!.Value, r.InvoiceDate!.Value, r.DueDate!.Value, r.Amount!.Value, r.Reference!.Trim());
        db.Add(invoice);
        await db.SaveChangesAsync(ct);
        return new Saved(invoice.Id, invoice.Version);
    }

    /// <summary>
    /// One invoice per member from the adopted contribution table of the year, the amount exactly its line (no
    /// rounding); members that already have an invoice for the year are left out, so running it twice invoices no one twice.
    /// </summary>
    public async Task<Result<AnnualInvoicesResult>> InvoiceYearAsync(Guid associationId, AnnualInvoicesRequest r, bool dryRun, CancellationToken ct)
    {
        var year = r.Year!.Value;
        var table = await MemberLedgerRules.AdoptedTableAsync(db, associationId, year, ct);
        if (table is null)
        {
            return EconomyErrors.NoAdoptedTable;
        }

        var invoiced = (await db.Set<MemberInvoice>().AsNoTracking().Where(i => i.AssociationId == associationId && i.Year == year)
            .Select(i => i.OrganisationId).ToListAsync(ct)).ToHashSet();
        var lines = MemberLedgerRules.MemberLines(table);
        var proposed = lines.Where(l => !invoiced.Contains(l.OrganisationId!.Value) && l.Amount > Sek.Zero)
            .Select(l => new ProposedInvoice(l.OrganisationId!.Value, l.Name, l.Amount, $"{year}-{l.Code}")).ToList();
        var already = lines.Where(l => invoiced.Contains(l.OrganisationId!.Value)).Select(l => l.Name).ToList();
        if (proposed.Count == 0)
        {
            return EconomyErrors.AllInvoiced;
        }

        if (!dryRun)
        {
            var invoiceDate = r.InvoiceDate!.Value;
            var due = r.DueDate ?? invoiceDate.AddDays(MemberLedgerRules.DefaultTermDays);
            foreach (var p in proposed)
            {
                db.Add(NewInvoice(associationId, p.OrganisationId, year, invoiceDate, due, p.Amount, p.Reference));
            }

            await db.SaveChangesAsync(ct);
        }

        return new AnnualInvoicesResult(year, dryRun, proposed, already, Sek.Sum(proposed.Select(p => p.Amount)));
    }

    /// <summary>Corrects an invoice's dates, amount and reference; the amount may not go below what is already paid.</summary>
    public async Task<Result<Saved>> CorrectInvoiceAsync(Guid associationId, Guid invoiceId, CorrectInvoiceRequest r, CancellationToken ct)
    {
        var invoice = await db.Set<MemberInvoice>().Include(i => i.Payments).FirstOrDefaultAsync(i => i.Id == invoiceId && i.AssociationId == associationId, ct);
        if (invoice is null)
        {
            return EconomyErrors.InvoiceNotFound;
        }

        db.ExpectVersion(invoice, r.Version!.Value);
        var paid = Sek.Sum(invoice.Payments.Select(p => p.Amount));
        if (r.Amount!.Value < paid)
        {
            return EconomyErrors.BelowPaid with
            {
                Message = $"Fakturans belopp {r.Amount.Value.Format(SwedishCulture.Instance)} kan inte vara lägre än det som redan är betalt på fakturan ({paid.Format(SwedishCulture.Instance)}).",
            };
        }

        invoice.InvoiceDate = r.InvoiceDate!.Value;
        invoice.DueDate = r.DueDate!.Value;
        invoice.Amount = r.Amount.Value;
        invoice.Reference = r.Reference!.Trim();
        db.Entry(invoice).Property(i => i.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        return new Saved(invoice.Id, invoice.Version);
    }

    /// <summary>A payment against an invoice; refused when it would make the invoice paid more than its amount.</summary>
    public async Task<Result<Saved>> RecordPaymentAsync(Guid associationId, Guid invoiceId, MemberPaymentRequest r, CancellationToken ct)
    {
        var invoice = await db.Set<MemberInvoice>().Include(i => i.Payments).FirstOrDefaultAsync(i => i.Id == invoiceId && i.AssociationId == associationId, ct);
        if (invoice is null)
        {
            return EconomyErrors.InvoiceNotFound;
        }

        // A stale version fails at the save (409), so two payments entered from one reading cannot both pass the check below.
        db.ExpectVersion(invoice, r.Version!.Value);

        var left = invoice.Amount - Sek.Sum(invoice.Payments.Select(p => p.Amount));
        if (left <= Sek.Zero)
        {
            return EconomyErrors.InvoiceAlreadyPaid with { Message = $"Fakturan {invoice.Reference} är redan betald i sin helhet ({invoice.Amount.Format(SwedishCulture.Instance)})." };
        }

        var amount = r.Amount!.Value;
        if (amount > left)
        {
            return EconomyErrors.Overpayment with
            {
                Message = $"Inbetalt belopp {amount.Format(SwedishCulture.Instance)} är större än det som återstår på fakturan {invoice.Reference} ({left.Format(SwedishCulture.Instance)}). Registrera högst det som återstår; en överbetalning hanteras i bokföringen.",
            };
        }

        // Added explicitly: a new row with its key already set would otherwise be taken for an existing one.
        db.Add(new MemberPayment
        {
            AssociationId = associationId, InvoiceId = invoice.Id, PaidOn = r.PaidOn!.Value, Amount = amount,
            RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedBy = actor.Name,
        });

        // The payment changes what is left on the invoice: its version moves on, so a second stale payment gets a 409.
        db.Entry(invoice).Property(i => i.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        return new Saved(invoice.Id, invoice.Version);
    }

    /// <summary>
    /// Removes a payment entered by mistake (a wrong amount or date), so it can be entered again correctly. The audit log
    /// keeps the removed payment's values and who removed it; the invoice's version moves on (a stale reading is a 409).
    /// </summary>
    public async Task<Result<Saved>> ReversePaymentAsync(Guid associationId, Guid invoiceId, Guid paymentId, ReversePaymentRequest r, CancellationToken ct)
    {
        var invoice = await db.Set<MemberInvoice>().Include(i => i.Payments).FirstOrDefaultAsync(i => i.Id == invoiceId && i.AssociationId == associationId, ct);
        var payment = invoice?.Payments.FirstOrDefault(p => p.Id == paymentId);
        if (invoice is null || payment is null)
        {
            return EconomyErrors.InvoiceNotFound;
        }

        db.ExpectVersion(invoice, r.Version!.Value);
        db.Remove(payment);
        db.Entry(invoice).Property(i => i.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        return new Saved(invoice.Id, invoice.Version);
    }

    /// <summary>The ledger of a year as of <paramref name="asOf"/>: per member due, invoiced, paid and outstanding, and every invoice.</summary>
    public async Task<MemberLedgerView> ReadAsync(Guid associationId, int year, DateOnly asOf, IReadOnlySet<Guid>? onlyFor, CancellationToken ct)
    {
        var table = await MemberLedgerRules.AdoptedTableAsync(db, associationId, year, ct);
        var due = table is null ? new Dictionary<Guid, Sek>() : MemberLedgerRules.MemberLines(table).GroupBy(l => l.OrganisationId!.Value).ToDictionary(g => g.Key, g => Sek.Sum(g.Select(l => l.Amount)));
        var invoices = await db.Set<MemberInvoice>().AsNoTracking().Include(i => i.Payments)
            .Where(i => i.AssociationId == associationId && i.Year == year).ToListAsync(ct);
        var members = (await MembersAsync(associationId, ct)).ToList();
        var ids = members.Select(m => m.Id).Concat(due.Keys).Concat(invoices.Select(i => i.OrganisationId)).Distinct().ToList();
        var names = await db.Set<Organisation>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var order = StringComparer.Create(SwedishCulture.Instance, false);

        var views = invoices.Where(i => onlyFor is null || onlyFor.Contains(i.OrganisationId))
            .OrderBy(i => i.InvoiceDate).ThenBy(i => names.GetValueOrDefault(i.OrganisationId, string.Empty), order).ThenBy(i => i.Reference, StringComparer.Ordinal)
            .Select(i => View(i, names.GetValueOrDefault(i.OrganisationId, "Okänd medlem"), asOf)).ToList();
        var balances = ids.Where(id => onlyFor is null || onlyFor.Contains(id))
            .Select(id => Balance(id, names.GetValueOrDefault(id, "Okänd medlem"), due.TryGetValue(id, out var d) ? d : null, invoices.Where(i => i.OrganisationId == id), asOf))
            .OrderBy(b => b.Member, order).ToList();
        return new MemberLedgerView(year, asOf, table is not null, balances, views,
            Sek.Sum(balances.Select(b => b.Due ?? Sek.Zero)), Sek.Sum(balances.Select(b => b.Invoiced)), Sek.Sum(balances.Select(b => b.Paid)), Sek.Sum(balances.Select(b => b.Outstanding)));
    }

    /// <summary>A member's balance as of a date: invoices dated by then, payments made by then; outstanding = invoiced − paid.</summary>
    public static MemberBalance Balance(Guid organisationId, string name, Sek? due, IEnumerable<MemberInvoice> invoices, DateOnly asOf)
    {
        var list = invoices.Where(i => i.InvoiceDate <= asOf).ToList();
        var invoiced = Sek.Sum(list.Select(i => i.Amount));
        var paid = Sek.Sum(list.SelectMany(i => i.Payments).Where(p => p.PaidOn <= asOf).Select(p => p.Amount));
        return new MemberBalance(organisationId, name, due, invoiced, paid, invoiced - paid);
    }

    public static MemberInvoiceView View(MemberInvoice i, string member, DateOnly asOf)
    {
        var paid = Sek.Sum(i.Payments.Where(p => p.PaidOn <= asOf).Select(p => p.Amount));
        var outstanding = i.InvoiceDate <= asOf ? i.Amount - paid : Sek.Zero;
        return new MemberInvoiceView(i.Id, i.OrganisationId, member, i.Year, i.InvoiceDate, i.DueDate, i.Amount, i.Reference, paid, outstanding,
            outstanding > Sek.Zero && i.DueDate < asOf, i.Version,
            i.Payments.OrderBy(p => p.PaidOn).ThenBy(p => p.RecordedAt).Select(p => new MemberPaymentView(p.Id, p.PaidOn, p.Amount, p.RecordedBy)).ToList());
    }

    /// <summary>
    /// The year a page opens on when none is asked for: the latest year invoiced, else the latest year with an adopted
    /// contribution table up to next year, else this year (in the autumn next year's contributions are the news).
    /// </summary>
    public async Task<int> DefaultYearAsync(Guid associationId, DateOnly today, CancellationToken ct)
    {
        var invoiced = await db.Set<MemberInvoice>().AsNoTracking().Where(i => i.AssociationId == associationId).Select(i => (int?)i.Year).MaxAsync(ct);
        if (invoiced is { } year)
        {
            return year;
        }

        var adopted = await db.Set<Allocation.Data.ContributionTable>().AsNoTracking()
            .Where(t => t.AssociationId == associationId && t.Year <= today.Year + 1).Select(t => (int?)t.Year).MaxAsync(ct);
        return adopted ?? today.Year;
    }

    /// <summary>The association's members now, with their names, in Swedish order.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> MembersAsync(Guid associationId, CancellationToken ct) =>
        (await (from m in db.Set<Membership>().AsNoTracking()
                join o in db.Set<Organisation>().AsNoTracking() on m.OrganisationId equals o.Id
                where m.AssociationId == associationId && m.ValidTo == null
                select new { o.Id, o.Name }).ToListAsync(ct))
        .DistinctBy(o => o.Id).OrderBy(o => o.Name, StringComparer.Create(SwedishCulture.Instance, false)).Select(o => (o.Id, o.Name)).ToList();

    private MemberInvoice NewInvoice(Guid associationId, Guid organisationId, int year, DateOnly invoiceDate, DateOnly dueDate, Sek amount, string reference) => new()
    {
        AssociationId = associationId, OrganisationId = organisationId, Year = year, InvoiceDate = invoiceDate, DueDate = dueDate,
        Amount = amount, Reference = reference, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = actor.Name,
    };
}
