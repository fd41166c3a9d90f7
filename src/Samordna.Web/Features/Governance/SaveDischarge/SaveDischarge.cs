using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.Snapshot;

namespace Samordna.Web.Features.Governance.SaveDischarge;

/// <summary>
/// Record a member's decision on discharge for a year, or change it. <see cref="Year"/> and <see cref="OrganisationId"/>
/// are needed when recording and ignored when changing; <see cref="Version"/> is needed when changing.
/// </summary>
public sealed record DischargeRequest(int? Year, Guid? OrganisationId, DischargeOutcome? Outcome, DateOnly? DecidedOn, string? Note, long? Version);

public sealed class SaveDischargeHandler(AppDbContext db, BoardSnapshotLoader loader) : IGovernanceSaveHandler<DischargeRequest>
{
    public static ValidationErrors Validate(DischargeRequest r, bool isUpdate)
    {
        var errors = new ValidationErrors();
        if (!isUpdate)
        {
            errors.RequiredRange("year", "Räkenskapsår", r.Year, 2004, 2100);
            errors.Required("organisationId", "Medlem", r.OrganisationId);
        }
        else
        {
            errors.VersionRead(r.Version);
        }

        errors.Required("outcome", "Beslut", r.Outcome);
        if (r.Outcome is DischargeOutcome.Granted or DischargeOutcome.Refused)
        {
            errors.Required("decidedOn", "Beslutsdatum", r.DecidedOn);
        }
        else if (r.Outcome == DischargeOutcome.Pending && r.DecidedOn is not null)
        {
            errors.Add("decidedOn", "Beslutsdatum anges först när medlemmen har beslutat.");
        }

        errors.FreeText("note", "Anteckning", r.Note, 2000);
        return errors;
    }

    public async Task<Result<Saved>> CreateAsync(Guid associationId, DischargeRequest r, CancellationToken ct)
    {
        var year = r.Year!.Value;
        var members = await loader.MembersDuringAsync(associationId, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);
        if (members.All(m => m.OrganisationId != r.OrganisationId))
        {
            return GovernanceErrors.NotAMember.WithMessage($"Organisationen var inte medlem i förbundet under {year}.");
        }

        if (await db.Set<Discharge>().AnyAsync(d => d.AssociationId == associationId && d.Year == year && d.OrganisationId == r.OrganisationId, ct))
        {
            return GovernanceErrors.DuplicateDischarge;
        }

        return await GovernanceSave.CreateAsync(
            db, new Discharge { AssociationId = associationId, Year = year, OrganisationId = r.OrganisationId!.Value }, d => Apply(d, r), ct);
    }

    public Task<Result<Saved>> UpdateAsync(Guid associationId, Guid id, DischargeRequest r, CancellationToken ct) =>
        GovernanceSave.UpdateAsync<Discharge>(db, associationId, id, GovernanceErrors.DischargeNotFound, r.Version, d => Apply(d, r), ct);

    /// <summary>Discharge for a year is decided after the year has ended, once the auditors have reported.</summary>
    private static Error? Apply(Discharge d, DischargeRequest r)
    {
        if (r.DecidedOn is { } decided && decided.Year <= d.Year)
        {
            return GovernanceErrors.DischargeTooEarly.WithMessage(
                $"Ansvarsfrihet för {d.Year} beslutas efter räkenskapsårets slut; beslutsdatum måste vara {d.Year + 1}-01-01 eller senare.");
        }

        d.Outcome = r.Outcome!.Value;
        d.DecidedOn = r.DecidedOn;
        d.Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim();
        return null;
    }
}
