using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Samordna.E2E;

/// <summary>What every page must satisfy: no axe-core violations, and every control reachable with Tab, with visible focus.</summary>
public static class PageAudit
{
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
        return result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} – {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
    }

    /// <summary>
    /// Walks the page with the Tab key. The first stop must be the skip link, every visible control must be reached
    /// (up to <paramref name="maxStops"/>), and each focused control must show a focus indicator.
    /// </summary>
    public static async Task<IReadOnlyList<string>> KeyboardProblemsAsync(IPage page, int maxStops = 60)
    {
        var problems = new List<string>();
        var count = await page.EvaluateAsync<int>("""
            () => {
              const sel = 'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]';
              const els = [...document.querySelectorAll(sel)].filter(el => {
                if (el.disabled || el.tabIndex < 0) return false;
                if (el.classList.contains('skip-link')) return true;
                const r = el.getBoundingClientRect();
                const s = getComputedStyle(el);
                return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
              });
              els.forEach((el, i) => el.setAttribute('data-kb', String(i)));
              return els.length;
            }
            """);
        // Each focus is recorded in the page as it happens (the focus style is read at that moment), so the walk costs
        // one round trip per key press and one to read the record, not two per press.
        await page.EvaluateAsync("""
            () => {
              document.activeElement && document.activeElement.blur();
              window.scrollTo(0, 0);
              window.__kbStops = [];
              if (!window.__kbListening) {
                window.__kbListening = true;
                document.addEventListener('focusin', e => {
                  const el = e.target;
                  const s = getComputedStyle(el);
                  const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
                  window.__kbStops.push([el.getAttribute('data-kb') ?? '', visible ? 'yes' : 'no', el.outerHTML.slice(0, 120)]);
                }, true);
              }
            }
            """);
        var seen = new HashSet<int>();
        var stops = Math.Min(count, maxStops);
        var presses = 0;
        var read = 0;
        var first = true;
        // Some controls take more than one Tab stop (the browser's own sub-fields), so allow extra presses.
        while (seen.Count < stops && presses < stops + 10)
        {
            // The first press alone, so that a first Tab that focuses nothing on the page is caught as such.
            var batch = presses == 0 ? 1 : Math.Min(stops + 10 - presses, stops - seen.Count);
            for (var i = 0; i < batch; i++)
            {
                await page.Keyboard.PressAsync("Tab");
            }

            presses += batch;
            var record = await page.EvaluateAsync<string[][]>("() => window.__kbStops");
            // A press that focuses nothing on the page (the browser's own controls) records nothing.
            if (presses == 1 && record.Length == 0)
            {
                problems.Add("first Tab stop is not the skip link but nothing on the page");
                first = false;
            }

            foreach (var info in record.Skip(read))
            {
                if (first && !info[2].Contains("skip-link", StringComparison.Ordinal))
                {
                    problems.Add($"first Tab stop is not the skip link but {info[2]}");
                }

                first = false;
                if (info[1] == "no")
                {
                    problems.Add($"no visible focus on {info[2]}");
                }

                if (int.TryParse(info[0], out var index))
                {
                    seen.Add(index);
                }
            }

            read = record.Length;
        }

        for (var i = 0; i < stops; i++)
        {
            if (!seen.Contains(i))
            {
                var html = await page.EvaluateAsync<string>($"() => document.querySelector('[data-kb=\"{i}\"]')?.outerHTML.slice(0, 120) ?? ''");
                problems.Add($"not reachable with Tab: {html}");
            }
        }

        return problems;
    }
}
