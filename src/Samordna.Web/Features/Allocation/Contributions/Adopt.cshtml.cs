namespace Samordna.Web.Features.Allocation.Contributions;

[RequirePermission(AllocationPermissions.ManageContributions)]
public sealed class AdoptModel(AdoptContributionsHandler handler, ContributionBuilder builder, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Note { get; set; }

    public Guid AssociationId { get; private set; }

    public int Year { get; private set; }

    public ContributionPreview? Preview { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(Guid associationId, string? ar, CancellationToken ct) => await LoadAsync(associationId, ar, ct);

    public async Task<IActionResult> OnPostAsync(Guid associationId, string? ar, CancellationToken ct)
    {
        await LoadAsync(associationId, ar, ct);
        return await this.SubmitAsync(
            AdoptContributionsHandler.Validate(Year, Note),
            () => handler.HandleAsync(associationId, Year, Note, ct),
            version => ($"Medlemsbidragen för {Year} är fastställda (version {version}).", $"/forbund/{associationId}/medlemsbidrag?ar={Year}"),
            FormFailure.AtTopWithStatus,
            field => field == "note" ? "Note" : string.Empty)
            ?? Page();
    }

    private async Task LoadAsync(Guid associationId, string? ar, CancellationToken ct)
    {
        AssociationId = associationId;
        Year = await IndexModel.DefaultYearAsync(db, ar, clock, ct);
        var preview = await builder.BuildAsync(associationId, Year, ct);
        Preview = preview.Value;
        Problem = preview.Error?.Message;
    }
}
