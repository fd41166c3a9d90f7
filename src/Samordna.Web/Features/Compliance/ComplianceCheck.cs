namespace Samordna.Web.Features.Compliance;

public enum ComplianceSeverity
{
    /// <summary>The law or the charter is broken on the date.</summary>
    Violation,

    /// <summary>Not broken yet, but will be (a term running out, a pending exit that breaks the composition).</summary>
    Warning,
}

/// <summary>
/// One finding on the compliance panel: which rule, where it comes from (law section or charter), and a plain
/// Swedish explanation of what is wrong and what to do.
/// </summary>
public sealed record ComplianceFinding(
    string RuleCode,
    string RuleSource,
    ComplianceSeverity Severity,
    string Message,
    DateOnly? RelevantDate = null);

/// <summary>
/// A set of rules checked for one association on one date. Each area registers its checks in DI
/// (<c>services.AddScoped&lt;IComplianceCheck, …&gt;()</c>); the compliance panel runs them all.
/// </summary>
public interface IComplianceCheck
{
    /// <summary>Short Swedish name of the rule group, e.g. "Sammansättning" or "Styrelse".</summary>
    string Area { get; }

    Task<IReadOnlyList<ComplianceFinding>> CheckAsync(Guid associationId, DateOnly date, CancellationToken ct);
}
