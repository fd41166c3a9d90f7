using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samordna.IntegrationTests.Interventions;
using Samordna.TestSupport;
using Samordna.Web.Features.Economy.Actuals;
using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Economy;

/// <summary>
/// The books from a hand-written SIE 4E file: read in all or nothing, read again without doubling, mapped to the
/// budget's categories, and the outcome and equity to the öre on the outcome API and the national report sheet.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class LedgerTests(AppFixture app)
{
    /// <summary>
    /// 2025: members pay 1 000 000; board 100 000,25, office 549 999,25, audit 50 000, an intervention 150 000: costs
    /// 849 999,50. Equity (account 2010) goes from 500 000 to 650 000,50, the bank (1930) likewise.
    /// </summary>
    private const string Books = """
        #FLAGGA 0
        #PROGRAM "Handskriven" 1.0
        #FORMAT PC8
        #SIETYP 4
        #FNAMN "Testforbundet"
        #RAR 0 20250101 20251231
        #KONTO 1930 "Bank"
        #KONTO 2010 "Eget kapital"
        #KONTO 3010 "Medlemsbidrag"
        #KONTO 4010 "Styrelsearvoden"
        #KONTO 5010 "Kansli"
        #KONTO 6010 "Revision"
        #KONTO 7010 "Insatser"
        #IB 0 1930 500000.00
        #IB 0 2010 -500000.00
        #UB 0 1930 650000.50
        #UB 0 2010 -650000.50
        #VER A 1 20250115 "Bidrag"
        {
        #TRANS 1930 {} 1000000.00
        #TRANS 3010 {} -1000000.00
        }
        #VER A 2 20250301 "Arvoden"
        {
        #TRANS 4010 {} 100000.25
        #TRANS 1930 {} -100000.25
        }
        #VER A 3 20250401 "Kansli"
        {
        #TRANS 5010 {} 549999.25
        #TRANS 1930 {} -549999.25
        }
        #VER A 4 20250501 "Revision"
        {
        #TRANS 6010 {} 50000.00
        #TRANS 1930 {} -50000.00
        }
        #VER A 5 20250601 "Insats"
        {
        #TRANS 7010 {} 150000.00
        #TRANS 1930 {} -150000.00
        }
        """;

    private async Task<LedgerImportOutcome> ImportAsync(Guid associationId, string text, bool dryRun = false)
    {
        return await app.Host.ReadBooksAsync(associationId, text, dryRun: dryRun);
    }

    private Task<int> RowsAsync(Guid associationId) =>
        app.Host.WithDbAsync(db => db.Set<LedgerTransaction>().CountAsync(t => t.AssociationId == associationId));

    [Fact]
    public async Task The_books_are_read_once_per_year_mapped_to_the_budget_and_give_outcome_and_equity_to_the_ore()
    {
        var association = await app.Host.CreateAssociationAsync();
        var intervention = await app.Host.CreateInterventionAsync(association, name: "Bokförd insats " + TestData.NextSerial(), owner: "0662");

        var trial = await ImportAsync(association.Id, Books, dryRun: true);
        Assert.Empty(trial.Errors);
        Assert.Equal((false, 5, 10, new DateOnly(2025, 1, 1)), (trial.Saved, trial.Vouchers, trial.Transactions, trial.Start!.Value));
        Assert.Equal(["3010", "4010", "5010", "6010", "7010"], trial.UnmappedAccounts);
        Assert.Equal(0, await RowsAsync(association.Id));

        Assert.True((await ImportAsync(association.Id, Books)).Saved);
        var again = await ImportAsync(association.Id, Books);
        Assert.True(again.Saved && again.Replaces);
        Assert.Equal(10, await RowsAsync(association.Id));

        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(office);
        var mapping = new
        {
            accounts = new object[]
            {
                new { account = "3010", category = "MemberContribution" }, new { account = "4010", category = "Board" },
                new { account = "5010", category = "Administration" }, new { account = "6010", category = "Audit" },
                new { account = "7010", category = "Intervention", interventionId = intervention },
            },
        };
        var saved = await api.PutAsJsonAsync($"/api/v1/associations/{association.Id}/account-mappings", mapping);
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.BodyAsync());

        var actuals = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/associations/{association.Id}/actuals?year=2025")).RootElement;
        var byCategory = actuals.GetProperty("byCategory");
        Assert.Equal(1_000_000m, byCategory.GetProperty("MemberContribution").GetDecimal());
        Assert.Equal(100_000.25m, byCategory.GetProperty("Board").GetDecimal());
        Assert.Equal(549_999.25m, byCategory.GetProperty("Administration").GetDecimal());
        Assert.Equal(50_000m, byCategory.GetProperty("Audit").GetDecimal());
        Assert.Equal(150_000m, actuals.GetProperty("byIntervention").GetProperty(intervention.ToString()).GetDecimal());
        Assert.Equal(650_000.50m, actuals.GetProperty("equity").GetDecimal());
        Assert.Empty(actuals.GetProperty("unmappedAccounts").EnumerateArray());

        // The national report sheet takes administration (board + office + audit) and equity from the books.
        var money = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/associations/{association.Id}/follow-up/sheet?year=2025")).RootElement.GetProperty("money");
        Assert.Equal(699_999.50m, money.GetProperty("administrationActual").GetDecimal());
        Assert.Equal(650_000.50m, money.GetProperty("equity").GetDecimal());
        var line = Assert.Single(money.GetProperty("interventions").EnumerateArray(), l => l.GetProperty("interventionId").GetGuid() == intervention);
        Assert.Equal(150_000m, line.GetProperty("actual").GetDecimal());
    }

    [Fact]
    public async Task A_file_with_an_unbalanced_voucher_is_refused_naming_its_line_and_nothing_is_saved_and_the_API_reads_the_body_as_the_file()
    {
        var association = await app.Host.CreateAssociationAsync();
        var broken = Books.Replace("#TRANS 6010 {} 50000.00", "#TRANS 6010 {} 50000.10", StringComparison.Ordinal);
        var refused = await ImportAsync(association.Id, broken);
        Assert.False(refused.Saved);
        var error = Assert.Single(refused.Errors);
        Assert.StartsWith("Rad 33: verifikation A 4", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await RowsAsync(association.Id));

        // An amount no association's books hold (above 1 000 000 000 000 kr) is refused on its line, not added up.
        var absurd = Books.Replace("#TRANS 7010 {} 150000.00", "#TRANS 7010 {} 90000000000000000.00", StringComparison.Ordinal)
            .Replace("#TRANS 1930 {} -150000.00", "#TRANS 1930 {} -90000000000000000.00", StringComparison.Ordinal);
        var tooLarge = await ImportAsync(association.Id, absurd);
        Assert.False(tooLarge.Saved);
        Assert.Contains(tooLarge.Errors, e => e.Code == "SIE_AMOUNT_TOO_LARGE");
        Assert.Equal(0, await RowsAsync(association.Id));

        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(office);
        var bad = await api.PostAsync($"/api/v1/associations/{association.Id}/ledger", new ByteArrayContent(Encoding.ASCII.GetBytes(broken)));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("balanserar", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var ok = await api.PostAsync($"/api/v1/associations/{association.Id}/ledger?dryRun=true", new ByteArrayContent(Encoding.ASCII.GetBytes(Books)));
        Assert.True(ok.StatusCode == HttpStatusCode.OK, await ok.BodyAsync());
        Assert.Equal(0, await RowsAsync(association.Id));
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/associations/{association.Id}/ledger", new ByteArrayContent(Encoding.ASCII.GetBytes(Books)))).StatusCode);
        Assert.Equal(10, await RowsAsync(association.Id));

        var board = await app.Host.CreateUserAsync(Role.BoardMember, association.Id);
        using var reader = await app.Host.ApiClientAsync(board);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync($"/api/v1/associations/{association.Id}/ledger", new ByteArrayContent(Encoding.ASCII.GetBytes(Books)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/v1/associations/{association.Id}/actuals?year=2025")).StatusCode);
    }
}
