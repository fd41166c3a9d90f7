using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Samordna.IntegrationTests.Interventions;
using Samordna.TestSupport;
using Samordna.Web.Domain;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Registry;

/// <summary>
/// An association's public page lists its published interventions (and no others) and its adopted budget per category
/// (never a draft, never a line's words), and shows a change at once on the instance that made it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PublicAssociationPageTests(AppFixture app)
{
    [Fact]
    public async Task The_public_page_shows_published_interventions_and_the_adopted_budget_only()
    {
        var association = await app.Host.CreateAssociationAsync();
        using var api = await app.Host.ApiClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));
        var published = await app.Host.CreateInterventionAsync(association, "Publicerad insats " + TestData.NextSerial());
        await app.Host.AdvanceAsync(association, published, InterventionState.Active);
        await app.Host.PublishAsync(association, published);
        var hidden = await app.Host.CreateInterventionAsync(association, "Opublicerad insats " + TestData.NextSerial());
        await app.Host.AdvanceAsync(association, hidden, InterventionState.Active);

        using var visitor = app.Host.NewClient();
        var url = $"/forbund/{association.Id}/om";
        var before = Clients.PlainText(await visitor.GetStringAsync(url));
        Assert.Contains($"/insatser/{published}", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Opublicerad insats", before, StringComparison.Ordinal);
        Assert.Contains("ingen fastställd budget för i år", before, StringComparison.Ordinal);

        // This year's budget adopted, with a line for the unpublished intervention; next year's only a draft.
        var year = SwedishCulture.Today(app.Host.Services.GetRequiredService<TimeProvider>()).Year;
        var budgets = $"/api/v1/associations/{association.Id}/budgets";
        var id = (await Clients.JsonAsync(await api.PostAsJsonAsync(budgets, new { year }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var version = (await Clients.JsonAsync(await api.GetAsync($"{budgets}/{id}"), HttpStatusCode.OK)).GetProperty("version").GetInt64();
        var lines = new object[]
        {
            new { category = "MemberContribution", organisationId = association.Members["FK"], label = "Försäkringskassan", amount = 1_000_000m, planYear1 = 0m, planYear2 = 0m },
            new { category = "Administration", label = "Kansli", amount = 600_000.50m, planYear1 = 0m, planYear2 = 0m },
            new { category = "Intervention", interventionId = hidden, label = "Opublicerad insats i budgeten", amount = 150_000m, planYear1 = 0m, planYear2 = 0m },
        };
        version = (await Clients.JsonAsync(await api.PutAsJsonAsync($"{budgets}/{id}/lines", new { lines, version }), HttpStatusCode.OK)).GetProperty("version").GetInt64();
        version = (await Clients.JsonAsync(await api.PostAsJsonAsync($"{budgets}/{id}/consultation", new { until = $"{year - 1}-10-31", version }), HttpStatusCode.OK)).GetProperty("version").GetInt64();
        var (_, decision) = await app.Host.CreateDecisionAsync(association, new DateOnly(year - 1, 11, 20), "Budget");
        await Clients.JsonAsync(await api.PostAsJsonAsync($"{budgets}/{id}/adoption", new { decisionId = decision, adoptedOn = $"{year - 1}-11-20", version }), HttpStatusCode.OK);
        await Clients.JsonAsync(await api.PostAsJsonAsync(budgets, new { year = year + 1 }), HttpStatusCode.Created);

        var after = Clients.PlainText(await visitor.GetStringAsync(url));
        Assert.Contains($"Budget {year}, fastställd av styrelsen {year - 1}-11-20", after, StringComparison.Ordinal);
        Assert.Contains("1 000 000 kr", after, StringComparison.Ordinal);
        Assert.Contains("750 000,50 kr", after, StringComparison.Ordinal);
        Assert.Contains("249 999,50 kr", after, StringComparison.Ordinal);
        Assert.DoesNotContain($"Budget {year + 1}", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Opublicerad insats", after, StringComparison.Ordinal);
    }

    // Swedish order puts Å before Ä; ordering in SQL on SQLite compares bytes, which puts Ä (U+00C4) before Å (U+00C5).
    [Fact]
    public async Task The_published_interventions_are_listed_in_Swedish_order()
    {
        var association = await app.Host.CreateAssociationAsync();
        foreach (var name in new[] { "Ärendeslussen", "Ödmjuka steget", "Ålgården", "Arbetsbryggan" })
        {
            var id = await app.Host.CreateInterventionAsync(association, name);
            await app.Host.AdvanceAsync(association, id, InterventionState.Active);
            await app.Host.PublishAsync(association, id);
        }

        using var visitor = app.Host.NewClient();
        var page = Clients.PlainText(await visitor.GetStringAsync($"/forbund/{association.Id}/om"));
        var at = new[] { "Arbetsbryggan", "Ålgården", "Ärendeslussen", "Ödmjuka steget" }.Select(n => page.IndexOf(n, StringComparison.Ordinal)).ToList();
        Assert.All(at, i => Assert.True(i >= 0));
        Assert.Equal(at.Order(), at);
    }
}
