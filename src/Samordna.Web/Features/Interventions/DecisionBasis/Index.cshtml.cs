using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Interventions.ViewIntervention;

namespace Samordna.Web.Features.Interventions.DecisionBasis;

/// <summary>Earlier money to the same owner: what the board has granted its other interventions.</summary>
public sealed record EarlierFunding(Guid Id, string Name, InterventionState State, int FirstYear, int LastYear, Sek Granted);

/// <summary>
/// The board's decision basis (beslutsunderlag), printable as it is: budget per cost type and year, planned
/// participants, cost per planned participant, earlier funding of the same owner, the rule checks and the preparatory
/// group's statement (peers-grant-management.md, lesson 1).
/// </summary>
[RequirePermission(InterventionsPermissions.View)]
public sealed class IndexModel(GetInterventionHandler handler, InterventionActors actors, AppDbContext db, TimeProvider clock) : PageModel
{
    public InterventionDetails Intervention { get; private set; } = null!;

    public Guid AssociationId { get; private set; }

    public IReadOnlyList<EarlierFunding> Earlier { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid interventionId, CancellationToken ct)
    {
        AssociationId = associationId;
        Today = SwedishCulture.Today(clock);
        var details = await handler.HandleAsync(associationId, interventionId, await actors.ForAsync(associationId, ct), ct);
        if (details is null)
        {
            return NotFound();
        }

        Intervention = details;
        Years = details.Budget.Select(b => b.Year).Concat(details.PlannedParticipants.Select(p => p.Year)).Distinct().Order().ToList();
        var grants = await (from g in db.Set<InterventionGrant>().AsNoTracking()
                            join i in db.Set<Intervention>().AsNoTracking() on g.InterventionId equals i.Id
                            where i.AssociationId == associationId && i.OwnerOrganisationId == details.Owner.Id && i.Id != interventionId
                            select new { i.Id, i.Name, i.State, g.Year, g.Amount }).ToListAsync(ct);
        Earlier = grants.GroupBy(g => (g.Id, g.Name, g.State))
            .Select(g => new EarlierFunding(g.Key.Id, g.Key.Name, g.Key.State, g.Min(x => x.Year), g.Max(x => x.Year), Sek.Sum(g.Select(x => x.Amount))))
            .OrderByDescending(e => e.LastYear).ToList();
        return Page();
    }

    public Sek BudgetOf(int year, BudgetLineKind kind) =>
        Sek.Sum(Intervention.Budget.Where(b => b.Year == year && b.Kind == kind).Select(b => b.Amount));
}
