using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samordna.IntegrationTests.Interventions;
using Samordna.TestSupport;
using Samordna.Web.Features.Economy.Actuals;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Economy;

/// <summary>
/// Cost rows on a project (dimension 6) or cost centre (dimension 1) tied to an intervention count for it whatever their
/// account: the project first, then the cost centre, then the account's mapping; income stays on its account. The
/// mapping is proposed from the intervention of the same name, kept between imports, and a year read again is counted once.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ObjectMappingTests(AppFixture app)
{
    /// <summary>
    /// 2033 on account 5010 (office): 1 000,00 on cost centre K1 only; 2 000,00 on project P1 ("Jobbsparet"); 300,50 on
    /// cost centre K2 and project P2 (P2 untied, so K2 decides). Income 5 000,00 on 3010 booked on P1 stays income.
    /// </summary>
    private const string Books = """
        #FLAGGA 0
        #PROGRAM "Handskriven" 1.0
        #FORMAT PC8
        #SIETYP 4
        #RAR 0 20330101 20331231
        #DIM 1 "Kostnadsställe"
        #DIM 6 "Projekt"
        #OBJEKT 1 "K1" "Kansliet"
        #OBJEKT 1 "K2" "Bryggan"
        #OBJEKT 6 "P1" "Jobbsparet"
        #OBJEKT 6 "P2" "Ovrigt"
        #KONTO 1930 "Bank"
        #KONTO 3010 "Medlemsbidrag"
        #KONTO 5010 "Kansli"
        #VER A 1 20330115 "Bidrag"
        {
        #TRANS 1930 {} 5000.00
        #TRANS 3010 {6 "P1"} -5000.00
        }
        #VER A 2 20330301 "Kostnader"
        {
        #TRANS 5010 {1 "K1"} 1000.00
        #TRANS 5010 {6 "P1"} 2000.00
        #TRANS 5010 {1 "K2" 6 "P2"} 300.50
        #TRANS 1930 {} -3300.50
        }
        """;

    private Task ImportAsync(Guid associationId) => app.Host.ImportBooksAsync(associationId, Books);

    [Fact]
    public async Task Projects_then_cost_centres_move_cost_rows_to_their_intervention_and_a_second_import_counts_once()
    {
        var association = await app.Host.CreateAssociationAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(office);
        var root = $"/api/v1/associations/{association.Id}";
        var job = await app.Host.CreateInterventionAsync(association, "Jobbsparet");
        var bridge = await app.Host.CreateInterventionAsync(association, "Bryggan för unga");
        await ImportAsync(association.Id);
        await Clients.JsonAsync(await api.PutAsJsonAsync($"{root}/account-mappings", new
        {
            accounts = new object[] { new { account = "3010", category = "MemberContribution" }, new { account = "5010", category = "Administration" } },
        }), HttpStatusCode.OK);

        // Before any object is tied: everything on 5010 is the office's.
        var before = await Clients.JsonAsync(await api.GetAsync($"{root}/actuals?year=2033"), HttpStatusCode.OK);
        Assert.Equal(3300.50m, before.GetProperty("byCategory").GetProperty("Administration").GetDecimal());

        // The objects listed with their names; P1 is proposed the intervention of its name, K2 ("Bryggan") none (the names differ).
        var objects = (await Clients.JsonAsync(await api.GetAsync($"{root}/object-mappings"), HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(["1 K1 Kansliet", "1 K2 Bryggan", "6 P1 Jobbsparet", "6 P2 Ovrigt"],
            objects.Select(o => $"{o.GetProperty("dimension").GetString()} {o.GetProperty("number").GetString()} {o.GetProperty("name").GetString()}"));
        var p1 = objects.Single(o => o.GetProperty("number").GetString() == "P1");
        Assert.Equal(job, p1.GetProperty("proposedInterventionId").GetGuid());
        Assert.Equal(JsonValueKind.Null, objects.Single(o => o.GetProperty("number").GetString() == "K2").GetProperty("proposedInterventionId").ValueKind);

        using (var pages = await app.Host.SignedInPageClientAsync(office))
        {
            var page = WebUtility.HtmlDecode(await pages.GetStringAsync($"/forbund/{association.Id}/ekonomi/objekt"));
            Assert.Contains("(förslag, inte sparat)", page, StringComparison.Ordinal);
            Assert.Contains($"/forbund/{association.Id}/ekonomi/objekt", await pages.GetStringAsync($"/forbund/{association.Id}/ekonomi/kontoplan"), StringComparison.Ordinal);
        }

        var changed = await Clients.JsonAsync(await api.PutAsJsonAsync($"{root}/object-mappings", new
        {
            objects = new object[] { new { dimension = "6", number = "P1", interventionId = job }, new { dimension = "1", number = "K2", interventionId = bridge } },
        }), HttpStatusCode.OK);
        Assert.Equal(2, changed.GetInt32());

        async Task AssertSplitAsync()
        {
            var actuals = await Clients.JsonAsync(await api.GetAsync($"{root}/actuals?year=2033"), HttpStatusCode.OK);
            var byCategory = actuals.GetProperty("byCategory");
            Assert.Equal((1000m, 2300.50m, 5000m), (byCategory.GetProperty("Administration").GetDecimal(), byCategory.GetProperty("Intervention").GetDecimal(), byCategory.GetProperty("MemberContribution").GetDecimal()));
            var byIntervention = actuals.GetProperty("byIntervention");
            Assert.Equal((2000m, 300.50m), (byIntervention.GetProperty(job.ToString()).GetDecimal(), byIntervention.GetProperty(bridge.ToString()).GetDecimal()));
        }

        await AssertSplitAsync();

        // The year read again replaces itself: the objects once, the sums the same.
        await ImportAsync(association.Id);
        await AssertSplitAsync();
        Assert.Equal(4, (await Clients.JsonAsync(await api.GetAsync($"{root}/object-mappings"), HttpStatusCode.OK)).GetArrayLength());

        // Untying P1 moves its 2 000 back to the office's account.
        await Clients.JsonAsync(await api.PutAsJsonAsync($"{root}/object-mappings", new { objects = new object[] { new { dimension = "6", number = "P1" } } }), HttpStatusCode.OK);
        Assert.Equal(3000m, (await Clients.JsonAsync(await api.GetAsync($"{root}/actuals?year=2033"), HttpStatusCode.OK)).GetProperty("byCategory").GetProperty("Administration").GetDecimal());

        // Refused: a dimension other than 1 or 6, no object, and another association's intervention.
        var bad = await api.PutAsJsonAsync($"{root}/object-mappings", new { objects = new object[] { new { dimension = "2", number = "X" }, new { dimension = "6", number = "" } } });
        var errors = (await Clients.JsonAsync(bad, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("objects[0].dimension", out _));
        Assert.True(errors.TryGetProperty("objects[1].number", out _));
        var foreign = await app.Host.CreateInterventionAsync(await app.Host.CreateAssociationAsync());
        var wrong = await api.PutAsJsonAsync($"{root}/object-mappings", new { objects = new object[] { new { dimension = "6", number = "P1", interventionId = foreign } } });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
    }

    // Two officers read the mapping; the first ties P1, the second (who read it untied) ties P1 elsewhere and changes
    // K1: a conflict naming P1, and K1 not saved either. Rows sent as read are not written, so the second officer's
    // untouched K2 row does not undo the first one's change to it.
    [Fact]
    public async Task A_row_changed_by_someone_else_since_it_was_read_is_a_conflict_and_rows_left_as_read_are_not_written()
    {
        var association = await app.Host.CreateAssociationAsync();
        await ImportAsync(association.Id);
        using var api = await app.Host.ApiClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));
        var first = await app.Host.CreateInterventionAsync(association, "Första insatsen");
        var second = await app.Host.CreateInterventionAsync(association, "Andra insatsen");
        var url = $"/api/v1/associations/{association.Id}/object-mappings";
        var untied = new { interventionId = (Guid?)null };

        await Clients.JsonAsync(await api.PutAsJsonAsync(url, new { objects = new object[]
        {
            new { dimension = "6", number = "P1", interventionId = first, read = untied },
            new { dimension = "1", number = "K2", interventionId = first, read = untied },
        } }), HttpStatusCode.OK);

        var stale = await api.PutAsJsonAsync(url, new { objects = new object[]
        {
            new { dimension = "1", number = "K1", interventionId = second, read = untied },
            new { dimension = "6", number = "P1", interventionId = second, read = untied },
            new { dimension = "1", number = "K2", interventionId = (Guid?)null, read = untied },
        } });
        var problem = await Clients.JsonAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal("Någon annan har ändrat kopplingen för projekt P1 sedan du hämtade sidan. Ingenting har sparats. Hämta sidan på nytt och gör om dina ändringar.", problem.GetProperty("detail").GetString());

        var unchanged = await api.PutAsJsonAsync(url, new { objects = new object[]
        {
            new { dimension = "1", number = "K1", interventionId = second, read = untied },
            new { dimension = "1", number = "K2", interventionId = (Guid?)null, read = untied },
        } });
        Assert.Equal(1, (await Clients.JsonAsync(unchanged, HttpStatusCode.OK)).GetInt32());
        var mapped = (await Clients.JsonAsync(await api.GetAsync(url), HttpStatusCode.OK)).EnumerateArray()
            .ToDictionary(o => o.GetProperty("number").GetString()!, o => o.GetProperty("interventionId").ValueKind == JsonValueKind.Null ? (Guid?)null : o.GetProperty("interventionId").GetGuid());
        Assert.Equal((second, first, first), (mapped["K1"], mapped["K2"], mapped["P1"]));
    }

    [Fact]
    public async Task The_account_page_shows_a_conflict_when_the_mapping_changed_after_it_was_read()
    {
        var association = await app.Host.CreateAssociationAsync();
        await ImportAsync(association.Id);
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(office);
        using var pages = await app.Host.SignedInPageClientAsync(office);
        var url = $"/forbund/{association.Id}/ekonomi/kontoplan";
        var read = await pages.GetStringAsync(url);
        Assert.Contains("name=\"Input.Accounts[1].ReadCategory\"", read, StringComparison.Ordinal);

        // Someone else maps 5010 after the page was read; the page's row for 5010 (row 1: 3010, 5010) still says unmapped.
        await Clients.JsonAsync(await api.PutAsJsonAsync($"/api/v1/associations/{association.Id}/account-mappings", new { accounts = new object[] { new { account = "5010", category = "Administration" } } }), HttpStatusCode.OK);
        var response = await pages.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Accounts[0].Account"] = "3010", ["Input.Accounts[0].Category"] = "MemberContribution", ["Input.Accounts[0].ReadCategory"] = "",
            ["Input.Accounts[1].Account"] = "5010", ["Input.Accounts[1].Category"] = "Board", ["Input.Accounts[1].ReadCategory"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Någon annan har ändrat kopplingen för konto 5010 sedan du hämtade sidan.", Clients.PlainText(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var mappings = (await Clients.JsonAsync(await api.GetAsync($"/api/v1/associations/{association.Id}/account-mappings"), HttpStatusCode.OK)).EnumerateArray()
            .ToDictionary(a => a.GetProperty("account").GetString()!, a => a.GetProperty("category").ValueKind == JsonValueKind.Null ? null : a.GetProperty("category").GetString());
        Assert.Equal(("Administration", (string?)null), (mappings["5010"], mappings["3010"]));
    }

    [Fact]
    public async Task The_interventions_to_choose_are_in_Swedish_order_and_the_books_page_shows_the_import_time_in_Swedish_time()
    {
        var association = await app.Host.CreateAssociationAsync();
        await ImportAsync(association.Id);
        foreach (var name in new[] { "Ärendeslussen", "Ålgården", "Arbetsbryggan" })
        {
            await app.Host.CreateInterventionAsync(association, name);
        }

        using var pages = await app.Host.SignedInPageClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));
        var page = Clients.PlainText(await pages.GetStringAsync($"/forbund/{association.Id}/ekonomi/objekt"));
        var at = new[] { "Arbetsbryggan", "Ålgården", "Ärendeslussen" }.Select(n => page.IndexOf(n, StringComparison.Ordinal)).ToList();
        Assert.All(at, i => Assert.True(i >= 0));
        Assert.Equal(at.Order(), at);

        var importedAt = await app.Host.WithDbAsync(db => db.Set<Samordna.Web.Features.Economy.Data.LedgerYear>().Where(y => y.AssociationId == association.Id).Select(y => y.ImportedAt).SingleAsync());
        var books = Clients.PlainText(await pages.GetStringAsync($"/forbund/{association.Id}/ekonomi/bokforing"));
        Assert.Contains(Samordna.Web.Domain.SwedishCulture.DateTime(importedAt) + " av", books, StringComparison.Ordinal);
    }
}
