using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions.SubmitReport;

/// <summary>
/// An interim or final report from the field: what was done, participants by sex, results against each goal,
/// lessons, and what becomes permanent work. Saved as a draft, or submitted (then it no longer changes).
/// </summary>
public sealed record ReportRequest(
    string? WhatWasDone,
    int? ParticipantsWomen,
    int? ParticipantsMen,
    string? ResultsAgainstGoals,
    string? Lessons,
    string? BecomesPermanent,
    bool Submit,
    long? Version);

public sealed class SubmitReportHandler(AppDbContext db, TimeProvider clock)
{
    public static ValidationErrors Validate(ReportRequest r)
    {
        var errors = new ValidationErrors();
        errors.VersionRead(r.Version);
        foreach (var (field, label, value) in new[]
        {
            ("whatWasDone", "Vad som gjorts", r.WhatWasDone), ("resultsAgainstGoals", "Resultat mot målen", r.ResultsAgainstGoals),
            ("lessons", "Lärdomar", r.Lessons), ("becomesPermanent", "Vad som blir ordinarie verksamhet", r.BecomesPermanent),
        })
        {
            errors.FreeText(field, label, value, 8000);
            if (r.Submit && field is "whatWasDone" or "resultsAgainstGoals")
            {
                errors.Required(field, label, value);
            }
        }

        errors.Range("participantsWomen", "Antal kvinnor", r.ParticipantsWomen, 0, 100_000);
        errors.Range("participantsMen", "Antal män", r.ParticipantsMen, 0, 100_000);
        if (r.Submit)
        {
            errors.Required("participantsWomen", "Antal kvinnor", r.ParticipantsWomen);
            errors.Required("participantsMen", "Antal män", r.ParticipantsMen);
        }

        return errors;
    }

    public async Task<Result<Saved>> HandleAsync(Guid associationId, Guid interventionId, Guid reportId, ReportRequest r, InterventionActor actor, CancellationToken ct)
    {
        var intervention = await db.Set<Intervention>().AsNoTracking().Include(i => i.Parties)
            .FirstOrDefaultAsync(i => i.Id == interventionId && i.AssociationId == associationId, ct);
        var report = await db.Set<InterventionReport>().FirstOrDefaultAsync(x => x.Id == reportId && x.InterventionId == interventionId && x.AssociationId == associationId, ct);
        if (intervention is null || report is null || !actor.CanSee(intervention))
        {
            return InterventionsErrors.ReportNotFound;
        }

        if (!actor.IsOffice && !actor.Owns(intervention))
        {
            return InterventionsErrors.NotYourOwner.WithMessage("Bara insatsägarens personal eller förbundets kansli kan skriva rapporten.");
        }

        if (report.SubmittedOn is not null)
        {
            return InterventionsErrors.ReportAlreadySubmitted;
        }

        if (intervention.State is not (InterventionState.AgreementSigned or InterventionState.Active or InterventionState.EndedEarly))
        {
            return InterventionsErrors.NotFunded.WithMessage("Rapporter lämnas medan insatsen pågår (eller när den avbrutits i förtid).");
        }

        db.ExpectVersion(report, r.Version!.Value);
        report.WhatWasDone = Clean(r.WhatWasDone);
        report.ParticipantsWomen = r.ParticipantsWomen;
        report.ParticipantsMen = r.ParticipantsMen;
        report.ResultsAgainstGoals = Clean(r.ResultsAgainstGoals);
        report.Lessons = Clean(r.Lessons);
        report.BecomesPermanent = Clean(r.BecomesPermanent);
        if (r.Submit)
        {
            report.SubmittedOn = SwedishCulture.Today(clock);
        }

        await db.SaveChangesAsync(ct);
        return new Saved(report.Id, report.Version);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
