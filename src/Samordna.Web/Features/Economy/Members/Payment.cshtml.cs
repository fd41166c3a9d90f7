using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Economy.Members;

public sealed class PaymentInput
{
    public string? PaidOn { get; set; }

    public string? Amount { get; set; }

    public long? Version { get; set; }
}

/// <summary>A payment received against one invoice; more than what is left on it is refused in Swedish.</summary>
[RequirePermission(EconomyPermissions.ManageMemberLedger)]
public sealed class PaymentModel(MemberLedgerHandler handler, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PaymentInput Input { get; set; } = new();

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
            _ => ("Inbetalningen är registrerad.", $"/forbund/{associationId}/ekonomi/medlemsbidrag?ar={Invoice.Year}"), FormFailure.OnFieldOrNotFound) ?? Page();
    }

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
        return true;
    }
}
