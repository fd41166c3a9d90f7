using Samordna.Web.Data.Demo;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.Rules;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Governance;

/// <summary>
/// Demo boards for Finnveden and Södra Vätterbygden: fictitious people (surnames such as "Demoberg" make that plain)
/// in the real members' seats, chair and vice chair, auditors, meetings with agendas, numbered decisions (one linked to
/// a charter version, two to a year's budget: last autumn's for this year and this autumn's for next year), attendance
/// with a serving ersättare, a vote, last year's discharge per member (one pending), and the autumn meeting's notice, a
/// paper and its minutes as one-page demo PDFs.
/// Dates are relative to today, so the demo looks current whenever it is started.
/// </summary>
public sealed class GovernanceDemoData(IOptions<GovernanceOptions> options, IDocumentStore store, TimeProvider clock) : IDemoDataContributor
{
    private static readonly string[] FirstNames =
    [
        "Anna", "Björn", "Cecilia", "David", "Elin", "Fredrik", "Gunilla", "Hans", "Ingrid", "Johan", "Karin", "Lars", "Maria", "Nils",
        "Olivia", "Per", "Rebecka", "Stefan", "Therese", "Ulf", "Vera", "Åsa", "Örjan", "Linnea", "Mats", "Sofia", "Emil", "Helena",
    ];

    private static readonly string[] Surnames = ["Demoberg", "Exempelsson", "Provlund", "Testström", "Påhittad", "Fiktivsson", "Låtsasson", "Modellius"];

    private int _person;

    public int Order => 20;

    public async Task SeedAsync(AppDbContext db, DemoContext context, CancellationToken ct)
    {
        var today = SwedishCulture.Today(clock);
        foreach (var (code, place) in new[] { ("finnveden", "Förbundets kansli, Värnamo"), ("sodra-vatterbygden", "Förbundets kansli, Jönköping") })
        {
            if (context.Associations.TryGetValue(code, out var association))
            {
                await SeedAssociationAsync(db, association, place, code == "finnveden", today, ct);
            }
        }
    }

    private async Task SeedAssociationAsync(AppDbContext db, Association association, string place, bool isFirst, DateOnly today, CancellationToken ct)
    {
        var members = await db.Set<Membership>().Where(m => m.AssociationId == association.Id).ActiveOn(today)
            .Select(m => m.Organisation!).ToListAsync(ct);
        members = members.OrderBy(m => m.Kind).ThenBy(m => m.Name, StringComparer.Create(SwedishCulture.Instance, false)).ToList();
        var charter = await CharterAsync(db, association, today, ct);
        var calendar = options.Value.Calendar;
        var period = TermRule.MandatePeriodContaining(today, calendar, charter.MandatePeriodYears);
        var seatRules = new BoardSeatRules(charter.BoardSeatsPerMember, options.Value.StateMemberBoardSeats);

        var appointments = new List<BoardAppointment>();
        foreach (var (member, index) in members.Select((m, i) => (m, i)))
        {
            var seats = BoardCompositionRule.RequiredBoardMembers(member.Kind, seatRules);
            var decided = period.Start.AddMonths(-4).AddDays(index * 3);
            for (var seat = 1; seat <= seats; seat++)
            {
                appointments.Add(Appoint(association, member, BoardRole.BoardMember, null, decided, period));
                appointments.Add(Appoint(association, member, BoardRole.Substitute, seat, decided, period));
            }
        }

        var region = appointments.First(a => a.Role == BoardRole.BoardMember && members.First(m => m.Id == a.OrganisationId).Kind == OrganisationKind.Region);
        region.Office = BoardOffice.Chair;
        var municipality = appointments.First(a => a.Role == BoardRole.BoardMember && members.First(m => m.Id == a.OrganisationId).CountsAsMunicipality);
        municipality.Office = BoardOffice.ViceChair;

        if (!isFirst)
        {
            // A mid-term replacement (fyllnadsval): the first municipality's ersättare left; a successor serves the rest of the period.
            var leaving = appointments.First(a => a.Role == BoardRole.Substitute && a.OrganisationId == municipality.OrganisationId);
            var changeover = period.Start.AddYears(2).AddMonths(2);
            if (changeover < today)
            {
                leaving.TermEnd = changeover.AddDays(-1);
                appointments.Add(Appoint(association, members.First(m => m.Id == leaving.OrganisationId), BoardRole.Substitute, leaving.SubstituteOrder, changeover.AddDays(-20),
                    new DateRange(changeover, period.End)));
            }
        }
        else if (calendar.IsBetweenElectionAndNewTerm(today))
        {
            // The new region council has already appointed for the coming period.
            var next = TermRule.MandatePeriodContaining(period.End.AddDays(1), calendar, charter.MandatePeriodYears);
            var regionOrg = members.First(m => m.Id == region.OrganisationId);
            appointments.Add(Appoint(association, regionOrg, BoardRole.BoardMember, null, today.AddDays(-10), next));
            appointments.Add(Appoint(association, regionOrg, BoardRole.Substitute, 1, today.AddDays(-10), next));
        }

        db.AddRange(appointments);
        AddAuditors(db, association, members, today);
        await AddMeetingsAsync(db, association, members, appointments, charter, place, isFirst, today, ct);
        AddDischarges(db, association, members, today);
    }

