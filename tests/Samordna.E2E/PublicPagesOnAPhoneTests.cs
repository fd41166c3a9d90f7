using Microsoft.Playwright;

namespace Samordna.E2E;

/// <summary>
/// The public face in a real browser: "Vilket samordningsförbund hör min kommun till?" with JavaScript and without,
/// and the overview and an association's public page without the page scrolling sideways on a 390 px phone or a
/// 1280 px screen (screenshots of each are kept in the test output's <c>screenshots</c> folder).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicPagesOnAPhoneTests(BrowserFixture browser)
{
    private const string Finnveden = "Finnvedens samordningsförbund";

    [Fact]
    public async Task A_visitor_with_JavaScript_finds_the_association_of_their_municipality_and_its_whole_board()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/nationellt");

        await page.GetByLabel("Kommunens namn").FillAsync("värnamo kommun");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).ClickAsync();

        var answer = page.Locator("#svar");
        await Assertions.Expect(answer).ToContainTextAsync("Värnamo (Jönköpings län) hör till " + Finnveden);
        Assert.Contains("kommun=v%C3%A4rnamo+kommun", page.Url, StringComparison.Ordinal);
        var violations = await PageAudit.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));

        await answer.GetByRole(AriaRole.Link, new() { Name = Finnveden }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Om " + Finnveden);
        var board = page.GetByRole(AriaRole.Region, new() { Name = "Styrelsen" });
        await Assertions.Expect(board.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Ordförande");
        Assert.True(await board.GetByRole(AriaRole.Cell, new() { Name = "Ersättare", Exact = true }).CountAsync() > 0, "The public page lists the ersättare too.");
        violations = await PageAudit.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_JavaScript_the_form_lists_several_municipalities_and_refuses_an_over_long_question_in_words()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.Host.BaseAddress.ToString(), JavaScriptEnabled = false, Locale = "sv-SE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/nationellt");

        await page.GetByLabel("Kommunens namn").FillAsync("Upplands");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).ClickAsync();

        var answer = page.Locator("#svar");
        await Assertions.Expect(answer).ToContainTextAsync("2 kommuner har ett namn som innehåller ”Upplands”.");
        await Assertions.Expect(answer.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Assertions.Expect(answer).ToContainTextAsync("Upplands-Bro (Stockholms län)");
        await Assertions.Expect(answer).ToContainTextAsync("Upplands Väsby (Stockholms län)");

        await page.GetByLabel("Kommunens namn").FillAsync(new string('x', 200));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skriv högst 50 tecken");
        await Assertions.Expect(page.GetByLabel("Kommunens namn")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(0, await page.Locator("#svar").CountAsync());
        await context.CloseAsync();
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_public_pages_do_not_scroll_sideways(int width)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.Host.BaseAddress.ToString(),
            Locale = "sv-SE",
            ViewportSize = new ViewportSize { Width = width, Height = 844 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/nationellt");
        var about = await page.GetByRole(AriaRole.Link, new() { Name = Finnveden, Exact = true }).First.GetAttributeAsync("href");
        var problems = new List<string>();
        foreach (var (name, url) in new[] { ("oversikt", "/nationellt"), ("sok", "/nationellt?kommun=a"), ("om", about!) })
        {
            problems.AddRange(await LayoutProblemsAsync(page, url, $"{name}-{width}", width));
        }

        await context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The allocation's results and an association's contribution table, signed in, at a phone's and a screen's width (issue 8).</summary>
    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_allocation_results_and_the_contribution_table_do_not_scroll_sideways(int width)
    {
        var page = await browser.NewPageAsync("nationell@demo.samordna.se");
        await page.SetViewportSizeAsync(width, 844);
        await page.GotoAsync("/medelstilldelning/korningar");
        var run = await page.Locator("main a[href^='/medelstilldelning/korningar/']").First.GetAttributeAsync("href");
        var problems = new List<string>(await LayoutProblemsAsync(page, run!, $"tilldelning-{width}", width));
        await page.Context.CloseAsync();

        var chair = await browser.NewPageAsync("styrelse.finnveden@demo.samordna.se");
        await chair.SetViewportSizeAsync(width, 844);
        await chair.GotoAsync("/");
        var association = await chair.Locator("a[href^='/forbund/']").First.GetAttributeAsync("href");
        var id = association!.Split('/')[2];
        problems.AddRange(await LayoutProblemsAsync(chair, $"/forbund/{id}/medlemsbidrag", $"medlemsbidrag-{width}", width));
        await chair.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Opens <paramref name="url"/>, keeps a full-page screenshot in the test output's <c>screenshots</c> folder, and
    /// names what makes the page itself wider than the window and any date that breaks across lines.
    /// </summary>
    private static async Task<IReadOnlyList<string>> LayoutProblemsAsync(IPage page, string url, string screenshot, int width)
    {
        var problems = new List<string>();
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.GotoAsync(url);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (widths[0], widths[1]);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{screenshot}.png"), FullPage = true });
        if (scroll > client)
        {
            var widest = await page.EvaluateAsync<string>("""
                () => {
                  // What sticks out of the window and is not inside a region that scrolls (or clips) on its own.
                  const clipped = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                    if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return true; } return false; };
                  const all = [...document.querySelectorAll('body *')];
                  const out = all.filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && !clipped(e));
                  // Else whatever reaches the page's full width: content positioned against the page widens it even from
                  // inside a scrolling region (a visually hidden label whose containing block is not the region).
                  const widest = out.length > 0 ? out : all.filter(e => e.getBoundingClientRect().right >= document.documentElement.scrollWidth - 1);
                  return widest.slice(0, 3).map(e => getComputedStyle(e).position + ' ' + e.outerHTML.slice(0, 160)).join(' | ');
                }
                """);
            problems.Add($"{url} at {width} px: page {scroll} px wide in a {client} px window; sticking out: {widest}");
        }

        // Dates never break across lines: every date cell and date span keeps to one line.
        var broken = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.date')].filter(e => {
              const range = document.createRange();
              range.selectNodeContents(e);
              return new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.bottom))).size > 1;
            }).map(e => e.textContent.trim())
            """);
        problems.AddRange(broken.Select(d => $"{url} at {width} px: the date {d} breaks across lines"));
        return problems;
    }
}
