using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Samordna.IntegrationTests.Registry;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Platform;

/// <summary>
/// Hostile and oversized files through the register import and the data-set import (API and page): refused in
/// Swedish as the client's error, never a 500 or a generic error page; exports keep spreadsheet formulas inert.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class UploadedFileTests(AppFixture app)
{
    /// <summary>Names a spreadsheet would run as a formula if they reached a cell as they are.</summary>
    private static readonly string[] FormulaNames = ["=HYPERLINK(\"x\")", "+cmd|' /C calc'!A0", "-2+3+cmd", "@SUM(A1)"];

    private const string RegisterHeader = "Förbundskod;Förbund;Organisationsnummer;Säte;Bildat;Upphörde;Medlemskod;Medlem från;Medlem till";

    private async Task<HttpClient> NationalApiAsync() => await app.Host.ApiClientAsync(await app.Host.CreateUserAsync(Role.NationalAdministrator));

    private async Task<HttpClient> NationalPagesAsync() => await app.Host.SignedInPageClientAsync(await app.Host.CreateUserAsync(Role.NationalAdministrator));

    private static string Unique() => "T" + Guid.NewGuid().ToString("N")[..8];

    private static async Task<HttpResponseMessage> ImportRegisterAsync(HttpClient api, byte[] file, string contentType = "text/csv")
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await api.PostAsync("/api/v1/registry/import", content);
    }

    private static Task<HttpResponseMessage> ImportDataSetAsync(HttpClient api, byte[] file, string fileName) =>
        api.PostAsJsonAsync("/api/v1/allocation/data-sets", new
        {
            year = 2024, name = "Filtest " + Unique(), source = "Test", ageBand = "16–64", fileName,
            contentBase64 = Convert.ToBase64String(file),
        });

    private static async Task<HttpResponseMessage> PostUploadPageAsync(HttpClient pages, string url, string fileField, byte[] file, string fileName, IDictionary<string, string> fields)
    {
        var html = await pages.GetStringAsync(url);
        using var form = new MultipartFormDataContent { { new StringContent(Clients.AntiforgeryToken(html)!), "__af" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new ByteArrayContent(file), fileField, fileName);
        return await pages.PostAsync(url, form);
    }

    private static readonly Dictionary<string, string> DataSetFields = new()
    {
        ["Input.Year"] = "2024", ["Input.Name"] = "Sidimport", ["Input.Source"] = "Test", ["Input.AgeBand"] = "16–64",
    };

    /// <summary>
    /// A minimal valid workbook (content types, relationships, one sheet "Register") whose sheet XML is
    /// <paramref name="sheetStart"/>, then <paramref name="padding"/> bytes of spaces, then the closing tags.
    /// </summary>
    private static byte[] Workbook(string sheetStart, long padding = 0, string sheetEnd = "</sheetData></worksheet>")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }

            Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Register" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            sheet.Write(Encoding.UTF8.GetBytes(sheetStart));
            var spaces = Encoding.ASCII.GetBytes(new string(' ', 1024 * 1024));
            for (var written = 0L; written < padding; written += spaces.Length)
            {
                sheet.Write(spaces, 0, (int)Math.Min(spaces.Length, padding - written));
            }

            sheet.Write(Encoding.UTF8.GetBytes(sheetEnd));
        }

        return buffer.ToArray();
    }

    private const string SheetStart = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Kommunkod</t></is></c><c r="B1" t="inlineStr"><is><t>Kommun</t></is></c></row>""";

    /// <summary>400 MiB of sheet XML that deflates to well under a megabyte.</summary>
    private static byte[] ZipBomb() => Workbook(SheetStart, padding: 400L * 1024 * 1024);

    /// <summary>A sheet whose XML declares an external entity and uses it in a cell.</summary>
    private static byte[] ExternalEntityWorkbook() => Workbook(
        """<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c><c r="B1" t="inlineStr"><is><t>Kommun</t></is></c></row>""");

    [Fact]
    public async Task A_zip_bomb_workbook_is_refused_by_the_register_import_with_a_Swedish_message()
    {
        using var api = await NationalApiAsync();
        var bomb = ZipBomb();
        Assert.True(bomb.Length < 1024 * 1024, $"The bomb should be small when packed, was {bomb.Length} bytes.");

        var response = await ImportRegisterAsync(api, bomb, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        var body = await response.BodyAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Contains("blir för stor när den packas upp", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_bomb_workbook_is_refused_by_the_data_set_import_with_a_Swedish_message()
    {
        using var api = await NationalApiAsync();

        var response = await ImportDataSetAsync(api, ZipBomb(), "bomb.xlsx");

        var body = await response.BodyAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Contains("blir för stor när den packas upp", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workbook_with_an_external_entity_is_a_Swedish_400_from_the_register_api_not_a_500()
    {
        using var api = await NationalApiAsync();

        var response = await ImportRegisterAsync(api, ExternalEntityWorkbook(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        var body = await response.BodyAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Contains("dokumenttypsdefinition (DTD)", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workbook_with_an_external_entity_is_an_error_message_on_the_data_set_page_not_an_error_page()
    {
        using var pages = await NationalPagesAsync();

        var response = await PostUploadPageAsync(pages, "/medelstilldelning/underlag/las-in", "Upload", ExternalEntityWorkbook(), "entitet.xlsx", DataSetFields);

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("Det finns fel att rätta", html, StringComparison.Ordinal);
        Assert.Contains("dokumenttypsdefinition (DTD)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_names_that_look_like_formulas_export_as_inert_text_and_import_back_unchanged()
    {
        using var api = await NationalApiAsync();
        var codes = new Dictionary<string, string>();
        var csv = new StringBuilder(RegisterHeader + "\n");
        foreach (var name in FormulaNames)
        {
            var code = $"formel-{TestData.NextSerial()}-{Guid.NewGuid().ToString("N")[..6]}";
            codes[code] = name;
            var orgnr = TestData.OrganisationNumber(TestData.NextSerial());
            var quoted = "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            foreach (var member in new[] { "FK", "AF", "R06", "0683" })
            {
                csv.Append($"{code};{quoted};{orgnr};0683;2019-01-01;;{member};2019-01-01;\n");
            }
        }

        var created = await ImportRegisterAsync(api, Encoding.UTF8.GetBytes(csv.ToString()));
        Assert.True(created.StatusCode == HttpStatusCode.OK, await created.BodyAsync());

        var export = Encoding.UTF8.GetString(await api.GetByteArrayAsync("/api/v1/registry/export?format=csv"));
        var ours = export.Split("\r\n").Where(line => codes.Keys.Any(c => line.StartsWith(c + ";", StringComparison.Ordinal))).ToList();
        Assert.Equal(16, ours.Count);
        foreach (var line in ours)
        {
            var name = codes[line[..line.IndexOf(';', StringComparison.Ordinal)]];
            var field = line.Split(';')[1].TrimStart('"');
            Assert.True(field.StartsWith('\''), $"The name {name} is not neutralised: {line}");
        }

        var xlsx = await api.GetByteArrayAsync("/api/v1/registry/export?format=xlsx");
        using (var zip = new ZipArchive(new MemoryStream(xlsx)))
        {
            var sheet = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
            using var reader = new StreamReader(sheet.Open());
            var xml = await reader.ReadToEndAsync();
            foreach (var name in FormulaNames)
            {
                var escaped = System.Security.SecurityElement.Escape(name);
                Assert.DoesNotContain(">" + name, xml, StringComparison.Ordinal);
                Assert.True(xml.Contains(">'" + name, StringComparison.Ordinal) || xml.Contains(">'" + escaped, StringComparison.Ordinal), $"The name {name} is not neutralised in the workbook.");
            }
        }

        // Only our associations' rows go back in; the rest of the shared register is left as it is.
        var again = await ImportRegisterAsync(api, Encoding.UTF8.GetBytes(RegisterHeader + "\r\n" + string.Join("\r\n", ours) + "\r\n"));
        var outcome = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement;
        Assert.True(again.StatusCode == HttpStatusCode.OK, outcome.ToString());
        Assert.Equal(4, outcome.GetProperty("associationsUnchanged").GetInt32());
        var associations = (await api.JsonAsync("/api/v1/associations")).EnumerateArray()
            .Where(a => codes.ContainsKey(a.GetProperty("code").GetString()!))
            .ToDictionary(a => a.GetProperty("code").GetString()!, a => a.GetProperty("name").GetString()!);
        Assert.Equal(codes.OrderBy(c => c.Key), associations.OrderBy(a => a.Key));
    }

    [Fact]
    public async Task Data_set_names_that_look_like_formulas_export_as_inert_text_and_import_back_unchanged()
    {
        using var api = await NationalApiAsync();
        var unique = Unique();
        var content = "Kommunkod;Kommun;Försörjningsmått;Invånare 16-64\n"
            + string.Concat(FormulaNames.Select((name, i) => $"{unique}{i};\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\";{100 + i};{1000 + i}\n"));
        var imported = await api.PostAsJsonAsync("/api/v1/allocation/data-sets", new { year = 2024, name = "Formler", source = "Test", ageBand = "16–64", fileName = "formler.csv", content });
        Assert.True(imported.StatusCode == HttpStatusCode.Created, await imported.BodyAsync());
        var id = JsonDocument.Parse(await imported.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        var export = await api.GetByteArrayAsync($"/api/v1/allocation/data-sets/{id}/export");

        var lines = Encoding.UTF8.GetString(export).Split("\r\n").Where(l => l.StartsWith(unique, StringComparison.Ordinal)).ToList();
        Assert.Equal(4, lines.Count);
        Assert.All(lines, line => Assert.StartsWith("'", line.Split(';')[1].TrimStart('"'), StringComparison.Ordinal));
        var units = (await api.JsonAsync($"/api/v1/allocation/data-sets/{id}")).GetProperty("units").EnumerateArray().Select(u => u.GetProperty("name").GetString()!).ToList();
        Assert.Equal(FormulaNames.Order(StringComparer.Ordinal), units.Order(StringComparer.Ordinal));

        // The same figures and names give the same content hash: the export is refused as a duplicate of the original.
        var again = await ImportDataSetAsync(api, export, "export.csv");
        Assert.True(again.StatusCode == HttpStatusCode.Conflict, await again.BodyAsync());
        Assert.Contains(id.ToString(), await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_far_over_the_limit_on_the_register_page_gets_a_Swedish_message_on_the_page()
    {
        // Twice the limit: also over the server's own default body limit (30 MB), which used to close the connection.
        using var pages = await NationalPagesAsync();
        var tooLarge = new byte[(2 * Limit) + 1];

        var response = await PostUploadPageAsync(pages, "/nationellt/register", "Input.File", tooLarge, "stor.csv", new Dictionary<string, string> { ["Input.DryRun"] = "true" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{response.StatusCode}\n{html}");
        Assert.Contains("Filen är för stor: den får vara högst 20 MB.", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Exportera och importera registret</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_limit_on_the_data_set_page_gets_a_Swedish_message_on_the_page()
    {
        using var pages = await NationalPagesAsync();
        var tooLarge = new byte[Limit + 1];

        var response = await PostUploadPageAsync(pages, "/medelstilldelning/underlag/las-in", "Upload", tooLarge, "stor.csv", DataSetFields);

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{response.StatusCode}\n{html}");
        Assert.Contains("Filen är för stor: den får vara högst 20 MB.", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Läs in statistik</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_limit_through_the_register_api_is_a_413_problem_in_Swedish()
    {
        using var api = await NationalApiAsync();

        var response = await ImportRegisterAsync(api, new byte[Limit + 1]);

        var body = await response.BodyAsync();
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, body);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"code\":\"FILE_TOO_LARGE\"", body, StringComparison.Ordinal);
        Assert.Contains("Filen är för stor: den får vara högst 20 MB.", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/nationellt/register", "Input.File")]
    [InlineData("/medelstilldelning/underlag/las-in", "Upload")]
    public async Task A_post_to_an_upload_page_without_the_antiforgery_token_is_still_refused(string url, string field)
    {
        using var pages = await NationalPagesAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(RegisterHeader + "\n")), field, "fil.csv" } };

        var response = await pages.PostAsync(url, form);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.BodyAsync());
    }

    /// <summary>The configured upload limit (Files:MaxBytes), the 20 MB default in the test host.</summary>
    private const int Limit = 20 * 1024 * 1024;
}
