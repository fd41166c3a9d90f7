using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Interventions.MoveIntervention;
using Samordna.Web.Features.Interventions.Rules;

namespace Samordna.Web.Features.Interventions.ManageMoney;

public sealed record BudgetLineRequest(int? Year, BudgetLineKind? Kind, Sek? Amount, Sek? Actual, string? Description);

/// <summary>The whole budget of an intervention (every year's lines), replacing the one before.</summary>
public sealed record BudgetRequest(IReadOnlyList<BudgetLineRequest>? Lines, long? Version);

/// <summary>A further numbered decision granting more money (the only way to raise the ceiling).</summary>
public sealed record GrantRequest(Guid? DecisionId, IReadOnlyList<YearAmountRequest>? Grants, long? Version);

/// <summary>The agreement's amount per year, changed within the ceiling.</summary>
public sealed record FundingRequest(IReadOnlyList<YearAmountRequest>? Funding, long? Version);

/// <summary>A payment to plan, or a planned one to mark as paid.</summary>
public sealed record PaymentRequest(DateOnly? PlannedOn, Sek? Amount, DateOnly? PaidOn, long? Version);

/// <summary>Budget, grants, funding and payments of one intervention (the office's work; the owner writes the application's budget).</summary>
public sealed class ManageMoneyHandler(AppDbContext db, GrantCeiling ceiling)
{
    public const int MaxBudgetLines = 200;

    public static ValidationErrors Validate(BudgetRequest r)
    {
        var errors = new ValidationErrors();
        errors.VersionRead(r.Version);
        var lines = r.Lines ?? [];
        if (lines.Count > MaxBudgetLines)
        {
            return errors.Add("lines", $"Högst {MaxBudgetLines} budgetrader.");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            var row = $"Budgetrad {i + 1}";
            if (l.Year is not (>= 1900 and <= 2199))
            {
                errors.Add($"lines[{i}].year", $"{row}: ange ett år.");
            }

            errors.Required($"lines[{i}].kind", $"{row}: kostnadsslag", l.Kind);
            if (l.Amount is not { } a || a < Sek.Zero || a > Sek.FromKronor(1_000_000_000))
            {
                errors.Add($"lines[{i}].amount", $"{row}: ange en budget från 0 kr upp till 1 000 000 000 kr.");
            }

            if (l.Actual is { } actual && (actual < Sek.Zero || actual > Sek.FromKronor(1_000_000_000)))
            {
                errors.Add($"lines[{i}].actual", $"{row}: utfallet måste vara från 0 kr upp till 1 000 000 000 kr.");
            }

            errors.FreeText($"lines[{i}].description", $"{row}: beskrivning", l.Description, 400);
        }

        return errors;
    }

    public static ValidationErrors Validate(GrantRequest r)
    {
        var errors = new ValidationErrors();
        errors.VersionRead(r.Version);
        errors.Required("decisionId", "Beslut", r.DecisionId);
        MoveInterventionHandler.YearAmounts(errors, "grants", "Beviljat belopp", r.Grants, required: true);
        return errors;
    }

    public static ValidationErrors Validate(FundingRequest r)
    {
        var errors = new ValidationErrors();
        errors.VersionRead(r.Version);
        MoveInterventionHandler.YearAmounts(errors, "funding", "Belopp enligt överenskommelsen", r.Funding, required: true);
        return errors;
    }

    public static ValidationErrors Validate(PaymentRequest r, bool isUpdate)
    {
        var errors = new ValidationErrors();
        errors.VersionRead(r.Version);
        if (!isUpdate)
        {
            errors.Required("plannedOn", "Planerat datum", r.PlannedOn);
            if (r.Amount is not { } a || a <= Sek.Zero || a > Sek.FromKronor(1_000_000_000))
            {
                errors.Add("amount", "Ange ett belopp större än 0 kr och högst 1 000 000 000 kr.");
            }
        }
        else
        {
            errors.Required("paidOn", "Utbetalningsdatum", r.PaidOn);
        }

        return errors;
    }

