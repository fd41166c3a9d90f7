using Samordna.Web.Features.Governance.Data;

namespace Samordna.Web.Features.Governance.SaveMeeting;

public sealed class MeetingInput
{
    public string? Date { get; set; }

    public string? Place { get; set; }

    public MeetingKind? Kind { get; set; }

    public string? StartsAt { get; set; }

    public string? NoticeSentOn { get; set; }

    public string? MinutesCheckers { get; set; }

    public string? MinutesApprovedOn { get; set; }

    public long? Version { get; set; }
}

/// <summary>What the new and edit pages of a meeting share.</summary>
public abstract class MeetingFormPage(SaveMeetingHandler handler) : GovernanceFormPage<MeetingInput>
{
    public IReadOnlyList<SelectListItem> Kinds { get; } = FormFields.Options<MeetingKind>(GovernanceNames.Of);

    public Guid? MeetingId { get; protected set; }

    protected Task<IActionResult> SaveAsync(Func<(string Status, string Address)> saved, CancellationToken ct) =>
        SaveAsync(
            handler,
            MeetingId,
            errors => new MeetingRequest(
                FormFields.Date(errors, "date", "Datum", Input.Date),
                Input.Place,
                Input.Kind,
                FormFields.Date(errors, "minutesApprovedOn", "Protokollet justerat", Input.MinutesApprovedOn),
                Input.Version,
                FormFields.Time(errors, "startsAt", "Klockslag", Input.StartsAt),
                FormFields.Date(errors, "noticeSentOn", "Kallelsen skickades", Input.NoticeSentOn),
                Input.MinutesCheckers),
            saved,
            ct);
}
