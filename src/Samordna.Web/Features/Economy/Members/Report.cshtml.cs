namespace Samordna.Web.Features.Economy.Members;

/// <summary>
/// One member's report for a year, printable (the site's print stylesheet) and as Excel: what it was due and paid, its
/// share of what was funded, and the interventions serving its area with their protected follow-up. A member's
/// representative sees only the members they represent; the office, the board and the auditors any member.
/// </summary>
[RequirePermission(EconomyPermissions.ViewMemberReport)]
public sealed class ReportModel(MemberReportReader reader, MemberLedgerHandler ledger, AccessControl access, TimeProvider clock) : PageModel
{
    public Guid AssociationId { get; private set; }

    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public string AsOfText { get; private set; } = string.Empty;

    public IReadOnlyList<(Guid Id, string Name)> Members { get; private set; } = [];

    public Guid? MemberId { get; private set; }

    public MemberReport? Report { get; private set; }

    /// <summary>Why there is no report (no member to show, or not the user's member).</summary>
    public string? Missing { get; private set; }

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid? medlem, string? ar, string? per, CancellationToken ct)
    {
        await LoadAsync(associationId, medlem, ar, per, ct);
        return Page();
    }

    /// <summary>The same report as one Excel sheet.</summary>
    public async Task<IActionResult> OnGetExcelAsync(Guid associationId, Guid? medlem, string? ar, string? per, CancellationToken ct)
    {
        await LoadAsync(associationId, medlem, ar, per, ct);
        return Report is { } r ? File(MemberReportExport.Xlsx(r), TabularFile.ContentType(FileKind.Xlsx), MemberReportExport.FileName(r)) : Page();
    }

    private async Task LoadAsync(Guid associationId, Guid? medlem, string? ar, string? per, CancellationToken ct)
    {
        AssociationId = associationId;
        var today = SwedishCulture.Today(clock);
        Year = FormFields.Year(ar) ?? await ledger.DefaultYearAsync(associationId, today, ct);
        Years = Enumerable.Range(today.Year - 3, 5).Append(Year).Distinct().OrderDescending().ToList();
        var asOf = FormFields.AsOf(per, today, ModelState, "per");
        AsOfText = FormFields.Text(asOf);
        CanManage = await access.IsAllowedAsync(EconomyPermissions.ManageMemberLedger, associationId, ct);
        var restriction = await access.MemberRestrictionAsync(associationId, EconomyPermissions.ViewMemberReport, ct);
        Members = (await ledger.MembersAsync(associationId, ct)).Where(m => restriction is null || restriction.Contains(m.Id)).ToList();
        if (medlem is { } asked && restriction is not null && !restriction.Contains(asked))
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            Missing = EconomyErrors.NotYourMemberReport.Message;
            return;
        }

        // Without a member asked for: the first one that pays a contribution of the year (AF's part is paid by FK).
        var paying = medlem is null ? (await ledger.ReadAsync(associationId, Year, asOf, restriction, ct)).Members.Where(m => m.Due > Sek.Zero).Select(m => m.OrganisationId).ToHashSet() : [];
        MemberId = medlem ?? Members.Select(m => (Guid?)m.Id).FirstOrDefault(m => paying.Contains(m!.Value)) ?? (Members.Count > 0 ? Members[0].Id : null);
        if (MemberId is not { } id)
        {
            Missing = restriction is null ? "Förbundet har inga medlemmar." : "Du företräder ingen av förbundets medlemmar.";
            return;
        }

        var report = await reader.ReadAsync(associationId, id, Year, asOf, ct);
        if (report.IsSuccess)
        {
            Report = report.Value;
        }
        else
        {
            Response.StatusCode = report.Error!.StatusCode;
            Missing = report.Error.Message;
        }
    }
}
