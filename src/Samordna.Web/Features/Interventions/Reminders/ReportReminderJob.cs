using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Infrastructure.Email;
using Samordna.Web.Infrastructure.Jobs;

namespace Samordna.Web.Features.Interventions.Reminders;

/// <summary>
/// Reminds the owner's staff by e-mail before a report is due (Interventions:ReminderDaysBefore days ahead) and, when
/// it is late, them and the association's office. Each reminder has a deduplication key (report, due date, kind,
/// recipient), so however often the job runs, and on however many instances, each is queued and sent once.
/// </summary>
public sealed class ReportReminderJob(AppDbContext db, TimeProvider clock, IOptions<InterventionsOptions> options, ILogger<ReportReminderJob> logger) : IScheduledJob
{
    public const string Name = "ReportReminders";

    /// <summary>Every morning at six, Swedish time.</summary>
    public const string DefaultSchedule = "0 0 6 * * ?";

    private sealed record Due(Guid ReportId, ReportKind Kind, DateOnly DueOn, Guid AssociationId, string AssociationName, string InterventionName, Guid OwnerOrganisationId);

    private sealed record Recipient(Guid UserId, string Email, Guid AssociationId, Guid? OrganisationId, Role Role);

    public async Task RunAsync(CancellationToken ct)
    {
        var today = SwedishCulture.Today(clock);
        var horizon = today.AddDays(options.Value.ReminderDaysBefore);
        var due = await (from r in db.Set<InterventionReport>().AsNoTracking()
                         join i in db.Set<Intervention>().AsNoTracking() on r.InterventionId equals i.Id
                         join a in db.Set<Association>().AsNoTracking() on i.AssociationId equals a.Id
                         where r.SubmittedOn == null && r.DueOn <= horizon
                               && (i.State == InterventionState.AgreementSigned || i.State == InterventionState.Active)
                         select new Due(r.Id, r.Kind, r.DueOn, i.AssociationId, a.Name, i.Name, i.OwnerOrganisationId)).ToListAsync(ct);
        if (due.Count == 0)
        {
            return;
        }

        var associations = due.Select(d => d.AssociationId).Distinct().ToList();
        var now = clock.GetUtcNow();
        var assignments = await db.RoleAssignments.AsNoTracking()
            .Where(ra => ra.AssociationId != null && associations.Contains(ra.AssociationId.Value)
                         && (ra.Role == Role.InterventionOwner || ra.Role == Role.AssociationAdministrator))
            .ToListAsync(ct);
        var userIds = assignments.Select(a => a.UserId).Distinct().ToList();
        // Locked-out (deactivated) users get no mail; the lockout is compared here, as SQLite cannot compare its stored form.
        var users = (await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.Email != null)
                .Select(u => new { u.Id, u.Email, u.LockoutEnd }).ToListAsync(ct))
            .Where(u => u.LockoutEnd is null || u.LockoutEnd <= now)
            .ToDictionary(u => u.Id, u => u.Email!);
        var recipients = assignments.Where(a => users.ContainsKey(a.UserId))
            .Select(a => new Recipient(a.UserId, users[a.UserId], a.AssociationId!.Value, a.MemberOrganisationId, a.Role))
            .ToList();

        var queued = 0;
        foreach (var d in due)
        {
            var late = d.DueOn < today;
            var to = recipients.Where(r => r.AssociationId == d.AssociationId
                    && ((r.Role == Role.InterventionOwner && r.OrganisationId == d.OwnerOrganisationId) || (late && r.Role == Role.AssociationAdministrator)))
                .DistinctBy(r => r.UserId);
            foreach (var r in to)
            {
                var key = $"intervention-report:{d.ReportId:N}:{d.DueOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}:{(late ? "late" : "due")}:{r.UserId:N}";
                if (await db.EnqueueEmailAndSaveAsync(Message(d, r.Email, key, late), clock, ct) == EnqueueResult.Queued)
                {
                    queued++;
                }
            }
        }

        if (queued > 0)
        {
            logger.LogInformation("Queued {Count} report reminder(s) for {Reports} report(s).", queued, due.Count);
        }
    }

    private static OutgoingEmail Message(Due d, string email, string key, bool late)
    {
        var kind = InterventionNames.Of(d.Kind).ToLower(SwedishCulture.Instance);
        var date = SwedishCulture.Date(d.DueOn);
        var subject = late ? $"Försenad {kind}: {d.InterventionName}" : $"Påminnelse: {kind} för {d.InterventionName} ska lämnas senast {date}";
        var body = string.Join("\n",
            "Hej!",
            string.Empty,
            late
                ? $"{InterventionNames.Of(d.Kind)} för insatsen {d.InterventionName} skulle ha lämnats senast {date} och är inte inlämnad."
                : $"{InterventionNames.Of(d.Kind)} för insatsen {d.InterventionName} ska lämnas senast {date}.",
            "Logga in i Samordna, öppna insatsen och skriv rapporten under Rapporter.",
            string.Empty,
            "Skriv inga uppgifter om enskilda deltagare i rapporten; deltagare anges bara som antal per kön.",
            string.Empty,
            $"Vänliga hälsningar\n{d.AssociationName}");
        return new OutgoingEmail(email, subject, body, key);
    }
}
