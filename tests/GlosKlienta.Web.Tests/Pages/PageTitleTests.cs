namespace GlosKlienta.Web.Tests.Pages;

/// <summary>
/// WCAG 2.4.2: every public page has a title of its own that names the page. Pages that set their title
/// from the resource file once all carried the home page's title (the layout read it as a plain string).
/// </summary>
public sealed class PageTitleTests : IAsyncLifetime
{
    private const string Office = "Urząd Miasta i Gminy Lesko";

    private static readonly string[] PublicPages =
    [
        "/ankieta",
        "/skargi-i-wnioski",
        "/skargi-i-wnioski/zloz",
        "/petycje",
        "/petycje/informacja-roczna",
        "/informacje/godziny",
        "/informacje/kto-gdzie",
        "/informacje/tekst-latwy-do-czytania",
        "/informacje/deklaracja-dostepnosci",
        "/prasa",
        "/wyniki",
        "/konto/logowanie",
    ];

    private readonly AppFactory app = new(TestDatabase.CreateSqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task PublicPages_EachHaveTheirOwnTitle_NamingThePageBeforeTheOffice()
    {
        using var client = app.CreateClient();
        var titles = new Dictionary<string, string>();
        foreach (var path in PublicPages.Prepend("/"))
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            var page = await Html.ParseAsync(response);
            titles[path] = page.Title?.Trim() ?? "";
        }

        foreach (var path in PublicPages)
        {
            Assert.EndsWith(" – " + Office, titles[path], StringComparison.Ordinal);
            Assert.True(titles[path].Length > (" – " + Office).Length, $"{path} has no page name in its title");
        }
        var repeated = titles.GroupBy(t => t.Value).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.Key))}").ToList();
        Assert.True(repeated.Count == 0, "Pages sharing a title: " + string.Join("; ", repeated));
    }
}
