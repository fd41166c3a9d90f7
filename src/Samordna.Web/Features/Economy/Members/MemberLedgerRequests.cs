namespace Samordna.Web.Features.Economy.Members;

/// <summary>An invoice to a member: who, for which year, when, how much and its reference.</summary>
public sealed record MemberInvoiceRequest(Guid? OrganisationId, int? Year, DateOnly? InvoiceDate, DateOnly? DueDate, Sek? Amount, string? Reference);

/// <summary>"Fakturera årets avgifter": one invoice per member from the adopted contribution table of the year.</summary>
public sealed record AnnualInvoicesRequest(int? Year, DateOnly? InvoiceDate, DateOnly? DueDate);

/// <summary>A correction of an invoice (its member and year stay): dates, amount and reference, with the version read.</summary>
public sealed record CorrectInvoiceRequest(DateOnly? InvoiceDate, DateOnly? DueDate, Sek? Amount, string? Reference, long? Version);

/// <summary>A payment received against an invoice, with the invoice's version as read.</summary>
public sealed record MemberPaymentRequest(DateOnly? PaidOn, Sek? Amount, long? Version);

/// <summary>Remove a payment entered by mistake (the audit log keeps what it was); the invoice's version read.</summary>
public sealed record ReversePaymentRequest(long? Version);

/// <summary>One invoice the annual invoicing makes (or would make, in a dry run).</summary>
public sealed record ProposedInvoice(Guid OrganisationId, string Member, Sek Amount, string Reference);

/// <summary>What the annual invoicing made (or would make): the invoices, and the members left out because they already have one for the year.</summary>
public sealed record AnnualInvoicesResult(int Year, bool DryRun, IReadOnlyList<ProposedInvoice> Invoices, IReadOnlyList<string> AlreadyInvoiced, Sek Total);

public sealed record MemberPaymentView(Guid Id, DateOnly PaidOn, Sek Amount, string RecordedBy);

public sealed record MemberInvoiceView(
    Guid Id, Guid OrganisationId, string Member, int Year, DateOnly InvoiceDate, DateOnly DueDate, Sek Amount, string Reference,
    Sek Paid, Sek Outstanding, bool Overdue, long Version, IReadOnlyList<MemberPaymentView> Payments);

/// <summary>A member's balance of a year as of a date: due by the adopted table, invoiced and paid by then, and outstanding = invoiced − paid.</summary>
public sealed record MemberBalance(Guid OrganisationId, string Member, Sek? Due, Sek Invoiced, Sek Paid, Sek Outstanding);

/// <summary>The member ledger of a year as of a date.</summary>
public sealed record MemberLedgerView(
    int Year, DateOnly AsOf, bool TableAdopted, IReadOnlyList<MemberBalance> Members, IReadOnlyList<MemberInvoiceView> Invoices,
    Sek Due, Sek Invoiced, Sek Paid, Sek Outstanding);