    public async Task<Result<Saved>> SaveBudgetAsync(Guid associationId, Guid interventionId, BudgetRequest r, InterventionActor actor, CancellationToken ct)
    {
        var (intervention, error) = await LoadForChangeAsync(associationId, interventionId, r.Version, actor, ownerMayWhileApplying: true, ct);
        if (error is not null)
        {
            return error;
        }

        var lines = r.Lines ?? [];
        if (lines.Any(l => l.Year < intervention!.StartDate.Year || l.Year > intervention.EndDate.Year))
        {
            return new Error("INTERVENTION_BUDGET_YEAR", "Budgetrader kan bara gälla år inom insatsens period.", ErrorKind.Validation, "lines");
        }

        var existing = await db.Set<InterventionBudgetLine>().Where(l => l.InterventionId == interventionId).ToListAsync(ct);
        db.RemoveRange(existing);
        foreach (var l in lines)
        {
            db.Add(new InterventionBudgetLine
            {
                AssociationId = associationId,
                InterventionId = interventionId,
                Year = l.Year!.Value,
                Kind = l.Kind!.Value,
                Amount = l.Amount!.Value,
                Actual = l.Actual,
                Description = string.IsNullOrWhiteSpace(l.Description) ? null : l.Description.Trim(),
            });
        }

        return await TouchAndSaveAsync(intervention!, ct);
    }

    public async Task<Result<Saved>> RecordGrantAsync(Guid associationId, Guid interventionId, GrantRequest r, InterventionActor actor, CancellationToken ct)
    {
        var (intervention, error) = await LoadForChangeAsync(associationId, interventionId, r.Version, actor, ownerMayWhileApplying: false, ct);
        if (error is not null)
        {
            return error;
        }

        if (intervention!.State is not (InterventionState.Decided or InterventionState.AgreementSigned or InterventionState.Active))
        {
            return InterventionsErrors.NotFunded.WithMessage("Ett tilläggsbeslut om medel kan bara registreras för en beviljad eller pågående insats.");
        }

        var decision = await db.Set<BoardDecision>().FirstOrDefaultAsync(d => d.Id == r.DecisionId && d.AssociationId == associationId, ct);
        if (decision is null)
        {
            return InterventionsErrors.DecisionNotFound;
        }

        if (decision.LinkedId is { } linked && linked != interventionId)
        {
            return InterventionsErrors.DecisionOfOtherIntervention;
        }

        if (await db.Set<InterventionGrant>().AnyAsync(g => g.InterventionId == interventionId && g.DecisionId == decision.Id, ct))
        {
            return new Error("INTERVENTION_DECISION_USED", "Beslutet är redan registrerat för insatsen. Ett nytt belopp kräver ett nytt numrerat beslut.", ErrorKind.Conflict, "decisionId");
        }

        if (r.Grants!.Any(g => g.Year < intervention.StartDate.Year || g.Year > intervention.EndDate.Year))
        {
            return new Error("INTERVENTION_GRANT_YEAR", "Beviljade belopp kan bara gälla år inom insatsens period.", ErrorKind.Validation, "grants");
        }

        decision.LinkKind = DecisionLinkKind.FundingDecision;
        decision.LinkedId = interventionId;
        decision.LinkText ??= intervention.Name;
        foreach (var g in r.Grants!)
        {
            db.Add(new InterventionGrant { AssociationId = associationId, InterventionId = interventionId, DecisionId = decision.Id, Year = g.Year!.Value, Amount = g.Amount!.Value });
        }

        return await TouchAndSaveAsync(intervention, ct);
    }

    public async Task<Result<Saved>> SaveFundingAsync(Guid associationId, Guid interventionId, FundingRequest r, InterventionActor actor, CancellationToken ct)
    {
        var (intervention, error) = await LoadForChangeAsync(associationId, interventionId, r.Version, actor, ownerMayWhileApplying: false, ct);
        if (error is not null)
        {
            return error;
        }

        if (intervention!.AgreementSignedOn is null)
        {
            return InterventionsErrors.NotFunded.WithMessage("Beloppen per år bestäms när överenskommelsen registreras.");
        }

        var funding = r.Funding!.ToDictionary(f => f.Year!.Value, f => f.Amount!.Value);
        if (await ceiling.CheckFundingAsync(intervention, funding, ct) is { } above)
        {
            return above;
        }

        var existing = await db.Set<InterventionFunding>().Where(f => f.InterventionId == interventionId).ToListAsync(ct);
        foreach (var row in existing.Where(e => !funding.ContainsKey(e.Year)))
        {
            db.Remove(row);
        }

        foreach (var (year, amount) in funding)
        {
            var row = existing.FirstOrDefault(e => e.Year == year);
            if (row is null)
            {
                db.Add(new InterventionFunding { AssociationId = associationId, InterventionId = interventionId, Year = year, Amount = amount });
            }
            else
            {
                row.Amount = amount;
            }
        }

        return await TouchAndSaveAsync(intervention, ct);
    }

