using Samordna.Web.Features.Governance.Data;

namespace Samordna.Web.Features.Governance.SaveMeeting;

/// <summary>Record or change a board meeting. <see cref="Version"/> is required when changing.</summary>
public sealed record MeetingRequest(
    DateOnly? Date, string? Place, MeetingKind? Kind, DateOnly? MinutesApprovedOn, long? Version,
    TimeOnly? StartsAt = null, DateOnly? NoticeSentOn = null, string? MinutesCheckers = null);

public sealed class SaveMeetingHandler(AppDbContext db) : IGovernanceSaveHandler<MeetingRequest>
{
    public static ValidationErrors Validate(MeetingRequest r, bool isUpdate)
    {
        var errors = new ValidationErrors();
        errors.Required("date", "Datum", r.Date);
        errors.RequiredText("place", "Plats", r.Place, 200);
        errors.Required("kind", "Slag av sammanträde", r.Kind);
        errors.DateOrder("minutesApprovedOn", "Protokollet justerat", r.Date, r.MinutesApprovedOn, "Sammanträdesdagen");
        errors.DateOrder("date", "Sammanträdesdagen", r.NoticeSentOn, r.Date, "Kallelsen skickades");
        errors.FreeText("minutesCheckers", "Justerare", r.MinutesCheckers, 200);
        if (r.MinutesApprovedOn is not null && string.IsNullOrWhiteSpace(r.MinutesCheckers))
        {
            errors.Add("minutesCheckers", "Ange vem som har justerat protokollet (justerare) när det är justerat.");
        }
        return errors.VersionRead(r.Version, isUpdate);
    }

    public Task<Result<Saved>> CreateAsync(Guid associationId, MeetingRequest r, CancellationToken ct) =>
        GovernanceSave.CreateAsync(db, new BoardMeeting { AssociationId = associationId }, m => Apply(m, r), ct);

    /// <summary>A meeting with numbered decisions keeps its year, since the § numbers run per year.</summary>
    public Task<Result<Saved>> UpdateAsync(Guid associationId, Guid id, MeetingRequest r, CancellationToken ct) =>
        GovernanceSave.UpdateAsync<BoardMeeting>(db, associationId, id, GovernanceErrors.MeetingNotFound, r.Version, async m =>
            r.Date!.Value.Year != m.Date.Year && await db.Set<BoardDecision>().AnyAsync(d => d.MeetingId == id, ct) ? GovernanceErrors.MeetingYearLocked : Apply(m, r),
            ct);

    private static Error? Apply(BoardMeeting m, MeetingRequest r)
    {
        m.Date = r.Date!.Value;
        m.Place = r.Place!.Trim();
        m.Kind = r.Kind!.Value;
        m.MinutesApprovedOn = r.MinutesApprovedOn;
        m.StartsAt = r.StartsAt;
        m.NoticeSentOn = r.NoticeSentOn;
        m.MinutesCheckers = string.IsNullOrWhiteSpace(r.MinutesCheckers) ? null : r.MinutesCheckers.Trim();
        return null;
    }
}
