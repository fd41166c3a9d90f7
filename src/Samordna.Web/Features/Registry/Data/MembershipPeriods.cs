using System.Linq.Expressions;

namespace Samordna.Web.Features.Registry.Data;

/// <summary>
/// The one way to ask which memberships hold on a date or during a period, in a database query. A membership holds
/// from <see cref="Membership.ValidFrom"/> up to and including <see cref="Membership.ValidTo"/> (open when null), as
/// <see cref="Membership.IsActiveOn"/> says for a row in memory.
/// </summary>
public static class MembershipPeriods
{
    public static Expression<Func<Membership, bool>> ActiveOn(DateOnly date) =>
        m => m.ValidFrom <= date && (m.ValidTo == null || m.ValidTo >= date);

    public static Expression<Func<Membership, bool>> ActiveDuring(DateOnly from, DateOnly to) =>
        m => m.ValidFrom <= to && (m.ValidTo == null || m.ValidTo >= from);

    /// <summary>Memberships that have not ended before <paramref name="date"/>: current ones and those that begin later.</summary>
    public static Expression<Func<Membership, bool>> NotEndedBefore(DateOnly date) =>
        m => m.ValidTo == null || m.ValidTo >= date;

    public static IQueryable<Membership> ActiveOn(this IQueryable<Membership> memberships, DateOnly date) => memberships.Where(ActiveOn(date));

    public static IQueryable<Membership> ActiveDuring(this IQueryable<Membership> memberships, DateOnly from, DateOnly to) => memberships.Where(ActiveDuring(from, to));

    public static IQueryable<Membership> NotEndedBefore(this IQueryable<Membership> memberships, DateOnly date) => memberships.Where(NotEndedBefore(date));
}
