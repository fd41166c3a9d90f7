using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samordna.TestSupport;
using Samordna.Web.Features.Allocation.Data;

namespace Samordna.IntegrationTests.Allocation;

/// <summary>
/// The allocation forms over HTTP: every error of a form in one round (each message in the same response), the
/// equity tiers as table rows, the what-if's summary before its table, and no "Besluta" on a decided run.
/// </summary>
[Collection(AllocationCollection.Name)]
public sealed class AllocationFormTests(AllocationFixture app)
{
    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_parameters_form_reports_every_wrong_field_and_every_wrong_tier_step_in_one_round()
    {
        var s = await AllocationScenario.CreateAsync(app.Host);
        using var pages = await app.Host.SignedInPageClientAsync(s.National);
        var url = $"/medelstilldelning/parametrar/{s.Year}";

        var response = await pages.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Frame"] = "tre miljoner",
            ["Input.BaseAmount"] = "400 000",
            ["Input.SupportMeasureWeight"] = "0,8",
            ["Input.PopulationWeight"] = "0,25",
            ["Input.AgeBand"] = "",
            ["Input.EquityReductionShare"] = "0,5",
            ["Input.EquityTiers[0].UpTo"] = "4 000 000", ["Input.EquityTiers[0].Rate"] = "20",
            ["Input.EquityTiers[1].UpTo"] = "3 000 000", ["Input.EquityTiers[1].Rate"] = "150",
            ["Input.EquityTiers[2].UpTo"] = "", ["Input.EquityTiers[2].Rate"] = "fem",
            ["Input.EquityTiers[3].UpTo"] = "", ["Input.EquityTiers[3].Rate"] = "",
            ["Input.ReferenceDate"] = $"{s.Year - 5}-01-01",
        });

        var html = Text.Plain(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("Det finns fel att rätta", html, StringComparison.Ordinal);
        Assert.Contains("Ram ska vara ett belopp i kronor", html, StringComparison.Ordinal);
        Assert.Contains("Åldersgrupp måste anges.", html, StringComparison.Ordinal);
        Assert.Contains("ska tillsammans vara 1", html, StringComparison.Ordinal);
        Assert.Contains($"Referensdatum ska ligga under {s.Year - 1} eller {s.Year}.", html, StringComparison.Ordinal);
        Assert.Contains("Steg 2: gränsen måste vara större än steg 1 (4 000 000 kr).", html, StringComparison.Ordinal);
        Assert.Contains("Steg 2: andelen måste vara mellan 0 och 100 %.", html, StringComparison.Ordinal);
        Assert.Contains("Steg 3: andelen ska vara ett tal i procent", html, StringComparison.Ordinal);

        // Each error links to its input, and every input of the table has a label naming its row.
        Assert.Contains("href=\"#Input_EquityTiers_1__UpTo\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_EquityTiers_1__UpTo\"", html, StringComparison.Ordinal);
        Assert.Contains("Övre gräns, steg 2", html, StringComparison.Ordinal);
        Assert.Contains("Andel i procent, steg 5", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tiers_typed_as_rows_are_saved_with_empty_rows_left_out()
    {
        var s = await AllocationScenario.CreateAsync(app.Host);
        using var pages = await app.Host.SignedInPageClientAsync(s.National);
        var url = $"/medelstilldelning/parametrar/{s.Year}";
        var stored = JsonDocument.Parse(await s.Api.GetStringAsync($"/api/v1/allocation/parameters/{s.Year}")).RootElement;

        var response = await pages.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Frame"] = "3 000 000", ["Input.BaseAmount"] = "400 000", ["Input.SupportMeasureWeight"] = "0,75", ["Input.PopulationWeight"] = "0,25",
            ["Input.AgeBand"] = "16–64", ["Input.MaxYearlyDecrease"] = "10 %", ["Input.EquityReductionShare"] = "0,5",
            ["Input.EquityTiers[0].UpTo"] = "5 000 000", ["Input.EquityTiers[0].Rate"] = "25",
            ["Input.EquityTiers[1].UpTo"] = "", ["Input.EquityTiers[1].Rate"] = "",
            ["Input.EquityTiers[2].UpTo"] = "", ["Input.EquityTiers[2].Rate"] = "12,5 %",
            ["Input.ReferenceDate"] = $"{s.Year}-01-01", ["Input.Version"] = stored.GetProperty("version").GetInt64().ToString(CultureInfo.InvariantCulture),
        });

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.BodyAsync());
        var saved = JsonDocument.Parse(await s.Api.GetStringAsync($"/api/v1/allocation/parameters/{s.Year}")).RootElement.GetProperty("equityTierList");
        Assert.Equal(2, saved.GetArrayLength());
        Assert.Equal(5_000_000m, saved[0].GetProperty("upTo").GetDecimal());
        Assert.Equal(0.25m, saved[0].GetProperty("rate").GetDecimal());
        Assert.Equal(JsonValueKind.Null, saved[1].GetProperty("upTo").ValueKind);
        Assert.Equal(0.125m, saved[1].GetProperty("rate").GetDecimal());

        var form = Text.Plain(await pages.GetStringAsync(url));
        Assert.Contains("value=\"5 000 000\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"12,5\"", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_names_each_wrong_tier_step()
    {
        var s = await AllocationScenario.CreateAsync(app.Host);

        var response = await s.Api.PutAsJsonAsync($"/api/v1/allocation/parameters/{s.Year}", new
        {
            frame = 3_000_000, baseAmount = 400_000, supportMeasureWeight = 0.75, populationWeight = 0.25, ageBand = "16–64", equityReductionShare = 0.5,
            equityTiers = new object[] { new { upTo = 4_000_000, rate = 0.2 }, new { upTo = 4_000_000, rate = 0.15 }, new { upTo = (long?)null } },
            referenceDate = $"{s.Year}-01-01",
        });

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.BodyAsync());
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.StartsWith("Steg 2: gränsen måste vara större än steg 1", Text.Plain(errors.GetProperty("equityTiers[1].upTo")[0].GetString()!), StringComparison.Ordinal);
        Assert.Equal("Steg 3: ange andelen.", errors.GetProperty("equityTiers[2].rate")[0].GetString());
    }

    // The tiers are stored as text in 1 000 characters: at most 20 steps of at most 27 characters each
    // ("92233720368547758:0.123456|"), so 21 steps are refused, and a rate sent with a long scale is stored at six
    // decimals without trailing zeros. Before, both went to the database (PostgreSQL: 22001, a 500).
    [Fact]
    public async Task The_tiers_have_at_most_twenty_steps_and_rates_are_stored_without_their_scale()
    {
        var s = await AllocationScenario.CreateAsync(app.Host);
        var url = $"/api/v1/allocation/parameters/{s.Year}";
        var version = JsonDocument.Parse(await s.Api.GetStringAsync(url)).RootElement.GetProperty("version").GetInt64();
        string Body(int steps) =>
            "{\"frame\":3000000,\"baseAmount\":400000,\"supportMeasureWeight\":0.75,\"populationWeight\":0.25,\"ageBand\":\"16–64\",\"equityReductionShare\":0.5,"
            + $"\"referenceDate\":\"{s.Year}-01-01\",\"version\":{version},\"equityTiers\":["
            + string.Join(",", Enumerable.Range(1, steps).Select(i => $"{{\"upTo\":{(i < steps ? (92_233_720_368_547_758L - steps + i).ToString(CultureInfo.InvariantCulture) : "null")},\"rate\":0.1234560000000000000000}}"))
            + "]}";

        var tooMany = await s.Api.PutAsync(url, new StringContent(Body(21), System.Text.Encoding.UTF8, "application/json"));
        Assert.True(tooMany.StatusCode == HttpStatusCode.BadRequest, await tooMany.BodyAsync());
        Assert.Equal("Trappan får ha högst 20 steg.", JsonDocument.Parse(await tooMany.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("equityTiers")[0].GetString());

        var twenty = await s.Api.PutAsync(url, new StringContent(Body(20), System.Text.Encoding.UTF8, "application/json"));
        Assert.True(twenty.StatusCode == HttpStatusCode.OK, await twenty.BodyAsync());
        var stored = await app.Host.WithDbAsync(db => db.Set<AllocationYearParameters>().Where(p => p.Year == s.Year).Select(p => p.EquityTiers).SingleAsync());
        Assert.StartsWith("92233720368547739:0.123456|92233720368547740:0.123456|", stored, StringComparison.Ordinal);
        Assert.EndsWith("|*:0.123456", stored, StringComparison.Ordinal);
        Assert.True(stored.Length <= 1000, stored);

        using var pages = await app.Host.SignedInPageClientAsync(s.National);
        var fields = new Dictionary<string, string>
        {
            ["Input.Frame"] = "3 000 000", ["Input.BaseAmount"] = "400 000", ["Input.SupportMeasureWeight"] = "0,75", ["Input.PopulationWeight"] = "0,25",
            ["Input.AgeBand"] = "16–64", ["Input.EquityReductionShare"] = "0,5", ["Input.ReferenceDate"] = $"{s.Year}-01-01",
        };
        for (var i = 0; i < 21; i++)
        {
            fields[$"Input.EquityTiers[{i}].UpTo"] = i < 20 ? ((i + 1) * 1_000_000).ToString(CultureInfo.InvariantCulture) : string.Empty;
            fields[$"Input.EquityTiers[{i}].Rate"] = "10";
        }

        var page = await pages.PostFormAsync($"/medelstilldelning/parametrar/{s.Year}", fields);
        var html = Text.Plain(await page.Content.ReadAsStringAsync());
        Assert.True(page.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("Trappan får ha högst 20 steg.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_inputs_form_reports_an_unreadable_field_and_an_ask_above_the_model_amount_in_one_round()
    {
        var s = await AllocationScenario.CreateAsync(app.Host);
        var runId = await s.SaveRunAsync("Underlag för formuläret");
        var model = await app.Host.WithDbAsync(db => db.Set<AllocationRunResult>().IgnoreQueryFilters().Where(r => r.RunId == runId && r.AssociationId == s.Beta.Id).Select(r => r.ModelAmount).SingleAsync());
        using var pages = await app.Host.SignedInPageClientAsync(s.National);
        var url = $"/forbund/{s.Beta.Id}/tilldelningsunderlag?ar={Year(s.Year)}";

        var response = await pages.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.PreviousAllocation"] = "1 000 000",
            ["Input.ForecastEquity"] = "mycket",
            ["Input.AskedAmount"] = (model.WholeKronor + 1).ToString(CultureInfo.InvariantCulture),
            ["Input.Note"] = new string('x', 2001),
        });

        var html = Text.Plain(await response.Content.ReadAsStringAsync());
        Assert.Contains("Prognos för eget kapital ska vara ett belopp i kronor", html, StringComparison.Ordinal);
        Assert.Contains("högre än förbundets modellbelopp", html, StringComparison.Ordinal);
        Assert.Contains("Anteckning får vara högst 2000 tecken.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_what_if_form_reports_every_wrong_field_and_tier_step_at_once()
    {
        var s = await AllocationScenario.CreateAsync(app.Host);
        using var pages = await app.Host.SignedInPageClientAsync(s.National);

        var response = await pages.GetAsync($"/medelstilldelning/berakna?ar={Year(s.Year)}&berakna=1&underlag={s.DataSetId}&ram=abc&d=hälften&r=0%2C5&ek=1"
            + "&trappa%5B0%5D.UpTo=5+000+000&trappa%5B0%5D.Rate=20&trappa%5B1%5D.UpTo=4+000+000&trappa%5B1%5D.Rate=200");

        var html = Text.Plain(await response.Content.ReadAsStringAsync());
        Assert.Contains("Det finns fel att rätta", html, StringComparison.Ordinal);
        Assert.Contains("Ram ska vara ett belopp i kronor", html, StringComparison.Ordinal);
        Assert.Contains("Högsta minskning ska vara en andel", html, StringComparison.Ordinal);
        Assert.Contains("Steg 2: gränsen måste vara större än steg 1 (5 000 000 kr).", html, StringComparison.Ordinal);
        Assert.Contains("Steg 2: andelen måste vara mellan 0 och 100 %.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#trappa_1__Rate\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"trappa_1__Rate\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_what_if_starts_with_who_gains_and_loses_and_the_largest_changes()
    {
        var s = await AllocationScenario.CreateAsync(app.Host);
        using var pages = await app.Host.SignedInPageClientAsync(s.National);

        // A frame 500 000 kr larger than the year's: the allocations always sum to the frame, so the total change is exactly that.
        var html = Text.Plain(await pages.GetStringAsync(
            $"/medelstilldelning/berakna?ar={Year(s.Year)}&berakna=1&underlag={s.DataSetId}&ram=3+500+000&grund=400+000&vf=0%2C75&vp=0%2C25&d=0%2C1&r=0%2C5&ek=1"
            + "&trappa%5B0%5D.UpTo=4+000+000&trappa%5B0%5D.Rate=20&trappa%5B1%5D.UpTo=8+000+000&trappa%5B1%5D.Rate=15&trappa%5B2%5D.Rate=10"));

        var at = html.IndexOf("whatif-summary", StringComparison.Ordinal);
        Assert.True(at >= 0, html);
        var summary = html[at..Math.Min(html.Length, at + 3000)];
        Assert.True(summary.Contains("Sammanlagt ändras tilldelningen med <strong>+500 000 kr</strong> (från 3 000 000 kr till 3 500 000 kr)", StringComparison.Ordinal), summary);
        Assert.True(summary.Contains("Jämfört med beräkningen på årets parametrar utan ändringar får", StringComparison.Ordinal), summary);
        Assert.True(summary.Contains("<strong>3 förbund mer</strong>", StringComparison.Ordinal), summary);
        Assert.True(summary.Contains("Störst ökning", StringComparison.Ordinal) && summary.Contains("Inget förbund får mindre.", StringComparison.Ordinal), summary);
        Assert.True(html.IndexOf("Sammanfattning", StringComparison.Ordinal) < html.IndexOf("Beräknad tilldelning", StringComparison.Ordinal), "The summary comes before the table.");
    }

    [Fact]
    public async Task A_decided_run_offers_no_decision()
    {
        var s = await AllocationScenario.CreateAsync(app.Host);
        var runId = await s.SaveRunAsync("Beslutas");
        using var pages = await app.Host.SignedInPageClientAsync(s.National);
        Assert.Contains($"/medelstilldelning/korningar/{runId}/besluta", await pages.GetStringAsync($"/medelstilldelning/korningar/{runId}"), StringComparison.Ordinal);

        await s.DecideAsync(runId);

        var view = await pages.GetStringAsync($"/medelstilldelning/korningar/{runId}");
        Assert.DoesNotContain($"/medelstilldelning/korningar/{runId}/besluta", view, StringComparison.Ordinal);
        var decide = Text.Plain(await pages.GetStringAsync($"/medelstilldelning/korningar/{runId}/besluta"));
        Assert.Contains("är redan beslutad", decide, StringComparison.Ordinal);
        Assert.DoesNotContain(">Besluta</button>", decide, StringComparison.Ordinal);
    }
}
