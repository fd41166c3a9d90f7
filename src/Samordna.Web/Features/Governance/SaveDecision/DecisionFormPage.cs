using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.ViewMeeting;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Governance.SaveDecision;

public sealed class VoteInput
{
    public Guid AppointmentId { get; set; }

    public VoteChoice? Choice { get; set; }
}

public sealed class DecisionInput
{
    public Guid? AgendaItemId { get; set; }

    public int? Number { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    public DecisionLinkKind? LinkKind { get; set; }

    public Guid? LinkedId { get; set; }

    public string? LinkText { get; set; }

    public VoteKind? VoteKind { get; set; }

    public int? VotesFor { get; set; }

    public int? VotesAgainst { get; set; }

    public int? VotesAbstaining { get; set; }

    public List<VoteInput> Votes { get; set; } = [];

    public long? Version { get; set; }
}

/// <summary>What the new and edit pages of a decision share: the meeting's agenda, its serving ledamöter (for a roll call) and the charter versions.</summary>
public abstract class DecisionFormPage(SaveDecisionHandler handler, GetMeetingHandler meetings, AppDbContext db) : GovernanceFormPage<DecisionInput>
{
    public MeetingDetails Meeting { get; private set; } = null!;

    protected GetMeetingHandler Meetings => meetings;

    protected AppDbContext Db => db;

    public Guid MeetingId { get; protected set; }

    public IReadOnlyList<SelectListItem> AgendaItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CharterVersions { get; private set; } = [];

    public IReadOnlyList<AttendanceView> Voters { get; private set; } = [];

    public IReadOnlyList<SelectListItem> LinkKinds { get; } = FormFields.Options<DecisionLinkKind>(GovernanceNames.Of);

    public IReadOnlyList<SelectListItem> VoteKinds { get; } = FormFields.Options<VoteKind>(GovernanceNames.Of);

    public IReadOnlyList<SelectListItem> Choices { get; } = FormFields.Options<VoteChoice>(GovernanceNames.Of);

    /// <summary>The vote input for each serving person, in the order of <see cref="Voters"/>.</summary>
    public VoteInput VoteOf(Guid appointmentId) =>
        Input.Votes.FirstOrDefault(v => v.AppointmentId == appointmentId) ?? new VoteInput { AppointmentId = appointmentId };

    protected async Task<bool> LoadMeetingAsync(CancellationToken ct)
    {
        var details = await meetings.HandleAsync(AssociationId, MeetingId, ct);
        if (details is null)
        {
            return false;
        }

        Meeting = details;
        await LoadListsAsync(ct);
        return true;
    }

    public override async Task LoadListsAsync(CancellationToken ct)
    {
        Meeting ??= (await meetings.HandleAsync(AssociationId, MeetingId, ct))!;
        AgendaItems = Meeting.Agenda.Select(a => new SelectListItem($"{a.Position}. {a.Title}", a.Id.ToString())).ToList();
        Voters = Meeting.Attendance.Where(a => a.Capacity is AttendanceCapacity.BoardMember or AttendanceCapacity.ServingSubstitute).ToList();
        var charters = await db.Set<CharterVersion>().AsNoTracking().Where(c => c.AssociationId == AssociationId)
            .OrderByDescending(c => c.ValidFrom).Select(c => new { c.Id, c.ValidFrom }).ToListAsync(ct);
        CharterVersions = charters.Select(c => new SelectListItem($"Förbundsordning från {SwedishCulture.Date(c.ValidFrom)}", c.Id.ToString())).ToList();
    }

    protected Task<IActionResult> SaveAsync(Guid? decisionId, Func<(string Status, string Address)> saved, CancellationToken ct) =>
        SaveAsync(
            _ => new DecisionRequest(
                Input.AgendaItemId, Input.Number, Input.Title, Input.Text, Input.LinkKind, Input.LinkKind == DecisionLinkKind.None ? null : Input.LinkedId, Input.LinkText,
                Input.VoteKind, Input.VotesFor, Input.VotesAgainst, Input.VotesAbstaining,
                Input.Votes.Where(v => v.Choice is not null).Select(v => new VoteRequest(v.AppointmentId, v.Choice)).ToList(), Input.Version),
            request => SaveDecisionHandler.Validate(request, decisionId is not null),
            request => decisionId is { } id ? handler.UpdateAsync(AssociationId, id, request, ct) : handler.CreateAsync(AssociationId, MeetingId, request, ct),
            saved,
            ct);
}
