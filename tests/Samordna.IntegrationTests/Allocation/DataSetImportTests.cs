using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Samordna.TestSupport;
using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.Files;
using Samordna.Web.Infrastructure.Files;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Allocation;

/// <summary>Importing statistics: all or nothing, every bad row reported, stored with a content hash, exports round-trip.</summary>
[Collection(AppCollection.Name)]
public sealed class DataSetImportTests(AppFixture app)
{
    private async Task<HttpClient> NationalApiAsync() => await app.Host.ApiClientAsync(await app.Host.CreateUserAsync(Role.NationalAdministrator));

    private static string Unique() => "T" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task A_file_with_bad_rows_stores_nothing_and_names_every_bad_row()
    {
        using var api = await NationalApiAsync();
        var unique = Unique();
        var content = $"""
            Kommunkod;Kommun;Försörjningsmått (tkr);Invånare 16-64
            0114;Upplands Väsby;12 345,6;30 000
            0115;Vallentuna;inte ett tal;20 000
            {unique};Påhittad;1,5;10 000
            0117;Österåker;100;-5
            0117;Dubblett;100;5
            """;
        var before = await app.Host.WithDbAsync(db => Task.FromResult(db.Set<AllocationDataSet>().Count()));

        var response = await api.PostAsJsonAsync("/api/v1/allocation/data-sets", new { year = 2024, name = "Felaktig", source = "Test", ageBand = "16–64", fileName = "fel.csv", content });

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.BodyAsync());
        var messages = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("content")
            .EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.Contains(messages, m => m.StartsWith("Rad 3, kolumn \"Försörjningsmått (tkr)\"", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Rad 5, kolumn \"Invånare 16-64\"", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Rad 6", StringComparison.Ordinal) && m.Contains("finns redan på rad 5", StringComparison.Ordinal));
        Assert.Equal(3, messages.Count);
        var after = await app.Host.WithDbAsync(db => Task.FromResult(db.Set<AllocationDataSet>().Count()));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Amounts_finer_than_ore_and_a_wrong_age_band_are_refused_by_row()
    {
        using var api = await NationalApiAsync();
        var response = await api.PostAsJsonAsync("/api/v1/allocation/data-sets", new
        {
            year = 2024, name = "Öresfel", source = "Test", ageBand = "16–64", fileName = "fel.csv",
            content = $"Kod;Namn;Försörjningsmått;Invånare\n{Unique()};A;10,005;5\n",
        });
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.BodyAsync());
        Assert.Contains("Rad 2", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var band = await api.PostAsJsonAsync("/api/v1/allocation/data-sets", new
        {
            year = 2024, name = "Åldersfel", source = "Test", ageBand = "16–64", fileName = "fel.csv",
            content = $"Kod;Namn;Försörjningsmått;Invånare 16-65\n{Unique()};A;10;5\n",
        });
        Assert.True(band.StatusCode == HttpStatusCode.BadRequest, await band.BodyAsync());
        Assert.Contains("16-65", await band.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Excel_file_is_stored_with_its_rows_and_hash_and_its_export_reimports_to_the_same_content()
    {
        using var api = await NationalApiAsync();
        var unique = Unique();
        var workbook = TabularFile.WriteXlsx("Försörjningsmått", ["Kommunkod", "Kommun", "Försörjningsmått tkr", "Invånare 16-64", "Ekonomiskt bistånd tkr"],
        [
            ["0114", "Upplands Väsby", 12345.6m, 30000L, 1000.5m],
            [unique, "Påhittad stadsdel", 0.25m, 10L, null],
        ]);

        var response = await api.PostAsJsonAsync("/api/v1/allocation/data-sets", new
        {
            year = 2023, name = "Excel " + unique, source = "Statisticon (test)", ageBand = "16–64", fileName = "statistik.xlsx",
            contentBase64 = Convert.ToBase64String(workbook),
        });

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.BodyAsync());
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var id = created.GetProperty("id").GetGuid();
        var hash = created.GetProperty("contentHash").GetString();
        var details = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/allocation/data-sets/{id}")).RootElement;
        Assert.True(details.GetProperty("hashMatches").GetBoolean());
        var units = details.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("code").GetString()!);
        Assert.Equal(12_345_600m, units["0114"].GetProperty("supportMeasure").GetDecimal());
        Assert.Equal(1_000_500m, units["0114"].GetProperty("financialAssistance").GetDecimal());
        Assert.Equal(250m, units[unique].GetProperty("supportMeasure").GetDecimal());
        Assert.Equal(2, units["0114"].GetProperty("sourceRow").GetInt32());

        var export = await api.GetAsync($"/api/v1/allocation/data-sets/{id}/export");
        Assert.True(export.IsSuccessStatusCode, await export.BodyAsync());
        var again = await api.PostAsJsonAsync("/api/v1/allocation/data-sets", new
        {
            year = 2023, name = "Återinläsning", source = "Export", ageBand = "16–64", fileName = "export.csv",
            contentBase64 = Convert.ToBase64String(await export.Content.ReadAsByteArrayAsync()),
        });
        Assert.True(again.StatusCode == HttpStatusCode.Conflict, await again.BodyAsync());
        var problem = await again.Content.ReadAsStringAsync();
        Assert.Contains("ALLOCATION_DATA_SET_DUPLICATE", problem, StringComparison.Ordinal);
        Assert.Contains(id.ToString(), problem, StringComparison.Ordinal);
        Assert.NotNull(hash);
    }

    [Fact]
    public async Task The_import_page_reports_bad_rows_and_keeps_nothing()
    {
        var national = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        using var pages = await app.Host.SignedInPageClientAsync(national);
        var form = await pages.GetStringAsync("/medelstilldelning/underlag/las-in");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Clients.AntiforgeryToken(form)!), "__af" },
            { new StringContent("2024"), "Input.Year" },
            { new StringContent("Sidimport"), "Input.Name" },
            { new StringContent("Test"), "Input.Source" },
            { new StringContent("16–64"), "Input.AgeBand" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes($"Kommunkod;Kommun;Försörjningsmått;Invånare 16-64\n{Unique()};A;x;1\n")), "Upload", "fel.csv" },
        };

        var response = await pages.PostAsync("/medelstilldelning/underlag/las-in", content);
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("Det finns fel att rätta", html, StringComparison.Ordinal);
        Assert.Contains("Rad 2, kolumn", html, StringComparison.Ordinal);
    }
}
