using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.ViewMeeting;

namespace Samordna.Web.Features.Governance.SaveDecision;

[RequirePermission(GovernancePermissions.Manage)]
public sealed class EditModel(SaveDecisionHandler handler, GetMeetingHandler meetings, AppDbContext db) : DecisionFormPage(handler, meetings, db)
{
    public DecisionView Decision { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid decisionId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, decisionId, ct))
        {
            return NotFound();
        }

        var d = Decision;
        Input = new DecisionInput
        {
            AgendaItemId = d.AgendaItemId,
            Number = d.Number,
            Title = d.Title,
            Text = d.Text,
            LinkKind = d.LinkKind,
            LinkedId = d.LinkedId,
            LinkText = d.LinkText,
            VoteKind = d.VoteKind,
            VotesFor = d.VoteKind == VoteKind.Counted ? d.VotesFor : null,
            VotesAgainst = d.VoteKind == VoteKind.Counted ? d.VotesAgainst : null,
            VotesAbstaining = d.VoteKind == VoteKind.Counted ? d.VotesAbstaining : null,
            Votes = d.Votes.Select(v => new VoteInput { AppointmentId = v.AppointmentId, Choice = v.Choice }).ToList(),
            Version = d.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid decisionId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, decisionId, ct))
        {
            return NotFound();
        }

        return await SaveAsync(decisionId, () => ($"Beslutet § {Decision.Number} är sparat.", $"/forbund/{associationId}/sammantraden/{MeetingId}"), ct);
    }

    private async Task<bool> LoadAsync(Guid associationId, Guid decisionId, CancellationToken ct)
    {
        AssociationId = associationId;
        var query = Db.Set<BoardDecision>().Where(d => d.Id == decisionId && d.AssociationId == associationId);
        var decisions = await Meetings.DecisionsAsync(query, null, ct);
        if (decisions.Count == 0)
        {
            return false;
        }

        Decision = decisions[0];
        MeetingId = Decision.MeetingId;
        return await LoadMeetingAsync(ct);
    }
}
