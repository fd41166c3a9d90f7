using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.ListDischarges;
using Samordna.Web.Features.Governance.Rules;
using Samordna.Web.Features.Governance.Snapshot;
using Samordna.Web.Features.Todo;

namespace Samordna.Web.Features.Governance.Todo;

/// <summary>
/// The board's to-do items: the next meeting (and an empty agenda for it), past meetings whose attendance is not
/// recorded or whose minutes are not approved, last year's discharge decisions outstanding per member, and board and
/// auditor terms ending within <c>Governance:TermWarningDays</c> without a successor, for the appointing member.
/// The next meeting's notice (kallelse) is an item from a week before it is due until a notice file is attached or
/// the notice is marked sent; a past meeting's minutes until they are approved, saying whether the minutes file is there.
/// </summary>
public sealed class GovernanceTodoSource(AppDbContext db, BoardSnapshotLoader loader, ListDischargesHandler discharges) : ITodoSource
{
    public const string NextMeeting = "TODO-GOV-NEXT-MEETING";
    public const string EmptyAgenda = "TODO-GOV-AGENDA-EMPTY";
    public const string Attendance = "TODO-GOV-ATTENDANCE";
    public const string Minutes = "TODO-GOV-MINUTES";
    public const string Notice = "TODO-GOV-NOTICE";
    public const string Discharge = "TODO-GOV-DISCHARGE";
    public const string TermEnding = "TODO-GOV-TERM-ENDING";
    public const string AuditorTermEnding = "TODO-GOV-AUDITOR-TERM-ENDING";

    private const string Area = "Styrelse";

    /// <summary>The panel's warnings about running-out terms and outstanding discharge; here each goes to the member that acts.</summary>
    public IReadOnlyCollection<string> ReplacesFindings =>
        [GovernanceFindings.TermEnding, GovernanceFindings.AuditorTermEnding, GovernanceFindings.DischargeOutstanding];

    public async Task<IReadOnlyList<TodoItem>> ItemsAsync(Guid associationId, DateOnly today, CancellationToken ct)
    {
        var items = new List<TodoItem>();
        await MeetingsAsync(associationId, today, items, ct);
        await DischargesAsync(associationId, today.Year - 1, items, ct);
        await TermsAsync(associationId, today, items, ct);
        return items;
    }

    private async Task MeetingsAsync(Guid associationId, DateOnly today, List<TodoItem> items, CancellationToken ct)
    {
        var meetings = await db.Set<BoardMeeting>().AsNoTracking()
            .Where(m => m.AssociationId == associationId && (m.Date >= today || !m.AttendanceRecorded || m.MinutesApprovedOn == null))
            .Select(m => new { m.Id, m.Date, m.Place, m.AttendanceRecorded, m.MinutesApprovedOn, m.NoticeSentOn, m.MinutesCheckers, Agenda = db.Set<AgendaItem>().Count(a => a.MeetingId == m.Id),
                HasNotice = db.Set<MeetingDocument>().Any(d => d.MeetingId == m.Id && d.Kind == MeetingDocumentKind.Notice),
                HasMinutes = db.Set<MeetingDocument>().Any(d => d.MeetingId == m.Id && d.Kind == MeetingDocumentKind.Minutes) })
            .ToListAsync(ct);
        var page = (Guid id) => $"/forbund/{associationId}/sammantraden/{id}";
        if (meetings.Where(m => m.Date >= today).OrderBy(m => m.Date).FirstOrDefault() is { } next)
        {
            items.Add(new(NextMeeting, Area, next.Date, TodoAudience.Board,
                $"Nästa styrelsesammanträde är {SwedishCulture.Date(next.Date)} ({next.Place}), med {SwedishCulture.Count(next.Agenda, "punkt", "punkter")} på dagordningen.", page(next.Id)));
            var noticeBy = next.Date.AddDays(-loader.Options.NoticeDaysBeforeMeeting);
            if (next.NoticeSentOn is null && !next.HasNotice && today >= noticeBy.AddDays(-7))
            {
                items.Add(new(Notice, Area, noticeBy, TodoAudience.Office,
                    $"Kallelse saknas till sammanträdet {SwedishCulture.Date(next.Date)}. Lägg till kallelsen med handlingarna och skicka den till styrelsen senast {SwedishCulture.Date(noticeBy)}.",
                    page(next.Id) + "/handlingar"));
            }

            if (next.Agenda == 0)
            {
                items.Add(new(EmptyAgenda, Area, next.Date, TodoAudience.Office,
                    $"Dagordningen för sammanträdet {SwedishCulture.Date(next.Date)} är tom. Lägg till ärendena.", page(next.Id) + "/dagordning/ny"));
            }
        }

        foreach (var m in meetings.Where(m => m.Date < today))
        {
            if (!m.AttendanceRecorded)
            {
                items.Add(new(Attendance, Area, m.Date, TodoAudience.Office,
                    $"Närvaron vid sammanträdet {SwedishCulture.Date(m.Date)} är inte registrerad.", page(m.Id) + "/narvaro"));
            }

            if (m.MinutesApprovedOn is null)
            {
                var date = SwedishCulture.Date(m.Date);
                var checkers = m.MinutesCheckers is null ? "inga justerare är angivna" : $"{m.MinutesCheckers} justerar";
                items.Add(new(Minutes, Area, m.Date, TodoAudience.Board,
                    m.HasMinutes
                        ? $"Protokoll att justera från sammanträdet {date} ({checkers}). Ange när det är justerat; besluten gäller först då."
                        : $"Protokollet från sammanträdet {date} saknas och är inte justerat ({checkers}). Lägg till protokollet; besluten gäller först när det är justerat.",
                    page(m.Id)));
            }
        }
    }

