using System.Net;
using System.Text.Json;
using Samordna.IntegrationTests.Interventions;
using Samordna.TestSupport;
using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation.Todo;
using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.SaveAppointment;
using Samordna.Web.Features.Governance.SaveAuditor;
using Samordna.Web.Features.Governance.SaveMeeting;
using Samordna.Web.Features.Governance.Todo;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Interventions.Todo;
using Samordna.Web.Features.Registry.Rules;
using Samordna.Web.Features.Registry.Todo;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Todo;

/// <summary>
/// The association's to-do list ("Att göra") over HTTP: each area's source yields its item, with a link that works, for
/// the role that should act and not for the others; a user of another association is refused.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class TodoTests(AppFixture app)
{
    private const string Gislaved = "0662";
    private const string Gnosjo = "0617";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Item(string Code, string? DueOn, bool Overdue, string Audience, Guid? OrganisationId, string Who, string Text, string Link);

    private sealed record Arranged(TestAssociation Association, DateOnly Today);

    /// <summary>
    /// An association with something to do in every source: a meeting in ten days with an empty agenda, one ten days ago
    /// with neither attendance nor approved minutes, last year's discharge not decided, a board term of Gislaved's and an
    /// auditor's of Gnosjö's ending in 30 days, a charter version in 60 days no member has decided on, Gislaved's
    /// intervention with a report late and one due in ten days, Gnosjö's decided and waiting for the agreement and
    /// Gnosjö's application with a complement asked for, one prepared and one submitted application.
    /// </summary>
    private async Task<Arranged> ArrangeAsync()
    {
        var a = await app.Host.CreateAssociationAsync(municipalities: [Gislaved, Gnosjo]);
        var today = SwedishCulture.Today(TimeProvider.System);
        await MeetingAsync(a, today.AddDays(10));
        await MeetingAsync(a, today.AddDays(-10));
        var appointment = new AppointmentRequest("Ledamot Tidsgräns", a.Members[Gislaved], a.Members[Gislaved], BoardRole.BoardMember, null,
            EligibilityBasis.CouncilMember, new DateOnly(2023, 3, 1), new DateOnly(2023, 4, 1), today.AddDays(30), BoardOffice.None, null);
        await app.Host.RunAsync<SaveAppointmentHandler, Saved>(a.Id, SaveAppointmentHandler.Validate(appointment, isUpdate: false), (h, ct) => h.CreateAsync(a.Id, appointment, ct));
        var auditor = new AuditorRequest("Revisor Tidsgräns", null, AuditorKind.MemberAuditor, a.Members[Gnosjo], new DateOnly(2023, 3, 1), new DateOnly(2023, 4, 1), today.AddDays(30), null);
        await app.Host.RunAsync<SaveAuditorHandler, Saved>(a.Id, SaveAuditorHandler.Validate(auditor, isUpdate: false), (h, ct) => h.CreateAsync(a.Id, auditor, ct));
        await app.Host.CreateCharterVersionAsync(a, today.AddDays(60), allDecided: false);

        var reports = await app.Host.CreateInterventionAsync(a, name: "Rapportinsats", parties: ["FK", Gislaved], owner: Gislaved);
        await app.Host.AdvanceAsync(a, reports, InterventionState.Active, interimDue: today.AddDays(-5), finalDue: today.AddDays(10));
        var decided = await app.Host.CreateInterventionAsync(a, name: "Avtalsinsats", parties: ["FK", Gnosjo], owner: Gnosjo, places: [Gnosjo]);
        await app.Host.AdvanceAsync(a, decided, InterventionState.Decided);
        var prepared = await app.Host.CreateInterventionAsync(a, name: "Beredd ansökan", parties: ["FK", Gislaved], owner: Gislaved);
        await app.Host.AdvanceAsync(a, prepared, InterventionState.Prepared);
        var submitted = await app.Host.CreateInterventionAsync(a, name: "Inlämnad ansökan", parties: ["FK", Gislaved], owner: Gislaved);
        await app.Host.AdvanceAsync(a, submitted, InterventionState.Submitted);
        var complement = await app.Host.CreateInterventionAsync(a, name: "Kompletteringsansökan", parties: ["FK", Gnosjo], owner: Gnosjo, places: [Gnosjo]);
        await app.Host.AdvanceAsync(a, complement, InterventionState.Submitted);
        await app.Host.MoveAsync(a, complement, InterventionTestData.Move(InterventionMove.RequestComplement, await app.Host.VersionAsync(complement)));
        return new Arranged(a, today);
    }

    private async Task MeetingAsync(TestAssociation a, DateOnly date)
    {
        var meeting = new MeetingRequest(date, "Sammanträdesrummet", MeetingKind.Ordinary, null, null);
        await app.Host.RunAsync<SaveMeetingHandler, Saved>(a.Id, SaveMeetingHandler.Validate(meeting, isUpdate: false), (h, ct) => h.CreateAsync(a.Id, meeting, ct));
    }

    private async Task<List<Item>> ItemsAsync(TestAssociation a, Role role, string? organisation = null)
    {
        var user = await app.Host.CreateUserAsync(role, a.Id, organisation is null ? null : a.Members[organisation]);
        using var api = await app.Host.ApiClientAsync(user);
        var response = await api.GetAsync($"/api/v1/associations/{a.Id}/todo");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.BodyAsync());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = json.RootElement.GetProperty("items").Deserialize<List<Item>>(Json)!;
        Assert.Equal(items.Count, json.RootElement.GetProperty("count").GetInt32());
        return items;
    }

    private static string Codes(IEnumerable<Item> items) => string.Join(", ", items.Select(i => i.Code));

    [Fact]
    public async Task The_office_sees_an_item_from_every_source_overdue_first_and_each_link_opens_its_page()
    {
        var (a, today) = await ArrangeAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, a.Id);

        var items = await ItemsAsync(a, Role.AssociationAdministrator);

        string[] expected =
        [
            GovernanceTodoSource.NextMeeting, GovernanceTodoSource.EmptyAgenda, GovernanceTodoSource.Attendance, GovernanceTodoSource.Minutes, GovernanceTodoSource.Notice,
            GovernanceTodoSource.Discharge, GovernanceTodoSource.TermEnding, GovernanceTodoSource.AuditorTermEnding, CharterDecisionTodoSource.Code,
            InterventionTodoSource.ReportDue, InterventionTodoSource.ReportLate, InterventionTodoSource.SignAgreement,
            InterventionTodoSource.PlaceOnAgenda, InterventionTodoSource.Prepare, InterventionTodoSource.Complement,
        ];
        foreach (var code in expected)
        {
            Assert.True(items.Any(i => i.Code == code), $"{code} saknas: {Codes(items)}");
        }

        // The panel's findings are items too, except those a source says more precisely for the right member.
        Assert.Contains(items, i => i.Code == "GOV-CHAIR-MISSING" && i.Link == $"/forbund/{a.Id}/regelefterlevnad");
        Assert.DoesNotContain(items, i => i.Code is "GOV-TERM-ENDING" or "GOV-AUDITOR-TERM-ENDING" or "GOV-DISCHARGE-OUTSTANDING" || i.Code == CharterRule.Code);
        Assert.DoesNotContain(items, i => i.Code == ContributionTodoSource.Code);

        Assert.True(items[0].Overdue, Codes(items));
        Assert.Equal(items.Count(i => i.Overdue), items.TakeWhile(i => i.Overdue).Count());
        var late = Assert.Single(items, i => i.Code == InterventionTodoSource.ReportLate);
        Assert.Equal($"Delrapport för Rapportinsats skulle ha lämnats {SwedishCulture.Date(today.AddDays(-5))}.", late.Text);
        Assert.Equal("Gislaveds kommun (insatsägare)", late.Who);
        var next = Assert.Single(items, i => i.Code == GovernanceTodoSource.NextMeeting);
        Assert.Equal(SwedishCulture.Date(today.AddDays(10)), next.DueOn);
        Assert.Contains("med 0 punkter på dagordningen", next.Text, StringComparison.Ordinal);

        using var pages = await app.Host.SignedInPageClientAsync(office);
        foreach (var link in items.Select(i => i.Link).Distinct())
        {
            var response = await pages.GetAsync(link);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_board_member_sees_the_next_meeting_and_the_minutes_to_approve_and_nothing_else()
    {
        var (a, _) = await ArrangeAsync();

        var items = await ItemsAsync(a, Role.BoardMember);

        Assert.True(items.Count > 0 && items.All(i => i.Audience == "Board"), Codes(items));
        Assert.Contains(items, i => i.Code == GovernanceTodoSource.NextMeeting);
        Assert.Contains(items, i => i.Code == GovernanceTodoSource.Minutes);
        Assert.All(items, i => Assert.Equal("Styrelsen", i.Who));
    }

    [Fact]
    public async Task A_member_representative_sees_their_own_members_charter_decision_discharge_and_term_and_not_another_members()
    {
        var (a, _) = await ArrangeAsync();

        var varnamo = await ItemsAsync(a, Role.MemberRepresentative, Gislaved);
        var gnosjo = await ItemsAsync(a, Role.MemberRepresentative, Gnosjo);

        Assert.True(varnamo.All(i => i.Audience == "Member" && i.OrganisationId == a.Members[Gislaved]), Codes(varnamo));
        Assert.Equal([GovernanceTodoSource.Discharge, GovernanceTodoSource.TermEnding, CharterDecisionTodoSource.Code],
            varnamo.Select(i => i.Code).Order(StringComparer.Ordinal));
        Assert.Contains("Ledamot Tidsgräns", Assert.Single(varnamo, i => i.Code == GovernanceTodoSource.TermEnding).Text, StringComparison.Ordinal);
        Assert.True(gnosjo.All(i => i.OrganisationId == a.Members[Gnosjo]), Codes(gnosjo));
        Assert.Contains(gnosjo, i => i.Code == GovernanceTodoSource.AuditorTermEnding);
        Assert.DoesNotContain(gnosjo, i => i.Code == GovernanceTodoSource.TermEnding);
    }

    [Fact]
    public async Task An_intervention_owner_sees_their_organisations_reports_complements_and_agreements_and_not_another_owners()
    {
        var (a, _) = await ArrangeAsync();

        var varnamo = await ItemsAsync(a, Role.InterventionOwner, Gislaved);
        var gnosjo = await ItemsAsync(a, Role.InterventionOwner, Gnosjo);

        Assert.Equal([InterventionTodoSource.ReportLate, InterventionTodoSource.ReportDue], varnamo.Select(i => i.Code));
        Assert.True(varnamo[0].Overdue && !varnamo[1].Overdue, Codes(varnamo));
        Assert.Equal([InterventionTodoSource.Complement, InterventionTodoSource.SignAgreement], gnosjo.Select(i => i.Code));
        Assert.EndsWith("/steg?steg=Resubmit", gnosjo[0].Link, StringComparison.Ordinal);
        Assert.EndsWith("/steg?steg=SignAgreement", gnosjo[1].Link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preparatory_group_sees_the_applications_to_prepare_and_an_auditor_sees_nothing()
    {
        var (a, _) = await ArrangeAsync();

        var group = await ItemsAsync(a, Role.PreparatoryGroupMember);

        var prepare = Assert.Single(group);
        Assert.Equal(InterventionTodoSource.Prepare, prepare.Code);
        Assert.Contains("Inlämnad ansökan", prepare.Text, StringComparison.Ordinal);
        Assert.Empty(await ItemsAsync(a, Role.Auditor));
    }

    [Fact]
    public async Task The_page_is_first_in_the_association_menu_shows_the_count_in_Swedish_and_marks_late_items_in_words()
    {
        var (a, _) = await ArrangeAsync();
        var owner = await app.Host.CreateUserAsync(Role.InterventionOwner, a.Id, a.Members[Gislaved]);
        using var pages = await app.Host.SignedInPageClientAsync(owner);

        var html = await pages.GetStringAsync($"/forbund/{a.Id}/att-gora");

        Assert.Contains("<h1>Att göra</h1>", html, StringComparison.Ordinal);
        Assert.Contains("2 punkter att göra, varav 1 försenad.", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tag tag-error\">Försenad</span>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Sista dag</th>", html, StringComparison.Ordinal);
        var menu = html[html.IndexOf("aria-label=\"Förbundets sidor\"", StringComparison.Ordinal)..];
        Assert.StartsWith($"<li><a href=\"/forbund/{a.Id}/att-gora\"", menu[menu.IndexOf("<li>", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains($"href=\"/forbund/{a.Id}/att-gora\"", await pages.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_of_another_association_is_refused_the_page_and_the_API()
    {
        var a = await app.Host.CreateAssociationAsync();
        var other = await app.Host.CreateAssociationAsync();
        var stranger = await app.Host.CreateUserAsync(Role.AssociationAdministrator, other.Id);
        using var api = await app.Host.ApiClientAsync(stranger);
        using var pages = await app.Host.SignedInPageClientAsync(stranger);

        var apiResponse = await api.GetAsync($"/api/v1/associations/{a.Id}/todo");
        var pageResponse = await pages.GetAsync($"/forbund/{a.Id}/att-gora");

        Assert.True(apiResponse.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, await apiResponse.BodyAsync());
        Assert.True(pageResponse.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{(int)pageResponse.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/associations/{other.Id}/todo")).StatusCode);
    }
}
