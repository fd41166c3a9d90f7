namespace Samordna.Web.Features.Registry.ListAssociations;

[Authorize]
public sealed class IndexModel(ListAssociationsHandler handler, TimeProvider clock) : PageModel
{
    public DateOnly AsOf { get; private set; }

    public IReadOnlyList<AssociationListItem> Associations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        AsOf = Domain.SwedishCulture.Today(clock);
        Associations = await handler.HandleAsync(AsOf, ct);
    }
}
