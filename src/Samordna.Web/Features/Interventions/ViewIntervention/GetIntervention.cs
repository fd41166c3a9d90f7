using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Interventions.Rules;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Interventions.ViewIntervention;

public sealed record NamedId(Guid Id, string Name);

public sealed record PlannedYear(int Year, int Women, int Men)
{
    public int Total => Women + Men;
}

public sealed record BudgetLineView(int Year, BudgetLineKind Kind, Sek Amount, Sek? Actual, string? Description);

public sealed record GrantView(int Year, Sek Amount, Guid DecisionId, int DecisionNumber, int DecisionYear, DateOnly DecisionDate);

public sealed record YearAmount(int Year, Sek Amount);

public sealed record PaymentView(Guid Id, DateOnly PlannedOn, Sek Amount, DateOnly? PaidOn, long Version);

public sealed record ReportView(Guid Id, ReportKind Kind, DateOnly DueOn, DateOnly? SubmittedOn, string? WhatWasDone, int? ParticipantsWomen, int? ParticipantsMen, string? ResultsAgainstGoals, string? Lessons, string? BecomesPermanent, long Version);

public sealed record EventView(InterventionMove Move, InterventionState FromState, InterventionState ToState, DateOnly EffectiveDate, DateTime OccurredAt, string UserName, string? Note);

/// <summary>Everything about one intervention that its pages, its API and the board's decision basis show.</summary>
public sealed record InterventionDetails(
    Guid Id,
    Guid AssociationId,
    string Name,
    string Description,
    Orientation Orientation,
    string PreciseOrientation,
    string PreciseOrientationName,
    FollowUpMethod FollowUpMethod,
    bool EsfCoFinanced,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<string> TargetGroupNames,
    NamedId Owner,
    IReadOnlyList<NamedId> Parties,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<string> MunicipalityNames,
    DateOnly StartDate,
    DateOnly EndDate,
    int AgeFrom,
    int AgeTo,
    IReadOnlyList<PlannedYear> PlannedParticipants,
    string ShortTermGoals,
    string LongTermGoals,
    string ExpectedEffects,
    string ImplementationPlan,
    string FollowUpPlan,
    string Risks,
    AccessRoute AccessRoute,
    string PublicContact,
    InterventionState State,
    Guid? TargetMeetingId,
    DateOnly? TargetMeetingDate,
    Recommendation? Recommendation,
    string? PreparationStatement,
    string? ConflictsOfInterest,
    Guid? DecisionId,
    DateOnly? AgreementSignedOn,
    string? EndReason,
    bool Published,
    bool IsDemo,
    long Version,
    IReadOnlyList<BudgetLineView> Budget,
    IReadOnlyList<GrantView> Grants,
    IReadOnlyList<YearAmount> Funding,
    IReadOnlyList<PaymentView> Payments,
    IReadOnlyList<ReportView> Reports,
    IReadOnlyList<EventView> History,
    IReadOnlyList<RuleCheck> Rules,
    IReadOnlyList<InterventionMove> AvailableMoves)
{
    public Sek DecidedTotal => Sek.Sum(Grants.Select(g => g.Amount));

    public Sek FundedByAssociationBudget => Sek.Sum(Budget.Where(b => b.Kind.IsFundedByAssociation()).Select(b => b.Amount));

    public int PlannedTotal => PlannedParticipants.Sum(p => p.Total);

    /// <summary>The association's budgeted money per planned participant, or null for a head-count or participant-less plan.</summary>
    public Sek? CostPerPlannedParticipant => PlannedTotal == 0 ? null : new Sek(FundedByAssociationBudget.Ore / PlannedTotal);
}

