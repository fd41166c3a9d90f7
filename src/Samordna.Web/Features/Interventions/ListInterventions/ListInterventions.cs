using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Interventions.ListInterventions;

public sealed record InterventionRow(
    Guid Id,
    string Name,
    InterventionState State,
    Orientation Orientation,
    string Owner,
    DateOnly StartDate,
    DateOnly EndDate,
    DateOnly? TargetMeetingDate,
    bool Published,
    bool IsDemo);

/// <summary>The association's interventions the actor may see, running ones first, optionally in one state.</summary>
public sealed class ListInterventionsHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<InterventionRow>> HandleAsync(Guid associationId, InterventionState? state, InterventionActor actor, CancellationToken ct)
    {
        var query = db.Set<Intervention>().AsNoTracking().Where(i => i.AssociationId == associationId);
        if (state is { } s)
        {
            query = query.Where(i => i.State == s);
        }

        if (!actor.SeesAll)
        {
            var own = actor.OwnOrganisations.ToList();
            query = query.Where(i => own.Contains(i.OwnerOrganisationId) || i.Parties.Any(p => own.Contains(p.OrganisationId)));
        }

        var rows = await (from i in query
                          join o in db.Set<Organisation>().AsNoTracking() on i.OwnerOrganisationId equals o.Id
                          join m in db.Set<BoardMeeting>().AsNoTracking() on i.TargetMeetingId equals m.Id into meetings
                          from m in meetings.DefaultIfEmpty()
                          select new InterventionRow(i.Id, i.Name, i.State, i.Orientation, o.Name, i.StartDate, i.EndDate, m == null ? null : m.Date, i.Published, i.IsDemo))
            .ToListAsync(ct);
        return rows.OrderBy(r => Rank(r.State)).ThenBy(r => r.Name, StringComparer.Create(Domain.SwedishCulture.Instance, false)).ToList();
    }

    /// <summary>Running interventions first, then applications on their way, then the finished ones.</summary>
    private static int Rank(InterventionState state) => state switch
    {
        InterventionState.Active => 0,
        InterventionState.FinalReportSubmitted => 1,
        InterventionState.AgreementSigned => 2,
        InterventionState.Decided => 3,
        InterventionState.OnAgenda => 4,
        InterventionState.Prepared => 5,
        InterventionState.Resubmitted => 6,
        InterventionState.Submitted => 7,
        InterventionState.ComplementRequested => 8,
        InterventionState.Idea => 9,
        _ => 10,
    };
}
