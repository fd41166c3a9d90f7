using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Samordna.TestSupport;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.E2E;

/// <summary>
/// Deleting a meeting's file on its files page in a browser with JavaScript turned off: the confirmation opens (a
/// native details element), names the file, and the form posts and says what it did.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingDocumentsWithoutScriptTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_office_deletes_a_meeting_file_after_the_confirmation_without_JavaScript()
    {
        var (associationId, meetingId, fileName) = await browser.Host.WithDbAsync(async db =>
        {
            var association = await db.Set<Association>().IgnoreQueryFilters().Where(a => a.Code == "finnveden").Select(a => a.Id).SingleAsync();
            var document = await db.Set<MeetingDocument>().IgnoreQueryFilters().Where(d => d.AssociationId == association && d.Kind == MeetingDocumentKind.Paper)
                .Select(d => new { d.MeetingId, d.FileName }).FirstAsync();
            return (association, document.MeetingId, document.FileName);
        });
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.Host.BaseAddress.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/logga-in");
        await page.GetByLabel("E-postadress").FillAsync("kansli.finnveden@demo.samordna.se");
        await page.GetByLabel("Lösenord").FillAsync(Samordna.Web.Infrastructure.Security.DeniedPasswordValidator.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();

        await page.GotoAsync($"/forbund/{associationId}/sammantraden/{meetingId}/handlingar");
        var confirm = page.GetByRole(AriaRole.Button, new() { Name = $"Ta bort filen {fileName}" });
        await Assertions.Expect(confirm).ToBeHiddenAsync();
        await page.Locator("summary", new() { HasText = fileName }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Filen {fileName} tas bort för gott och kan inte återställas.")).ToBeVisibleAsync();
        await confirm.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Filen {fileName} är borttagen.");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = fileName })).ToHaveCountAsync(0);
        await context.CloseAsync();
    }
}
