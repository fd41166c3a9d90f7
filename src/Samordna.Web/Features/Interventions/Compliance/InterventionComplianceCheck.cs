using Samordna.Web.Features.Compliance;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.SaveDecision;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Interventions.Rules;

namespace Samordna.Web.Features.Interventions.Compliance;

/// <summary>
/// The intervention rules on the compliance panel: every intervention that has been submitted and is not finished
/// is checked; an idea is still being written and is not.
/// </summary>
public sealed class InterventionComplianceCheck(AppDbContext db, IOptions<InterventionsOptions> options) : IComplianceCheck
{
    public string Area => "Insatser";

    public async Task<IReadOnlyList<ComplianceFinding>> CheckAsync(Guid associationId, DateOnly date, CancellationToken ct)
    {
        var interventions = await db.Set<Intervention>().AsNoTracking().Include(i => i.Parties)
            .Where(i => i.AssociationId == associationId && i.State != InterventionState.Idea)
            .ToListAsync(ct);
        interventions = interventions.Where(i => !InterventionLifecycle.IsTerminal(i.State)).ToList();
        var facts = await RuleFacts.LoadAsync(db, interventions, ct);
        var findings = new List<ComplianceFinding>();
        foreach (var i in interventions.OrderBy(i => i.Name, StringComparer.Create(Domain.SwedishCulture.Instance, false)))
        {
            foreach (var check in InterventionRules.Check(facts[i.Id], options.Value).Where(c => !c.Passed))
            {
                findings.Add(new ComplianceFinding(
                    check.Code, check.Source, check.IsWarning ? ComplianceSeverity.Warning : ComplianceSeverity.Violation,
                    $"{i.Name}: {check.Name}. {check.Message}"));
            }
        }

        return findings;
    }
}

/// <summary>A funding decision points at one of the association's interventions.</summary>
public sealed class InterventionLinkTarget(AppDbContext db) : IDecisionLinkTarget
{
    public DecisionLinkKind Kind => DecisionLinkKind.FundingDecision;

    public Error NotFound => new("GOVERNANCE_UNKNOWN_INTERVENTION", "Insatsen finns inte i förbundet.", ErrorKind.Validation, "linkedId");

    public async Task<string?> DescribeAsync(Guid associationId, Guid id, CancellationToken ct) =>
        await db.Set<Intervention>().AsNoTracking().Where(i => i.Id == id && i.AssociationId == associationId).Select(i => i.Name).FirstOrDefaultAsync(ct);
}
