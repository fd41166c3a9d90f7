using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Samordna.TestSupport;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Documents;

namespace Samordna.IntegrationTests.Interventions;

/// <summary>A database of its own with the demo data loaded at start, as <c>dotnet run</c> does in development.</summary>
public sealed class DemoDataFixture : HostFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Enabled"] = "true" };
}

/// <summary>The demo interventions carry a few documents: labelled as demo, real PDFs, downloadable by the demo office.</summary>
public sealed class DemoDocumentTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    [Fact]
    public async Task Running_and_closed_demo_interventions_have_demo_PDFs_that_the_demo_office_can_download()
    {
        var host = fixture.Host;
        var documents = await host.WithDbAsync(db => (from d in db.Set<InterventionDocument>().AsNoTracking()
                                                      join i in db.Set<Intervention>().AsNoTracking() on d.InterventionId equals i.Id
                                                      select new { d.Id, d.AssociationId, d.InterventionId, d.FileName, d.Kind, i.IsDemo, i.Name }).ToListAsync());

        Assert.InRange(documents.Count, 3, 20);
        Assert.All(documents, d => Assert.True(d.IsDemo && d.FileName.EndsWith(" (demo).pdf", StringComparison.Ordinal), $"{d.Name}: {d.FileName}"));
        Assert.Contains(documents, d => d.Kind == DocumentKind.Agreement && d.Name == "Steg mot arbete (demo)");
        Assert.Contains(documents, d => d.Kind == DocumentKind.Report && d.Name == "Aktivitetshus pilot (demo)");

        using var api = host.NewClient();
        var token = await host.GetTokenAsync("kansli.finnveden@demo.samordna.se", "Demo-Samordna-2026");
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var finnveden = documents.First(d => d.Name == "Steg mot arbete (demo)" && d.Kind == DocumentKind.Agreement);
        var download = await api.GetAsync($"/api/v1/associations/{finnveden.AssociationId}/interventions/{finnveden.InterventionId}/documents/{finnveden.Id}");
        Assert.True(download.StatusCode == HttpStatusCode.OK, await download.BodyAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        var pdf = await download.Content.ReadAsByteArrayAsync();
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-1.4\n", text, StringComparison.Ordinal);
        Assert.Contains("(DEMO) Tj", text, StringComparison.Ordinal);
        Assert.Contains("(Överenskommelse: Steg mot arbete \\(demo\\)) Tj", text, StringComparison.Ordinal);

        // A valid PDF: every entry of the cross-reference table points at its object, and startxref at the table.
        var xref = int.Parse(text[(text.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n0 6\n", text[xref..], StringComparison.Ordinal);
        var entries = text[xref..].Split('\n').Skip(3).Take(5).ToList();
        for (var n = 1; n <= 5; n++)
        {
            var offset = int.Parse(entries[n - 1][..10], System.Globalization.CultureInfo.InvariantCulture);
            Assert.StartsWith($"{n} 0 obj\n", text[offset..], StringComparison.Ordinal);
        }
    }
}
