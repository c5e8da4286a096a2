using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace GlosKlienta.Browser.Tests.Infrastructure;

public static class Checks
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>
    /// Runs axe with the WCAG 2.0 and 2.1 A and AA rules; fails listing every violation and where it is. A rule in
    /// <paramref name="allowedRules"/> is one a page breaks by design (the kiosk's idle return, a meta refresh), whose
    /// caller says why and checks that page's own way of meeting the need.
    /// </summary>
    public static async Task AssertNoAxeViolationsAsync(IPage page, string state, params string[] allowedRules)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
            // Details only for failures: passes on a long form are many nodes that nobody reads.
            ResultTypes = [ResultType.Violations],
        });
        var violations = result.Violations.Where(v => !allowedRules.Contains(v.Id)).ToArray();
        if (violations.Length == 0) return;
        var report = new StringBuilder();
        report.AppendLine($"axe found {violations.Length} WCAG 2.0/2.1 A/AA violation(s) on {state} ({page.Url}):");
        foreach (var v in violations)
        {
            report.AppendLine($"- {v.Id} ({v.Impact}): {v.Help} [{v.HelpUrl}]");
            foreach (var node in v.Nodes)
            {
                report.AppendLine($"    at {node.Target}: {node.Html}");
                foreach (var check in node.Any.Concat(node.All).Concat(node.None))
                    report.AppendLine($"      {check.Message}");
            }
        }
        Assert.Fail(report.ToString());
    }

    public static Task<bool> IsCheckedAsync(IPage page, string id) =>
        page.EvaluateAsync<bool>("id => { const e = document.getElementById(id); return !!e && e.checked; }", id);

    public static Task<string> ValueAsync(IPage page, string id) =>
        page.EvaluateAsync<string>("id => { const e = document.getElementById(id); return e ? e.value : null; }", id);

    /// <summary>Ids of the checked inputs whose name is <paramref name="name"/>.</summary>
    public static async Task<string[]> CheckedIdsAsync(IPage page, string name) =>
        await page.EvaluateAsync<string[]>("n => [...document.getElementsByName(n)].filter(e => e.checked).map(e => e.id)", name);

    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
