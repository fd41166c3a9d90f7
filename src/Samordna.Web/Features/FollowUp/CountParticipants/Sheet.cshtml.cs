namespace Samordna.Web.Features.FollowUp.CountParticipants;

/// <summary>The year's figures per intervention as Uppföljning Finsam asks them (participants by sex), ready to copy.</summary>
[RequirePermission(FollowUpPermissions.ViewAggregates)]
public sealed class SheetModel(CountParticipantsHandler handler, FollowUpActors actors, AccessControl access, TimeProvider clock)
    : AssociationViewPage(access, FollowUpPermissions.Count)
{

    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<SheetLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(Guid associationId, string? ar, CancellationToken ct)
    {
        await ShowAsync(associationId, ct);
        var thisYear = clock.GetUtcNow().Year;
        Year = FormFields.Year(ar) ?? thisYear;
        Years = Enumerable.Range(thisYear - 6, 7).Reverse().ToList();
        Lines = await handler.SheetAsync(associationId, Year, await actors.ForAsync(associationId, ct), ct);
    }
}