    private async Task DischargesAsync(Guid associationId, int year, List<TodoItem> items, CancellationToken ct)
    {
        var overview = await discharges.HandleAsync(associationId, year, ct);
        items.AddRange(overview.Members
            .Where(r => r.Outcome is null or DischargeOutcome.Pending)
            .Select(r => new TodoItem(Discharge, Area, null, TodoAudience.Member(r.OrganisationId, r.MemberName),
                $"{r.MemberName} har inte beslutat om ansvarsfrihet för styrelsen för {year}. Varje medlem beslutar för sig.",
                $"/forbund/{associationId}/ansvarsfrihet?ar={year}")));
    }

    private async Task TermsAsync(Guid associationId, DateOnly today, List<TodoItem> items, CancellationToken ct)
    {
        var s = await loader.LoadAsync(associationId, today, ct);
        var days = loader.Options.TermWarningDays;
        var members = s.Members.Select(m => m.OrganisationId).ToHashSet();
        foreach (var a in s.ActiveAppointments.Where(a => members.Contains(a.OrganisationId) && TermRule.EndsWithin(a.TermEnd, today, days) && !s.HasSuccessor(a)))
        {
            var member = s.NameOf(a.OrganisationId);
            items.Add(new(TermEnding, Area, a.TermEnd, TodoAudience.Member(a.OrganisationId, member),
                $"Mandattiden för {a.PersonName} ({GovernanceNames.Of(a.Role).ToLowerInvariant()} för {member}) går ut {SwedishCulture.Date(a.TermEnd)}. {member} behöver utse någon för nästa mandatperiod.",
                $"/forbund/{associationId}/styrelse"));
        }

        foreach (var a in s.Auditors.Where(a => a.IsActiveOn(today) && a.TermEnd is { } end && TermRule.EndsWithin(end, today, days) && !s.HasSuccessor(a)))
        {
            var member = s.NameOf(a.AppointedByOrganisationId);
            items.Add(new(AuditorTermEnding, Area, a.TermEnd, TodoAudience.Member(a.AppointedByOrganisationId, member),
                $"Uppdraget för revisorn {a.PersonName} (utsedd av {member}) går ut {SwedishCulture.Date(a.TermEnd)}. {member} behöver utse en revisor för tiden därefter.",
                $"/forbund/{associationId}/revisorer"));
        }
    }
}
