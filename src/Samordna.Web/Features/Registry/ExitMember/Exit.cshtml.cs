using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.Rules;
using Samordna.Web.Features.Shared;

namespace Samordna.Web.Features.Registry.ExitMember;

[RequirePermission(RegistryPermissions.Manage)]
public sealed class ExitModel(ExitMemberHandler handler, AppDbContext db, RegisterReader reader, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ExitInput Input { get; set; } = new();

    public Guid AssociationId { get; private set; }

    public Membership? Membership { get; private set; }

    public bool CanLeave { get; private set; }

    /// <summary>The notice period of the charter in force today, in months.</summary>
    public int NoticeMonthsToday { get; private set; }

    public sealed class ExitInput
    {
        public string? NoticeDate { get; set; }

        public string? EffectiveDate { get; set; }

        public string? DecisionDate { get; set; }

        public string? Reference { get; set; }

        public long? Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid membershipId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, membershipId, ct))
        {
            return NotFound();
        }

        Input.Version = Membership!.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid membershipId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, membershipId, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        var parse = new ValidationErrors();
        var request = new ExitMemberRequest(
            FormFields.Date(parse, "noticeDate", "Uppsägningsdatum", Input.NoticeDate),
            FormFields.Date(parse, "effectiveDate", "Utträdet gäller från", Input.EffectiveDate),
            FormFields.Date(parse, "decisionDate", "Beslutsdatum", Input.DecisionDate),
            Input.Reference,
            Input.Version);
        var errors = ExitMemberHandler.Validate(request);
        if (parse.IsValid && errors.IsValid)
        {
            var result = await handler.HandleAsync(associationId, membershipId, request, ct);
            if (result.IsSuccess)
            {
                TempData["Status"] = $"Utträdet är registrerat. Det gäller från {SwedishCulture.Date(result.Value!.EffectiveDate)}; sista dagen som medlem är {SwedishCulture.Date(result.Value.LastDayAsMember)}.";
                return Redirect($"/forbund/{associationId}/medlemmar");
            }

            this.ShowError(result.Error!);
        }

        this.ShowErrors(parse.Merge(errors));
        return Page();
    }

    private async Task<bool> LoadAsync(Guid associationId, Guid membershipId, CancellationToken ct)
    {
        AssociationId = associationId;
        Membership = await db.Set<Membership>().AsNoTracking().Include(m => m.Organisation)
            .FirstOrDefaultAsync(m => m.Id == membershipId && m.AssociationId == associationId, ct);
        if (Membership is null)
        {
            return false;
        }

        CanLeave = ExitNoticeRule.CanLeave(Membership.Organisation!.Kind);
        var periods = await reader.MemberPeriodsAsync(associationId, ct);
        NoticeMonthsToday = ExitNoticeRule.NoticeMonths(await reader.NoticeMonthsOnAsync(associationId, periods, SwedishCulture.Today(clock), ct));
        return true;
    }
}
