using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.SaveAgendaItem;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Interventions.Rules;

namespace Samordna.Web.Features.Interventions.MoveIntervention;

/// <summary>An amount for one calendar year (grants, funding).</summary>
public sealed record YearAmountRequest(int? Year, Sek? Amount);

/// <summary>A planned payment to the owner.</summary>
public sealed record PaymentPlanRequest(DateOnly? PlannedOn, Sek? Amount);

/// <summary>A report the agreement asks for, and when it is due.</summary>
public sealed record ReportDateRequest(ReportKind? Kind, DateOnly? DueOn);

/// <summary>
/// One move of the life cycle. What else it needs depends on the move: a recommendation and statement to prepare,
/// a board meeting to go on the agenda, the numbered decision and the granted amounts to decide, the funded amounts,
/// payment plan and report dates to sign the agreement, a reason to withdraw, reject or end early.
/// </summary>
public sealed record MoveRequest(
    InterventionMove? Move,
    DateOnly? Date,
    string? Note,
    Recommendation? Recommendation,
    string? Statement,
    string? ConflictsOfInterest,
    Guid? MeetingId,
    Guid? DecisionId,
    IReadOnlyList<YearAmountRequest>? Grants,
    IReadOnlyList<YearAmountRequest>? Funding,
    IReadOnlyList<PaymentPlanRequest>? Payments,
    IReadOnlyList<ReportDateRequest>? Reports,
    long? Version);

