using Samordna.Web.Domain;
using Samordna.Web.Features.Todo;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.UnitTests.Todo;

public sealed class TodoListTests
{
    private static readonly DateOnly Today = new(2026, 5, 15);
    private static readonly Guid AssociationId = Guid.NewGuid();
    private static readonly Guid Varnamo = Guid.NewGuid();
    private static readonly Guid Gislaved = Guid.NewGuid();

    private static readonly HashSet<string> NothingReplaced = [];

    private static TodoItem Item(string text, DateOnly? due = null, TodoAudience? audience = null, string code = "TODO-TEST", string area = "Styrelse") =>
        new(code, area, due, audience ?? TodoAudience.Office, text, "/forbund/x");

    private static TodoViewer Viewer(params (Role Role, Guid? Organisation)[] roles) =>
        TodoViewer.For(roles.Select(r => new RoleAssignment { Role = r.Role, AssociationId = r.Role.IsNational() ? null : AssociationId, MemberOrganisationId = r.Organisation }), AssociationId);

    [Fact]
    public void Overdue_items_come_first_oldest_first_then_those_due_nearest_first_then_those_without_a_date()
    {
        var items = new[]
        {
            Item("utan datum"),
            Item("om en månad", Today.AddMonths(1)),
            Item("i dag", Today),
            Item("i går", Today.AddDays(-1)),
            Item("förra året", Today.AddYears(-1)),
        };

        var ordered = TodoList.Order(items, Today).Select(i => i.Text);

        Assert.Equal(["förra året", "i går", "i dag", "om en månad", "utan datum"], ordered);
    }

    [Fact]
    public void Due_today_is_not_overdue_but_due_yesterday_is()
    {
        Assert.False(Item("i dag", Today).IsOverdueOn(Today));
        Assert.True(Item("i går", Today.AddDays(-1)).IsOverdueOn(Today));
        Assert.False(Item("utan datum").IsOverdueOn(Today));
    }

    [Fact]
    public void Items_on_the_same_day_are_ordered_by_area_and_text_in_Swedish_order()
    {
        var items = new[] { Item("Ö", Today, area: "Styrelse"), Item("Å", Today, area: "Styrelse"), Item("Z", Today, area: "Insatser") };

        Assert.Equal(["Z", "Å", "Ö"], TodoList.Order(items, Today).Select(i => i.Text));
    }

    [Fact]
    public void The_office_and_the_national_roles_see_every_item()
    {
        var items = AllAudiences();

        Assert.Equal(items.Length, TodoList.For(items, NothingReplaced, Viewer((Role.AssociationAdministrator, null)), Today).Count);
        Assert.Equal(items.Length, TodoList.For(items, NothingReplaced, Viewer((Role.NationalAdministrator, null)), Today).Count);
    }

    [Fact]
    public void A_board_member_sees_the_boards_items_only()
    {
        var seen = TodoList.For(AllAudiences(), NothingReplaced, Viewer((Role.BoardMember, null)), Today);

        Assert.Equal(["styrelsen"], seen.Select(i => i.Text));
    }

    [Fact]
    public void A_member_representative_sees_their_own_members_items_and_not_another_members_nor_the_same_organisation_as_owner()
    {
        var seen = TodoList.For(AllAudiences(), NothingReplaced, Viewer((Role.MemberRepresentative, Varnamo)), Today);

        Assert.Equal(["Värnamo som medlem"], seen.Select(i => i.Text));
    }

    [Fact]
    public void An_intervention_owner_sees_their_organisations_items_as_owner_only()
    {
        var seen = TodoList.For(AllAudiences(), NothingReplaced, Viewer((Role.InterventionOwner, Varnamo)), Today);

        Assert.Equal(["Värnamo som insatsägare"], seen.Select(i => i.Text));
    }

    [Fact]
    public void Someone_with_several_roles_sees_the_items_of_each_and_an_auditor_sees_none()
    {
        var seen = TodoList.For(AllAudiences(), NothingReplaced, Viewer((Role.BoardMember, null), (Role.PreparatoryGroupMember, null)), Today);

        Assert.Equal(["beredningsgruppen", "styrelsen"], seen.Select(i => i.Text));
        Assert.Empty(TodoList.For(AllAudiences(), NothingReplaced, Viewer((Role.Auditor, null)), Today));
    }

    [Fact]
    public void A_role_in_another_association_gives_nothing_here()
    {
        var elsewhere = new RoleAssignment { Role = Role.AssociationAdministrator, AssociationId = Guid.NewGuid() };

        Assert.Empty(TodoList.For(AllAudiences(), NothingReplaced, TodoViewer.For([elsewhere], AssociationId), Today));
    }

    [Fact]
    public void A_finding_that_another_source_replaces_is_left_out_and_the_rest_stay()
    {
        var items = new[] { Item("panelens varning", Today, code: "GOV-TERM-ENDING"), Item("medlemmens punkt", Today, code: "TODO-GOV-TERM-ENDING"), Item("annan brist", Today, code: "GOV-CHAIR-MISSING") };

        var seen = TodoList.For(items, new HashSet<string> { "GOV-TERM-ENDING" }, Viewer((Role.AssociationAdministrator, null)), Today);

        Assert.Equal(["annan brist", "medlemmens punkt"], seen.Select(i => i.Text));
    }

    [Theory]
    [InlineData(0, "0 punkter")]
    [InlineData(1, "1 punkt")]
    [InlineData(2, "2 punkter")]
    public void Counts_agree_in_number_in_Swedish(int count, string expected) =>
        Assert.Equal(expected, SwedishCulture.Count(count, "punkt", "punkter"));

    [Fact]
    public void The_audience_is_named_in_Swedish()
    {
        Assert.Equal("Kansliet", TodoAudience.Office.Describe());
        Assert.Equal("Styrelsen", TodoAudience.Board.Describe());
        Assert.Equal("Värnamo kommun", TodoAudience.Member(Varnamo, "Värnamo kommun").Describe());
        Assert.Equal("Värnamo kommun (insatsägare)", TodoAudience.Owner(Varnamo, "Värnamo kommun").Describe());
    }

    private static TodoItem[] AllAudiences() =>
    [
        Item("kansliet", Today),
        Item("styrelsen", Today, TodoAudience.Board),
        Item("beredningsgruppen", Today, TodoAudience.PreparatoryGroup),
        Item("Värnamo som medlem", Today, TodoAudience.Member(Varnamo, "Värnamo kommun")),
        Item("Gislaved som medlem", Today, TodoAudience.Member(Gislaved, "Gislaveds kommun")),
        Item("Värnamo som insatsägare", Today, TodoAudience.Owner(Varnamo, "Värnamo kommun")),
    ];
}
