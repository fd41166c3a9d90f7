using Samordna.Web.Features.Governance.Data;

namespace Samordna.Web.Features.Governance.SaveMeeting;

[RequirePermission(GovernancePermissions.Manage)]
public sealed class EditModel(SaveMeetingHandler handler, AppDbContext db) : MeetingFormPage(handler)
{
    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid meetingId, CancellationToken ct)
    {
        AssociationId = associationId;
        MeetingId = meetingId;
        return await ShowAsync(await db.Set<BoardMeeting>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == meetingId && x.AssociationId == associationId, ct), m => new MeetingInput
        {
            Date = FormFields.Text(m.Date),
            Place = m.Place,
            Kind = m.Kind,
            MinutesApprovedOn = FormFields.Text(m.MinutesApprovedOn),
            StartsAt = FormFields.Text(m.StartsAt),
            NoticeSentOn = FormFields.Text(m.NoticeSentOn),
            MinutesCheckers = m.MinutesCheckers,
            Version = m.Version,
        }, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid meetingId, CancellationToken ct)
    {
        AssociationId = associationId;
        MeetingId = meetingId;
        return await SaveAsync(() => ("Sammanträdet är sparat.", $"/forbund/{associationId}/sammantraden/{meetingId}"), ct);
    }
}
