using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.Rules;
using Samordna.Web.Features.Governance.Snapshot;

namespace Samordna.Web.Features.Governance.SaveAuditor;

/// <summary>Record or change an auditor. <see cref="Version"/> is required when changing.</summary>
public sealed record AuditorRequest(
    string? PersonName,
    string? Firm,
    AuditorKind? Kind,
    Guid? AppointedByOrganisationId,
    DateOnly? DecisionDate,
    DateOnly? TermStart,
    DateOnly? TermEnd,
    long? Version);

public sealed class SaveAuditorHandler(AppDbContext db, BoardSnapshotLoader loader) : IGovernanceSaveHandler<AuditorRequest>
{
    public static ValidationErrors Validate(AuditorRequest r, bool isUpdate)
    {
        var errors = new ValidationErrors();
        errors.RequiredText("personName", "Namn", r.PersonName, 200);
        errors.FreeText("firm", "Revisionsbyrå", r.Firm, 200);
        errors.Required("kind", "Slag av revisor", r.Kind);
        errors.Required("appointedByOrganisationId", "Utsedd av", r.AppointedByOrganisationId);
        errors.Required("decisionDate", "Beslutsdatum", r.DecisionDate);
        errors.Required("termStart", "Uppdraget från", r.TermStart);
        errors.DateOrder("termEnd", "Uppdraget till", r.TermStart, r.TermEnd, "Uppdraget från");
        return errors.VersionRead(r.Version, isUpdate);
    }

    public Task<Result<Saved>> CreateAsync(Guid associationId, AuditorRequest r, CancellationToken ct) =>
        GovernanceSave.CreateAsync(db, new Auditor { AssociationId = associationId }, a => ApplyAsync(a, r, ct), ct);

    public Task<Result<Saved>> UpdateAsync(Guid associationId, Guid id, AuditorRequest r, CancellationToken ct) =>
        GovernanceSave.UpdateAsync<Auditor>(db, associationId, id, GovernanceErrors.AuditorNotFound, r.Version, a => ApplyAsync(a, r, ct), ct);

    private async Task<Error?> ApplyAsync(Auditor a, AuditorRequest r, CancellationToken ct)
    {
        var start = r.TermStart!.Value;
        var appointer = (await loader.MembersAsync(a.AssociationId, start, ct)).FirstOrDefault(m => m.OrganisationId == r.AppointedByOrganisationId);
        if (appointer is null)
        {
            return GovernanceErrors.NotAMember.WithMessage($"Den som utser revisorn är inte medlem i förbundet när uppdraget börjar ({Domain.SwedishCulture.Date(start)}).") with { Field = "appointedByOrganisationId" };
        }

        if (AuditorRule.CheckAppointment(r.Kind!.Value, appointer.Kind) is { } message)
        {
            return GovernanceErrors.AuditorAppointer.WithMessage(message);
        }

        a.PersonName = r.PersonName!.Trim();
        a.Firm = string.IsNullOrWhiteSpace(r.Firm) ? null : r.Firm.Trim();
        a.Kind = r.Kind.Value;
        a.AppointedByOrganisationId = appointer.OrganisationId;
        a.DecisionDate = r.DecisionDate!.Value;
        a.TermStart = start;
        a.TermEnd = r.TermEnd;
        return null;
    }
}
