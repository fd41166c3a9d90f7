using Samordna.Web.Features.Governance.Data;

namespace Samordna.Web.Features.Governance.Rules;

/// <summary>What one present person does at a meeting.</summary>
public sealed record ServingAssignment(Guid AppointmentId, AttendanceCapacity Capacity, Guid? Replaces);

/// <summary>
/// Who serves at a meeting (12 § lag (2003:1210), the decided order of ersättare): a present ledamot serves; an
/// absent ledamot is replaced by a present ersättare of the SAME member, the ersättare called in their decided
/// order; other present ersättare attend without serving.
/// </summary>
public static class AttendanceRule
{
    /// <param name="active">The appointments in force on the meeting date.</param>
    /// <param name="present">The appointments whose holders attended.</param>
    public static IReadOnlyList<ServingAssignment> Resolve(IEnumerable<SeatHolding> active, IReadOnlySet<Guid> present)
    {
        var result = new List<ServingAssignment>();
        foreach (var member in active.GroupBy(a => a.OrganisationId))
        {
            var boardMembers = member.Where(a => a.Role == BoardRole.BoardMember)
                .OrderBy(a => a.PersonName, StringComparer.Ordinal).ThenBy(a => a.AppointmentId).ToList();
            var absent = new Queue<SeatHolding>(boardMembers.Where(a => !present.Contains(a.AppointmentId)));
            result.AddRange(boardMembers.Where(a => present.Contains(a.AppointmentId))
                .Select(a => new ServingAssignment(a.AppointmentId, AttendanceCapacity.BoardMember, null)));

            var substitutes = member.Where(a => a.Role == BoardRole.Substitute && present.Contains(a.AppointmentId))
                .OrderBy(a => a.SubstituteOrder ?? int.MaxValue).ThenBy(a => a.PersonName, StringComparer.Ordinal).ThenBy(a => a.AppointmentId);
            foreach (var substitute in substitutes)
            {
                result.Add(absent.TryDequeue(out var replaced)
                    ? new ServingAssignment(substitute.AppointmentId, AttendanceCapacity.ServingSubstitute, replaced.AppointmentId)
                    : new ServingAssignment(substitute.AppointmentId, AttendanceCapacity.NonServingSubstitute, null));
            }
        }

        return result;
    }

    public static int ServingCount(IEnumerable<ServingAssignment> assignments) =>
        assignments.Count(a => a.Capacity is AttendanceCapacity.BoardMember or AttendanceCapacity.ServingSubstitute);
}
