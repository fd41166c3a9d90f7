using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Samordna.Web.Features.Administration;

namespace Samordna.E2E;

/// <summary>
/// Crawls the demo as one demo user of each role (and as an anonymous visitor) by following links, scans each page with axe-core,
/// walks it with the keyboard, and proves that every page of the application was reached this way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class EveryPageTests(BrowserFixture browser)
{
    private const int MaxTemplatesPerVisitor = 150;

    /// <summary>Pages that are not reached by following links and are visited directly.</summary>
    private static readonly string[] DirectVisits = ["/fel/404", "/fel/403", "/fel/500", "/logga-ut"];

    /// <summary>Pages that cannot be shown in this environment, with the reason.</summary>
    private static readonly Dictionary<string, string> NotCrawlable = new(StringComparer.Ordinal)
    {
        ["/logga-in/extern"] = "needs an external identity provider (OIDC), which is off by default",
        ["/forbund/{}/insatser/{}/publicering"] = "the target of the publish button on an intervention's page; a GET only redirects back to it",
        ["/konto/valkommen"] = "reached only from the invitation e-mail; InvitationTests opens it from a real message and scans it",
        ["/forbund/{}/insatser/{}/dokument/{}"] = "a file download (a link with the download attribute), not a page; DocumentTests and the cross-association matrix cover it",
        ["/forbund/{}/sammantraden/{}/handlingar/{}"] = "a file download (a link with the download attribute), not a page; MeetingDocumentTests and the cross-association matrix cover it",
    };

    [Fact]
    public async Task Every_page_of_the_demo_has_no_axe_violations_and_works_by_keyboard()
    {
        var visitors = new List<string?> { null };
        // One visitor per role: a second user of the same role sees the same kinds of page (another association's
        // instances of them), which the cross-association matrix covers without a browser.
        visitors.AddRange(AccountsDemoData.Users.DistinctBy(u => u.Role).Select(u => u.Email));
        var problems = new List<string>();
        var templatesSeen = new HashSet<string>(StringComparer.Ordinal);
        // Each kind of page is audited once for each form it can show: a visitor whose role gives the page more or
        // fewer forms (the office's edit form, the board's read-only view) gets it audited again; one with the same
        // shape would only repeat the same checks (the axe scan is most of the crawl's time, docs/performance.md).
        var audited = new HashSet<string>(StringComparer.Ordinal);

        foreach (var visitor in visitors)
        {
            var page = await browser.NewPageAsync(visitor);
            var who = visitor ?? "anonym";
            var queue = new Queue<string>(["/"]);
            if (visitor is null)
            {
                foreach (var direct in DirectVisits)
                {
                    queue.Enqueue(direct);
                }
            }

            var templatesForVisitor = new HashSet<string>(StringComparer.Ordinal);
            var queued = new HashSet<string>(queue, StringComparer.Ordinal);
            // A safety stop against an endless crawl, not a budget: the office alone reaches about 80 kinds of page, so
            // the stop sits well above what any role can reach (a stop below it leaves later pages unreached).
            while (queue.Count > 0 && templatesForVisitor.Count < MaxTemplatesPerVisitor)
            {
                var url = queue.Dequeue();
                var template = Template(url);
                if (!templatesForVisitor.Add(template))
                {
                    continue;
                }

                var response = await page.GotoAsync(url);
                var status = response?.Status ?? 0;
                var expected = url.StartsWith("/fel/", StringComparison.Ordinal) ? int.Parse(url[5..], System.Globalization.CultureInfo.InvariantCulture) : 200;
                if (status != expected)
                {
                    problems.Add($"[{who}] {url}: status {status}");
                    continue;
                }

                templatesSeen.Add(template);
                var forms = await page.EvaluateAsync<int>("() => document.forms.length");
                if (audited.Add($"{template} forms={forms}"))
                {
                    problems.AddRange((await PageAudit.AxeViolationsAsync(page)).Select(v => $"[{who}] {url}: axe {v}"));
                    problems.AddRange((await PageAudit.KeyboardProblemsAsync(page)).Select(k => $"[{who}] {url}: tangentbord: {k}"));
                }

                var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]:not([download])')].map(a => a.getAttribute('href'))");
                foreach (var href in links.Where(IsCrawlable).Select(h => h.Split('#')[0]))
                {
                    if (href.Length > 0 && queued.Add(href))
                    {
                        queue.Enqueue(href);
                    }
                }
            }

            await page.Context.CloseAsync();
        }

        var missing = AllPageTemplates().Where(t => !templatesSeen.Contains(t) && !NotCrawlable.ContainsKey(t)).ToList();
        Assert.True(missing.Count == 0, "Pages never reached by following links: " + string.Join(", ", missing));
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    [Fact]
    public async Task The_audit_really_finds_problems_on_a_broken_page()
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("<html><head><title>x</title></head><body><img src=\"data:,\"><a href=\"#\" tabindex=\"-1\">länk</a><input></body></html>");
        var violations = await PageAudit.AxeViolationsAsync(page);
        Assert.Contains(violations, v => v.StartsWith("image-alt", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("html-has-lang", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("label", StringComparison.Ordinal));
        var keyboard = await PageAudit.KeyboardProblemsAsync(page);
        Assert.Contains(keyboard, k => k.Contains("skip link", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Skip_link_moves_focus_to_the_main_content()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''");
        Assert.Equal("main", focused);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Forms_with_errors_are_accessible_too()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/logga-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("E-postadress måste anges.");
        var violations = await PageAudit.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();

        var admin = await browser.NewPageAsync("kansli.finnveden@demo.samordna.se");
        await admin.GotoAsync("/forbund");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Finnvedens samordningsförbund" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Ändra uppgifter" }).ClickAsync();
        await admin.GetByLabel("Organisationsnummer").FillAsync("123");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("tio siffror");
        violations = await PageAudit.AxeViolationsAsync(admin);
        Assert.True(violations.Count == 0, string.Join("\n", violations));

        // An upload form's error, tied to its file input (aria-describedby names the message).
        var association = System.Text.RegularExpressions.Regex.Match(admin.Url, "/forbund/[0-9a-f-]{36}").Value;
        await admin.GotoAsync(association + "/ekonomi/bokforing");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Läs in" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("Välj en fil att läsa in");
        await Assertions.Expect(admin.GetByLabel("Fil (SIE, Excel eller CSV)")).ToHaveAttributeAsync("aria-describedby", "file-hint File-error");
        violations = await PageAudit.AxeViolationsAsync(admin);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task Forms_work_without_JavaScript()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.Host.BaseAddress.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/logga-in");
        await page.GetByLabel("E-postadress").FillAsync("kansli.vatterbygden@demo.samordna.se");
        await page.GetByLabel("Lösenord").FillAsync(Samordna.Web.Infrastructure.Security.DeniedPasswordValidator.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Södra Vätterbygdens samordningsförbund" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Att göra");
        await page.GetByRole(AriaRole.Link, new() { Name = "Översikt", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ändra uppgifter" }).ClickAsync();
        await page.GetByLabel("Namn").FillAsync("Södra Vätterbygdens samordningsförbund (ändrat utan JavaScript)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("sparade");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("ändrat utan JavaScript");
        await context.CloseAsync();
    }

    private IReadOnlyList<string> AllPageTemplates() =>
        browser.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => Template("/" + e.RoutePattern.RawText!.TrimStart('/')))
            .Distinct()
            .ToList();

    private static bool IsCrawlable(string? href) =>
        href is not null && href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
        && !href.StartsWith("/api/", StringComparison.Ordinal) && !href.StartsWith("/openapi", StringComparison.Ordinal)
        && !href.StartsWith("/health", StringComparison.Ordinal) && !href.Contains("/export", StringComparison.Ordinal);

    /// <summary>"/forbund/0193…/medlemmar?x=1" and "/forbund/{associationId:guid}/medlemmar" both become "/forbund/{}/medlemmar".</summary>
    private static string Template(string url)
    {
        var path = url.Split('?')[0].TrimEnd('/');
        path = RouteParameter().Replace(path, "{}");
        path = GuidSegment().Replace(path, "{}");
        path = NumberSegment().Replace(path, "/{}");
        return path.Length == 0 ? "/" : path;
    }

    [GeneratedRegex("\\{[^}]+\\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidSegment();

    [GeneratedRegex("/[0-9]+(?=/|$)")]
    private static partial Regex NumberSegment();
}
