using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samordna.TestSupport;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.RegisterFiles;
using Samordna.Web.Infrastructure.Cli;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Registry;

/// <summary>
/// The whole register on a database of its own: loaded from the partial national list by bulk import, counted by the
/// national overview, and exported back unchanged.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class NationalRegisterTests(NationalRegisterFixture register) : IClassFixture<NationalRegisterFixture>
{
    private SamordnaTestHost Host => register.Host;

    /// <summary>The partial register as the export writes it: sorted by association code, member code and start.</summary>
    private async Task<byte[]> PartialRegisterCsvAsync()
    {
        var codes = await Host.WithDbAsync(db => db.Set<Municipality>().ToDictionaryAsync(m => m.Name, m => m.Code));
        var lines = new List<string>();
        var serial = 900;
        foreach (var a in PartialRegister.Associations.OrderBy(a => a.Code, StringComparer.Ordinal))
        {
            var orgnr = TestData.OrganisationNumber(serial++);
            var members = new[] { "FK", "AF", "R" + a.County }.Concat(a.Municipalities.Select(n => codes[n])).Order(StringComparer.Ordinal);
            var ended = a.Ended is { } e ? e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
            foreach (var member in members)
            {
                lines.Add(string.Join(';', a.Code, a.Name, $"{orgnr[..6]}-{orgnr[6..]}", codes[a.Municipalities[0]],
                    a.Formed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ended, member, a.Formed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ended,
                    string.Empty, string.Empty, string.Empty, string.Empty));
            }
        }

        var text = "Förbundskod;Förbund;Organisationsnummer;Säte;Bildat;Upphörde;Medlemskod;Medlem från;Medlem till;E-postadress;Telefon;Postadress;Webbplats\r\n" + string.Join("\r\n", lines) + "\r\n";
        return [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];
    }

    private async Task<HttpClient> NationalApiAsync() => await Host.ApiClientAsync(await Host.CreateUserAsync(Role.NationalAdministrator));

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient api, byte[] file, string query = "")
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return await api.PostAsync("/api/v1/registry/import" + query, content);
    }

    private async Task<HttpClient> WithPartialRegisterAsync()
    {
        var api = await NationalApiAsync();
        var response = await ImportAsync(api, await PartialRegisterCsvAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.BodyAsync());
        return api;
    }

    [Theory]
    [InlineData("2020-01-01")]
    [InlineData("2012-01-01")]
    [InlineData("2014-12-31")]
    [InlineData("2015-01-01")]
    public async Task The_overview_lists_the_municipalities_outside_and_its_counts_match_the_register(string asOf)
    {
        using var api = await WithPartialRegisterAsync();
        var date = DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var existing = PartialRegister.Associations.Where(a => a.Formed <= date && (a.Ended is null || date <= a.Ended)).ToList();
        var inside = existing.SelectMany(a => a.Municipalities).ToHashSet();

        using var anonymous = Host.NewClient();
        var overview = await anonymous.JsonAsync($"/api/v1/registry/overview?asOf={asOf}");

        Assert.Equal(existing.Count, overview.GetProperty("associations").GetInt32());
        Assert.Equal(290, overview.GetProperty("municipalities").GetInt32());
        Assert.Equal(inside.Count, overview.GetProperty("memberMunicipalities").GetInt32());
        Assert.Equal(290 - inside.Count, overview.GetProperty("municipalitiesOutside").GetInt32());
        var counties = overview.GetProperty("counties").EnumerateArray().ToDictionary(c => c.GetProperty("countyCode").GetString()!);
        Assert.Equal(0, counties["06"].GetProperty("outside").GetArrayLength());
        Assert.Equal(["Västerås"], counties["19"].GetProperty("outside").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(290 - inside.Count, counties.Values.Sum(c => c.GetProperty("outside").GetArrayLength()));
        // Västra Götaland: Sjuhärad's eight, and Norra Bohuslän's five until the merger.
        Assert.Equal(date < new DateOnly(2015, 1, 1) ? 13 : 8, counties["14"].GetProperty("inside").GetInt32());

        // Each association's count is what the register says its members are on that day.
        foreach (var coverage in overview.GetProperty("coverage").EnumerateArray())
        {
            var members = await api.JsonAsync($"/api/v1/associations/{coverage.GetProperty("id").GetGuid()}/members?asOf={asOf}");
            var municipalities = members.EnumerateArray().Count(m => m.GetProperty("kind").GetString() == "Municipality");
            Assert.Equal(municipalities, coverage.GetProperty("municipalities").GetArrayLength());
        }
    }

    [Fact]
    public async Task The_yearly_series_follows_formations_and_the_merger()
    {
        using var api = await WithPartialRegisterAsync();

        var years = (await api.JsonAsync("/api/v1/registry/overview?asOf=2020-06-30")).GetProperty("years").EnumerateArray()
            .ToDictionary(y => y.GetProperty("year").GetInt32(), y => (y.GetProperty("associations").GetInt32(), y.GetProperty("memberMunicipalities").GetInt32()));

        Assert.Equal(2006, years.Keys.Min());
        Assert.Equal((1, 5), years[2006]);
        Assert.Equal((15, 56), years[2014]);
        Assert.Equal((14, 51), years[2015]);
        Assert.Equal((15, 53), years[2020]);
    }

    [Fact]
    public async Task A_clean_import_round_trips_through_export_byte_for_byte_and_row_for_row_in_Excel()
    {
        using var api = await WithPartialRegisterAsync();
        var file = await PartialRegisterCsvAsync();

        var csv = await api.GetByteArrayAsync("/api/v1/registry/export?format=csv");
        Assert.Equal(Encoding.UTF8.GetString(file), Encoding.UTF8.GetString(csv));
        Assert.Equal(file, csv);

        var again = await ImportAsync(api, csv);
        var outcome = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(16, outcome.GetProperty("associationsUnchanged").GetInt32());
        Assert.Equal(0, outcome.GetProperty("membershipsAdded").GetInt32() + outcome.GetProperty("membershipsChanged").GetInt32() + outcome.GetProperty("membershipsRemoved").GetInt32());

        var xlsx = await api.GetByteArrayAsync("/api/v1/registry/export?format=xlsx");
        Assert.Equal(RegisterFile.Read(file).Rows, RegisterFile.Read(xlsx).Rows);
        using var content = new ByteArrayContent(xlsx);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var fromExcel = await api.PostAsync("/api/v1/registry/import", content);
        Assert.True(fromExcel.StatusCode == HttpStatusCode.OK, await fromExcel.BodyAsync());
        Assert.Equal(16, JsonDocument.Parse(await fromExcel.Content.ReadAsStringAsync()).RootElement.GetProperty("associationsUnchanged").GetInt32());
        Assert.Equal(file, await api.GetByteArrayAsync("/api/v1/registry/export?format=csv"));
    }

    /// <summary>
    /// The export and import lacked the office's contact details (e-mail, phone, postal address, website) added to the
    /// register later: now they go out on every row of their association and come back in, Excel and CSV alike; a
    /// file without those columns (written before) leaves them as they are, and a bad one is named by row and field.
    /// </summary>
    [Fact]
    public async Task The_contact_details_and_website_round_trip_through_export_and_import()
    {
        using var api = await WithPartialRegisterAsync();
        var rows = RegisterFile.Read(await api.GetByteArrayAsync("/api/v1/registry/export?format=csv")).Rows.ToList();
        var code = rows[0].AssociationCode;
        rows = rows.Select(r => r.AssociationCode != code ? r
            : r with { Email = " kansliet@example.org ", Phone = "0370-37 70 00", PostalAddress = "Box 123, 331 21 Värnamo", Website = "https://example.org/förbundet" }).ToList();

        var imported = await ImportAsync(api, RegisterFile.Write(rows, RegisterFormat.Csv));
        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.BodyAsync());
        Assert.Equal(1, JsonDocument.Parse(await imported.Content.ReadAsStringAsync()).RootElement.GetProperty("associationsUpdated").GetInt32());
        var stored = await Host.WithDbAsync(db => db.Set<Association>().AsNoTracking().SingleAsync(a => a.Code == code));
        Assert.Equal(("kansliet@example.org", "0370-37 70 00", "Box 123, 331 21 Värnamo", "https://example.org/förbundet"), (stored.PublicEmail, stored.Phone, stored.PostalAddress, stored.Website));

        foreach (var format in new[] { "csv", "xlsx" })
        {
            var export = await api.GetByteArrayAsync($"/api/v1/registry/export?format={format}");
            var exported = RegisterFile.Read(export).Rows.Where(r => r.AssociationCode == code).ToList();
            Assert.NotEmpty(exported);
            Assert.All(exported, r => Assert.Equal(("kansliet@example.org", "0370-37 70 00", "Box 123, 331 21 Värnamo", "https://example.org/förbundet"), (r.Email, r.Phone, r.PostalAddress, r.Website)));
            Assert.All(RegisterFile.Read(export).Rows.Where(r => r.AssociationCode != code), r => Assert.Equal(string.Empty, r.Website));
            using var content = new ByteArrayContent(export);
            var again = await api.PostAsync("/api/v1/registry/import", content);
            Assert.True(again.StatusCode == HttpStatusCode.OK, await again.BodyAsync());
            Assert.Equal(0, JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("associationsUpdated").GetInt32());
        }

        // A file from before the contact columns changes nothing of them.
        var old = await ImportAsync(api, await PartialRegisterCsvWithoutContactColumnsAsync());
        Assert.True(old.StatusCode == HttpStatusCode.OK, await old.BodyAsync());
        Assert.Equal("https://example.org/förbundet", await Host.WithDbAsync(db => db.Set<Association>().Where(a => a.Code == code).Select(a => a.Website).SingleAsync()));

        // A bad address is refused by row, naming the field; rows of one association must agree.
        var line = rows.First(r => r.AssociationCode == code).Line;
        var bad = rows.Select(r => r.Line == line ? r with { Website = "ftp://example.org" } : r).ToList();
        var refused = await ImportAsync(api, RegisterFile.Write(bad, RegisterFormat.Csv));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("file").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(errors, e => e.StartsWith($"Rad {line}: Webbplats", StringComparison.Ordinal));
        var second = rows.Where(r => r.AssociationCode == code).Skip(1).First().Line;
        var differing = rows.Select(r => r.Line == second ? r with { Phone = "036-10 10 10" } : r).ToList();
        var mismatch = JsonDocument.Parse(await (await ImportAsync(api, RegisterFile.Write(differing, RegisterFormat.Csv))).Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(mismatch.GetProperty("errors").GetProperty("file").EnumerateArray().Select(e => e.GetString()!),
            e => e.StartsWith($"Rad {second}: Uppgifterna om förbundet \"{code}\" (telefon)", StringComparison.Ordinal));
    }

    /// <summary>The partial register as the export wrote it before the contact columns were added.</summary>
    private async Task<byte[]> PartialRegisterCsvWithoutContactColumnsAsync()
    {
        var text = Encoding.UTF8.GetString(await PartialRegisterCsvAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => string.Join(';', l.Split(';').Take(9)));
        return [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];
    }

    [Fact]
    public async Task An_import_with_errors_changes_nothing_and_reports_every_bad_row()
    {
        using var api = await WithPartialRegisterAsync();
        var before = await api.GetByteArrayAsync("/api/v1/registry/export?format=csv");
        var rows = RegisterFile.Read(before).Rows.ToList();
        // Row 2 gets a bad organisation number, row 5 an unknown member, and Stockholm's only municipality row ends in
        // 2019 (the composition rule); a new association on the last row would be fine on its own but must not be added.
        rows[0] = rows[0] with { OrganisationNumber = "222998-0000" };
        rows[3] = rows[3] with { MemberCode = "9999" };
        var stockholm = rows.FindIndex(r => r.AssociationCode == "stockholms-stad" && r.MemberCode == "0180");
        rows[stockholm] = rows[stockholm] with { MemberTo = "2019-12-31" };
        var firstStockholm = rows.First(r => r.AssociationCode == "stockholms-stad").Line;
        rows.Add(new RegisterRow(0, "helt-nytt", "Helt nytt förbund", TestData.OrganisationNumber(999), "0180", "2020-01-01", "", "FK", "2020-01-01", ""));

        var response = await ImportAsync(api, RegisterFile.Write(rows, RegisterFormat.Csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var errors = problem.GetProperty("errors").GetProperty("file").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.StartsWith($"Filen har {errors.Count} fel och har inte importerats.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(errors, e => e.StartsWith("Rad 2: Organisationsnumret har fel kontrollsiffra.", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Rad 5: Medlemskoden \"9999\" finns inte i registret", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"Rad {firstStockholm}: Förbundet \"stockholms-stad\"", StringComparison.Ordinal) && e.Contains("Den 2020-01-01 saknar förbundet en kommun.", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"Rad {rows.Count + 1}: Förbundet \"helt-nytt\"", StringComparison.Ordinal) && e.Contains("saknar förbundet Arbetsförmedlingen", StringComparison.Ordinal));
        Assert.Equal(before, await api.GetByteArrayAsync("/api/v1/registry/export?format=csv"));
    }

    [Fact]
    public async Task The_operator_commands_export_and_import_the_same_files()
    {
        using var api = await WithPartialRegisterAsync();
        var path = Path.Combine(Path.GetTempPath(), $"samordna-register-{Guid.NewGuid():N}.csv");
        try
        {
            var output = new StringWriter();
            Assert.Equal(0, await OperatorCli.RunAsync(Host.Services, "registry", ["export", "--format", "csv", "--out", path], output));
            Assert.Equal(await PartialRegisterCsvAsync(), await File.ReadAllBytesAsync(path));

            output = new StringWriter();
            Assert.Equal(0, await OperatorCli.RunAsync(Host.Services, "registry", ["import", path, "--dry-run"], output));
            Assert.Contains("Provkörning utan fel, inget är ändrat", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("16 oförändrade förbund", output.ToString(), StringComparison.Ordinal);

            await File.WriteAllTextAsync(path, "Förbundskod;Förbund\r\nx;y\r\n");
            output = new StringWriter();
            Assert.Equal(1, await OperatorCli.RunAsync(Host.Services, "registry", ["import", path], output));
            Assert.Contains("Rad 1: kolumnerna", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
