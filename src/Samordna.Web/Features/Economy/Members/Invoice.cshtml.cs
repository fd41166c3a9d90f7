using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Economy.Members;

public sealed class PaymentInput
{
    public string? PaidOn { get; set; }

    public string? Amount { get; set; }

    public long? Version { get; set; }
}

public sealed class CorrectionInput
{
    public string? Reference { get; set; }

    public string? InvoiceDate { get; set; }

    public string? DueDate { get; set; }

    public string? Amount { get; set; }

    public long? Version { get; set; }
}

/// <summary>
/// One invoice: its payments, a payment received (more than what is left is refused in Swedish), and a correction of
/// its dates, amount and reference (not below what is paid). Both carry the invoice's version: a stale form is a 409.
/// </summary>
[RequirePermission(EconomyPermissions.ManageMemberLedger)]
public sealed class InvoiceModel(MemberLedgerHandler handler, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PaymentInput Input { get; set; } = new();

    [BindProperty]
    public CorrectionInput Correction { get; set; } = new();

    public Guid AssociationId { get; private set; }

    public MemberInvoiceView Invoice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid invoiceId, CancellationToken ct)
    {
        Input.PaidOn = FormFields.Text(SwedishCulture.Today(clock));
        if (!await LoadAsync(associationId, invoiceId, ct))
        {
            return NotFound();
        }

        Input.Amount = Invoice.Outstanding > Sek.Zero ? FormFields.Field(Invoice.Outstanding) : null;
        Correction.Reference = Invoice.Reference;
        Correction.InvoiceDate = FormFields.Text(Invoice.InvoiceDate);
        Correction.DueDate = FormFields.Text(Invoice.DueDate);
        Correction.Amount = FormFields.Field(Invoice.Amount);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid invoiceId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, invoiceId, ct))
        {
            return NotFound();
        }

        var errors = new ValidationErrors();
        var request = new MemberPaymentRequest(FormFields.Date(errors, "paidOn", "Betalningsdag", Input.PaidOn), FormFields.Money(errors, "amount", "Inbetalt belopp", Input.Amount), Input.Version);
        return await this.SubmitAsync(errors.Merge(MemberLedgerHandler.Validate(request)), () => handler.RecordPaymentAsync(associationId, invoiceId, request, ct),
            _ => ("Inbetalningen är registrerad.", Ledger()), FormFailure.OnFieldOrNotFound) ?? Page();
    }

    public async Task<IActionResult> OnPostCorrectAsync(Guid associationId, Guid invoiceId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, invoiceId, ct))
        {
            return NotFound();
        }

        var errors = new ValidationErrors();
        var request = new CorrectInvoiceRequest(FormFields.Date(errors, "invoiceDate", "Fakturadatum", Correction.InvoiceDate), FormFields.Date(errors, "dueDate", "Förfallodag", Correction.DueDate),
            FormFields.Money(errors, "amount", "Fakturans belopp", Correction.Amount), Correction.Reference, Correction.Version);
        return await this.SubmitAsync(errors.Merge(MemberLedgerHandler.Validate(request)), () => handler.CorrectInvoiceAsync(associationId, invoiceId, request, ct),
            _ => ("Fakturan är rättad.", Ledger()), FormFailure.OnFieldOrNotFound, f => "Correction." + char.ToUpperInvariant(f[0]) + f[1..]) ?? Page();
    }

    /// <summary>Tar bort en inbetalning som registrerats fel (the audit log keeps it).</summary>
    public async Task<IActionResult> OnPostReverseAsync(Guid associationId, Guid invoiceId, Guid paymentId, long? version, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, invoiceId, ct))
        {
            return NotFound();
        }

        return await this.SubmitAsync(new ValidationErrors().VersionRead(version), () => handler.ReversePaymentAsync(associationId, invoiceId, paymentId, new ReversePaymentRequest(version), ct),
            _ => ("Inbetalningen är borttagen. Registrera den igen med rätt belopp och datum.", $"/forbund/{associationId}/ekonomi/medlemsbidrag/{invoiceId}"),
            FormFailure.OnFieldOrNotFound) ?? Page();
    }

    private string Ledger() => $"/forbund/{AssociationId}/ekonomi/medlemsbidrag?ar={Invoice.Year}";

    private async Task<bool> LoadAsync(Guid associationId, Guid invoiceId, CancellationToken ct)
    {
        AssociationId = associationId;
        var invoice = await db.Set<MemberInvoice>().AsNoTracking().Include(i => i.Payments).FirstOrDefaultAsync(i => i.Id == invoiceId && i.AssociationId == associationId, ct);
        if (invoice is null)
        {
            return false;
        }

        var name = await db.Set<Organisation>().AsNoTracking().Where(o => o.Id == invoice.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "Okänd medlem";
        Invoice = MemberLedgerHandler.View(invoice, name, DateOnly.MaxValue);
        Input.Version ??= invoice.Version;
        Correction.Version ??= invoice.Version;
        return true;
    }
}
