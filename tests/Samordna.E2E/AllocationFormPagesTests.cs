using Microsoft.Playwright;

namespace Samordna.E2E;

/// <summary>
/// The allocation forms in a real browser (issue 8): the equity tiers typed as table rows, a
/// what-if whose summary comes before its table, and the forms with errors on their rows, each scanned with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AllocationFormPagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_what_if_with_tier_rows_shows_its_summary_and_its_errors_accessibly()
    {
        // The forms are plain GET and POST (the integration tests post them without a browser); axe needs script, so
        // this page has it.
        var page = await browser.NewPageAsync("nationell@demo.samordna.se");

        // The what-if on the year's parameters, with the frame raised: the summary stands before the full table.
        await page.GotoAsync("/medelstilldelning/berakna");
        await page.GetByLabel("Statlig ram (kr)").FillAsync("400 000 000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Beräkna" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sammanfattning" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Störst ökning" })).ToBeVisibleAsync();
        var violations = await PageAudit.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));

        // A step added in an empty row below a lower limit: the error names the row and sits on its input.
        await page.GetByLabel("Övre gräns, steg 3", new() { Exact = true }).FillAsync("1 000 000");
        await page.GetByLabel("Andel i procent, steg 4", new() { Exact = true }).FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Beräkna" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Steg 3: gränsen måste vara större än steg 2");
        violations = await PageAudit.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));

        // The parameters form: tiers as rows, an error on a row's rate.
        await page.GotoAsync("/medelstilldelning/parametrar");
        await page.Locator("main a[href^='/medelstilldelning/parametrar/2']").First.ClickAsync();
        await page.GetByLabel("Andel i procent, steg 1", new() { Exact = true }).FillAsync("120");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara parametrarna" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Steg 1: andelen måste vara mellan 0 och 100 %.");
        violations = await PageAudit.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }
}
