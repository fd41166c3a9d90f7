using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Data;
using Samordna.Web.Features.Interventions.Documents;
using Samordna.Web.Infrastructure.Documents;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Interventions;

/// <summary>Documents: the type decided by content, the size limit while reading, names checked, downloads only within the association.</summary>
[Collection(AppCollection.Name)]
public sealed class DocumentTests(AppFixture app)
{
    internal static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient api, Guid associationId, Guid interventionId, string fileName, byte[] bytes, string kind = "Application")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await api.PostAsync($"/api/v1/associations/{associationId}/interventions/{interventionId}/documents?kind={kind}&fileName={Uri.EscapeDataString(fileName)}", content);
    }

    private async Task<int> StoredAsync(Guid interventionId)
    {
        await using var scope = app.Host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<InterventionDocument>().CountAsync(d => d.InterventionId == interventionId);
    }

    /// <summary>A Word document: a zip with a document part (and no workbook).</summary>
    internal static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in new[] { "[Content_Types].xml", "word/document.xml" })
            {
                using var writer = new StreamWriter(zip.CreateEntry(part).Open());
                writer.Write("<x/>");
            }
        }

        return stream.ToArray();
    }

    [Fact]
    public async Task A_document_is_typed_by_its_content_and_downloaded_only_within_its_association()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var id = await app.Host.CreateInterventionAsync(association);

        var saved = await UploadAsync(api, association.Id, id, "Ansökan om medel.exe", Pdf);
        Assert.True(saved.StatusCode == HttpStatusCode.Created, await saved.BodyAsync());
        var documentId = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var word = await UploadAsync(api, association.Id, id, "avtal.docx", Docx(), "Agreement");
        Assert.Equal(HttpStatusCode.Created, word.StatusCode);

        var download = await api.GetAsync($"/api/v1/associations/{association.Id}/interventions/{id}/documents/{documentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Ansökan om medel.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        using var pages = await app.Host.SignedInPageClientAsync(admin);
        var page = await pages.GetAsync($"/forbund/{association.Id}/insatser/{id}/dokument/{documentId}");
        Assert.Equal("attachment", page.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());

        var other = await app.Host.CreateAssociationAsync(municipalities: ["0643"]);
        var stranger = await app.Host.CreateUserAsync(Role.AssociationAdministrator, other.Id);
        using var strangerApi = await app.Host.ApiClientAsync(stranger);
        Assert.Equal(HttpStatusCode.Forbidden, (await strangerApi.GetAsync($"/api/v1/associations/{association.Id}/interventions/{id}/documents/{documentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerApi.GetAsync($"/api/v1/associations/{other.Id}/interventions/{id}/documents/{documentId}")).StatusCode);
        // The intervention is owned by 0617 with FK; staff of 0662 (not a party) may not see it or its documents.
        var owner = await app.Host.CreateUserAsync(Role.InterventionOwner, association.Id, association.Members["0662"]);
        using var ownerApi = await app.Host.ApiClientAsync(owner);
        Assert.Equal(HttpStatusCode.NotFound, (await ownerApi.GetAsync($"/api/v1/associations/{association.Id}/interventions/{id}/documents/{documentId}")).StatusCode);
    }

    [Theory]
    [InlineData("skript.pdf", "text")]
    [InlineData("paket.docx", "zip")]
    [InlineData("../../etc/passwd.pdf", "pdf")]
    [InlineData("rapport\u202Efdp.exe", "pdf")]
    [InlineData("C:rapport.pdf", "pdf")]
    [InlineData("rad\nbyte.pdf", "pdf")]
    public async Task A_wrong_type_or_a_crafted_name_is_refused_and_nothing_is_stored(string fileName, string content)
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var id = await app.Host.CreateInterventionAsync(association);
        byte[] bytes = content switch
        {
            "text" => Encoding.UTF8.GetBytes("#!/bin/sh\necho hej\n"),
            "zip" => ZipWith("virus.exe"),
            _ => Pdf,
        };

        var refused = await UploadAsync(api, association.Id, id, fileName, bytes);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains(content is "text" or "zip" ? "inte en tillåten dokumenttyp" : "Filnamnet får inte", body, StringComparison.Ordinal);
        Assert.Equal(0, await StoredAsync(id));
    }

    [Fact]
    public async Task An_oversized_document_is_refused_while_it_is_read_and_nothing_is_stored()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var id = await app.Host.CreateInterventionAsync(association);
        var max = new DocumentOptions().MaxBytes;
        var bytes = new byte[max + 1];
        Pdf.CopyTo(bytes, 0);

        var refused = await UploadAsync(api, association.Id, id, "stor.pdf", bytes);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Contains("DOCUMENT_TOO_LARGE", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await StoredAsync(id));
    }

    internal static byte[] ZipWith(string entry)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("MZ");
        }

        return stream.ToArray();
    }
}
