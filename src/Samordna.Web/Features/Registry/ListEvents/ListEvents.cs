using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Registry.ListEvents;

public sealed record MembershipEventItem(
    Guid Id,
    MembershipEventKind Kind,
    string KindName,
    DateOnly EffectiveDate,
    DateOnly? NoticeDate,
    DateOnly? DecisionDate,
    string? Reference,
    string? OrganisationCode,
    string? OrganisationName,
    Guid? CounterpartAssociationId,
    string? CounterpartName,
    Sek? EquitySettled,
    string? Note,
    bool IsPending);

/// <summary>
/// An association's membership events as known on a date: those noticed, decided or in effect by then, newest first.
/// An event that is known but not yet in effect (an exit in its notice period) is pending.
/// </summary>
public sealed class ListEventsHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<MembershipEventItem>> HandleAsync(Guid associationId, DateOnly asOf, CancellationToken ct)
    {
        var rows = await db.Set<MembershipEvent>().AsNoTracking()
            .Where(e => e.AssociationId == associationId)
            .Select(e => new { Event = e, Code = e.Organisation == null ? null : e.Organisation.Code, Name = e.Organisation == null ? null : e.Organisation.Name })
            .ToListAsync(ct);
        return rows
            .Where(r => KnownOn(r.Event) <= asOf)
            .OrderByDescending(r => r.Event.EffectiveDate).ThenByDescending(r => r.Event.Id)
            .Select(r => new MembershipEventItem(
                r.Event.Id, r.Event.Kind, MembershipEvent.SwedishKind(r.Event.Kind), r.Event.EffectiveDate, r.Event.NoticeDate, r.Event.DecisionDate,
                r.Event.Reference, r.Code, r.Name, r.Event.CounterpartAssociationId, r.Event.CounterpartName, r.Event.EquitySettled, r.Event.Note,
                r.Event.EffectiveDate > asOf))
            .ToList();
    }

    /// <summary>The first day the event was a fact: notice, decision or effect, whichever came first.</summary>
    public static DateOnly KnownOn(MembershipEvent e) =>
        new[] { e.NoticeDate, e.DecisionDate, e.EffectiveDate }.Where(d => d is not null).Min()!.Value;
}
