namespace Samordna.Web.Features.Interventions.Data;

/// <summary>The kinds of budget line an application and its follow-up use.</summary>
public enum BudgetLineKind
{
    /// <summary>Personal: staff costs paid by the association's money.</summary>
    Staff,

    /// <summary>Övriga kostnader paid by the association's money.</summary>
    OtherCosts,

    /// <summary>The parties' own co-financing in kind (not the association's money).</summary>
    CoFinancingInKind,

    /// <summary>ESF co-financing (not the association's money).</summary>
    Esf,
}

public static class BudgetLineKinds
{
    /// <summary>Whether a line is paid with the association's money, which the board's decision caps.</summary>
    public static bool IsFundedByAssociation(this BudgetLineKind kind) => kind is BudgetLineKind.Staff or BudgetLineKind.OtherCosts;
}

/// <summary>One line of an intervention's budget for one calendar year, with its outcome once known.</summary>
public sealed class InterventionBudgetLine : InterventionPart, IAudited
{
    public int Year { get; set; }

    public BudgetLineKind Kind { get; set; }

    public Sek Amount { get; set; }

    /// <summary>Utfall: entered by the office (or, later, from the accounts).</summary>
    public Sek? Actual { get; set; }

    public string? Description { get; set; }
}

/// <summary>
/// What the board decided to grant for one calendar year, by one numbered decision. The sum of a year's grants is
/// the ceiling for that year's funded amount; raising it takes another numbered decision.
/// </summary>
public sealed class InterventionGrant : InterventionPart, IAudited, IPublicData
{
    public Guid DecisionId { get; set; }

    public int Year { get; set; }

    public Sek Amount { get; set; }
}

/// <summary>A payment to the owner under the agreement's payment plan: planned, then paid.</summary>
public sealed class InterventionPayment : InterventionPart, IVersioned, IAudited
{
    public DateOnly PlannedOn { get; set; }

    public Sek Amount { get; set; }

    public DateOnly? PaidOn { get; set; }

    public long Version { get; set; }
}

/// <summary>The amount the agreement funds in one calendar year (never above that year's grants).</summary>
public sealed class InterventionFunding : InterventionPart, IAudited
{
    public int Year { get; set; }

    public Sek Amount { get; set; }
}

public enum ReportKind
{
    /// <summary>Delrapport.</summary>
    Interim,

    /// <summary>Slutrapport.</summary>
    Final,
}

/// <summary>
/// An interim or final report from the field, due on a date the agreement sets. Participants are counted by sex
/// only; the text fields are about the intervention and never about a person.
/// </summary>
public sealed class InterventionReport : InterventionPart, IVersioned, IAudited
{
    public ReportKind Kind { get; set; }

    public DateOnly DueOn { get; set; }

    public DateOnly? SubmittedOn { get; set; }

    public string? WhatWasDone { get; set; }

    public int? ParticipantsWomen { get; set; }

    public int? ParticipantsMen { get; set; }

    public string? ResultsAgainstGoals { get; set; }

    public string? Lessons { get; set; }

    /// <summary>What becomes part of the parties' permanent work.</summary>
    public string? BecomesPermanent { get; set; }

    public long Version { get; set; }
}
