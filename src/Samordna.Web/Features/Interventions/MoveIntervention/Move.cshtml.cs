using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Interventions.ViewIntervention;

namespace Samordna.Web.Features.Interventions.MoveIntervention;

public sealed class YearAmountInput
{
    public string? Year { get; set; }

    public string? Amount { get; set; }
}

public sealed class PaymentInput
{
    public string? PlannedOn { get; set; }

    public string? Amount { get; set; }
}

public sealed class ReportDateInput
{
    public ReportKind? Kind { get; set; }

    public string? DueOn { get; set; }
}

public sealed class MoveInput
{
    public string? Date { get; set; }

    public Recommendation? Recommendation { get; set; }

    public string? Statement { get; set; }

    public string? ConflictsOfInterest { get; set; }

    public Guid? MeetingId { get; set; }

    public Guid? DecisionId { get; set; }

    public List<YearAmountInput> Amounts { get; set; } = [];

    public List<PaymentInput> Payments { get; set; } = [];

    public List<ReportDateInput> Reports { get; set; } = [];

    public string? Note { get; set; }

    public long? Version { get; set; }
}

/// <summary>
/// One life-cycle move as a form (the move in the query, "?steg=Prepare"): the fields the move needs, and the state
/// machine's answer if it is refused.
/// </summary>
[RequirePermission(InterventionsPermissions.Move)]
public sealed class MoveModel(MoveInterventionHandler handler, GetInterventionHandler interventions, InterventionActors actors, AppDbContext db, TimeProvider clock)
    : GovernanceFormPage<MoveInput>
{
    public const int ExtraRows = 3;

    public InterventionDetails Intervention { get; private set; } = null!;

    /// <summary>The move of this form; null when none is named and the page lists the moves the user may make.</summary>
    public InterventionMove? ChosenMove { get; private set; }

    public InterventionMove Move => ChosenMove ?? InterventionMove.Submit;

    public IReadOnlyList<SelectListItem> Meetings { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Decisions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Recommendations { get; } = FormFields.Options<Recommendation>(InterventionNames.Of);

    public IReadOnlyList<SelectListItem> ReportKinds { get; } = FormFields.Options<ReportKind>(InterventionNames.Of);

    public bool NeedsAmounts => Move is InterventionMove.Decide or InterventionMove.SignAgreement;

    public bool NeedsReason => Move is InterventionMove.Withdraw or InterventionMove.EndEarly or InterventionMove.Reject or InterventionMove.RequestComplement;

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid interventionId, [FromQuery(Name = "steg")] string? move, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, interventionId, move, ct))
        {
            return NotFound();
        }

        if (ChosenMove is null)
        {
            return Page();
        }

        var today = SwedishCulture.Today(clock);
        Input.Date = FormFields.Text(today);
        Input.Version = Intervention.Version;
        Input.MeetingId = Intervention.TargetMeetingId;
        Input.DecisionId = Intervention.DecisionId;
        if (Move == InterventionMove.Decide)
        {
            var fromBudget = Intervention.Budget.Where(b => b.Kind.IsFundedByAssociation()).GroupBy(b => b.Year);
            Input.Amounts = fromBudget.Select(g => new YearAmountInput { Year = Year(g.Key), Amount = FormFields.Field(Sek.Sum(g.Select(b => b.Amount))) }).ToList();
        }
        else if (Move == InterventionMove.SignAgreement)
        {
            var decided = Intervention.Grants.GroupBy(g => g.Year).Select(g => (Year: g.Key, Amount: Sek.Sum(g.Select(x => x.Amount)))).ToList();
            Input.Amounts = decided.Select(d => new YearAmountInput { Year = Year(d.Year), Amount = FormFields.Field(d.Amount) }).ToList();
            Input.Payments = decided.Select(d => new PaymentInput { PlannedOn = FormFields.Text(new DateOnly(d.Year, 1, 31) < today ? today : new DateOnly(d.Year, 1, 31)), Amount = FormFields.Field(d.Amount) }).ToList();
            Input.Reports =
            [
                new ReportDateInput { Kind = ReportKind.Interim, DueOn = FormFields.Text(Min(Intervention.StartDate.AddMonths(6), Intervention.EndDate)) },
                new ReportDateInput { Kind = ReportKind.Final, DueOn = FormFields.Text(Intervention.EndDate.AddMonths(2)) },
            ];
        }

        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid interventionId, [FromQuery(Name = "steg")] string? move, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, interventionId, move, ct) || ChosenMove is null)
        {
            return NotFound();
        }

        var actor = await actors.ForAsync(associationId, ct);
        var page = await SaveAsync(
            errors =>
            {
                var amounts = Input.Amounts.Select((a, i) => (a, i)).Where(x => !string.IsNullOrWhiteSpace(x.a.Year) || !string.IsNullOrWhiteSpace(x.a.Amount))
                    .Select(x => new YearAmountRequest(FormFields.Year(x.a.Year) ?? 0, FormFields.Money(errors, $"amounts[{x.i}]", $"Belopp rad {x.i + 1}", x.a.Amount))).ToList();
                var payments = Input.Payments.Select((p, i) => (p, i)).Where(x => !string.IsNullOrWhiteSpace(x.p.PlannedOn) || !string.IsNullOrWhiteSpace(x.p.Amount))
                    .Select(x => new PaymentPlanRequest(FormFields.Date(errors, $"payments[{x.i}]", $"Utbetalning rad {x.i + 1}", x.p.PlannedOn), FormFields.Money(errors, $"payments[{x.i}]", $"Utbetalning rad {x.i + 1}", x.p.Amount))).ToList();
                var reports = Input.Reports.Select((r, i) => (r, i)).Where(x => !string.IsNullOrWhiteSpace(x.r.DueOn))
                    .Select(x => new ReportDateRequest(x.r.Kind, FormFields.Date(errors, $"reports[{x.i}]", $"Rapport rad {x.i + 1}", x.r.DueOn))).ToList();
                return new MoveRequest(
                    Move, FormFields.Date(errors, "date", "Datum", Input.Date), Input.Note, Input.Recommendation, Input.Statement, Input.ConflictsOfInterest,
                    Input.MeetingId, Input.DecisionId,
                    Move == InterventionMove.Decide ? amounts : null, Move == InterventionMove.SignAgreement ? amounts : null,
                    Move == InterventionMove.SignAgreement ? payments : null, Move == InterventionMove.SignAgreement ? reports : null, Input.Version);
            },
            request => MoveInterventionHandler.Validate(request).PerRow(Rename),
            async request =>
            {
                var moved = await handler.HandleAsync(associationId, interventionId, request, actor, ct);
                return moved.IsSuccess ? moved : Result<Saved>.Failure(moved.Errors.Select(e => e with { Field = e.Field is null ? null : Rename(e.Field) }).ToList());
            },
            () => ($"Klart: {InterventionNames.Of(Move)}.", $"/forbund/{associationId}/insatser/{interventionId}"),
            ct);
        if (page is PageResult)
        {
            Pad();
        }

        return page;
    }

    private async Task<bool> LoadAsync(Guid associationId, Guid interventionId, string? move, CancellationToken ct)
    {
        AssociationId = associationId;
        if (!string.IsNullOrEmpty(move))
        {
            if (!Enum.TryParse<InterventionMove>(move, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(move, out _))
            {
                return false;
            }

            ChosenMove = parsed;
        }

        var details = await interventions.HandleAsync(associationId, interventionId, await actors.ForAsync(associationId, ct), ct);
        if (details is null)
        {
            return false;
        }

        Intervention = details;
        var today = SwedishCulture.Today(clock);
        Meetings = (await db.Set<BoardMeeting>().AsNoTracking().Where(m => m.AssociationId == associationId && m.Date >= today).OrderBy(m => m.Date).ToListAsync(ct))
            .Select(m => new SelectListItem($"Sammanträde {SwedishCulture.Date(m.Date)}", m.Id.ToString())).ToList();
        var decisions = await (from d in db.Set<BoardDecision>().AsNoTracking()
                               join m in db.Set<BoardMeeting>().AsNoTracking() on d.MeetingId equals m.Id
                               where d.AssociationId == associationId && (d.LinkedId == null || d.LinkedId == interventionId)
                               orderby m.Date descending, d.Number descending
                               select new { d.Id, d.Number, d.Year, d.Title, m.Date }).Take(50).ToListAsync(ct);
        Decisions = decisions.Select(d => new SelectListItem($"§ {d.Number}/{d.Year} ({SwedishCulture.Date(d.Date)}): {d.Title}", d.Id.ToString())).ToList();
        return true;
    }

    private void Pad()
    {
        for (var n = 0; n < ExtraRows; n++)
        {
            Input.Amounts.Add(new YearAmountInput());
            Input.Payments.Add(new PaymentInput());
        }

        Input.Reports.Add(new ReportDateInput { Kind = ReportKind.Interim });
    }

    /// <summary>The handler names the amounts "grants" or "funding" after the move; on this page they are one list, "amounts".</summary>
    private static string Rename(string field) =>
        field.StartsWith("grants", StringComparison.Ordinal) ? "amounts" + field["grants".Length..]
        : field.StartsWith("funding", StringComparison.Ordinal) ? "amounts" + field["funding".Length..]
        : field;

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