public sealed class GetInterventionHandler(AppDbContext db, IOptions<InterventionsOptions> options)
{
    public async Task<InterventionDetails?> HandleAsync(Guid associationId, Guid interventionId, InterventionActor actor, CancellationToken ct)
    {
        var i = await InterventionQueries.LoadAsync(db, associationId, interventionId, ct);
        if (i is null || !actor.CanSee(i))
        {
            return null;
        }

        var o = options.Value;
        var orgIds = i.Parties.Select(p => p.OrganisationId).Append(i.OwnerOrganisationId).Distinct().ToList();
        var orgs = await db.Set<Organisation>().AsNoTracking().Where(x => orgIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var codes = i.Municipalities.Select(m => m.MunicipalityCode).ToList();
        var places = await db.Set<Municipality>().AsNoTracking().Where(m => codes.Contains(m.Code)).OrderBy(m => m.Name).ToListAsync(ct);
        DateOnly? meetingDate = i.TargetMeetingId is { } mid
            ? await db.Set<BoardMeeting>().AsNoTracking().Where(m => m.Id == mid).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(ct)
            : null;
        var budget = await db.Set<InterventionBudgetLine>().AsNoTracking().Where(b => b.InterventionId == i.Id)
            .OrderBy(b => b.Year).ThenBy(b => b.Kind).ToListAsync(ct);
        var grants = await (from g in db.Set<InterventionGrant>().AsNoTracking()
                            join d in db.Set<BoardDecision>().AsNoTracking() on g.DecisionId equals d.Id
                            join m in db.Set<BoardMeeting>().AsNoTracking() on d.MeetingId equals m.Id
                            where g.InterventionId == i.Id
                            orderby g.Year, d.Year, d.Number
                            select new GrantView(g.Year, g.Amount, d.Id, d.Number, d.Year, m.Date)).ToListAsync(ct);
        var funding = await db.Set<InterventionFunding>().AsNoTracking().Where(f => f.InterventionId == i.Id).OrderBy(f => f.Year)
            .Select(f => new YearAmount(f.Year, f.Amount)).ToListAsync(ct);
        var payments = await db.Set<InterventionPayment>().AsNoTracking().Where(p => p.InterventionId == i.Id).OrderBy(p => p.PlannedOn)
            .Select(p => new PaymentView(p.Id, p.PlannedOn, p.Amount, p.PaidOn, p.Version)).ToListAsync(ct);
        var reports = await db.Set<InterventionReport>().AsNoTracking().Where(r => r.InterventionId == i.Id).OrderBy(r => r.DueOn)
            .Select(r => new ReportView(r.Id, r.Kind, r.DueOn, r.SubmittedOn, r.WhatWasDone, r.ParticipantsWomen, r.ParticipantsMen, r.ResultsAgainstGoals, r.Lessons, r.BecomesPermanent, r.Version))
            .ToListAsync(ct);
        var history = (await db.Set<InterventionEvent>().AsNoTracking().Where(e => e.InterventionId == i.Id).ToListAsync(ct))
            .OrderBy(e => e.OccurredAt)
            .Select(e => new EventView(e.Move, e.FromState, e.ToState, e.EffectiveDate, e.OccurredAt, e.UserName, e.Note)).ToList();
        var rules = InterventionRules.Check(await RuleFacts.LoadAsync(db, i, ct), o);
        return new InterventionDetails(
            i.Id, i.AssociationId, i.Name, i.Description, i.Orientation, i.PreciseOrientation, o.OrientationName(i.Orientation, i.PreciseOrientation),
            i.FollowUpMethod, i.EsfCoFinanced,
            i.TargetGroups.Select(t => t.Code).Order().ToList(),
            i.TargetGroups.Select(t => o.TargetGroupName(t.Code)).Order(StringComparer.Create(SwedishCulture.Instance, false)).ToList(),
            new NamedId(i.OwnerOrganisationId, orgs.GetValueOrDefault(i.OwnerOrganisationId, "")),
            i.Parties.Select(p => new NamedId(p.OrganisationId, orgs.GetValueOrDefault(p.OrganisationId, ""))).OrderBy(p => p.Name, StringComparer.Create(SwedishCulture.Instance, false)).ToList(),
            places.Select(p => p.Code).ToList(),
            places.Select(p => p.Name).ToList(),
            i.StartDate, i.EndDate, i.AgeFrom, i.AgeTo,
            i.Years.OrderBy(y => y.Year).Select(y => new PlannedYear(y.Year, y.PlannedWomen, y.PlannedMen)).ToList(),
            i.ShortTermGoals, i.LongTermGoals, i.ExpectedEffects, i.ImplementationPlan, i.FollowUpPlan, i.Risks, i.AccessRoute, i.PublicContact,
            i.State, i.TargetMeetingId, meetingDate, i.Recommendation, i.PreparationStatement, i.ConflictsOfInterest, i.DecisionId, i.AgreementSignedOn,
            i.EndReason, i.Published, i.IsDemo, i.Version,
            budget.Select(b => new BudgetLineView(b.Year, b.Kind, b.Amount, b.Actual, b.Description)).ToList(),
            grants, funding, payments, reports, history, rules,
            InterventionLifecycle.Available(i.State, actor.CapacityOn(i)));
    }
}
