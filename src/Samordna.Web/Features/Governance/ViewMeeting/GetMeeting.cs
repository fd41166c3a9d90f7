using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.ListMeetings;
using Samordna.Web.Features.Governance.Rules;
using Samordna.Web.Features.Governance.Snapshot;

namespace Samordna.Web.Features.Governance.ViewMeeting;

public sealed record AgendaItemView(Guid Id, int Position, string Title, string? Description, long Version);

/// <summary>One board appointment in force on the meeting date, and whether (and how) its holder attended.</summary>
public sealed record AttendanceView(
    Guid AppointmentId,
    string PersonName,
    string MemberName,
    BoardRole Role,
    int? SubstituteOrder,
    bool Present,
    AttendanceCapacity? Capacity,
    string Status,
    string? Replaces);

public sealed record QuorumView(int Seats, int Serving, int Minimum, bool HasQuorum, string Source);

public sealed record VoteView(Guid AppointmentId, string PersonName, VoteChoice Choice, string ChoiceName);

public sealed record DecisionView(
    Guid Id,
    Guid MeetingId,
    DateOnly MeetingDate,
    int Year,
    int Number,
    string Title,
    string Text,
    Guid? AgendaItemId,
    DecisionLinkKind LinkKind,
    string LinkKindName,
    Guid? LinkedId,
    string? LinkText,
    VoteKind VoteKind,
    string VoteKindName,
    int? VotesFor,
    int? VotesAgainst,
    int? VotesAbstaining,
    IReadOnlyList<VoteView> Votes,
    long Version);

public sealed record MeetingDetails(
    MeetingSummary Meeting,
    IReadOnlyList<AgendaItemView> Agenda,
    IReadOnlyList<DecisionView> Decisions,
    IReadOnlyList<AttendanceView> Attendance,
    QuorumView Quorum);

/// <summary>A meeting with its agenda, numbered decisions, attendance and quorum (more than half of the seats).</summary>
public sealed class GetMeetingHandler(AppDbContext db, BoardSnapshotLoader loader)
{
    public async Task<MeetingDetails?> HandleAsync(Guid associationId, Guid meetingId, CancellationToken ct)
    {
        var meeting = await db.Set<BoardMeeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId && m.AssociationId == associationId, ct);
        if (meeting is null)
        {
            return null;
        }

        var agenda = await db.Set<AgendaItem>().AsNoTracking().Where(a => a.MeetingId == meetingId)
            .OrderBy(a => a.Position).ThenBy(a => a.Title)
            .Select(a => new AgendaItemView(a.Id, a.Position, a.Title, a.Description, a.Version))
            .ToListAsync(ct);
        var snapshot = await loader.LoadAsync(associationId, meeting.Date, ct);
        var attendance = await db.Set<MeetingAttendance>().AsNoTracking().Where(a => a.MeetingId == meetingId).ToListAsync(ct);
        var people = snapshot.Appointments.ToDictionary(a => a.AppointmentId);
        var decisions = await DecisionsAsync(db.Set<BoardDecision>().Where(d => d.MeetingId == meetingId), people, ct);
        var rows = AttendanceRows(snapshot, attendance, people);
        var seats = BoardCompositionRule.TotalSeats(snapshot.Members, snapshot.Seats);
        var serving = attendance.Count(a => a.Capacity is AttendanceCapacity.BoardMember or AttendanceCapacity.ServingSubstitute);
        return new MeetingDetails(
            ListMeetingsHandler.ToSummary(meeting, agenda.Count, decisions.Count),
            agenda,
            decisions,
            rows,
            new QuorumView(seats, serving, QuorumRule.MinimumServing(seats), QuorumRule.HasQuorum(seats, serving), QuorumRule.Source));
    }

    /// <summary>Decisions of the query, by year and § number, with roll-call votes named.</summary>
    public async Task<IReadOnlyList<DecisionView>> DecisionsAsync(IQueryable<BoardDecision> query, IReadOnlyDictionary<Guid, SeatHolding>? people, CancellationToken ct)
    {
        var decisions = await query.AsNoTracking().Include(d => d.Votes).ToListAsync(ct);
        var meetingIds = decisions.Select(d => d.MeetingId).Distinct().ToList();
        var dates = await db.Set<BoardMeeting>().AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Date, ct);
        if (people is null)
        {
            var voterIds = decisions.SelectMany(d => d.Votes).Select(v => v.AppointmentId).Distinct().ToList();
            people = await db.Set<BoardAppointment>().AsNoTracking().Where(a => voterIds.Contains(a.Id))
                .ToDictionaryAsync(a => a.Id, a => new SeatHolding(a.Id, a.OrganisationId, a.PersonName, a.Role, a.SubstituteOrder, a.Office, a.TermStart, a.TermEnd), ct);
        }

        return decisions
            .OrderBy(d => d.Year).ThenBy(d => d.Number)
            .Select(d => ToView(d, dates[d.MeetingId], people))
            .ToList();
    }

    private static DecisionView ToView(BoardDecision d, DateOnly meetingDate, IReadOnlyDictionary<Guid, SeatHolding> people) => new(
        d.Id, d.MeetingId, meetingDate, d.Year, d.Number, d.Title, d.Text, d.AgendaItemId, d.LinkKind, GovernanceNames.Of(d.LinkKind), d.LinkedId, d.LinkText,
        d.VoteKind, GovernanceNames.Of(d.VoteKind), d.VotesFor, d.VotesAgainst, d.VotesAbstaining,
        d.Votes
            .Select(v => new VoteView(v.AppointmentId, people.TryGetValue(v.AppointmentId, out var p) ? p.PersonName : "okänd", v.Choice, GovernanceNames.Of(v.Choice)))
            .OrderBy(v => v.PersonName, StringComparer.Create(Domain.SwedishCulture.Instance, false))
            .ToList(),
        d.Version);

    private static List<AttendanceView> AttendanceRows(BoardSnapshot snapshot, List<MeetingAttendance> attendance, Dictionary<Guid, SeatHolding> people)
    {
        var byAppointment = attendance.ToDictionary(a => a.AppointmentId);
        var ids = snapshot.ActiveAppointments.Select(a => a.AppointmentId).Concat(attendance.Select(a => a.AppointmentId)).Distinct();
        var swedish = StringComparer.Create(Domain.SwedishCulture.Instance, false);
        return ids
            .Where(people.ContainsKey)
            .Select(id =>
            {
                var p = people[id];
                var present = byAppointment.TryGetValue(id, out var row);
                var status = present ? GovernanceNames.Of(row!.Capacity) : "Frånvarande";
                var replaces = row?.ReplacesAppointmentId is { } r && people.TryGetValue(r, out var replaced) ? replaced.PersonName : null;
                return new AttendanceView(id, p.PersonName, snapshot.NameOf(p.OrganisationId), p.Role, p.SubstituteOrder, present, row?.Capacity, status, replaces);
            })
            .OrderBy(a => a.MemberName, swedish).ThenBy(a => a.Role).ThenBy(a => a.SubstituteOrder ?? 0).ThenBy(a => a.PersonName, swedish)
            .ToList();
    }
}
