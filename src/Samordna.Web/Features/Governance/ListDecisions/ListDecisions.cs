using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.ViewMeeting;

namespace Samordna.Web.Features.Governance.ListDecisions;

public sealed record DecisionRegister(int Year, IReadOnlyList<int> Years, IReadOnlyList<DecisionView> Decisions, IReadOnlyDictionary<Guid, DateOnly?> MinutesApproved);

/// <summary>The board's decisions of one year, by § number: the association's register of decisions.</summary>
public sealed class ListDecisionsHandler(AppDbContext db, GetMeetingHandler meetings)
{
    /// <param name="year">The year to list; null for the latest year with decisions (or <paramref name="fallbackYear"/>).</param>
    public async Task<DecisionRegister> HandleAsync(Guid associationId, int? year, int fallbackYear, CancellationToken ct)
    {
        var years = await db.Set<BoardDecision>().AsNoTracking().Where(d => d.AssociationId == associationId)
            .Select(d => d.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var chosen = year ?? (years.Count > 0 ? years[0] : fallbackYear);
        var decisions = await meetings.DecisionsAsync(db.Set<BoardDecision>().Where(d => d.AssociationId == associationId && d.Year == chosen), null, ct);
        var meetingIds = decisions.Select(d => d.MeetingId).Distinct().ToList();
        var approved = await db.Set<BoardMeeting>().AsNoTracking().Where(m => meetingIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.MinutesApprovedOn, ct);
        return new DecisionRegister(chosen, years, decisions, approved);
    }

    public async Task<DecisionView?> OneAsync(Guid associationId, Guid decisionId, CancellationToken ct)
    {
        var decisions = await meetings.DecisionsAsync(db.Set<BoardDecision>().Where(d => d.Id == decisionId && d.AssociationId == associationId), null, ct);
        return decisions.Count == 0 ? null : decisions[0];
    }
}
