using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Infrastructure.Audit;

namespace Samordna.Web.Features.Economy.Budgets;

/// <summary>
/// The budget's life: a proposal (drafted from the adopted contribution table and the interventions' funding), sent
/// to the members for consultation, commented on by them, adopted by the board with a numbered decision, and revised
/// as a new version (23 § lag 2003:1210: adopted by 30 November after consulting the members).
/// </summary>
public sealed class BudgetHandler(AppDbContext db, TimeProvider clock, IAuditActor actor)
{
    public static ValidationErrors Validate(CreateBudgetRequest r) =>
        new ValidationErrors().RequiredRange("year", "År", r.Year, 2000, 2199);

    /// <summary>The lines' rules; <paramref name="formRows"/> numbers the rows as the user's form does (a page leaves out blank rows).</summary>
    public static ValidationErrors Validate(BudgetLinesRequest r, IReadOnlyList<int>? formRows = null)
    {
        var errors = new ValidationErrors().VersionRead(r.Version);
        var lines = r.Lines ?? [];
        if (lines.Count > BudgetRules.MaxLines)
        {
            return errors.Add("lines", $"Högst {BudgetRules.MaxLines} budgetrader.");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            var row = $"Budgetrad {(formRows is not null && i < formRows.Count ? formRows[i] : i + 1)}";
            if (l is null)
            {
                errors.Add($"lines[{i}]", $"{row} är tom.");
                continue;
            }

            if (errors.Required($"lines[{i}].category", $"{row}: slag", l.Category) && !Enum.IsDefined(l.Category!.Value))
            {
                errors.Add($"lines[{i}].category", $"{row}: okänt slag.");
            }
            else if (l.Category is not null)
            {
                errors.Check(l.Category != BudgetCategory.MemberContribution || l.OrganisationId is not null, $"lines[{i}].organisationId", $"{row}: välj vilken medlem bidraget gäller.");
                errors.Check(l.Category != BudgetCategory.Intervention || l.InterventionId is not null, $"lines[{i}].interventionId", $"{row}: välj vilken insats raden gäller.");
            }

            errors.RequiredText($"lines[{i}].label", $"{row}: benämning", l.Label, BudgetRules.MaxLabelLength);

            foreach (var (field, label, amount) in new[] { ("amount", "budgetåret", l.Amount), ("planYear1", "planår 1", l.PlanYear1), ("planYear2", "planår 2", l.PlanYear2) })
            {
                errors.Check(amount is { } a && a >= Sek.Zero && a <= BudgetRules.MaxAmount, $"lines[{i}].{field}", $"{row}: ange beloppet för {label}, från 0 kr upp till 1 000 000 000 kr.");
            }
        }

        return errors;
    }

    public static ValidationErrors Validate(ConsultationRequest r)
    {
        var errors = new ValidationErrors().VersionRead(r.Version);
        errors.Required("until", "Sista dag för synpunkter", r.Until);
        return errors;
    }

    public static ValidationErrors Validate(WithdrawRequest r) => new ValidationErrors().VersionRead(r.Version);

    public static ValidationErrors Validate(BudgetCommentRequest r)
    {
        var errors = new ValidationErrors();
        errors.Required("organisationId", "Medlem", r.OrganisationId);
        return errors.RequiredText("text", "Synpunkter", r.Text, BudgetRules.MaxCommentLength);
    }

    public static ValidationErrors Validate(AdoptBudgetRequest r)
    {
        var errors = new ValidationErrors().VersionRead(r.Version);
        errors.Required("decisionId", "Styrelsens beslut", r.DecisionId);
        errors.Required("adoptedOn", "Fastställd den", r.AdoptedOn);
        return errors;
    }

