using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Samordna.Web.Data;
using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.E2E;

/// <summary>
/// What a chair and a member read about the money (issue 8), in a real browser on the demo data: the state allocation
/// explained in two plain sentences, its change from last year split into parts whose sum is the change to the krona,
/// the exact mathematics folded away; and the whole contribution table, last year beside next year, for a member
/// representative.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChairExplanationTests(BrowserFixture browser)
{
    private const string Finnveden = "Finnvedens samordningsförbund";

    [Fact]
    public async Task The_chair_reads_the_change_from_last_year_and_its_parts_which_sum_to_the_change_to_the_krona()
    {
        var (associationId, amount, previous, year) = await DecidedAllocationAsync();
        var page = await browser.NewPageAsync("styrelse.finnveden@demo.samordna.se");
        await page.GotoAsync($"/forbund/{associationId}/medlemsbidrag");

        var summary = page.GetByTestId("explanation-summary");
        var change = amount - previous;
        await Assertions.Expect(summary).ToContainTextAsync($"{Finnveden} får {Kronor(amount)} i statlig tilldelning {year}.");
        await Assertions.Expect(summary).ToContainTextAsync($"Det är {Kronor(Math.Abs(change))}");
        await Assertions.Expect(summary).ToContainTextAsync($"{(change < 0 ? "mindre" : "mer")} än {year - 1}");
        await Assertions.Expect(summary).ToContainTextAsync("Förändringen beror på den nationella ramen");

        var parts = page.GetByTestId("change-part");
        await Assertions.Expect(parts).ToHaveCountAsync(4);
        var sum = 0m;
        foreach (var text in await parts.AllInnerTextsAsync())
        {
            sum += Parse(text);
        }

        var total = Parse(await page.GetByTestId("change-total").InnerTextAsync());
        Assert.Equal(change, total);
        Assert.Equal(total, sum);
        var table = page.GetByRole(AriaRole.Region, new() { Name = $"Vad förändringen från {year - 1} beror på" });
        await Assertions.Expect(table.GetByRole(AriaRole.Rowheader, new() { Name = "Golv och tak" })).ToBeVisibleAsync();

        // Municipality names, not codes; the exact mathematics only on request.
        await Assertions.Expect(page.GetByText("Gislaved, Gnosjö, Värnamo")).ToBeVisibleAsync();
        var lambda = page.GetByText("λ (utjämningsfaktor)");
        await Assertions.Expect(lambda).ToBeHiddenAsync();
        await page.GetByText("Den exakta beräkningen").ClickAsync();
        await Assertions.Expect(lambda).ToBeVisibleAsync();

        var violations = await PageAudit.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await ScreenshotAsync(page, "ordforande-forklaring");

        // The keyboard walk from the top of a fresh page (a click moves the browser's starting point for Tab).
        await page.ReloadAsync();
        var keyboard = await PageAudit.KeyboardProblemsAsync(page);
        Assert.True(keyboard.Count == 0, string.Join("\n", keyboard));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_member_representative_sees_every_members_contribution_with_last_year_beside_next_year()
    {
        var (associationId, _, _, year) = await DecidedAllocationAsync();
        var page = await browser.NewPageAsync("medlem.varnamo@demo.samordna.se");
        await page.GotoAsync($"/forbund/{associationId}/medlemsbidrag");

        var table = page.GetByRole(AriaRole.Region, new() { Name = "Bidrag per medlem" });
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = (year - 1).ToString(CultureInfo.InvariantCulture), Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = year.ToString(CultureInfo.InvariantCulture), Exact = true })).ToBeVisibleAsync();
        foreach (var member in new[] { "Värnamo", "Gislaved", "Gnosjö" })
        {
            await Assertions.Expect(table.GetByRole(AriaRole.Rowheader).Filter(new() { HasText = member })).ToHaveCountAsync(1);
        }

        await Assertions.Expect(table.Locator("tfoot")).ToContainTextAsync("en fjärdedel av förbundets medel");
        var violations = await PageAudit.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await ScreenshotAsync(page, "medlem-medlemsbidrag");
        await page.Context.CloseAsync();
    }

    /// <summary>Finnveden's id and its amounts in next year's decided run (whose previous allocation is this year's decided amount).</summary>
    private async Task<(Guid AssociationId, decimal Amount, decimal Previous, int Year)> DecidedAllocationAsync()
    {
        await using var scope = browser.Host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var association = await db.Set<Association>().IgnoreQueryFilters().SingleAsync(a => a.Code == "finnveden");
        var year = await db.Set<AllocationRun>().Where(r => r.Status == AllocationRunStatus.Decided).MaxAsync(r => r.Year);
        var runId = await db.Set<AllocationRun>().Where(r => r.Year == year && r.Status == AllocationRunStatus.Decided).Select(r => r.Id).SingleAsync();
        var result = (await db.Set<AllocationRunResult>().IgnoreQueryFilters().Where(r => r.RunId == runId && r.AssociationId == association.Id).ToListAsync()).Single();
        Assert.NotNull(result.PreviousAllocation);
        return (association.Id, result.Amount.Kronor, result.PreviousAllocation!.Value.Kronor, year);
    }

    /// <summary>Kept in the test output's <c>screenshots</c> folder, beside the public pages'.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }

    /// <summary>"1 234 567 kr" as the page writes it (non-breaking spaces between thousands).</summary>
    private static string Kronor(decimal kronor) => kronor.ToString("N0", CultureInfo.GetCultureInfo("sv-SE")) + " kr";

    /// <summary>"+12 345 kr", "−12 345 kr" or "0 kr" as a number of kronor.</summary>
    private static decimal Parse(string text)
    {
        var plain = text.Replace("kr", string.Empty, StringComparison.Ordinal)
            .Replace('\u2212', '-')
            .Replace("+", string.Empty, StringComparison.Ordinal)
            .Replace(",", ".", StringComparison.Ordinal);
        plain = new string(plain.Where(c => !char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F').ToArray());
        return decimal.Parse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }
}
