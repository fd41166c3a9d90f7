namespace Samordna.Web.Features.Economy.Members;

public sealed class InvoiceInput
{
    public Guid? OrganisationId { get; set; }

    public string? InvoiceDate { get; set; }

    public string? DueDate { get; set; }

    public string? Amount { get; set; }

    public string? Reference { get; set; }
}

public sealed class AnnualInput
{
    public string? InvoiceDate { get; set; }

    public string? DueDate { get; set; }
}

/// <summary>
/// The office's member ledger of a year: per member due (the adopted contribution table), invoiced, paid and
/// outstanding as of a date; every invoice with a link to record a payment; "Fakturera årets avgifter" with the
/// proposal shown first; and one invoice entered by hand.
/// </summary>
[RequirePermission(EconomyPermissions.ManageMemberLedger)]
public sealed class LedgerModel(MemberLedgerHandler handler, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InvoiceInput Input { get; set; } = new();

    [BindProperty]
    public AnnualInput Annual { get; set; } = new();

    public Guid AssociationId { get; private set; }

    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public string AsOfText { get; private set; } = string.Empty;

    public MemberLedgerView Ledger { get; private set; } = null!;

    /// <summary>What "Fakturera årets avgifter" would make now, or why it cannot.</summary>
    public AnnualInvoicesResult? Proposal { get; private set; }

    public string? ProposalMissing { get; private set; }

    public IReadOnlyList<SelectListItem> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid associationId, string? ar, string? per, CancellationToken ct)
    {
        var today = SwedishCulture.Today(clock);
        Annual.InvoiceDate = FormFields.Text(today);
        Annual.DueDate = FormFields.Text(today.AddDays(MemberLedgerRules.DefaultTermDays));
        Input.InvoiceDate = Annual.InvoiceDate;
        Input.DueDate = Annual.DueDate;
        await LoadAsync(associationId, ar, per, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAnnualAsync(Guid associationId, string? ar, CancellationToken ct)
    {
        await LoadAsync(associationId, ar, null, ct);
        var errors = new ValidationErrors();
        var request = new AnnualInvoicesRequest(Year, FormFields.Date(errors, "invoiceDate", "Fakturadatum", Annual.InvoiceDate), FormFields.Date(errors, "dueDate", "Förfallodag", Annual.DueDate));
        return await this.SubmitAsync(errors.Merge(MemberLedgerHandler.Validate(request)), () => handler.InvoiceYearAsync(associationId, request, false, ct),
            r => ($"{SwedishCulture.Count(r.Invoices.Count, "faktura", "fakturor")} på sammanlagt {r.Total} är registrerade.", Address(associationId)),
            map: f => f == "year" ? string.Empty : "Annual." + char.ToUpperInvariant(f[0]) + f[1..]) ?? Page();
    }

    public async Task<IActionResult> OnPostInvoiceAsync(Guid associationId, string? ar, CancellationToken ct)
    {
        await LoadAsync(associationId, ar, null, ct);
        var errors = new ValidationErrors();
        var request = new MemberInvoiceRequest(Input.OrganisationId, Year,
            FormFields.Date(errors, "invoiceDate", "Fakturadatum", Input.InvoiceDate), FormFields.Date(errors, "dueDate", "Förfallodag", Input.DueDate),
            FormFields.Money(errors, "amount", "Fakturans belopp", Input.Amount), Input.Reference);
        return await this.SubmitAsync(errors.Merge(MemberLedgerHandler.Validate(request)), () => handler.CreateInvoiceAsync(associationId, request, ct),
            _ => ("Fakturan är registrerad.", Address(associationId)), map: f => f == "year" ? string.Empty : FormErrors.Key(f)) ?? Page();
    }

    private string Address(Guid associationId) => $"/forbund/{associationId}/ekonomi/medlemsbidrag?ar={Year}";

    private async Task LoadAsync(Guid associationId, string? ar, string? per, CancellationToken ct)
    {
        AssociationId = associationId;
        var today = SwedishCulture.Today(clock);
        Year = FormFields.Year(ar) ?? await handler.DefaultYearAsync(associationId, today, ct);
        Years = Enumerable.Range(today.Year - 3, 5).Append(Year).Distinct().OrderDescending().ToList();
        var asOf = FormFields.AsOf(per, today, ModelState, "per");
        AsOfText = FormFields.Text(asOf);
        Ledger = await handler.ReadAsync(associationId, Year, asOf, null, ct);
        var proposal = await handler.InvoiceYearAsync(associationId, new AnnualInvoicesRequest(Year, today, null), true, ct);
        Proposal = proposal.IsSuccess ? proposal.Value : null;
        ProposalMissing = proposal.IsSuccess ? null : proposal.Error!.Message;
        Members = (await handler.MembersAsync(associationId, ct)).Select(m => new SelectListItem(m.Name, m.Id.ToString(), m.Id == Input.OrganisationId)).ToList();
    }
}
