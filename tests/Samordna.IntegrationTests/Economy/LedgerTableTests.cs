using System.Net;
using System.Net.Http.Json;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Samordna.IntegrationTests.Interventions;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Files;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Economy;

/// <summary>
/// The books from an Excel or CSV table (for an accounting system without SIE): read all or nothing with every bad row
/// named, its year from its dates, objects kept, and a second import of the year replacing the first.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class LedgerTableTests(AppFixture app)
{
    private static ByteArrayContent Body(byte[] bytes) => new(bytes);

    [Fact]
    public async Task An_excel_table_is_read_into_the_books_mapped_like_sie_and_read_again_without_doubling()
    {
        var association = await app.Host.CreateAssociationAsync();
        using var api = await app.Host.ApiClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));
        var root = $"/api/v1/associations/{association.Id}";
        var job = await app.Host.CreateInterventionAsync(association, "Jobbspåret");

        // Columns in another order than the template's and in other case; a voucher given once as "A 2".
        var header = new[] { "konto", "Belopp", "DATUM", "Verifikation", "Kontonamn", "Projekt" };
        object?[][] rows =
        [
            ["3010", "-1 000 000", "2031-01-15", "A 1", "Medlemsbidrag", null],
            ["1930", "1000000", "2031-01-15", "A 1", "Bank", null],
            ["5010", "12 500,50", "2031-03-31", "A 2", "Kansli", null],
            ["5010", "2 000,25", "2031-04-30", "A 2", "Kansli", "P1"],
            ["1930", "-14 500,75", "2031-04-30", "A 2", "Bank", null],
        ];
        var xlsx = TabularFile.WriteXlsx("Bokföring", header, rows);
        var dry = await Clients.JsonAsync(await api.PostAsync($"{root}/ledger?dryRun=true", Body(xlsx)), HttpStatusCode.OK);
        Assert.Equal(("2031-01-01", "2031-12-31", 2, 5, 3), (dry.GetProperty("start").GetString(), dry.GetProperty("end").GetString(), dry.GetProperty("vouchers").GetInt32(), dry.GetProperty("transactions").GetInt32(), dry.GetProperty("accounts").GetInt32()));
        Assert.False(dry.GetProperty("saved").GetBoolean());
        Assert.Equal(["3010", "5010"], dry.GetProperty("unmappedAccounts").EnumerateArray().Select(a => a.GetString()));

        await Clients.JsonAsync(await api.PostAsync($"{root}/ledger", Body(xlsx)), HttpStatusCode.OK);
        await Clients.JsonAsync(await api.PutAsJsonAsync($"{root}/account-mappings", new
        {
            accounts = new object[] { new { account = "3010", category = "MemberContribution" }, new { account = "5010", category = "Administration" } },
        }), HttpStatusCode.OK);
        await Clients.JsonAsync(await api.PutAsJsonAsync($"{root}/object-mappings", new { objects = new object[] { new { dimension = "6", number = "P1", interventionId = job } } }), HttpStatusCode.OK);

        async Task AssertActualsAsync()
        {
            var actuals = await Clients.JsonAsync(await api.GetAsync($"{root}/actuals?year=2031"), HttpStatusCode.OK);
            var byCategory = actuals.GetProperty("byCategory");
            Assert.Equal((1_000_000m, 12_500.50m, 2_000.25m),
                (byCategory.GetProperty("MemberContribution").GetDecimal(), byCategory.GetProperty("Administration").GetDecimal(), actuals.GetProperty("byIntervention").GetProperty(job.ToString()).GetDecimal()));
        }

        await AssertActualsAsync();

        // The same table again, now as CSV: the year replaced, not doubled.
        var csv = TabularFile.WriteCsv(header, rows);
        var again = await Clients.JsonAsync(await api.PostAsync($"{root}/ledger", Body(csv)), HttpStatusCode.OK);
        Assert.True(again.GetProperty("replaces").GetBoolean());
        await AssertActualsAsync();
    }

    [Fact]
    public async Task A_table_with_bad_rows_names_each_and_saves_nothing()
    {
        var association = await app.Host.CreateAssociationAsync();
        using var api = await app.Host.ApiClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));
        var root = $"/api/v1/associations/{association.Id}";
        var csv = Encoding.UTF8.GetBytes(string.Join("\r\n",
            "Datum;Konto;Belopp",
            "2031-01-15;3010;-100",
            "2030-12-31;3010;-100",
            "15/1 2031;3010;-100",
            "2031-02-01;;-100",
            "2031-02-01;50 10;-100",
            "2031-02-01;3010;tolv",
            "2031-02-01;3010;1,005",
            "2031-02-01;3010;99999999999999999999"));
        var refused = await api.PostAsync($"{root}/ledger", Body(csv));
        var messages = (await Clients.JsonAsync(refused, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("file").EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.Equal(7, messages.Count);
        Assert.StartsWith("Rad 3: datumet 2030-12-31 är i ett annat år", messages[0], StringComparison.Ordinal);
        Assert.StartsWith("Rad 4: datumet ska skrivas ÅÅÅÅ-MM-DD", messages[1], StringComparison.Ordinal);
        Assert.StartsWith("Rad 5: konto saknas", messages[2], StringComparison.Ordinal);
        Assert.StartsWith("Rad 6: kontot ska vara", messages[3], StringComparison.Ordinal);
        Assert.StartsWith("Rad 7: beloppet ska vara kronor", messages[4], StringComparison.Ordinal);
        Assert.StartsWith("Rad 8: beloppet ska vara kronor", messages[5], StringComparison.Ordinal);
        Assert.StartsWith("Rad 9:", messages[6], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{root}/actuals?year=2031")).StatusCode);

        var noAmount = Encoding.UTF8.GetBytes("Datum;Konto;Summa\r\n2031-01-15;3010;-100");
        var missing = (await Clients.JsonAsync(await api.PostAsync($"{root}/ledger", Body(noAmount)), HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("file")[0].GetString();
        Assert.Contains("kolumnen Belopp saknas i rubrikraden", missing, StringComparison.Ordinal);

        // The upload page offers the template, and it reads back as a valid table.
        using var pages = await app.Host.SignedInPageClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));
        var template = await pages.GetAsync($"/forbund/{association.Id}/ekonomi/bokforing?handler=Template");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        var dry = await Clients.JsonAsync(await api.PostAsync($"{root}/ledger?dryRun=true", Body(await template.Content.ReadAsByteArrayAsync())), HttpStatusCode.OK);
        Assert.Equal(2, dry.GetProperty("transactions").GetInt32());
    }

    [Fact]
    public async Task Debit_and_credit_must_balance_unless_accepted_and_a_table_replacing_sie_balances_is_refused_unless_asked()
    {
        var association = await app.Host.CreateAssociationAsync();
        using var api = await app.Host.ApiClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));
        var root = $"/api/v1/associations/{association.Id}";
        var vouchers = Encoding.UTF8.GetBytes("Datum;Verifikation;Konto;Belopp\r\n2035-02-01;A 1;5010;100\r\n2035-02-01;A 1;1930;-100\r\n2035-02-02;A 2;5010;50\r\n2035-02-02;A 2;1930;-49,50\r\n2035-02-03;A 3;0205;1");
        var messages = (await Clients.JsonAsync(await api.PostAsync($"{root}/ledger?dryRun=true", Body(vouchers)), HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("file").EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.Equal(["Rad 4: verifikation A 2 (rad 4, 5) balanserar inte: skillnaden är 0,50 kr.", "Rad 6: verifikation A 3 (rad 6) balanserar inte: skillnaden är 1 kr."],
            messages.Select(Clients.PlainText));

        var resultOnly = Encoding.UTF8.GetBytes("Datum;Konto;Belopp\r\n2035-02-01;5010;100\r\n2035-02-01;3010;-250");
        var unbalanced = (await Clients.JsonAsync(await api.PostAsync($"{root}/ledger?dryRun=true", Body(resultOnly)), HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("file")[0].GetString();
        Assert.Contains("summerar till -150 kr, inte 0 kr", Clients.PlainText(unbalanced!).Replace('\u2212', '-'), StringComparison.Ordinal);
        var accepted = await Clients.JsonAsync(await api.PostAsync($"{root}/ledger?dryRun=true&acceptUnbalanced=true", Body(resultOnly)), HttpStatusCode.OK);
        Assert.Equal(2, accepted.GetProperty("transactions").GetInt32());

        var oldYear = Encoding.UTF8.GetBytes("Datum;Konto;Belopp\r\n0205-03-31;5010;100\r\n0205-03-31;1930;-100");
        var outOfRange = (await Clients.JsonAsync(await api.PostAsync($"{root}/ledger?dryRun=true", Body(oldYear)), HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("file")[0].GetString();
        Assert.StartsWith("Rad 2: datumet 0205-03-31 ligger utanför åren 2000–2199", outOfRange, StringComparison.Ordinal);

        // The year read from SIE (with balances), then a table for the same year: refused unless the balances may go,
        // and then warned of.
        await app.Host.ImportBooksAsync(association.Id, EquityTests.Books);
        var refused = (await Clients.JsonAsync(await api.PostAsync($"{root}/ledger?acceptUnbalanced=true", Body(resultOnly)), HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("file")[0].GetString();
        Assert.StartsWith("Året 2035 är inläst från en SIE-fil med in- och utgående saldon.", refused, StringComparison.Ordinal);
        Assert.Contains("replaceBalances=true", refused, StringComparison.Ordinal);
        Assert.Equal(650_001.25m, (await Clients.JsonAsync(await api.GetAsync($"{root}/equity?year=2035"), HttpStatusCode.OK)).GetProperty("books").GetProperty("closing").GetDecimal());
        var replacing = await Clients.JsonAsync(await api.PostAsync($"{root}/ledger?dryRun=true&acceptUnbalanced=true&replaceBalances=true", Body(resultOnly)), HttpStatusCode.OK);
        Assert.True(replacing.GetProperty("replaces").GetBoolean());
        Assert.Contains(replacing.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "LEDGER_TABLE_REPLACES_BALANCES");
    }

    [Fact]
    public async Task The_page_refuses_a_table_over_sie_balances_unless_ticked_and_shows_the_warnings_after_saving()
    {
        var association = await app.Host.CreateAssociationAsync();
        await app.Host.ImportBooksAsync(association.Id, EquityTests.Books);
        using var pages = await app.Host.SignedInPageClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));
        var url = $"/forbund/{association.Id}/ekonomi/bokforing";
        var table = Encoding.UTF8.GetBytes("Datum;Konto;Belopp\r\n2035-02-01;5010;100\r\n2035-02-01;1930;-100");

        async Task<HttpResponseMessage> PostAsync(params string[] ticked)
        {
            var token = Clients.AntiforgeryToken(await pages.GetStringAsync(url))!;
            using var form = new MultipartFormDataContent { { new StringContent(token), "__af" } };
            foreach (var box in ticked)
            {
                form.Add(new StringContent("true"), box);
            }

            form.Add(new ByteArrayContent(table), "File", "bok.csv");
            return await pages.PostAsync(url, form);
        }

        var refused = await PostAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Året 2035 är inläst från en SIE-fil med in- och utgående saldon.", Clients.PlainText(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var saved = await PostAsync("ReplaceBalances");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = Clients.PlainText(await pages.GetStringAsync(url));
        Assert.Contains("Året 2035 var inläst från en SIE-fil med in- och utgående saldon.", after, StringComparison.Ordinal);
        Assert.Contains("är inte kopplade till budgetens slag: 5010.", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_warnings_reach_the_page_after_saving_as_the_first_ten_and_a_count()
    {
        // Twelve vouchers dated after the year: each one a warning, and the whole file saved. The page carries its
        // warnings to the next page in a cookie, so it carries ten and says how many more there are.
        var association = await app.Host.CreateAssociationAsync();
        using var pages = await app.Host.SignedInPageClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));
        var url = $"/forbund/{association.Id}/ekonomi/bokforing";
        var late = string.Concat(Enumerable.Range(1, 12).Select(n => $"#VER B {n} 20360105 \"Sen\"\n{{\n#TRANS 5010 {{}} 1.00\n#TRANS 1930 {{}} -1.00\n}}\n"));
        var sie = Encoding.ASCII.GetBytes(EquityTests.Books.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n" + late);
        var token = Clients.AntiforgeryToken(await pages.GetStringAsync(url))!;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__af" }, { new ByteArrayContent(sie), "File", "bok.se" } };
        var saved = await pages.PostAsync(url, form);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, Clients.PlainText(await saved.Content.ReadAsStringAsync()));

        var after = Clients.PlainText(await pages.GetStringAsync(url));
        Assert.Matches(@"… och \d+ varningar till \(provkör filen för att se alla\)\.", after);
    }

    // 93 000 rows of the largest row amount, 10¹² kr = 10¹⁴ öre each, sum to 9,3·10¹⁸ öre: past a long's
    // 9 223 372 036 854 775 807. Before the bound the balance check overflowed (a 500), or with the imbalance
    // accepted the year was saved and every later read of it overflowed. Now the file stops at the row that takes the
    // year past 10¹⁵ kr: the 1 001st amount, on line 1 002 under the header.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_table_whose_amounts_sum_past_what_a_year_can_hold_is_refused_naming_the_row(bool acceptUnbalanced)
    {
        var association = await app.Host.CreateAssociationAsync();
        using var api = await app.Host.ApiClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));
        var csv = new StringBuilder("Datum;Konto;Belopp\r\n");
        for (var i = 0; i < 93_000; i++)
        {
            csv.Append("2031-01-15;5010;1000000000000\r\n");
        }

        var response = await api.PostAsync($"/api/v1/associations/{association.Id}/ledger?acceptUnbalanced={acceptUnbalanced}", Body(Encoding.UTF8.GetBytes(csv.ToString())));
        var message = Assert.Single((await Clients.JsonAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("file").EnumerateArray()).GetString()!;
        Assert.StartsWith("Rad 1002: beloppen till och med denna rad summerar", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/associations/{association.Id}/actuals?year=2031")).StatusCode);
    }

    [Fact]
    public async Task A_sie_file_whose_rows_sum_past_what_a_year_can_hold_is_refused_naming_the_row()
    {
        var association = await app.Host.CreateAssociationAsync();
        using var api = await app.Host.ApiClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));
        var sie = new StringBuilder("#FLAGGA 0\r\n#SIETYP 4\r\n#RAR 0 20310101 20311231\r\n#KONTO 1930 \"Bank\"\r\n#KONTO 5010 \"Kansli\"\r\n");
        for (var i = 1; i <= 501; i++)
        {
            sie.Append(CultureInfo.InvariantCulture, $"#VER A {i} 20310115\r\n{{\r\n#TRANS 5010 {{}} 1000000000000.00\r\n#TRANS 1930 {{}} -1000000000000.00\r\n}}\r\n");
        }

        // Lines 1–5 are the head; voucher i takes the five lines from 6 + 5(i − 1), its rows the third and fourth. The
        // 1 001st row (voucher 501's first) takes the sum past 10¹⁵ kr: line 6 + 5 · 500 + 2 = 2 508.
        var response = await api.PostAsync($"/api/v1/associations/{association.Id}/ledger?dryRun=true", Body(Encoding.ASCII.GetBytes(sie.ToString())));
        var messages = (await Clients.JsonAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("file").EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.Contains(messages, m => m.StartsWith("Rad 2508: beloppen till och med denna rad summerar", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_row_with_broken_quotes_refuses_the_whole_file()
    {
        var association = await app.Host.CreateAssociationAsync();
        using var api = await app.Host.ApiClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));
        // Every value would read; only the quotes in the account name on line 2 are broken.
        var csv = Encoding.UTF8.GetBytes("Datum;Konto;Kontonamn;Belopp\r\n2031-01-15;5010;Kansli \"ny;100\r\n2031-01-15;1930;Bank;-100");
        var response = await api.PostAsync($"/api/v1/associations/{association.Id}/ledger", Body(csv));
        var message = Assert.Single((await Clients.JsonAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("file").EnumerateArray()).GetString()!;
        Assert.StartsWith("Rad 2: Raden har felaktiga citattecken", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/associations/{association.Id}/actuals?year=2031")).StatusCode);
    }

    [Fact]
    public async Task The_upload_forms_error_is_tied_to_the_file_input()
    {
        var association = await app.Host.CreateAssociationAsync();
        using var pages = await app.Host.SignedInPageClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));
        var url = $"/forbund/{association.Id}/ekonomi/bokforing";
        var token = Clients.AntiforgeryToken(await pages.GetStringAsync(url))!;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__af" } };
        var html = await (await pages.PostAsync(url, form)).Content.ReadAsStringAsync();
        Assert.Contains("Välj en fil att läsa in", html, StringComparison.Ordinal);
        Assert.Contains("id=\"File-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"file-hint File-error\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }
}