    private BoardAppointment Appoint(Association association, Organisation member, BoardRole role, int? order, DateOnly decided, DateRange term) => new()
    {
        AssociationId = association.Id,
        PersonName = NextName(),
        OrganisationId = member.Id,
        AppointedByOrganisationId = member.Id,
        Role = role,
        SubstituteOrder = role == BoardRole.Substitute ? order : null,
        Eligibility = member.IsStateParty ? EligibilityBasis.AgencyEmployee : role == BoardRole.BoardMember ? EligibilityBasis.CouncilMember : EligibilityBasis.CouncilSubstitute,
        DecisionDate = decided,
        TermStart = term.Start,
        TermEnd = term.End,
    };

    private string NextName()
    {
        var n = _person++;
        return $"{FirstNames[n % FirstNames.Length]} {Surnames[(n / 3) % Surnames.Length]}";
    }

    /// <summary>The charter version in force; when the register has none, one demo version so a decision can point at it.</summary>
    private static async Task<CharterVersion> CharterAsync(AppDbContext db, Association association, DateOnly today, CancellationToken ct)
    {
        var existing = await db.Set<CharterVersion>().Where(c => c.AssociationId == association.Id && c.ValidFrom <= today)
            .OrderByDescending(c => c.ValidFrom).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            return existing;
        }