    /// <summary>A new proposal: a revision of the adopted version of the year, or the first one, drafted from what the system knows.</summary>
    public async Task<Result<Saved>> CreateAsync(Guid associationId, CreateBudgetRequest r, CancellationToken ct)
    {
        var year = r.Year!.Value;
        var versions = await db.Set<Budget>().Include(b => b.Lines).Where(b => b.AssociationId == associationId && b.Year == year).ToListAsync(ct);
        if (versions.Any(v => v.IsOpen))
        {
            return EconomyErrors.OpenVersionExists;
        }

        var adopted = versions.Where(v => v.State == BudgetState.Adopted).MaxBy(v => v.Number);
        var budget = new Budget
        {
            AssociationId = associationId,
            Year = year,
            Number = versions.Count == 0 ? 1 : versions.Max(v => v.Number) + 1,
            State = BudgetState.Draft,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var lines = adopted is not null
            ? adopted.Lines.OrderBy(l => l.Position).Select(l => (l.Category, l.OrganisationId, l.InterventionId, l.Label, l.Amount, l.PlanYear1, l.PlanYear2)).ToList()
            : await ProposeAsync(associationId, year, ct);
        budget.Lines = lines.Select((l, i) => new BudgetLine
        {
            AssociationId = associationId, BudgetId = budget.Id, Position = i + 1, Category = l.Category, OrganisationId = l.OrganisationId,
            InterventionId = l.InterventionId, Label = l.Label, Amount = l.Amount, PlanYear1 = l.PlanYear1, PlanYear2 = l.PlanYear2,
        }).ToList();
        db.Add(budget);
        return await SaveAsync(budget, ct);
    }

    public async Task<Result<Saved>> SaveLinesAsync(Guid associationId, Guid budgetId, BudgetLinesRequest r, CancellationToken ct)
    {
        var budget = await db.Set<Budget>().Include(b => b.Lines).FirstOrDefaultAsync(b => b.Id == budgetId && b.AssociationId == associationId, ct);
        if (budget is null)
        {
            return EconomyErrors.BudgetNotFound;
        }

        if (budget.State != BudgetState.Draft)
        {
            return EconomyErrors.NotDraft;
        }

        var lines = r.Lines ?? [];
        var members = await MemberIdsAsync(associationId, ct);
        var interventions = await db.Set<Intervention>().AsNoTracking().Where(i => i.AssociationId == associationId).Select(i => i.Id).ToListAsync(ct);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].OrganisationId is { } org && !members.Contains(org))
            {
                return EconomyErrors.NotAMember with { Field = $"lines[{i}].organisationId", Message = $"Budgetrad {i + 1}: organisationen är inte medlem i förbundet." };
            }