public sealed class MoveInterventionHandler(
    AppDbContext db, TimeProvider clock, IOptions<InterventionsOptions> options, SaveAgendaItemHandler agenda, GrantCeiling ceiling)
{
    public static ValidationErrors Validate(MoveRequest r)
    {
        var errors = new ValidationErrors();
        errors.Required("move", "Steg", r.Move);
        errors.VersionRead(r.Version);
        errors.FreeText("note", "Kommentar", r.Note, 4000);
        errors.FreeText("statement", "Beredningsgruppens yttrande", r.Statement, 4000);
        errors.FreeText("conflictsOfInterest", "Jäv", r.ConflictsOfInterest, 1000);
        switch (r.Move)
        {
            case InterventionMove.Prepare:
                errors.Required("recommendation", "Rekommendation", r.Recommendation);
                errors.Required("statement", "Beredningsgruppens yttrande", r.Statement);
                break;
            case InterventionMove.PlaceOnAgenda:
                errors.Required("meetingId", "Sammanträde", r.MeetingId);
                break;
            case InterventionMove.Decide:
                errors.Required("decisionId", "Beslut", r.DecisionId);
                YearAmounts(errors, "grants", "Beviljat belopp", r.Grants, required: true);
                break;
            case InterventionMove.Reject:
                errors.Required("decisionId", "Beslut", r.DecisionId);
                break;
            case InterventionMove.SignAgreement:
                YearAmounts(errors, "funding", "Belopp enligt överenskommelsen", r.Funding, required: true);
                Payments(errors, r.Payments);
                Reports(errors, r.Reports);
                break;
            case InterventionMove.Withdraw or InterventionMove.EndEarly:
                errors.Required("note", "Skäl", r.Note);
                break;
        }

        return errors;
    }

    public static void YearAmounts(ValidationErrors errors, string field, string label, IReadOnlyList<YearAmountRequest>? rows, bool required)
    {
        rows ??= [];
        if (required && rows.Count == 0)
        {
            errors.Add(field, $"{label}: ange belopp för minst ett år.");
        }

        if (rows.Count > 20)
        {
            errors.Add(field, $"{label}: högst 20 år.");
            return;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Year is not (>= 1900 and <= 2199))
            {
                errors.Add($"{field}[{i}].year", $"{label} rad {i + 1}: ange ett år.");
            }

            if (rows[i].Amount is not { } a || a < Sek.Zero)
            {
                errors.Add($"{field}[{i}].amount", $"{label} rad {i + 1}: ange ett belopp som inte är negativt.");
            }
            else if (a > Sek.FromKronor(1_000_000_000))
            {
                errors.Add($"{field}[{i}].amount", $"{label} rad {i + 1}: beloppet är orimligt stort.");
            }
        }

        if (rows.Select(r => r.Year).Distinct().Count() != rows.Count)
        {
            errors.Add(field, $"{label}: varje år kan bara anges en gång.");
        }
    }

    private static void Payments(ValidationErrors errors, IReadOnlyList<PaymentPlanRequest>? rows)
    {
        rows ??= [];
        if (rows.Count > 100)
        {
            errors.Add("payments", "Högst 100 utbetalningar kan planeras.");
            return;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            errors.Required($"payments[{i}].plannedOn", $"Utbetalning rad {i + 1}: datum", rows[i].PlannedOn);
            if (rows[i].Amount is not { } a || a <= Sek.Zero || a > Sek.FromKronor(1_000_000_000))
            {
                errors.Add($"payments[{i}].amount", $"Utbetalning rad {i + 1}: ange ett belopp större än noll.");
            }
        }
    }

    private static void Reports(ValidationErrors errors, IReadOnlyList<ReportDateRequest>? rows)
    {
        rows ??= [];
        if (rows.Count > 50)
        {
            errors.Add("reports", "Högst 50 rapporter kan begäras.");
            return;
        }

        if (!rows.Any(r => r.Kind == ReportKind.Final))
        {
            errors.Add("reports", "Överenskommelsen ska ange när slutrapporten ska lämnas.");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            errors.Required($"reports[{i}].kind", $"Rapport rad {i + 1}: slag", rows[i].Kind);
            errors.Required($"reports[{i}].dueOn", $"Rapport rad {i + 1}: datum", rows[i].DueOn);
        }
    }

    public async Task<Result<Saved>> HandleAsync(Guid associationId, Guid interventionId, MoveRequest r, InterventionActor actor, CancellationToken ct)
    {
        var intervention = await InterventionQueries.LoadAsync(db, associationId, interventionId, ct);
        if (intervention is null || !actor.CanSee(intervention))
        {
            return InterventionsErrors.NotFound;
        }

        var move = r.Move!.Value;
        var from = intervention.State;
        var checkedMove = InterventionLifecycle.Check(from, move, actor.CapacityOn(intervention));
        if (!checkedMove.IsSuccess)
        {
            return checkedMove.Error!;
        }

        db.ExpectVersion(intervention, r.Version!.Value);
        var date = r.Date ?? SwedishCulture.Today(clock);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await ApplyAsync(intervention, move, date, r, ct) is { } error)
        {
            return error;
        }

        intervention.State = checkedMove.Value;
        db.Add(new InterventionEvent
        {
            AssociationId = associationId,
            InterventionId = interventionId,
            Move = move,
            FromState = from,
            ToState = checkedMove.Value,
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            EffectiveDate = date,
            UserId = actor.UserId,
            UserName = actor.Name,
            Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim(),
        });
        if (checkedMove.Value != InterventionState.Active)
        {
            // Only a running intervention is in the public catalogue.
            intervention.Published = false;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Saved(intervention.Id, intervention.Version);
    }

    private async Task<Error?> ApplyAsync(Intervention i, InterventionMove move, DateOnly date, MoveRequest r, CancellationToken ct)
    {
        switch (move)
        {
            case InterventionMove.Submit or InterventionMove.Resubmit or InterventionMove.Activate:
                var facts = await RuleFacts.LoadAsync(db, i, ct);
                var blocking = InterventionRules.Blocking(InterventionRules.Check(facts with { State = move == InterventionMove.Activate ? InterventionState.Active : facts.State, AgreementSignedOn = i.AgreementSignedOn }, options.Value));
                if (blocking.Count > 0)
                {
                    return InterventionsErrors.RuleFailed.WithMessage(string.Join(" ", blocking.Select(b => $"{b.Name}: {b.Message}")));
                }

                break;
            case InterventionMove.Prepare:
                i.Recommendation = r.Recommendation;
                i.PreparationStatement = r.Statement!.Trim();
                i.ConflictsOfInterest = string.IsNullOrWhiteSpace(r.ConflictsOfInterest) ? null : r.ConflictsOfInterest.Trim();
                break;
            case InterventionMove.PlaceOnAgenda:
                var meeting = await db.Set<BoardMeeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == r.MeetingId && m.AssociationId == i.AssociationId, ct);
                if (meeting is null)
                {
                    return InterventionsErrors.MeetingNotFound;
                }

                if (meeting.Date < date)
                {
                    return InterventionsErrors.MeetingPassed;
                }

                i.TargetMeetingId = meeting.Id;
                var item = await agenda.CreateAsync(i.AssociationId, meeting.Id, new AgendaItemRequest(null, $"Ansökan om medel: {i.Name}", i.PreparationStatement, null), ct);
                if (!item.IsSuccess)
                {
                    return item.Error;
                }

                break;
            case InterventionMove.Decide or InterventionMove.Reject:
                if (await LinkDecisionAsync(i, r.DecisionId!.Value, ct) is { } decisionError)
                {
                    return decisionError;
                }

                if (move == InterventionMove.Decide)
                {
                    if (r.Grants!.Any(g => g.Year < i.StartDate.Year || g.Year > i.EndDate.Year))
                    {
                        return InterventionsErrors.NotFunded.WithMessage("Beviljade belopp kan bara gälla år inom insatsens period.") with { Kind = ErrorKind.Validation, Field = "grants" };
                    }

                    foreach (var g in r.Grants!)
                    {
                        db.Add(new InterventionGrant { AssociationId = i.AssociationId, InterventionId = i.Id, DecisionId = r.DecisionId!.Value, Year = g.Year!.Value, Amount = g.Amount!.Value });
                    }
                }
                else
                {
                    i.EndReason = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim();
                }

                break;
            case InterventionMove.SignAgreement:
                return await SignAsync(i, date, r, ct);
            case InterventionMove.SubmitFinalReport:
                if (!await db.Set<InterventionReport>().AnyAsync(x => x.InterventionId == i.Id && x.Kind == ReportKind.Final && x.SubmittedOn != null, ct))
                {
                    return InterventionsErrors.FinalReportMissing;
                }

                break;
            case InterventionMove.Withdraw or InterventionMove.EndEarly:
                i.EndReason = r.Note!.Trim();
                break;
        }

        return null;
    }

    /// <summary>The board's numbered decision, linked both ways: the decision names the intervention, the intervention the decision.</summary>
    public async Task<Error?> LinkDecisionAsync(Intervention i, Guid decisionId, CancellationToken ct)
    {
        var decision = await db.Set<BoardDecision>().FirstOrDefaultAsync(d => d.Id == decisionId && d.AssociationId == i.AssociationId, ct);
        if (decision is null)
        {
            return InterventionsErrors.DecisionNotFound;
        }

        if (decision.LinkedId is { } linked && linked != i.Id)
        {
            return InterventionsErrors.DecisionOfOtherIntervention;
        }

        decision.LinkKind = DecisionLinkKind.FundingDecision;
        decision.LinkedId = i.Id;
        decision.LinkText ??= i.Name;
        i.DecisionId ??= decision.Id;
        return null;
    }

    private async Task<Error?> SignAsync(Intervention i, DateOnly date, MoveRequest r, CancellationToken ct)
    {
        var funding = r.Funding!.ToDictionary(f => f.Year!.Value, f => f.Amount!.Value);
        if (await ceiling.CheckFundingAsync(i, funding, ct) is { } above)
        {
            return above;
        }

        var paymentTotal = Sek.Sum((r.Payments ?? []).Select(p => p.Amount!.Value));
        var fundedTotal = Sek.Sum(funding.Values);
        if (paymentTotal > fundedTotal)
        {
            return InterventionsErrors.AboveDecidedAmount.WithMessage(
                $"Utbetalningsplanen ({paymentTotal}) är större än beloppet i överenskommelsen ({fundedTotal}).") with { Field = "payments" };
        }

        foreach (var (year, amount) in funding)
        {
            db.Add(new InterventionFunding { AssociationId = i.AssociationId, InterventionId = i.Id, Year = year, Amount = amount });
        }

        foreach (var p in r.Payments ?? [])
        {
            db.Add(new InterventionPayment { AssociationId = i.AssociationId, InterventionId = i.Id, PlannedOn = p.PlannedOn!.Value, Amount = p.Amount!.Value });
        }

        foreach (var report in r.Reports!)
        {
            db.Add(new InterventionReport { AssociationId = i.AssociationId, InterventionId = i.Id, Kind = report.Kind!.Value, DueOn = report.DueOn!.Value });
        }

        i.AgreementSignedOn = date;
        return null;
    }
}
