using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Features.Economy.Todo;
using Samordna.Web.Features.Todo;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Economy;

/// <summary>
/// The to-do list warns as 31 March nears without an approved annual report for last year (Economy:AnnualReportWarningDays,
/// 45, before it), goes on warning after it, and stops once the board has decided on it; the day is the caller's (an injected clock).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AnnualReportTodoTests(AppFixture app)
{
    [Fact]
    public async Task The_board_is_reminded_of_last_year_s_annual_report_until_it_has_approved_it()
    {
        var association = await app.Host.CreateAssociationAsync(formed: new DateOnly(2015, 1, 1));
        Assert.Empty(await ItemsAsync(association.Id, new DateOnly(2027, 2, 13)));
        var item = Assert.Single(await ItemsAsync(association.Id, new DateOnly(2027, 2, 14)));
        Assert.Equal(new DateOnly(2027, 3, 31), item.DueOn);
        Assert.Contains("Årsredovisningen för 2026", item.Text, StringComparison.Ordinal);
        Assert.False(item.IsOverdueOn(new DateOnly(2027, 3, 31)));
        Assert.True(Assert.Single(await ItemsAsync(association.Id, new DateOnly(2027, 4, 1))).IsOverdueOn(new DateOnly(2027, 4, 1)));

        // The board approves it with a decision of the kind "Årsredovisning" in the year.
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var meeting = await api.PostAsJsonAsync($"/api/v1/associations/{association.Id}/meetings", new { date = "2027-03-20", place = "Kansliet", kind = "Ordinary" });
        Assert.True(meeting.IsSuccessStatusCode, await meeting.BodyAsync());
        var meetingId = JsonDocument.Parse(await meeting.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var decision = await api.PostAsJsonAsync($"/api/v1/associations/{association.Id}/meetings/{meetingId}/decisions",
            new { title = "Årsredovisning 2026", text = "Styrelsen godkänner årsredovisningen.", linkKind = "AnnualReport", linkText = "Årsredovisning 2026" });
        Assert.True(decision.StatusCode == HttpStatusCode.Created, await decision.BodyAsync());
        Assert.Empty(await ItemsAsync(association.Id, new DateOnly(2027, 3, 25)));
    }

    [Fact]
    public async Task An_association_formed_this_year_has_no_annual_report_to_deliver()
    {
        var association = await app.Host.CreateAssociationAsync(formed: new DateOnly(2027, 1, 1));
        Assert.Empty(await ItemsAsync(association.Id, new DateOnly(2027, 3, 1)));
    }

    private async Task<IReadOnlyList<TodoItem>> ItemsAsync(Guid associationId, DateOnly today)
    {
        using var scope = app.Host.CreateScope();
        return await scope.ServiceProvider.GetServices<ITodoSource>().OfType<AnnualReportTodoSource>().Single().ItemsAsync(associationId, today, CancellationToken.None);
    }
}
