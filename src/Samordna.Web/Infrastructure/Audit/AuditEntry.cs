namespace Samordna.Web.Infrastructure.Audit;

/// <summary>Marks an entity whose every change is written to the audit log (money, decisions, membership, board, follow-up).</summary>
public interface IAudited
{
}

/// <summary>
/// An audited row about a participant (a pseudonymous participation record): the log says who changed which row and
/// which fields, never the values, because everyone who reads the log (office, auditors) may see aggregates only.
/// </summary>
public interface IPseudonymousRecord : IAudited
{
}

/// <summary>One change to one audited entity: who, when, what, and the values before and after.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateTime OccurredAt { get; set; }

    public Guid? UserId { get; set; }

    /// <summary>The actor's display name at the time (a user, or "kommandorad: …" for the CLI).</summary>
    public string Actor { get; set; } = string.Empty;

    /// <summary>The association the changed row belongs to, so an association's auditors can read its log.</summary>
    public Guid? AssociationId { get; set; }

    public string EntityType { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    /// <summary>Added, Modified or Deleted.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>JSON object: property name → { "before": …, "after": … }.</summary>
    public string Changes { get; set; } = "{}";
}