    public async Task<Result<Saved>> PlanPaymentAsync(Guid associationId, Guid interventionId, PaymentRequest r, InterventionActor actor, CancellationToken ct)
    {
        var (intervention, error) = await LoadForChangeAsync(associationId, interventionId, r.Version, actor, ownerMayWhileApplying: false, ct);
        if (error is not null)
        {
            return error;
        }

        var planned = await db.Set<InterventionPayment>().Where(p => p.InterventionId == interventionId).Select(p => p.Amount).ToListAsync(ct);
        if (await ceiling.CheckPaymentsAsync(intervention!, Sek.Sum(planned) + r.Amount!.Value, ct) is { } above)
        {
            return above;
        }

        var payment = new InterventionPayment { AssociationId = associationId, InterventionId = interventionId, PlannedOn = r.PlannedOn!.Value, Amount = r.Amount!.Value };
        db.Add(payment);
        await TouchAndSaveAsync(intervention!, ct);
        return new Saved(payment.Id, payment.Version);
    }

    public async Task<Result<Saved>> MarkPaidAsync(Guid associationId, Guid interventionId, Guid paymentId, PaymentRequest r, InterventionActor actor, CancellationToken ct)
    {
        var payment = await db.Set<InterventionPayment>().FirstOrDefaultAsync(p => p.Id == paymentId && p.InterventionId == interventionId && p.AssociationId == associationId, ct);
        var intervention = await db.Set<Intervention>().Include(i => i.Parties).FirstOrDefaultAsync(i => i.Id == interventionId && i.AssociationId == associationId, ct);
        if (payment is null || intervention is null || !actor.CanSee(intervention))
        {
            return InterventionsErrors.PaymentNotFound;
        }

        if (!actor.IsOffice)
        {
            return CommonErrors.Forbidden;
        }

        db.ExpectVersion(payment, r.Version!.Value);
        payment.PaidOn = r.PaidOn;
        await db.SaveChangesAsync(ct);
        return new Saved(payment.Id, payment.Version);
    }

    /// <summary>
    /// Loads the intervention for a change of its money: visible to the actor, the office's (or, while it is an
    /// application, its owner's), not ended, and at the version the actor read.
    /// </summary>
    private async Task<(Intervention? Intervention, Error? Error)> LoadForChangeAsync(
        Guid associationId, Guid interventionId, long? version, InterventionActor actor, bool ownerMayWhileApplying, CancellationToken ct)
    {
        var intervention = await InterventionQueries.LoadAsync(db, associationId, interventionId, ct);
        if (intervention is null || !actor.CanSee(intervention))
        {
            return (null, InterventionsErrors.NotFound);
        }

        var ownerMay = ownerMayWhileApplying && actor.Owns(intervention) && InterventionLifecycle.IsApplication(intervention.State);
        if (!actor.IsOffice && !ownerMay)
        {
            return (null, ownerMayWhileApplying ? InterventionsErrors.NotAnApplication : CommonErrors.Forbidden);
        }

        if (InterventionLifecycle.IsTerminal(intervention.State) && intervention.State != InterventionState.Closed)
        {
            return (null, InterventionsErrors.NotAnApplication.WithMessage("Insatsen är avslutad utan att ha genomförts; dess ekonomi kan inte ändras."));
        }

        db.ExpectVersion(intervention, version!.Value);
        return (intervention, null);
    }

    /// <summary>Every change to an intervention's money moves its version on, so two people editing it get a 409, not a silent overwrite.</summary>
    private async Task<Result<Saved>> TouchAndSaveAsync(Intervention intervention, CancellationToken ct)
    {
        db.Entry(intervention).Property(i => i.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        return new Saved(intervention.Id, intervention.Version);
    }
}
