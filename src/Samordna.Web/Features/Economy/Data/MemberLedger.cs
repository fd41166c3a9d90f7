namespace Samordna.Web.Features.Economy.Data;

/// <summary>
/// An invoice to a member for its contribution of a year (the adopted contribution table's line, or what the office
/// entered). Money is audit-logged; an edit checks the version read (a payment recorded against it moves the version on).
/// </summary>
public sealed class MemberInvoice : IAssociationOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    /// <summary>The member organisation invoiced.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The contribution year the invoice is for.</summary>
    public int Year { get; set; }

    public DateOnly InvoiceDate { get; set; }

    public DateOnly DueDate { get; set; }

    public Sek Amount { get; set; }

    /// <summary>The invoice number or reference in the accounting system.</summary>
    public string Reference { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public long Version { get; set; }

    public List<MemberPayment> Payments { get; set; } = [];
}

/// <summary>A payment received against a member invoice.</summary>
public sealed class MemberPayment : IAssociationOwned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid InvoiceId { get; set; }

    public DateOnly PaidOn { get; set; }

    public Sek Amount { get; set; }

    public DateTime RecordedAt { get; set; }

    public string RecordedBy { get; set; } = string.Empty;
}
