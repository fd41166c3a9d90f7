using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.Rules;

namespace Samordna.Web.Features.Registry.ExitMember;

[RequirePermission(RegistryPermissions.Manage)]
public sealed class ExitModel(ExitMemberHandler handler, AppDbContext db, RegisterReader reader, TimeProvider clock) : FormPage<ExitModel.ExitInput>
{
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

        var parse = new ValidationErrors();
        var request = new ExitMemberRequest(
            FormFields.Date(parse, "noticeDate", "Uppsägningsdatum", Input.NoticeDate),
            FormFields.Date(parse, "effectiveDate", "Utträdet gäller från", Input.EffectiveDate),
            FormFields.Date(parse, "decisionDate", "Beslutsdatum", Input.DecisionDate),
            Input.Reference,
            Input.Version);
        return await this.SubmitAsync(
            parse.Merge(ExitMemberHandler.Validate(request)),
            () => handler.HandleAsync(associationId, membershipId, request, ct),
            exit => ($"Utträdet är registrerat. Det gäller från {SwedishCulture.Date(exit.EffectiveDate)}; sista dagen som medlem är {SwedishCulture.Date(exit.LastDayAsMember)}.",
                $"/forbund/{associationId}/medlemmar"))
            ?? Page();
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
