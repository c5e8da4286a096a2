using System.Text.RegularExpressions;

namespace GlosKlienta.Web.Tests.Pages;

/// <summary>
/// WCAG 2.4.2: every page has a title of its own that names the page, before the office's name. Pages that set their
/// title from the resource file once all carried the home page's title (the layout read it as a plain string). The pages
/// are every page the application routes (<see cref="RoutedPages"/>), so a new page is checked without being listed here.
/// </summary>
public sealed partial class PageTitleTests : IAsyncLifetime
{
    private const string Office = "Urząd Miasta i Gminy Lesko";
    private const string Separator = " – ";

    private readonly AppFactory app = new(TestDatabase.CreateSqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static string Clean(string? text) => Spaces().Replace(text ?? "", " ").Trim();

    /// <summary>What is wrong with the titles of <paramref name="pages"/>: a page without its own name, or two pages with one title.</summary>
    private static List<string> Problems(IReadOnlyDictionary<string, (string Title, string Heading)> pages)
    {
        var problems = new List<string>();
        foreach (var (url, (title, heading)) in pages)
        {
            if (url == "/")
            {
                Assert.Equal(Office, title);
                continue;
            }
            if (!title.EndsWith(Separator + Office, StringComparison.Ordinal) || title.Length <= (Separator + Office).Length)
            {
                problems.Add($"{url}: title '{title}' does not name the page before the office");
                continue;
            }
            // The page's name is the one its heading gives, or a longer form of it (a search names its words, an error page starts "Błąd:").
            var name = title[..^(Separator + Office).Length];
            if (heading.Length > 0 && !name.Contains(heading, StringComparison.Ordinal) && !heading.Contains(name, StringComparison.Ordinal))
                problems.Add($"{url}: title '{name}' does not say what the heading says: '{heading}'");
        }
        foreach (var shared in pages.GroupBy(p => p.Value.Title).Where(g => g.Count() > 1))
            problems.Add($"{string.Join(", ", shared.Select(p => p.Key))} share the title '{shared.Key}'");
        return problems;
    }

    private static (string Title, string Heading) Read(IHtmlDocument page) =>
        (Clean(page.Title), Clean(page.QuerySelector("h1")?.TextContent));

    [Fact]
    public async Task EveryPage_StaffAndPublic_HasItsOwnTitleNamingThePage()
    {
        var pages = await RoutedPages.PrepareAsync(app);
        var titles = new Dictionary<string, (string, string)>();
        await foreach (var (url, page) in pages.ReadAsync(app)) titles[url] = Read(page);

        Assert.True(titles.Count > 50, $"only {titles.Count} pages were read");
        var problems = Problems(titles);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task EveryPublicPage_AsAVisitorSeesIt_HasItsOwnTitleNamingThePage()
    {
        var pages = await RoutedPages.PrepareAsync(app);
        using var visitor = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var titles = new Dictionary<string, (string, string)>();
        foreach (var url in pages.Urls(app))
        {
            var response = await visitor.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            titles[url] = Read(await Html.ParseAsync(response));
        }

        // The pages the audit found with the home page's title are among them.
        foreach (var url in new[] { "/skargi-i-wnioski", "/skargi-i-wnioski/zloz", "/petycje", "/informacje/godziny", "/informacje/kto-gdzie", "/prasa", "/konto/logowanie" })
            Assert.True(titles.ContainsKey(url), $"{url} was not read as a public page");
        var problems = Problems(titles);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
