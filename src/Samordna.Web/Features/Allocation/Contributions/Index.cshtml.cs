using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.ViewRun;

namespace Samordna.Web.Features.Allocation.Contributions;

[RequirePermission(AllocationPermissions.ViewContributions)]
public sealed class IndexModel(GetContributionsHandler handler, ExplainAllocationHandler explain, AccessControl access, AppDbContext db, TimeProvider clock) : AssociationViewPage(access, AllocationPermissions.ManageContributions)
{
    public int Year { get; private set; }

    public ContributionsResponse? Contributions { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>Why the state allocation is what it is, in the chair's terms (the same as the national explanation page).</summary>
    public AllocationExplanationView? Explanation { get; private set; }

    public bool CanAdopt { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid associationId, string? ar, int? version, CancellationToken ct)
    {
        await ShowAsync(associationId, ct);
        Year = await DefaultYearAsync(db, ar, clock, ct);
        var result = await handler.HandleAsync(associationId, Year, version, ct);
        if (result.IsSuccess)
        {
            Contributions = result.Value;
            Explanation = await explain.HandleAsync(Contributions!.RunId, associationId, ct);
            var amounts = Contributions.Lines.SelectMany(l => new[] { l.Amount, l.PreviousYearAmount ?? Sek.Zero })
                .Concat(Contributions.PreviousYear?.LinesNotThisYear.Select(l => l.PreviousYearAmount ?? Sek.Zero) ?? []);
            _showOre = amounts.Any(a => !a.IsWholeKronor);
        }
        else if (version is not null)
        {
            return NotFound();
        }
        else
        {
            Problem = result.Error!.Message;
        }

        CanAdopt = Contributions is not null;
        return Page();
    }

    private bool _showOre;

    /// <summary>
    /// Every amount of the table in one format: with öre throughout when any line has öre (a member's share is split in
    /// öre), otherwise whole kronor throughout.
    /// </summary>
    public string Money(Sek? amount) => amount?.Format(SwedishCulture.Instance, alwaysShowOre: _showOre) ?? "–";

    /// <summary>A contribution line's part in words (the page and the audit log).</summary>
    public static string PartName(ContributionLineKind kind) => kind switch
    {
        ContributionLineKind.State => "Staten",
        ContributionLineKind.Region => "Region",
        ContributionLineKind.Municipality => "Kommun",
        ContributionLineKind.MunicipalityAndRegion => "Kommun och region",
        _ => "Enhet inom medlem",
    };

    /// <summary>The year asked for, else next year if it has a decided allocation, else this year.</summary>
    public static async Task<int> DefaultYearAsync(AppDbContext db, string? ar, TimeProvider clock, CancellationToken ct)
    {
        if (FormFields.Year(ar) is { } y and >= 2016)
        {
            return y;
        }

        var next = SwedishCulture.Today(clock).Year + 1;
        return await db.Set<AllocationRun>().AnyAsync(r => r.Year == next && r.Status == AllocationRunStatus.Decided, ct) ? next : next - 1;
    }
}
