using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Features.Economy.Actuals;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Economy;

/// <summary>
/// The annual report's figures from two hand-written SIE years, to the öre: the income statement and balance sheet of
/// 2035 with 2034 beside, the balance check, the result in equity before the closing entry, the contributions note
/// against the member ledger, the Excel export and the page, and another association's user refused.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AnnualReportTests(AppFixture app)
{
    private const int Year = 2035;

    /// <summary>
    /// 2034: income 3010 60 000,00, office 5010 40 000,00, depreciation 7830 10 000,00: result 10 000,00, booked to equity
    /// (8999/2099). Closing: 1210 50 000 + 1930 500 000 = 2010 440 000 + 2099 10 000 + 2220 20 000 + 2350 30 000 + 2440 50 000.
    /// </summary>
    private const string Books2034 = """
        #FLAGGA 0
        #PROGRAM "Handskriven" 1.0
        #FORMAT PC8
        #SIETYP 4
        #RAR 0 20340101 20341231
        #KONTO 1210 "Inventarier"
        #KONTO 1930 "Bank"
        #KONTO 2010 "Eget kapital"
        #KONTO 2099 "Årets resultat"
        #KONTO 2220 "Avsättningar"
        #KONTO 2350 "Lån"
        #KONTO 2440 "Leverantörsskulder"
        #KONTO 3010 "Medlemsbidrag"
        #KONTO 5010 "Kansli"
        #KONTO 7830 "Avskrivningar"
        #KONTO 8999 "Årets resultat"
        #IB 0 1210 60000.00
        #IB 0 1930 480000.00
        #IB 0 2010 -440000.00
        #IB 0 2220 -20000.00
        #IB 0 2350 -30000.00
        #IB 0 2440 -50000.00
        #UB 0 1210 50000.00
        #UB 0 1930 500000.00
        #UB 0 2010 -440000.00
        #UB 0 2099 -10000.00
        #UB 0 2220 -20000.00
        #UB 0 2350 -30000.00
        #UB 0 2440 -50000.00
        #VER A 1 20340115 "Bidrag"
        {
        #TRANS 1930 {} 60000.00
        #TRANS 3010 {} -60000.00
        }
        #VER A 2 20340301 "Kansli"
        {
        #TRANS 5010 {} 40000.00
        #TRANS 1930 {} -40000.00
        }
        #VER A 3 20341231 "Avskrivning"
        {
        #TRANS 7830 {} 10000.00
        #TRANS 1210 {} -10000.00
        }
        #VER A 4 20341231 "Bokslut"
        {
        #TRANS 8999 {} 10000.00
        #TRANS 2099 {} -10000.00
        }
        """;

    /// <summary>
    /// 2035 (the unit tests' year, tests/Samordna.UnitTests/Economy/AnnualReportTests.cs), without the closing entry:
    /// income 1 025 000,50, costs −710 000,50, depreciation −10 000,00, net 305 000,00, interest +0,75 and −1 500,00,
    /// result 303 500,75; assets 40 000,00 + 25 000,50 + 798 500,50 = 863 501,00 = equity 450 000,00 + 303 500,75
    /// + 20 000,00 + 30 000,00 + 60 000,25.
    /// </summary>
    private const string Books2035 = """
        #FLAGGA 0
        #PROGRAM "Handskriven" 1.0
        #FORMAT PC8
        #SIETYP 4
        #RAR 0 20350101 20351231
        #KONTO 1210 "Inventarier"
        #KONTO 1510 "Kundfordringar"
        #KONTO 1930 "Bank"
        #KONTO 2010 "Eget kapital"
        #KONTO 2220 "Avsättningar"
        #KONTO 2350 "Lån"
        #KONTO 2440 "Leverantörsskulder"
        #KONTO 3010 "Medlemsbidrag"
        #KONTO 3020 "Avgifter"
        #KONTO 4010 "Styrelse"
        #KONTO 5010 "Kansli"
        #KONTO 6010 "Revision"
        #KONTO 7830 "Avskrivningar"
        #KONTO 8310 "Ränteintäkter"
        #KONTO 8410 "Räntekostnader"
        #IB 0 1210 50000.00
        #IB 0 1930 500000.00
        #IB 0 2010 -450000.00
        #IB 0 2220 -20000.00
        #IB 0 2350 -30000.00
        #IB 0 2440 -50000.00
        #UB 0 1210 40000.00
        #UB 0 1510 25000.50
        #UB 0 1930 798500.50
        #UB 0 2010 -450000.00
        #UB 0 2220 -20000.00
        #UB 0 2350 -30000.00
        #UB 0 2440 -60000.25
        #VER A 1 20350115 "Bidrag"
        {
        #TRANS 1930 {} 1000000.00
        #TRANS 3010 {} -1000000.00
        }
        #VER A 2 20350201 "Avgift"
        {
        #TRANS 1510 {} 25000.50
        #TRANS 3020 {} -25000.50
        }
        #VER A 3 20350301 "Styrelse"
        {
        #TRANS 4010 {} 300000.25
        #TRANS 1930 {} -300000.25
        }
        #VER A 4 20350401 "Kansli"
        {
        #TRANS 5010 {} 400000.00
        #TRANS 1930 {} -400000.00
        }
        #VER A 5 20350501 "Revision"
        {
        #TRANS 6010 {} 10000.25
        #TRANS 2440 {} -10000.25
        }
        #VER A 6 20351231 "Avskrivning"
        {
        #TRANS 7830 {} 10000.00
        #TRANS 1210 {} -10000.00
        }
        #VER A 7 20351231 "Ränta"
        {
        #TRANS 1930 {} 0.75
        #TRANS 8310 {} -0.75
        }
        #VER A 8 20351231 "Räntekostnad"
        {
        #TRANS 8410 {} 1500.00
        #TRANS 1930 {} -1500.00
        }
        """;

    private static decimal Amount(JsonElement e, string name) => e.GetProperty(name).GetDecimal();

    private Task ImportAsync(Guid associationId, string books) => app.Host.ImportBooksAsync(associationId, books, Encoding.UTF8);

    [Fact]
    public async Task The_statements_match_the_books_to_the_ore_with_last_year_beside_and_balance()
    {
        var association = await app.Host.CreateAssociationAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(office);
        var url = $"/api/v1/associations/{association.Id}/annual-report?year={Year}";

        // No books: a 200 that says so, with no invented figures.
        var empty = await Clients.JsonAsync(await api.GetAsync(url), HttpStatusCode.OK);
        Assert.False(empty.GetProperty("booksRead").GetBoolean());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("current").ValueKind);

        await ImportAsync(association.Id, Books2035);
        var alone = await Clients.JsonAsync(await api.GetAsync(url), HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, alone.GetProperty("previous").ValueKind);

        await ImportAsync(association.Id, Books2034);
        var report = await Clients.JsonAsync(await api.GetAsync(url), HttpStatusCode.OK);
        var current = report.GetProperty("current").GetProperty("statements");
        var income = current.GetProperty("incomeStatement");
        Assert.Equal(1_025_000.50m, Amount(income, "operatingIncome"));
        Assert.Equal(-710_000.50m, Amount(income, "operatingCosts"));
        Assert.Equal(-10_000m, Amount(income, "depreciation"));
        Assert.Equal(305_000m, Amount(income, "netOperatingCosts"));
        Assert.Equal((0.75m, -1_500m), (Amount(income, "financialIncome"), Amount(income, "financialCosts")));
        Assert.Equal(303_500.75m, Amount(income, "result"));

        var balance = current.GetProperty("balanceSheet");
        Assert.Equal((40_000m, 25_000.50m, 798_500.50m, 823_501m), (Amount(balance, "fixedAssets"), Amount(balance, "receivables"), Amount(balance, "cash"), Amount(balance, "currentAssets")));
        Assert.Equal(863_501m, Amount(balance, "totalAssets"));

        // The result is not yet booked to equity in the file; the sheet shows equity with it, and nothing else changed equity.
        Assert.Equal((450_000m, 303_500.75m, 0m, 753_500.75m), (Amount(balance, "openingEquity"), Amount(balance, "result"), Amount(balance, "equityDifference"), Amount(balance, "equity")));
        Assert.Equal((20_000m, 30_000m, 60_000.25m, 90_000.25m), (Amount(balance, "provisions"), Amount(balance, "longTermLiabilities"), Amount(balance, "shortTermLiabilities"), Amount(balance, "liabilities")));
        Assert.Equal(863_501m, Amount(balance, "totalEquityAndLiabilities"));
        Assert.Equal(0m, Amount(balance, "difference"));
        Assert.True(balance.GetProperty("balances").GetBoolean());

        // Last year: result 10 000,00 booked to equity by the closing entry; 440 000 + 10 000 = 450 000, this year's opening.
        var previous = report.GetProperty("previous").GetProperty("statements");
        Assert.Equal((60_000m, -40_000m, -10_000m, 10_000m), (Amount(previous.GetProperty("incomeStatement"), "operatingIncome"), Amount(previous.GetProperty("incomeStatement"), "operatingCosts"),
            Amount(previous.GetProperty("incomeStatement"), "depreciation"), Amount(previous.GetProperty("incomeStatement"), "result")));
        var lastSheet = previous.GetProperty("balanceSheet");
        Assert.Equal((550_000m, 450_000m, 0m, 550_000m), (Amount(lastSheet, "totalAssets"), Amount(lastSheet, "equity"), Amount(lastSheet, "equityDifference"), Amount(lastSheet, "totalEquityAndLiabilities")));

        // The page (reached from the budget page) and the Excel file.
        using var pages = await app.Host.SignedInPageClientAsync(office);
        Assert.Contains($"/forbund/{association.Id}/ekonomi/arsredovisning?ar={Year}", await pages.GetStringAsync($"/forbund/{association.Id}/ekonomi/budget?ar={Year}"), StringComparison.Ordinal);
        var page = Clients.PlainText(await pages.GetStringAsync($"/forbund/{association.Id}/ekonomi/arsredovisning?ar={Year}"));
        Assert.Contains("303 500,75 kr", page, StringComparison.Ordinal);
        Assert.Contains("863 501 kr", page, StringComparison.Ordinal);
        Assert.Contains("Verksamhetens nettokostnader", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Balansräkningen balanserar inte", page, StringComparison.Ordinal);
        foreach (var export in new[] { $"/api/v1/associations/{association.Id}/annual-report/export?year={Year}", $"/forbund/{association.Id}/ekonomi/arsredovisning?handler=Excel&ar={Year}" })
        {
            using var file = export.StartsWith("/api", StringComparison.Ordinal) ? await api.GetAsync(export) : await pages.GetAsync(export);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType?.MediaType);
            var bytes = await file.Content.ReadAsByteArrayAsync();
            Assert.True(bytes.Length > 100 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K');
        }
    }

    [Fact]
    public async Task Unbalanced_books_show_the_difference_the_note_follows_the_member_ledger_and_another_association_is_refused()
    {
        var association = await app.Host.CreateAssociationAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(office);
        var root = $"/api/v1/associations/{association.Id}";

        // One öre more in the bank than the rows explain: assets exceed equity and liabilities by 0,01.
        await ImportAsync(association.Id, Books2035.Replace("#UB 0 1930 798500.50", "#UB 0 1930 798500.51", StringComparison.Ordinal));
        var balance = (await Clients.JsonAsync(await api.GetAsync($"{root}/annual-report?year={Year}"), HttpStatusCode.OK)).GetProperty("current").GetProperty("statements").GetProperty("balanceSheet");
        Assert.Equal(0.01m, Amount(balance, "difference"));
        Assert.False(balance.GetProperty("balances").GetBoolean());
        using var pages = await app.Host.SignedInPageClientAsync(office);
        var page = Clients.PlainText(await pages.GetStringAsync($"/forbund/{association.Id}/ekonomi/arsredovisning?ar={Year}"));
        Assert.Contains("Balansräkningen balanserar inte", page, StringComparison.Ordinal);
        Assert.Contains("Skillnad mellan tillgångar och eget kapital, avsättningar och skulder", page, StringComparison.Ordinal);

        // The note: an invoice of 12 345,67 to FK, 10 000,01 paid in the year; the same as the member ledger at the year's end.
        var fk = association.Members["FK"];
        var invoice = await Clients.JsonAsync(await api.PostAsJsonAsync($"{root}/member-invoices",
            new { organisationId = fk, year = Year, invoiceDate = "2035-02-01", dueDate = "2035-03-01", amount = 12_345.67m, reference = "2035-FK" }), HttpStatusCode.Created);
        await Clients.JsonAsync(await api.PostAsJsonAsync($"{root}/member-invoices/{invoice.GetProperty("id").GetGuid()}/payments",
            new { paidOn = "2035-03-01", amount = 10_000.01m, version = invoice.GetProperty("version").GetInt64() }), HttpStatusCode.OK);
        var note = (await Clients.JsonAsync(await api.GetAsync($"{root}/annual-report?year={Year}"), HttpStatusCode.OK)).GetProperty("contributions");
        Assert.Equal("2035-12-31", note.GetProperty("asOf").GetString());
        var ledger = await Clients.JsonAsync(await api.GetAsync($"{root}/member-ledger?year={Year}&asOf=2035-12-31"), HttpStatusCode.OK);
        var member = note.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("organisationId").GetGuid() == fk);
        var expected = ledger.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("organisationId").GetGuid() == fk);
        Assert.Equal((12_345.67m, 10_000.01m, 2_345.66m), (Amount(member, "invoiced"), Amount(member, "paid"), Amount(member, "outstanding")));
        Assert.Equal((Amount(expected, "invoiced"), Amount(expected, "paid")), (Amount(member, "invoiced"), Amount(member, "paid")));
        Assert.Equal((12_345.67m, 10_000.01m), (Amount(note, "invoiced"), Amount(note, "paid")));

        // Another association's office sees nothing of it, on the API, the export or the page.
        var other = await app.Host.CreateAssociationAsync();
        var theirs = await app.Host.CreateUserAsync(Role.AssociationAdministrator, other.Id);
        using var theirApi = await app.Host.ApiClientAsync(theirs);
        using var theirPages = await app.Host.SignedInPageClientAsync(theirs);
        foreach (var response in new[]
                 {
                     await theirApi.GetAsync($"{root}/annual-report?year={Year}"), await theirApi.GetAsync($"{root}/annual-report/export?year={Year}"),
                     await theirApi.GetAsync($"{root}/key-figures?year={Year}"), await theirPages.GetAsync($"/forbund/{association.Id}/ekonomi/arsredovisning?ar={Year}"),
                     await theirPages.GetAsync($"/forbund/{association.Id}/ekonomi/nyckeltal?ar={Year}"),
                 })
        {
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode}");
            Assert.DoesNotContain("863", Clients.PlainText(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"{root}/annual-report?year=1999")).StatusCode);
    }
}
