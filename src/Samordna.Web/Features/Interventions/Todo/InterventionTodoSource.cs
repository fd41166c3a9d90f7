using Microsoft.Extensions.Options;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Todo;

namespace Samordna.Web.Features.Interventions.Todo;

/// <summary>
/// What the interventions wait for: reports due within <c>Interventions:ReportDueHorizonDays</c> or late (the owner),
/// agreements to sign and complements asked for (the owner), applications to prepare (the preparatory group) and
/// prepared applications waiting to be placed on a board meeting (the office), each linked to the page where it is done.
/// </summary>
public sealed class InterventionTodoSource(AppDbContext db, IOptions<InterventionsOptions> options) : ITodoSource
{
    public const string ReportDue = "TODO-INT-REPORT-DUE";
    public const string ReportLate = "TODO-INT-REPORT-LATE";
    public const string SignAgreement = "TODO-INT-SIGN-AGREEMENT";
    public const string Complement = "TODO-INT-COMPLEMENT";
    public const string Prepare = "TODO-INT-PREPARE";
    public const string PlaceOnAgenda = "TODO-INT-PLACE-ON-AGENDA";

    private const string Area = "Insatser";

    private static readonly InterventionState[] Waiting =
    [
        InterventionState.Submitted, InterventionState.Resubmitted, InterventionState.ComplementRequested,
        InterventionState.Prepared, InterventionState.Decided,
    ];

    private sealed record Row(Guid Id, string Name, InterventionState State, Guid OwnerId, string Owner, DateOnly? MeetingDate);

    public async Task<IReadOnlyList<TodoItem>> ItemsAsync(Guid associationId, DateOnly today, CancellationToken ct)
    {
        var items = new List<TodoItem>();
        var page = (Guid id) => $"/forbund/{associationId}/insatser/{id}";
        var horizon = today.AddDays(options.Value.ReportDueHorizonDays);
        var reports = await (from r in db.Set<InterventionReport>().AsNoTracking()
                             join i in db.Set<Intervention>().AsNoTracking() on r.InterventionId equals i.Id
                             join o in db.Set<Organisation>().AsNoTracking() on i.OwnerOrganisationId equals o.Id
                             where i.AssociationId == associationId && r.SubmittedOn == null && r.DueOn <= horizon
                                   && (i.State == InterventionState.AgreementSigned || i.State == InterventionState.Active)
                             select new { r.Id, r.Kind, r.DueOn, InterventionId = i.Id, i.Name, OwnerId = o.Id, Owner = o.Name }).ToListAsync(ct);
        foreach (var r in reports)
        {
            var late = r.DueOn < today;
            items.Add(new(late ? ReportLate : ReportDue, Area, r.DueOn, TodoAudience.Owner(r.OwnerId, r.Owner),
                late
                    ? $"{InterventionNames.Of(r.Kind)} för {r.Name} skulle ha lämnats {SwedishCulture.Date(r.DueOn)}."
                    : $"{InterventionNames.Of(r.Kind)} för {r.Name} ska lämnas senast {SwedishCulture.Date(r.DueOn)}.",
                $"{page(r.InterventionId)}/rapporter/{r.Id}/skriv"));
        }

        var waiting = await (from i in db.Set<Intervention>().AsNoTracking()
                             join o in db.Set<Organisation>().AsNoTracking() on i.OwnerOrganisationId equals o.Id
                             where i.AssociationId == associationId && Waiting.Contains(i.State)
                             select new Row(i.Id, i.Name, i.State, o.Id, o.Name,
                                 db.Set<Governance.Data.BoardMeeting>().Where(m => m.Id == i.TargetMeetingId).Select(m => (DateOnly?)m.Date).FirstOrDefault())).ToListAsync(ct);
        foreach (var i in waiting)
        {
            var step = (InterventionMove move) => $"{page(i.Id)}/steg?steg={move}";
            var meeting = i.MeetingDate is { } d ? $" (tänkt för sammanträdet {SwedishCulture.Date(d)})" : string.Empty;
            items.Add(i.State switch
            {
                InterventionState.Decided => new(SignAgreement, Area, null, TodoAudience.Owner(i.OwnerId, i.Owner),
                    $"Styrelsen har beviljat medel till {i.Name}. Överenskommelsen ska undertecknas av insatsägaren.", step(InterventionMove.SignAgreement)),
                InterventionState.ComplementRequested => new(Complement, Area, i.MeetingDate, TodoAudience.Owner(i.OwnerId, i.Owner),
                    $"Ansökan {i.Name} behöver kompletteras{meeting}.", step(InterventionMove.Resubmit)),
                InterventionState.Prepared => new(PlaceOnAgenda, Area, i.MeetingDate, TodoAudience.Office,
                    $"Ansökan {i.Name} är beredd och väntar på att tas upp på ett styrelsesammanträde{meeting}.", step(InterventionMove.PlaceOnAgenda)),
                _ => new(Prepare, Area, i.MeetingDate, TodoAudience.PreparatoryGroup,
                    $"Ansökan {i.Name} väntar på beredning{meeting}.", step(InterventionMove.Prepare)),
            });
        }

        return items;
    }
}
