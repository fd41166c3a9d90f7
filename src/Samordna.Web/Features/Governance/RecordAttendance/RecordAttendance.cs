using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.Rules;
using Samordna.Web.Features.Governance.Snapshot;

namespace Samordna.Web.Features.Governance.RecordAttendance;

/// <summary>Who attended: the appointments present. Who serves is worked out, not chosen. <see cref="Version"/> is the meeting's.</summary>
public sealed record AttendanceRequest(IReadOnlyList<Guid>? Present, long? Version);

public sealed record AttendanceResult(long Version, int Seats, int Serving, int QuorumMinimum, bool HasQuorum);

public sealed class RecordAttendanceHandler(AppDbContext db, BoardSnapshotLoader loader)
{
    public static ValidationErrors Validate(AttendanceRequest r)
    {
        var errors = new ValidationErrors();
        return errors.VersionRead(r.Version);
    }

    /// <summary>Replaces the meeting's attendance; a stale meeting version surfaces as <see cref="DbUpdateConcurrencyException"/> (409).</summary>
    public async Task<Result<AttendanceResult>> HandleAsync(Guid associationId, Guid meetingId, AttendanceRequest r, CancellationToken ct)
    {
        var meeting = await db.Set<BoardMeeting>().FirstOrDefaultAsync(m => m.Id == meetingId && m.AssociationId == associationId, ct);
        if (meeting is null)
        {
            return GovernanceErrors.MeetingNotFound;
        }

        var snapshot = await loader.LoadAsync(associationId, meeting.Date, ct);
        var active = snapshot.ActiveAppointments.ToList();
        var present = (r.Present ?? []).ToHashSet();
        var unknown = present.Where(id => active.All(a => a.AppointmentId != id)).ToList();
        if (unknown.Count > 0)
        {
            return GovernanceErrors.NotOnBoard;
        }

        var assignments = AttendanceRule.Resolve(active, present);
        var existing = await db.Set<MeetingAttendance>().Where(a => a.MeetingId == meetingId).ToListAsync(ct);
        foreach (var row in existing.Where(row => assignments.All(a => a.AppointmentId != row.AppointmentId)))
        {
            db.Remove(row);
        }

        foreach (var a in assignments)
        {
            var row = existing.FirstOrDefault(e => e.AppointmentId == a.AppointmentId);
            if (row is null)
            {
                db.Add(new MeetingAttendance
                {
                    AssociationId = associationId, MeetingId = meetingId, AppointmentId = a.AppointmentId, Capacity = a.Capacity, ReplacesAppointmentId = a.Replaces,
                });
            }
            else
            {
                row.Capacity = a.Capacity;
                row.ReplacesAppointmentId = a.Replaces;
            }
        }

        // The meeting's version guards the whole attendance list: saving always bumps it, so a stale form gets 409.
        db.ExpectVersion(meeting, r.Version!.Value);
        meeting.AttendanceRecorded = true;
        db.Entry(meeting).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);

        var seats = BoardCompositionRule.TotalSeats(snapshot.Members, snapshot.Seats);
        var serving = AttendanceRule.ServingCount(assignments);
        return new AttendanceResult(meeting.Version, seats, serving, QuorumRule.MinimumServing(seats), QuorumRule.HasQuorum(seats, serving));
    }
}
