namespace GlosKlienta.Web.Tests.Directory;

/// <summary>Editing the directory and naming keepers is for Administrator and KierownikReferatu; the boards page is for every member of staff (keepers hold any role); the public pages for everyone.</summary>
public sealed class DirectoryAccessTests : IAsyncLifetime
{
    private static readonly string[] EditorPages =
        ["/personel/spis", "/personel/spis/stanowisko/1", "/personel/spis/komorka", "/personel/spis/pracownik/1", "/personel/spis/pokoj", "/personel/spis/godziny/parkowa", "/personel/spis/stan?dzien=2026-01-01", "/personel/tablice/opiekunowie"];

    private readonly AppFactory factory = new(TestDatabase.CreateSqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task EditingPages_SendAnonymousVisitorsToSignIn()
    {
        var client = factory.CreateBrowserLikeClient();
        foreach (var url in EditorPages.Append("/personel/tablice"))
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/konto/logowanie", response.Headers.Location?.ToString());
        }
    }

    [Theory]
    [InlineData(Roles.Pracownik)]
    [InlineData(Roles.PelnomocnikSzj)]
    [InlineData(Roles.Burmistrz)]
    public async Task EditingPages_RefuseRolesWithoutThePolicy_ButTheBoardsPageIsOpenToThem(string role)
    {
        await StaffAccounts.CreateUserAsync(factory, "osoba@lesko.pl", role);
        var client = await StaffAccounts.SignInAsync(factory, "osoba@lesko.pl");
        foreach (var url in EditorPages)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().StartsWith("http://localhost/konto/brak-dostepu", StringComparison.Ordinal),
                $"GET {url} as {role} answered {(int)response.StatusCode}");
        }
        var token = Html.HiddenFields(await Html.ParseAsync(await client.GetAsync("/personel/tablice")), "main form[method=post]");
        var post = await client.PostAsync("/personel/spis/stanowisko", new FormUrlEncodedContent([.. token, new("Name", "Nowe"), new("SortOrder", "1")]));
        Assert.StartsWith("http://localhost/konto/brak-dostepu", post.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/personel/tablice")).StatusCode);
    }

    [Fact]
    public async Task KierownikReferatu_OpensEveryEditingPage()
    {
        await StaffAccounts.CreateUserAsync(factory, "kierownik@lesko.pl", Roles.KierownikReferatu);
        var client = await StaffAccounts.SignInAsync(factory, "kierownik@lesko.pl");
        foreach (var url in EditorPages)
            Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK, url);
    }

    [Fact]
    public async Task PublicPages_OpenWithoutSignIn_AndTheHomePageLinksThem()
    {
        var client = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/informacje/kto-gdzie")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/informacje/godziny")).StatusCode);
        var home = await Html.ParseAsync(await client.GetAsync("/"));
        Assert.NotNull(home.QuerySelector("main a[href='/informacje/kto-gdzie']"));
    }

    [Fact]
    public async Task Search_FindsPostsByWordsWithoutDiacritics()
    {
        var client = factory.CreateBrowserLikeClient();
        var page = await Html.ParseAsync(await client.GetAsync("/informacje/kto-gdzie?szukaj=dowod+osobisty"));

        Assert.Equal("osobisty", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#szukaj")!).Value.Split(' ')[1]);
        Assert.Contains("Znalezione stanowiska: 1", page.QuerySelector("#wyniki")!.TextContent);
        Assert.Contains("Stanowisko ds. ewidencji ludności i dowodów osobistych", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("Skarbnik", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task SearchResults_HeadingStaysAHeading_InsideALiveRegion()
    {
        var client = factory.CreateBrowserLikeClient();
        var page = await Html.ParseAsync(await client.GetAsync("/informacje/kto-gdzie?szukaj=podatki"));

        // WCAG 1.3.1: role="status" on the h2 itself took its heading role away; the live region wraps it instead.
        var heading = page.QuerySelector("#wyniki")!;
        Assert.Equal("H2", heading.TagName);
        Assert.Null(heading.GetAttribute("role"));
        Assert.Equal("status", heading.ParentElement!.GetAttribute("role"));
        Assert.Empty(page.QuerySelectorAll("h1[role], h2[role], h3[role], h4[role], h5[role], h6[role]"));
    }

    [Fact]
    public async Task Search_FindsTheTaxPostForAnotherFormOfTheWord_BestMatchFirst()
    {
        var client = factory.CreateBrowserLikeClient();
        var page = await Html.ParseAsync(await client.GetAsync("/informacje/kto-gdzie?szukaj=podatku"));

        var posts = page.QuerySelectorAll(".directory-post h4").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal("Stanowisko ds. wymiaru podatków", posts.FirstOrDefault());
        Assert.DoesNotContain("Kasa", posts);
        Assert.Contains($"Znalezione stanowiska: {posts.Count}", page.QuerySelector("#wyniki")!.TextContent);
        Assert.Equal("podatku", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#szukaj")!).Value);
    }
}
