using Samordna.Web.Features.Registry.AssociationOverview;
using Samordna.Web.Features.Registry.ListEvents;

namespace Samordna.Web.Features.Registry.ListMembers;

/// <summary>The member table of a page: members on a date, with exit links for those who may record one.</summary>
public sealed record MemberTableModel(Guid AssociationId, IReadOnlyList<MemberItem> Members, bool CanManage);

[RequirePermission(RegistryPermissions.View)]
public sealed class IndexModel(GetAssociationHandler handler, ListEventsHandler events, AccessControl access, TimeProvider clock) : AssociationViewPage(access, RegistryPermissions.Manage)
{
    public DateOnly AsOf { get; private set; }

    public MemberTableModel Members { get; private set; } = new(Guid.Empty, [], false);

    public IReadOnlyList<MembershipEventItem> Events { get; private set; } = [];

    public async Task OnGetAsync(Guid associationId, string? asOf, CancellationToken ct)
    {
        await ShowAsync(associationId, ct);
        AsOf = FormFields.AsOf(asOf, SwedishCulture.Today(clock), ModelState);
        Members = new MemberTableModel(associationId, await handler.MembersAsync(associationId, AsOf, ct), CanManage);
        Events = await events.HandleAsync(associationId, AsOf, ct);
    }
}
