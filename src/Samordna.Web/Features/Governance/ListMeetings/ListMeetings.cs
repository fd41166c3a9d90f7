using Samordna.Web.Features.Governance.Data;

namespace Samordna.Web.Features.Governance.ListMeetings;

public sealed record MeetingSummary(
    Guid Id,
    DateOnly Date,
    string Place,
    MeetingKind Kind,
    string KindName,
    DateOnly? MinutesApprovedOn,
    bool AttendanceRecorded,
    int AgendaItems,
    int Decisions,
    long Version,
    TimeOnly? StartsAt,
    DateOnly? NoticeSentOn,
    string? MinutesCheckers);

/// <summary>The association's board meetings, latest first.</summary>
public sealed class ListMeetingsHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<MeetingSummary>> HandleAsync(Guid associationId, CancellationToken ct)
    {
        var meetings = await db.Set<BoardMeeting>().AsNoTracking()
            .Where(m => m.AssociationId == associationId)
            .OrderByDescending(m => m.Date)
            .ToListAsync(ct);
        var agenda = await db.Set<AgendaItem>().AsNoTracking()
            .Where(a => a.AssociationId == associationId)
            .GroupBy(a => a.MeetingId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var decisions = await db.Set<BoardDecision>().AsNoTracking()
            .Where(d => d.AssociationId == associationId)
            .GroupBy(d => d.MeetingId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return meetings
            .Select(m => ToSummary(m, agenda.GetValueOrDefault(m.Id), decisions.GetValueOrDefault(m.Id)))
            .ToList();
    }

    public static MeetingSummary ToSummary(BoardMeeting m, int agendaItems, int decisions) =>
        new(m.Id, m.Date, m.Place, m.Kind, GovernanceNames.Of(m.Kind), m.MinutesApprovedOn, m.AttendanceRecorded, agendaItems, decisions, m.Version, m.StartsAt, m.NoticeSentOn, m.MinutesCheckers);
}
