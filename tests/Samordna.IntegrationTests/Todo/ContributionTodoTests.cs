using System.Net;
using System.Net.Http.Json;
using Samordna.IntegrationTests.Allocation;
using Samordna.TestSupport;
using Samordna.Web.Features.Allocation.Todo;
using Samordna.Web.Features.Todo;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Todo;

/// <summary>
/// The allocation's to-do item, on the allocation tests' own database (national runs, ADR 0305): the contribution
/// table to adopt appears once the state allocation for the year is decided, this year or next, and goes once adopted.
/// The allocation years lie in the future, so the source is asked for a date in them rather than through the page.
/// </summary>
[Collection(AllocationCollection.Name)]
public sealed class ContributionTodoTests(AllocationFixture app)
{
    private Task<IReadOnlyList<TodoItem>> ItemsAsync(Guid associationId, DateOnly today) =>
        app.Host.WithDbAsync(db => new ContributionTodoSource(db).ItemsAsync(associationId, today, CancellationToken.None));

    [Fact]
    public async Task The_contribution_table_is_to_adopt_for_the_office_from_the_decision_until_it_is_adopted()
    {
        var s = await AllocationScenario.CreateAsync(app.Host);
        var runId = await s.SaveRunAsync("Beslutas");
        var inTheYear = new DateOnly(s.Year, 2, 1);
        var theYearBefore = new DateOnly(s.Year - 1, 12, 1);

        Assert.Empty(await ItemsAsync(s.Beta.Id, inTheYear));

        await s.DecideAsync(runId);
        var item = Assert.Single(await ItemsAsync(s.Beta.Id, inTheYear));
        Assert.Equal(ContributionTodoSource.Code, item.Code);
        Assert.Equal(TodoAudience.Office, item.Audience);
        Assert.Equal($"/forbund/{s.Beta.Id}/medlemsbidrag/faststall?ar={s.Year}", item.Link);
        Assert.Equal($"Statens medel för {s.Year} är beslutade, men medlemsbidragen för {s.Year} är inte fastställda.", item.Text);
        Assert.Single(await ItemsAsync(s.Beta.Id, theYearBefore));
        Assert.Empty(await ItemsAsync(s.Beta.Id, new DateOnly(s.Year + 1, 2, 1)));

        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, s.Beta.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var adopted = await api.PostAsJsonAsync($"/api/v1/associations/{s.Beta.Id}/contributions/{s.Year}/adoption", new { note = "Styrelsen § 3" });
        Assert.True(adopted.StatusCode == HttpStatusCode.Created, await adopted.BodyAsync());

        Assert.Empty(await ItemsAsync(s.Beta.Id, inTheYear));
        Assert.Single(await ItemsAsync(s.Gamma.Id, inTheYear));
    }
}
