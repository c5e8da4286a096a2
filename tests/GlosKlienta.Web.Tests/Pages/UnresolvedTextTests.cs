using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GlosKlienta.Domain.Register;
using GlosKlienta.Web.Features.Register;

namespace GlosKlienta.Web.Tests.Pages;

/// <summary>
/// Issue 15: no page shows a resource key ("Accounts.RoleHint.ProwadzacyRejestr"), a raw enum name ("FormularzOnline")
/// or a time in UTC. Renders every page the application routes (staff pages as an account with every role, with a
/// case, a press release and a box opening to show) and reads each page's text.
/// </summary>
public sealed partial class UnresolvedTextTests : IAsyncLifetime
{
    private readonly AppFactory app = new(TestDatabase.CreateSqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [GeneratedRegex(@"\b[A-Z][A-Za-z0-9]+(?:\.[A-Z][A-Za-z0-9]+)+\b")]
    private static partial Regex KeyLike();

    /// <summary>Enum member names that are not words a page could say: two or more capitalised parts run together.</summary>
    private static HashSet<string> CompoundEnumNames() =>
        new[] { typeof(CaseKind).Assembly, typeof(CaseModel).Assembly }
            .SelectMany(a => a.GetTypes()).Where(t => t.IsEnum)
            .SelectMany(Enum.GetNames)
            .Where(n => Regex.IsMatch(n, "^[A-Z][a-ząćęłńóśźż]+[A-Z]"))
            .ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> ResourceKeys()
    {
        var resx = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "GlosKlienta.Web", "Resources", "SharedResource.resx");
        return XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
    }

    private static string Around(string text, int index) =>
        Regex.Replace(text[Math.Max(0, index - 40)..Math.Min(text.Length, index + 40)], @"\s+", " ");

    [Fact]
    public async Task EveryPage_ShowsNoResourceKeyNoEnumNameAndNoUtc()
    {
        var pages = await RoutedPages.PrepareAsync(app);
        var keys = ResourceKeys();
        var enumNames = CompoundEnumNames();
        Assert.Contains("FormularzOnline", enumNames);

        var problems = new List<string>();
        var read = 0;
        await foreach (var (url, page) in pages.ReadAsync(app))
        {
            read++;
            // The audit log's details cell shows each stored record verbatim (its codes are the evidence); its kinds and actions are labelled.
            foreach (var hidden in page.QuerySelectorAll("script, style, template, table.audit td.details")) hidden.Remove();
            // What a person sees or hears: the text, and the labels that only assistive technology reads.
            var text = page.Title + " " + page.Body!.TextContent + " " + string.Join(" ", page.QuerySelectorAll("[aria-label], [title], [placeholder], [alt]")
                .SelectMany(e => new[] { e.GetAttribute("aria-label"), e.GetAttribute("title"), e.GetAttribute("placeholder"), e.GetAttribute("alt") }));
            foreach (Match m in KeyLike().Matches(text))
                if (keys.Contains(m.Value) || m.Value.Split('.').Length >= 3) problems.Add($"{url}: resource key '{m.Value}'");
            foreach (var word in Regex.Matches(text, @"\b[A-Za-ząćęłńóśźżĄĆĘŁŃÓŚŹŻ]+\b").Where(m => enumNames.Contains(m.Value)).DistinctBy(m => m.Value))
                problems.Add($"{url}: enum name '{word.Value}' in \"{Around(text, word.Index)}\"");
            if (Regex.IsMatch(text, @"\bUTC\b")) problems.Add($"{url}: a time in UTC");
        }
        Assert.True(read > 50, $"only {read} pages were read");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