        var charter = new CharterVersion
        {
            AssociationId = association.Id,
            ValidFrom = new DateOnly(today.Year, 1, 1),
            BoardSeatsPerMember = 1,
            Note = "Demo: reviderad förbundsordning, antagen av alla medlemmar.",
        };
        db.Add(charter);
        return charter;
    }

    private void AddAuditors(AppDbContext db, Association association, List<Organisation> members, DateOnly today)
    {
        // Lay auditors serve the councils' four years from 1 January after the election.
        var calendar = options.Value.Calendar;
        var election = Enumerable.Range(1, calendar.IntervalYears).Select(k => today.Year - k).First(calendar.IsElectionYear);
        var start = new DateOnly(election + 1, 1, 1);
        foreach (var member in members.Where(m => !m.IsStateParty))
        {
            db.Add(new Auditor
            {
                AssociationId = association.Id, PersonName = NextName(), Kind = AuditorKind.MemberAuditor, AppointedByOrganisationId = member.Id,
                DecisionDate = start.AddDays(-30), TermStart = start, TermEnd = start.AddYears(calendar.IntervalYears).AddDays(-1),
            });
        }

        var fk = members.First(m => m.Kind == OrganisationKind.SocialInsuranceAgency);
        db.Add(new Auditor
        {
            AssociationId = association.Id, PersonName = NextName(), Firm = "Demo Revision AB (fiktiv byrå)", Kind = AuditorKind.StateAuditor,
            AppointedByOrganisationId = fk.Id, DecisionDate = start.AddDays(-45), TermStart = start,
        });
    }

    private async Task AddMeetingsAsync(
        AppDbContext db, Association association, List<Organisation> members, List<BoardAppointment> appointments, CharterVersion charter,
        string place, bool isFirst, DateOnly today, CancellationToken ct)
    {
        var numbers = new Dictionary<int, int>();
        var holdings = appointments.Select(a => new SeatHolding(a.Id, a.OrganisationId, a.PersonName, a.Role, a.SubstituteOrder, a.Office, a.TermStart, a.TermEnd)).ToList();
        var lastYear = today.Year - 1;
        // The second municipality (the first one holds the vice chair) has a ledamot away at one meeting.
        var municipalities = members.Where(m => m.CountsAsMunicipality).ToList();
        var municipalityId = municipalities[Math.Min(1, municipalities.Count - 1)].Id;

        BoardMeeting Meeting(int daysFromToday, MeetingKind kind)
        {
            var date = today.AddDays(daysFromToday);
            var approved = date.AddDays(7);
            var noticed = date.AddDays(-10);
            var meeting = new BoardMeeting
            {
                AssociationId = association.Id, Date = date, Place = place + " (demo)", Kind = kind, StartsAt = new TimeOnly(13, 0),
                NoticeSentOn = noticed <= today ? noticed : null,
                MinutesCheckers = approved <= today ? "Ordföranden och vice ordföranden" : null,
                MinutesApprovedOn = approved <= today ? approved : null,
            };
            db.Add(meeting);
            return meeting;
        }

        AgendaItem Item(BoardMeeting meeting, int position, string title, string? description = null)
        {
            var item = new AgendaItem { AssociationId = association.Id, MeetingId = meeting.Id, Position = position, Title = title, Description = description };
            db.Add(item);
            return item;
        }

        BoardDecision Decide(BoardMeeting meeting, AgendaItem item, string title, string text)
        {
            var year = meeting.Date.Year;
            numbers[year] = numbers.GetValueOrDefault(year) + 1;
            var decision = new BoardDecision
            {
                AssociationId = association.Id, MeetingId = meeting.Id, AgendaItemId = item.Id, Year = year, Number = numbers[year], Title = title, Text = text,
            };
            db.Add(decision);
            return decision;
        }

        IReadOnlyList<ServingAssignment> Attend(BoardMeeting meeting, Func<SeatHolding, bool> present)
        {
            var active = holdings.Where(h => h.IsActiveOn(meeting.Date)).ToList();
            var assignments = AttendanceRule.Resolve(active, active.Where(present).Select(h => h.AppointmentId).ToHashSet());
            foreach (var a in assignments)
            {
                db.Add(new MeetingAttendance { AssociationId = association.Id, MeetingId = meeting.Id, AppointmentId = a.AppointmentId, Capacity = a.Capacity, ReplacesAppointmentId = a.Replaces });
            }

            meeting.AttendanceRecorded = true;
            return assignments;
        }

        // Last autumn (at the latest 230 days ago, so before every other demo meeting and numbered first in its year):
        // this year's plan and budget, which the economy's demo data adopts.
        var lastAutumn = Meeting(Math.Min(new DateOnly(lastYear, 11, 20).DayNumber - today.DayNumber, -230), MeetingKind.Ordinary);
        Item(lastAutumn, 1, "Mötets öppnande, val av justerare");
        var thisYearsBudget = Item(lastAutumn, 2, $"Verksamhetsplan och budget {today.Year}", "Efter samråd med medlemmarna.");
        var thisYearsBudgetDecision = Decide(lastAutumn, thisYearsBudget, $"Verksamhetsplan och budget {today.Year}",
            $"Styrelsen fastställer verksamhetsplan och budget för {today.Year} med plan för {today.Year + 1}–{today.Year + 2}.");
        thisYearsBudgetDecision.LinkKind = DecisionLinkKind.Budget;
        thisYearsBudgetDecision.LinkText = $"Verksamhetsplan och budget {today.Year}";
        if (holdings.Any(h => h.IsActiveOn(lastAutumn.Date)))
        {
            Attend(lastAutumn, h => h.Role == BoardRole.BoardMember);
        }

        // Spring: the annual report and the revised charter. Everyone but the ersättare attends.
        var spring = Meeting(-200, MeetingKind.Ordinary);
        Item(spring, 1, "Mötets öppnande, val av justerare");
        var report = Item(spring, 2, $"Årsredovisning {lastYear}");
        var charterItem = Item(spring, 3, "Förbundsordning", "Medlemmarna har antagit en reviderad förbundsordning.");
        Decide(spring, report, $"Årsredovisning {lastYear}", $"Styrelsen godkänner årsredovisningen för {lastYear} och överlämnar den till revisorerna och medlemmarna.");
        var charterDecision = Decide(spring, charterItem, "Reviderad förbundsordning", "Styrelsen noterar att samtliga medlemmar har antagit den reviderade förbundsordningen.");
        charterDecision.LinkKind = DecisionLinkKind.CharterVersion;
        charterDecision.LinkedId = charter.Id;
        charterDecision.LinkText = $"gäller från {SwedishCulture.Date(charter.ValidFrom)}";
        Attend(spring, h => h.Role == BoardRole.BoardMember);

        // Summer: a funding decision with a counted vote; one municipality's ledamot is absent and the ersättare serves.
        var summer = Meeting(-110, MeetingKind.Ordinary);
        Item(summer, 1, "Mötets öppnande, val av justerare");
        var funding = Item(summer, 2, "Ansökan om medel", "Ansökan från två parter om en gemensam insats (demo).");
        var fundingDecision = Decide(summer, funding, "Medel till insatsen Steg mot arbete (demo)",
            "Styrelsen beviljar medel till insatsen för perioden enligt ansökan, under förutsättning att avtal tecknas med insatsägaren.");
        fundingDecision.LinkKind = DecisionLinkKind.FundingDecision;
        fundingDecision.LinkText = "Insatsen Steg mot arbete (demo)";
        var absent = appointments.First(a => a.Role == BoardRole.BoardMember && a.OrganisationId == municipalityId && a.IsActiveOn(summer.Date));
        var served = Attend(summer, h => h.Role == BoardRole.BoardMember ? h.AppointmentId != absent.Id : h.OrganisationId == municipalityId);
        var serving = AttendanceRule.ServingCount(served);
        fundingDecision.VoteKind = VoteKind.Counted;
        (fundingDecision.VotesFor, fundingDecision.VotesAgainst, fundingDecision.VotesAbstaining) = (serving - 1, 1, 0);

        // Autumn: plan and budget; in the second association a roll-call vote. Its notice, a paper and the minutes as files.
        var autumn = Meeting(-40, MeetingKind.Ordinary);
        foreach (var (kind, title) in new[] { (MeetingDocumentKind.Notice, "Kallelse"), (MeetingDocumentKind.Paper, $"Förslag till verksamhetsplan och budget {today.Year + 1}"), (MeetingDocumentKind.Minutes, "Protokoll") })
        {
            var pdf = DemoPdf.Create([$"{title}, sammanträdet {SwedishCulture.Date(autumn.Date)}", association.Name, "Exempelhandling i Samordnas demodata.", "Inte en riktig handling."]);
            var file = DocumentFiles.Check(pdf, $"{title} (demo).pdf").ValueOrThrow();
            var document = new MeetingDocument
            {
                AssociationId = association.Id, MeetingId = autumn.Id, Kind = kind, FileName = file.FileName, ContentType = file.Type.ContentType, Size = file.Size,
                StorageKey = Guid.NewGuid().ToString("N"), UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedBy = "Demodata",
            };
            await store.PutAsync(document.StorageKey, pdf, ct);
            db.Add(document);
        }

        Item(autumn, 1, "Mötets öppnande, val av justerare");
        var budget = Item(autumn, 2, $"Verksamhetsplan och budget {today.Year + 1}", "Efter samråd med medlemmarna.");
        var budgetDecision = Decide(autumn, budget, $"Verksamhetsplan och budget {today.Year + 1}",
            $"Styrelsen fastställer verksamhetsplan och budget för {today.Year + 1} med plan för {today.Year + 2}–{today.Year + 3}.");
        budgetDecision.LinkKind = DecisionLinkKind.Budget;
        budgetDecision.LinkText = $"Verksamhetsplan och budget {today.Year + 1}";
        var autumnServing = Attend(autumn, h => h.Role == BoardRole.BoardMember);
        if (!isFirst)
        {
            budgetDecision.VoteKind = VoteKind.RollCall;
            var voters = autumnServing.Where(a => a.Capacity != AttendanceCapacity.NonServingSubstitute).Select(a => a.AppointmentId).ToList();
            foreach (var (voter, i) in voters.Select((v, i) => (v, i)))
            {
                var choice = i == 0 ? VoteChoice.Abstain : VoteChoice.For;
                db.Add(new DecisionVote { AssociationId = association.Id, DecisionId = budgetDecision.Id, AppointmentId = voter, Choice = choice });
            }

            (budgetDecision.VotesFor, budgetDecision.VotesAgainst, budgetDecision.VotesAbstaining) = (voters.Count - 1, 0, 1);
        }

        // The next meeting, not yet held.
        var next = Meeting(21, MeetingKind.Ordinary);
        Item(next, 1, "Mötets öppnande, val av justerare");
        Item(next, 2, "Uppföljning av insatser");
        await Task.CompletedTask;
    }

    /// <summary>Last year's discharge: each member decides in spring; dates still ahead stay pending, and one member is always pending.</summary>
    private static void AddDischarges(AppDbContext db, Association association, List<Organisation> members, DateOnly today)
    {
        var year = today.Year - 1;
        foreach (var (member, i) in members.Select((m, i) => (m, i)))
        {
            var decided = new DateOnly(today.Year, 4, 15).AddDays(i * 9);
            var pending = i == members.Count - 1 || decided > today;
            db.Add(new Discharge
            {
                AssociationId = association.Id, Year = year, OrganisationId = member.Id,
                Outcome = pending ? DischargeOutcome.Pending : DischargeOutcome.Granted,
                DecidedOn = pending ? null : decided,
                Note = pending ? "Ärendet är inte behandlat av medlemmen ännu (demo)." : null,
            });
        }
    }
}
