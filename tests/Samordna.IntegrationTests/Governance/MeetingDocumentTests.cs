using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samordna.IntegrationTests.Interventions;
using Samordna.TestSupport;
using Samordna.Web.Domain;
using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.SaveMeeting;
using Samordna.Web.Features.Governance.Todo;
using Samordna.Web.Infrastructure.Documents;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Governance;

/// <summary>
/// A meeting's notice, papers and minutes as files, through the shared document machinery: the type decided by the
/// content, the size limit while reading, names cleaned, downloads only for those who see the meeting, and the to-do
/// list following the files.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MeetingDocumentTests(AppFixture app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Arranged(TestAssociation Association, Guid MeetingId, HttpClient Office);

    private async Task<Arranged> ArrangeAsync(DateOnly? date = null)
    {
        var association = await app.Host.CreateAssociationAsync();
        var meeting = new MeetingRequest(date ?? new DateOnly(2025, 3, 10), "Kansliet", MeetingKind.Ordinary, null, null);
        var saved = await app.Host.RunAsync<SaveMeetingHandler, Saved>(
            association.Id, SaveMeetingHandler.Validate(meeting, isUpdate: false), (h, ct) => h.CreateAsync(association.Id, meeting, ct));
        var office = await app.Host.ApiClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));
        return new Arranged(association, saved.Id, office);
    }

    private static string Documents(Guid associationId, Guid meetingId) => $"/api/v1/associations/{associationId}/meetings/{meetingId}/documents";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient api, Guid associationId, Guid meetingId, string fileName, byte[] bytes, string kind = "Paper")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await api.PostAsync($"{Documents(associationId, meetingId)}?kind={kind}&fileName={Uri.EscapeDataString(fileName)}", content);
    }

    private static async Task<Guid> UploadedIdAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.BodyAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
    }

    private Task<int> StoredAsync(Guid meetingId) =>
        app.Host.WithDbAsync(db => db.Set<MeetingDocument>().IgnoreQueryFilters().CountAsync(d => d.MeetingId == meetingId));

    [Fact]
    public async Task The_office_attaches_files_a_board_member_downloads_them_and_another_associations_user_cannot()
    {
        var (association, meetingId, office) = await ArrangeAsync();
        using var _ = office;

        var paper = await UploadedIdAsync(await UploadAsync(office, association.Id, meetingId, "  .Budgetförslag 2026.exe ", DocumentTests.Pdf));
        await UploadedIdAsync(await UploadAsync(office, association.Id, meetingId, "protokoll.docx", DocumentTests.Docx(), "Minutes"));
        var minutes = await UploadedIdAsync(await UploadAsync(office, association.Id, meetingId, "protokoll justerat.pdf", DocumentTests.Pdf, "Minutes"));

        var board = await app.Host.CreateUserAsync(Role.BoardMember, association.Id);
        using var boardApi = await app.Host.ApiClientAsync(board);
        var download = await boardApi.GetAsync($"{Documents(association.Id, meetingId)}/{paper}");
        Assert.True(download.StatusCode == HttpStatusCode.OK, await download.BodyAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Budgetförslag 2026.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(DocumentTests.Pdf, await download.Content.ReadAsByteArrayAsync());

        // The list: the latest minutes are in force, the earlier ones kept as history.
        var list = await boardApi.GetFromJsonAsync<List<JsonElement>>(Documents(association.Id, meetingId), Json);
        Assert.Equal(3, list!.Count);
        Assert.True(list.Single(d => d.GetProperty("id").GetGuid() == minutes).GetProperty("current").GetBoolean());
        Assert.False(list.Single(d => d.GetProperty("fileName").GetString() == "protokoll.docx").GetProperty("current").GetBoolean());

        // The meeting page lists the files for the board and links each to its download page.
        using var pages = await app.Host.SignedInPageClientAsync(board);
        var meetingPage = await pages.GetStringAsync($"/forbund/{association.Id}/sammantraden/{meetingId}");
        Assert.Contains($"/sammantraden/{meetingId}/handlingar/{paper}", meetingPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Lägg till kallelse, handlingar eller protokoll", meetingPage, StringComparison.Ordinal);
        var page = await pages.GetAsync($"/forbund/{association.Id}/sammantraden/{meetingId}/handlingar/{paper}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("attachment", page.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());

        // A board member may not add or delete; the office may delete.
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(boardApi, association.Id, meetingId, "egen.pdf", DocumentTests.Pdf)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await boardApi.DeleteAsync($"{Documents(association.Id, meetingId)}/{paper}")).StatusCode);

        var other = await app.Host.CreateAssociationAsync(municipalities: ["0643"]);
        var stranger = await app.Host.CreateUserAsync(Role.AssociationAdministrator, other.Id);
        using var strangerApi = await app.Host.ApiClientAsync(stranger);
        Assert.Equal(HttpStatusCode.Forbidden, (await strangerApi.GetAsync($"{Documents(association.Id, meetingId)}/{paper}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerApi.GetAsync($"{Documents(other.Id, meetingId)}/{paper}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await strangerApi.DeleteAsync($"{Documents(association.Id, meetingId)}/{paper}")).StatusCode);
        using var strangerPages = await app.Host.SignedInPageClientAsync(stranger);
        var strangerPage = await strangerPages.GetAsync($"/forbund/{association.Id}/sammantraden/{meetingId}/handlingar/{paper}");
        Assert.True(strangerPage.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, strangerPage.StatusCode.ToString());
        Assert.Null(strangerPage.Content.Headers.ContentDisposition);

        Assert.Equal(HttpStatusCode.NoContent, (await office.DeleteAsync($"{Documents(association.Id, meetingId)}/{paper}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await boardApi.GetAsync($"{Documents(association.Id, meetingId)}/{paper}")).StatusCode);
        Assert.Equal(2, await StoredAsync(meetingId));
    }

    [Theory]
    [InlineData("kallelse.pdf", "text")]
    [InlineData("handling.docx", "zip")]
    [InlineData("../../etc/kallelse.pdf", "pdf")]
    [InlineData("protokoll\u202Efdp.exe", "pdf")]
    public async Task A_wrong_type_or_a_crafted_name_is_refused_and_nothing_is_stored(string fileName, string content)
    {
        var (association, meetingId, office) = await ArrangeAsync();
        using var _ = office;
        var bytes = content switch
        {
            "text" => Encoding.UTF8.GetBytes("#!/bin/sh\necho hej\n"),
            "zip" => DocumentTests.ZipWith("virus.exe"),
            _ => DocumentTests.Pdf,
        };

        var refused = await UploadAsync(office, association.Id, meetingId, fileName, bytes, "Notice");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(content is "text" or "zip" ? "inte en tillåten dokumenttyp" : "Filnamnet får inte", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await StoredAsync(meetingId));
    }

    [Fact]
    public async Task An_oversized_file_is_refused_while_it_is_read_and_nothing_is_stored()
    {
        var (association, meetingId, office) = await ArrangeAsync();
        using var _ = office;
        var bytes = new byte[new DocumentOptions().MaxBytes + 1];
        DocumentTests.Pdf.CopyTo(bytes, 0);

        var refused = await UploadAsync(office, association.Id, meetingId, "stor.pdf", bytes);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Contains("DOCUMENT_TOO_LARGE", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await StoredAsync(meetingId));
    }

    [Fact]
    public async Task The_upload_page_adds_a_notice_and_refuses_a_wrong_type_in_swedish()
    {
        var (association, meetingId, office) = await ArrangeAsync();
        using var _ = office;
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var pages = await app.Host.SignedInPageClientAsync(admin);
        var url = $"/forbund/{association.Id}/sammantraden/{meetingId}/handlingar";

        var refused = await PostAsync(pages, url, Encoding.UTF8.GetBytes("inte ett dokument"), "kallelse.pdf");
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains("inte en tillåten dokumenttyp", refusedHtml, StringComparison.Ordinal);
        // The message is tied to its field for a screen reader: the input names the message and says it is wrong.
        Assert.Contains("id=\"Input_File-error\"", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"file-hint Input_File-error\"", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(0, await StoredAsync(meetingId));

        var added = await PostAsync(pages, url, DocumentTests.Pdf, "Kallelse 10 mars.pdf");
        Assert.True(added.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther, await added.BodyAsync());
        var html = await pages.GetStringAsync(url);
        Assert.Contains("Kallelse 10 mars.pdf", html, StringComparison.Ordinal);
        Assert.Contains("Gällande", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// A file put there by mistake could only be deleted through the API; the page now offers it too: a form per file
    /// behind a confirmation that needs no script, with the antiforgery token and the API's permission.
    /// </summary>
    [Fact]
    public async Task The_office_deletes_a_file_on_the_page_after_a_confirmation_and_others_cannot()
    {
        var (association, meetingId, office) = await ArrangeAsync();
        using var _ = office;
        var wrong = await UploadedIdAsync(await UploadAsync(office, association.Id, meetingId, "Fel fil.pdf", DocumentTests.Pdf));
        await UploadedIdAsync(await UploadAsync(office, association.Id, meetingId, "Kallelse.pdf", DocumentTests.Pdf, "Notice"));
        var url = $"/forbund/{association.Id}/sammantraden/{meetingId}/handlingar";
        var delete = $"{url}?documentId={wrong}&handler=Delete";
        using var pages = await app.Host.SignedInPageClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));

        var html = System.Net.WebUtility.HtmlDecode(await pages.GetStringAsync(url));
        var actions = System.Text.RegularExpressions.Regex.Matches(html, "action=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.True(actions.Contains(delete), string.Join(" | ", actions));
        Assert.Contains("<summary>Ta bort<span class=\"visually-hidden\"> Fel fil.pdf</span></summary>", html, StringComparison.Ordinal);
        Assert.Contains("Filen Fel fil.pdf tas bort för gott och kan inte återställas.", html, StringComparison.Ordinal);

        // Without the antiforgery token nothing happens; a board member (who may see the files) may not delete.
        var forged = await pages.PostAsync(delete, new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(2, await StoredAsync(meetingId));
        using (var board = await app.Host.SignedInPageClientAsync(await app.Host.CreateUserAsync(Role.BoardMember, association.Id)))
        {
            var refused = await board.PostAsync(delete, new FormUrlEncodedContent(new Dictionary<string, string>()));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal(2, await StoredAsync(meetingId));
        }

        var deleted = await pages.PostFormAsync(url, new Dictionary<string, string>(), delete);
        Assert.True(deleted.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther, await deleted.BodyAsync());
        Assert.Equal(1, await StoredAsync(meetingId));
        var after = System.Net.WebUtility.HtmlDecode(await pages.GetStringAsync(url));
        Assert.Contains("Filen Fel fil.pdf är borttagen.", after, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong.ToString(), after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"{Documents(association.Id, meetingId)}/{wrong}")).StatusCode);

        // Deleted meanwhile (a second tab): said in Swedish on the page, not an error page.
        var again = await pages.PostFormAsync(url, new Dictionary<string, string>(), delete);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Contains("<h1>Kallelse, handlingar och protokoll", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient pages, string url, byte[] file, string fileName)
    {
        var html = await pages.GetStringAsync(url);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Clients.AntiforgeryToken(html)!), "__af" },
            { new StringContent("Notice"), "Input.Kind" },
            { new ByteArrayContent(file), "Input.File", fileName },
        };
        return await pages.PostAsync(url, form);
    }

    [Fact]
    public async Task The_todo_list_asks_for_the_notice_until_it_is_attached_and_says_when_the_minutes_wait_for_approval()
    {
        var today = SwedishCulture.Today(TimeProvider.System);
        var (association, next, office) = await ArrangeAsync(today.AddDays(5));
        using var _ = office;
        var past = new MeetingRequest(today.AddDays(-10), "Kansliet", MeetingKind.Ordinary, null, null);
        var pastId = (await app.Host.RunAsync<SaveMeetingHandler, Saved>(
            association.Id, SaveMeetingHandler.Validate(past, isUpdate: false), (h, ct) => h.CreateAsync(association.Id, past, ct))).Id;

        var before = await TodoAsync(office, association.Id);
        Assert.Contains("Kallelse saknas", Assert.Single(before, i => i.Code == GovernanceTodoSource.Notice).Text, StringComparison.Ordinal);
        Assert.Contains("saknas och är inte justerat", Assert.Single(before, i => i.Code == GovernanceTodoSource.Minutes).Text, StringComparison.Ordinal);

        await UploadedIdAsync(await UploadAsync(office, association.Id, next, "kallelse.pdf", DocumentTests.Pdf, "Notice"));
        await UploadedIdAsync(await UploadAsync(office, association.Id, pastId, "protokoll.pdf", DocumentTests.Pdf, "Minutes"));

        var after = await TodoAsync(office, association.Id);
        Assert.DoesNotContain(after, i => i.Code == GovernanceTodoSource.Notice);
        Assert.StartsWith("Protokoll att justera", Assert.Single(after, i => i.Code == GovernanceTodoSource.Minutes).Text, StringComparison.Ordinal);
    }

    private sealed record Item(string Code, string Text, string Link);

    private static async Task<List<Item>> TodoAsync(HttpClient api, Guid associationId)
    {
        using var json = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/associations/{associationId}/todo"));
        return json.RootElement.GetProperty("items").Deserialize<List<Item>>(Json)!;
    }
}