            if (lines[i].InterventionId is { } iid && !interventions.Contains(iid))
            {
                return EconomyErrors.UnknownIntervention with { Field = $"lines[{i}].interventionId", Message = $"Budgetrad {i + 1}: insatsen finns inte i förbundet." };
            }
        }

        db.ExpectVersion(budget, r.Version!.Value);
        db.RemoveRange(budget.Lines);
        budget.Lines = lines.Select((l, i) => new BudgetLine
        {
            AssociationId = associationId, BudgetId = budget.Id, Position = i + 1, Category = l.Category!.Value,
            OrganisationId = l.Category == BudgetCategory.MemberContribution ? l.OrganisationId : null,
            InterventionId = l.Category == BudgetCategory.Intervention ? l.InterventionId : null,
            Label = l.Label!.Trim(), Amount = l.Amount!.Value, PlanYear1 = l.PlanYear1!.Value, PlanYear2 = l.PlanYear2!.Value,
        }).ToList();
        foreach (var line in budget.Lines)
        {
            db.Entry(line).State = EntityState.Added;
        }

        // Only the lines change: the budget row is marked changed so its version moves on and a stale save fails.
        db.Entry(budget).Property(b => b.Version).IsModified = true;
        return await SaveAsync(budget, ct);
    }

    public Task<Result<Saved>> SendToConsultationAsync(Guid associationId, Guid budgetId, ConsultationRequest r, CancellationToken ct) =>
        MoveAsync(associationId, budgetId, r.Version!.Value, BudgetState.Draft, EconomyErrors.NotDraft, b =>
        {
            b.State = BudgetState.Consultation;
            b.ConsultationUntil = r.Until;
            return Task.FromResult<Error?>(null);
        }, ct);

    public Task<Result<Saved>> WithdrawAsync(Guid associationId, Guid budgetId, WithdrawRequest r, CancellationToken ct) =>
        MoveAsync(associationId, budgetId, r.Version!.Value, BudgetState.Consultation, EconomyErrors.NotInConsultation, b =>
        {
            b.State = BudgetState.Draft;
            return Task.FromResult<Error?>(null);
        }, ct);

    public Task<Result<Saved>> AdoptAsync(Guid associationId, Guid budgetId, AdoptBudgetRequest r, CancellationToken ct) =>
        MoveAsync(associationId, budgetId, r.Version!.Value, BudgetState.Consultation, EconomyErrors.NotInConsultation, async b =>
        {
            var decision = await db.Set<BoardDecision>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == r.DecisionId && d.AssociationId == associationId, ct);
            if (decision is null)
            {
                return EconomyErrors.UnknownDecision;
            }

            if (decision.LinkedId is { } linked && linked != b.Id)
            {
                return EconomyErrors.DecisionLinkedElsewhere;
            }

            foreach (var earlier in await db.Set<Budget>().Where(x => x.AssociationId == associationId && x.Year == b.Year && x.State == BudgetState.Adopted).ToListAsync(ct))
            {
                earlier.State = BudgetState.Superseded;
            }

            b.State = BudgetState.Adopted;
            b.DecisionId = decision.Id;
            b.AdoptedOn = r.AdoptedOn;
            return null;
        }, ct);

    /// <summary>A member's comment; <paramref name="onlyFor"/> are the members the user speaks for (null: any, the office).</summary>
    public async Task<Result<Saved>> CommentAsync(Guid associationId, Guid budgetId, BudgetCommentRequest r, IReadOnlySet<Guid>? onlyFor, CancellationToken ct)
    {
        var budget = await db.Set<Budget>().FirstOrDefaultAsync(b => b.Id == budgetId && b.AssociationId == associationId, ct);
        if (budget is null)
        {
            return EconomyErrors.BudgetNotFound;
        }

        if (budget.State != BudgetState.Consultation)
        {
            return EconomyErrors.NotInConsultation;
        }

        var organisationId = r.OrganisationId!.Value;
        if (onlyFor is not null && !onlyFor.Contains(organisationId))
        {
            return EconomyErrors.NotYourMember;
        }

        if (!(await MemberIdsAsync(associationId, ct)).Contains(organisationId))
        {
            return EconomyErrors.NotAMember;
        }

        var comment = new BudgetComment
        {
            AssociationId = associationId, BudgetId = budget.Id, OrganisationId = organisationId, Text = r.Text!.Trim(),
            CommentedAt = clock.GetUtcNow().UtcDateTime, CommentedBy = actor.Name,
        };
        db.Add(comment);
        await db.SaveChangesAsync(ct);
        return new Saved(comment.Id, budget.Version);
    }

    /// <summary>A version by id, or the latest of a year (the open one, else the adopted one in force), or of the latest year.</summary>
    public async Task<BudgetView?> GetAsync(Guid associationId, Guid? budgetId, int? year, CancellationToken ct)
    {
        var q = db.Set<Budget>().AsNoTracking().Where(b => b.AssociationId == associationId);
        var budget = budgetId is { } id
            ? await q.Include(b => b.Lines).Include(b => b.Comments).FirstOrDefaultAsync(b => b.Id == id, ct)
            : await q.Include(b => b.Lines).Include(b => b.Comments).Where(b => year == null || b.Year == year)
                .OrderByDescending(b => b.Year).ThenByDescending(b => b.Number).FirstOrDefaultAsync(ct);
        if (budget is null)
        {
            return null;
        }

        var versions = await q.Where(b => b.Year == budget.Year).OrderBy(b => b.Number)
            .Select(b => new { b.Id, b.Number, b.State }).ToListAsync(ct);
        var organisations = budget.Comments.Select(c => c.OrganisationId).ToList();
        var names = await db.Set<Organisation>().AsNoTracking().Where(o => organisations.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var decision = budget.DecisionId is { } did
            ? await (from d in db.Set<BoardDecision>().AsNoTracking()
                     join m in db.Set<BoardMeeting>().AsNoTracking() on d.MeetingId equals m.Id
                     where d.Id == did
                     select new { d.Number, d.Year, d.Title, m.Date }).FirstOrDefaultAsync(ct)
            : null;
        var lines = budget.Lines.OrderBy(l => l.Position)
            .Select(l => new BudgetLineView(l.Id, l.Category, BudgetRules.Name(l.Category), l.OrganisationId, l.InterventionId, l.Label, l.Amount, l.PlanYear1, l.PlanYear2))
            .ToList();
        return new BudgetView(
            budget.Id, budget.Year, budget.Number, budget.State, BudgetRules.Name(budget.State), budget.ConsultationUntil, budget.DecisionId,
            decision is null ? null : $"§ {decision.Number}/{decision.Year} ({SwedishCulture.Date(decision.Date)}): {decision.Title}",
            budget.AdoptedOn, budget.Version, lines, BudgetTotals.Of(lines),
            budget.Comments.OrderBy(c => c.CommentedAt).Select(c => new BudgetCommentView(c.Id, c.OrganisationId, names.GetValueOrDefault(c.OrganisationId, "Okänd medlem"), c.Text, c.CommentedAt, c.CommentedBy)).ToList(),
            versions.Select(v => new BudgetVersionSummary(v.Id, v.Number, v.State, BudgetRules.Name(v.State))).ToList());
    }

    /// <summary>The association's members (who may have a contribution line and comment), with their names.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> MembersAsync(Guid associationId, CancellationToken ct) =>
        (await (from m in db.Set<Membership>().AsNoTracking()
                join o in db.Set<Organisation>().AsNoTracking() on m.OrganisationId equals o.Id
                where m.AssociationId == associationId && m.ValidTo == null
                select new { o.Id, o.Name }).ToListAsync(ct))
        .DistinctBy(o => o.Id).OrderBy(o => o.Name, StringComparer.Create(SwedishCulture.Instance, false)).Select(o => (o.Id, o.Name)).ToList();

    /// <summary>The organisations that are members now (as <see cref="MembersAsync"/> lists them).</summary>
    private async Task<HashSet<Guid>> MemberIdsAsync(Guid associationId, CancellationToken ct) =>
        (await db.Set<Membership>().AsNoTracking().Where(m => m.AssociationId == associationId && m.ValidTo == null).Select(m => m.OrganisationId).ToListAsync(ct)).ToHashSet();

    /// <summary>
    /// The first proposal of a year: a contribution line per member from the latest adopted contribution table up to
    /// the year (the same amount in the plan years), a line per intervention the association funds in the years, and
    /// the board, office and audit lines of the latest earlier adopted budget moved one year on (zero without one).
    /// </summary>
    private async Task<List<(BudgetCategory Category, Guid? OrganisationId, Guid? InterventionId, string Label, Sek Amount, Sek PlanYear1, Sek PlanYear2)>> ProposeAsync(Guid associationId, int year, CancellationToken ct)
    {
        var lines = new List<(BudgetCategory, Guid?, Guid?, string, Sek, Sek, Sek)>();
        var table = await db.Set<ContributionTable>().AsNoTracking().Include(t => t.Lines)
            .Where(t => t.AssociationId == associationId && t.Year <= year).OrderByDescending(t => t.Year).ThenByDescending(t => t.Sequence).FirstOrDefaultAsync(ct);
        foreach (var l in (table?.Lines ?? []).Where(l => l.Kind != ContributionLineKind.Unit && l.OrganisationId is not null).OrderBy(l => l.Position))
        {
            lines.Add((BudgetCategory.MemberContribution, l.OrganisationId, null, l.Name, l.Amount, l.Amount, l.Amount));
        }

        var earlier = await db.Set<Budget>().AsNoTracking().Include(b => b.Lines)
            .Where(b => b.AssociationId == associationId && b.Year < year && b.State == BudgetState.Adopted)
            .OrderByDescending(b => b.Year).ThenByDescending(b => b.Number).FirstOrDefaultAsync(ct);
        foreach (var category in new[] { BudgetCategory.Board, BudgetCategory.Administration, BudgetCategory.Audit })
        {
            var before = earlier?.Lines.Where(l => l.Category == category).OrderBy(l => l.Position).ToList() ?? [];
            if (before.Count == 0)
            {
                lines.Add((category, null, null, BudgetRules.Name(category), Sek.Zero, Sek.Zero, Sek.Zero));
            }

            // An earlier budget's plan year 1 was made for this year; with a gap of years, its last plan year is the best guess.
            var shift = year - earlier?.Year ?? 0;
            foreach (var l in before)
            {
                var amount = shift == 1 ? l.PlanYear1 : l.PlanYear2;
                lines.Add((category, null, null, l.Label, amount, l.PlanYear2, l.PlanYear2));
            }
        }

        var funding = await (from f in db.Set<InterventionFunding>().AsNoTracking()
                             join i in db.Set<Intervention>().AsNoTracking() on f.InterventionId equals i.Id
                             where f.AssociationId == associationId && f.Year >= year && f.Year <= year + 2
                             select new { i.Id, i.Name, f.Year, f.Amount }).ToListAsync(ct);
        foreach (var i in funding.GroupBy(f => (f.Id, f.Name)).OrderBy(g => g.Key.Name, StringComparer.Create(SwedishCulture.Instance, false)))
        {
            Sek In(int y) => Sek.Sum(i.Where(f => f.Year == y).Select(f => f.Amount));
            lines.Add((BudgetCategory.Intervention, null, i.Key.Id, i.Key.Name, In(year), In(year + 1), In(year + 2)));
        }

        return lines;
    }

    private async Task<Result<Saved>> MoveAsync(Guid associationId, Guid budgetId, long version, BudgetState from, Error wrongState, Func<Budget, Task<Error?>> apply, CancellationToken ct)
    {
        var budget = await db.Set<Budget>().FirstOrDefaultAsync(b => b.Id == budgetId && b.AssociationId == associationId, ct);
        if (budget is null)
        {
            return EconomyErrors.BudgetNotFound;
        }

        db.ExpectVersion(budget, version);
        if (budget.State != from)
        {
            return budget.Version != version ? CommonErrors.ConcurrencyConflict : wrongState;
        }

        if (await apply(budget) is { } error)
        {
            return error;
        }

        return await SaveAsync(budget, ct);
    }

    private async Task<Result<Saved>> SaveAsync(Budget budget, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        return new Saved(budget.Id, budget.Version);
    }
}
