using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.Rules;
using Samordna.Web.Features.Governance.Snapshot;

namespace Samordna.Web.Features.Governance.SaveAppointment;

/// <summary>
/// Appoint a ledamot or ersättare, or change an appointment. Without a term the default is used (the current mandate
/// period, or the coming one once the new councils have taken office). <see cref="Version"/> is required when changing.
/// </summary>
public sealed record AppointmentRequest(
    string? PersonName,
    Guid? OrganisationId,
    Guid? AppointedByOrganisationId,
    BoardRole? Role,
    int? SubstituteOrder,
    EligibilityBasis? Eligibility,
    DateOnly? DecisionDate,
    DateOnly? TermStart,
    DateOnly? TermEnd,
    BoardOffice? Office,
    long? Version);

public sealed class SaveAppointmentHandler(AppDbContext db, BoardSnapshotLoader loader) : IGovernanceSaveHandler<AppointmentRequest>
{
    public static ValidationErrors Validate(AppointmentRequest r, bool isUpdate)
    {
        var errors = new ValidationErrors();
        errors.RequiredText("personName", "Namn", r.PersonName, 200);
        errors.Required("organisationId", "Medlem", r.OrganisationId);
        if (errors.Required("role", "Uppdrag", r.Role) && r.Role == BoardRole.Substitute)
        {
            errors.RequiredRange("substituteOrder", "Ordning för inkallande", r.SubstituteOrder, 1, 50);
        }

        errors.Required("eligibility", "Valbar som", r.Eligibility);
        errors.Required("decisionDate", "Beslutsdatum", r.DecisionDate);
        if (r.TermEnd is not null && r.TermStart is null)
        {
            errors.Add("termStart", "Mandattid från måste anges när mandattid till anges.");
        }

        if (r.Role is { } role && r.Office is { } office && OfficerRule.CheckOffice(role, office) is { } officeError)
        {
            errors.Add("office", officeError);
        }

        return errors.VersionRead(r.Version, isUpdate);
    }

    public Task<Result<Saved>> CreateAsync(Guid associationId, AppointmentRequest r, CancellationToken ct) =>
        GovernanceSave.CreateAsync(db, new BoardAppointment { AssociationId = associationId }, a => ApplyAsync(a, r, ct), ct);

    /// <summary>A stale version surfaces as <see cref="DbUpdateConcurrencyException"/> (409).</summary>
    public Task<Result<Saved>> UpdateAsync(Guid associationId, Guid id, AppointmentRequest r, CancellationToken ct) =>
        GovernanceSave.UpdateAsync<BoardAppointment>(db, associationId, id, GovernanceErrors.AppointmentNotFound, r.Version, a => ApplyAsync(a, r, ct), ct);

    private async Task<Error?> ApplyAsync(BoardAppointment a, AppointmentRequest r, CancellationToken ct)
    {
        var memberId = r.OrganisationId!.Value;
        var appointedBy = r.AppointedByOrganisationId ?? memberId;
        if (BoardCompositionRule.CheckRepresentation(memberId, appointedBy) is { } representation)
        {
            return GovernanceErrors.NotARepresentedMember.WithMessage(representation);
        }

        var calendar = loader.Options.Calendar;
        var decision = r.DecisionDate!.Value;
        var charterAtDecision = await loader.CharterAsync(a.AssociationId, decision, ct);
        var start = r.TermStart ?? TermRule.DefaultTerm(decision, calendar, charterAtDecision.MandatePeriodYears).Start;
        var charter = await loader.CharterAsync(a.AssociationId, start, ct);
        var end = r.TermEnd ?? TermRule.MandatePeriodContaining(start, calendar, charter.MandatePeriodYears).End;
        if (TermRule.Validate(start, end, calendar, charter.MandatePeriodYears) is { } termError)
        {
            return GovernanceErrors.InvalidTerm.WithMessage(termError);
        }

        var member = (await loader.MembersAsync(a.AssociationId, start, ct)).FirstOrDefault(m => m.OrganisationId == memberId);
        if (member is null)
        {
            return GovernanceErrors.NotAMember.WithMessage($"Organisationen är inte medlem i förbundet när mandattiden börjar ({SwedishCulture.Date(start)}).");
        }

        if (EligibilityRule.Check(member.Kind, r.Eligibility!.Value) is { } eligibility)
        {
            return GovernanceErrors.Ineligible.WithMessage(eligibility);
        }

        var role = r.Role!.Value;
        int? order = role == BoardRole.Substitute ? r.SubstituteOrder : null;
        if (order is { } o && await db.Set<BoardAppointment>().AnyAsync(
                x => x.AssociationId == a.AssociationId && x.Id != a.Id && x.OrganisationId == memberId && x.Role == BoardRole.Substitute
                     && x.SubstituteOrder == o && x.TermStart <= end && x.TermEnd >= start, ct))
        {
            return GovernanceErrors.DuplicateSubstituteOrder.WithMessage(
                $"{member.Name} har redan en ersättare nummer {o} under mandattiden. Varje ersättare har sin egen plats i ordningen för inkallande.");
        }

        a.PersonName = r.PersonName!.Trim();
        a.OrganisationId = memberId;
        a.AppointedByOrganisationId = appointedBy;
        a.Role = role;
        a.SubstituteOrder = order;
        a.Eligibility = r.Eligibility!.Value;
        a.DecisionDate = decision;
        a.TermStart = start;
        a.TermEnd = end;
        a.Office = role == BoardRole.BoardMember ? r.Office ?? BoardOffice.None : BoardOffice.None;
        return null;
    }
}
