namespace Samordna.Web.Features.Economy.Data;

/// <summary>Where a budget version stands (23 § lag 2003:1210: adopted by 30 November, after consulting the members).</summary>
public enum BudgetState
{
    /// <summary>Utkast: the office works on it.</summary>
    Draft,

    /// <summary>Samråd: sent to the members, who comment; lines are locked.</summary>
    Consultation,

    /// <summary>Fastställd: adopted by the board with a numbered decision.</summary>
    Adopted,

    /// <summary>Ersatt: an adopted version a later adopted revision replaced.</summary>
    Superseded,
}

/// <summary>What a budget line is: an income or one of the cost categories the guidance uses (finsam.se, Ekonomiadministration).</summary>
public enum BudgetCategory
{
    /// <summary>Medlemsbidrag: one line per member (the state part is FK's).</summary>
    MemberContribution,

    /// <summary>Övriga intäkter (ESF, interest …).</summary>
    OtherIncome,

    /// <summary>Styrelse: fees and meetings.</summary>
    Board,

    /// <summary>Administration (kansli): staff, premises, accounting, IT.</summary>
    Administration,

    /// <summary>Revision.</summary>
    Audit,

    /// <summary>Insatser: one line per intervention.</summary>
    Intervention,
}

/// <summary>
/// One version of an association's budget for a year, with the two plan years after it. Version 1 is the first
/// proposal; a revision of an adopted budget is the next number. At most one version of a year is open (draft or
/// consultation) at a time; the adopted one with the highest number is in force.
/// </summary>
public sealed class Budget : IAssociationOwned, IVersioned, IAudited, IPublicData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public int Year { get; set; }

    public int Number { get; set; }

    public BudgetState State { get; set; }

    /// <summary>The last day the members may comment (set when sent for consultation).</summary>
    public DateOnly? ConsultationUntil { get; set; }

    /// <summary>The board's numbered decision that adopted it.</summary>
    public Guid? DecisionId { get; set; }

    public DateOnly? AdoptedOn { get; set; }

    public DateTime CreatedAt { get; set; }

    public long Version { get; set; }

    public List<BudgetLine> Lines { get; set; } = [];

    public List<BudgetComment> Comments { get; set; } = [];

    public bool IsOpen => State is BudgetState.Draft or BudgetState.Consultation;
}

/// <summary>A line of a budget: the amount for the budget year and for each plan year, in whole öre.</summary>
public sealed class BudgetLine : IAssociationOwned, IAudited, IPublicData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid BudgetId { get; set; }

    public int Position { get; set; }

    public BudgetCategory Category { get; set; }

    /// <summary>The member a contribution line is for.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The intervention an intervention line is for.</summary>
    public Guid? InterventionId { get; set; }

    public string Label { get; set; } = string.Empty;

    public Sek Amount { get; set; }

    public Sek PlanYear1 { get; set; }

    public Sek PlanYear2 { get; set; }

    public bool IsIncome => Category is BudgetCategory.MemberContribution or BudgetCategory.OtherIncome;
}

/// <summary>A member's comment in the consultation (samråd), recorded by its representative or by the office for it.</summary>
public sealed class BudgetComment : IAssociationOwned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid BudgetId { get; set; }

    public Guid OrganisationId { get; set; }

    public string Text { get; set; } = string.Empty;

    public DateTime CommentedAt { get; set; }

    public string CommentedBy { get; set; } = string.Empty;
}
