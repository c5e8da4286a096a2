using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Survey;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Localization;

namespace GlosKlienta.Web.Tests.Languages;

/// <summary>
/// Issue 17: the public pages in Polish, Ukrainian and English. The language is in the address and stays in every link;
/// each language is named in itself with its own lang; staff pages stay Polish; no string a public page uses is missing
/// in a language (every key the pages ask the localizer for while rendered in uk and en is looked up in that language's
/// own resources, without falling back to Polish).
/// </summary>
public sealed partial class LanguageTests : IAsyncLifetime
{
    private readonly AppFactory app = new(TestDatabase.CreateSqlite());
    private readonly ConcurrentDictionary<string, byte> asked = new(StringComparer.Ordinal);
    private WebApplicationFactory<Program> recording = null!;

    /// <summary>Every public page a citizen reads, in each state that shows other strings (an empty form sent back).</summary>
    private static readonly string[] PublicPages =
    [
        "/", "/ankieta", "/ankieta/dziekujemy", "/skargi-i-wnioski", "/skargi-i-wnioski/zloz", "/informacje/kto-gdzie",
        "/informacje/kto-gdzie?q=podatki", "/informacje/godziny", "/informacje/tekst-latwy-do-czytania", "/informacje/deklaracja-dostepnosci",
        "/wyniki", "/petycje", "/petycje/informacja-roczna", "/prasa", "/nie-ma-takiej-strony",
    ];

    public Task InitializeAsync()
    {
        recording = app.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            var original = services.Single(d => d.ServiceType == typeof(IStringLocalizerFactory));
            services.Remove(original);
            services.AddSingleton<IStringLocalizerFactory>(sp => new RecordingFactory(
                (IStringLocalizerFactory)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!), asked));
        }));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await recording.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task EveryStringAPublicPageUses_IsTranslatedIntoUkrainianAndEnglish()
    {
        var client = recording.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        foreach (var language in new[] { "uk", "en" })
        {
            foreach (var page in PublicPages)
            {
                var response = await client.GetAsync("/" + language + page);
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"/{language}{page}: {response.StatusCode}");
                var document = await Html.ParseAsync(response);
                Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
            }
            // The forms sent back with errors say more than the empty forms.
            await PostEmptyAsync(client, $"/{language}/ankieta");
            await PostEmptyAsync(client, $"/{language}/skargi-i-wnioski/zloz");
        }

        Assert.Contains("Layout.SkipLink", asked.Keys);
        Assert.Contains("Survey.ErrorSummaryTitle", asked.Keys);
        var problems = new List<string>();
        foreach (var culture in new[] { "uk", "en" })
        {
            var own = OwnStrings(culture);
            problems.AddRange(asked.Keys.Where(k => !own.ContainsKey(k)).Order(StringComparer.Ordinal).Select(k => $"{culture}: {k}"));
        }
        Assert.True(problems.Count == 0, "Missing translations:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void EveryTranslation_IsOfAPolishString_AndKeepsItsPlaceholders()
    {
        var polish = XmlStrings("SharedResource.resx");
        var problems = new List<string>();
        foreach (var culture in new[] { "uk", "en" })
        {
            foreach (var (key, text) in XmlStrings($"SharedResource.{culture}.resx"))
            {
                if (!polish.TryGetValue(key, out var source)) problems.Add($"{culture}: {key} is no Polish string");
                else if (string.IsNullOrWhiteSpace(text)) problems.Add($"{culture}: {key} is empty");
                else if (!Placeholders(source).SetEquals(Placeholders(text))) problems.Add($"{culture}: {key} changes the placeholders");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task TheAddress_CarriesTheLanguage_IntoEveryLinkAndTheSwitch()
    {
        var client = app.CreateBrowserLikeClient();

        var page = await Html.ParseAsync(await client.GetAsync("/uk/informacje/godziny"));

        Assert.Equal("uk", page.DocumentElement.GetAttribute("lang"));
        var switchLinks = page.QuerySelectorAll("nav.language-switch a").ToList();
        Assert.Equal(["/informacje/godziny", "/uk/informacje/godziny", "/en/informacje/godziny"], switchLinks.Select(a => a.GetAttribute("href")));
        Assert.Equal(["pl", "uk", "en"], switchLinks.Select(a => a.GetAttribute("hreflang")));
        Assert.Equal(["pl", "uk", "en"], switchLinks.Select(a => a.GetAttribute("lang")));
        Assert.Equal("Українська", switchLinks.Single(a => a.GetAttribute("aria-current") == "true").TextContent);
        Assert.Equal(3, page.QuerySelectorAll("link[rel=alternate][hreflang]").Length);
        // Every link to another public page stays in Ukrainian; only the staff sign-in (Polish only) leaves it.
        var links = page.QuerySelectorAll("main a[href^='/'], footer a[href^='/'], .site-name").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links.Where(h => !h.StartsWith("/konto", StringComparison.Ordinal)), h => Assert.StartsWith("/uk/", h));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/uk/informacje/kto-gdzie");
        // What the page says is Ukrainian, not the Polish it falls back to.
        Assert.Contains("Години", page.QuerySelector("h1")!.TextContent + page.Title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task StaffPages_StayPolish_AndOfferNoOtherLanguage()
    {
        var client = app.CreateBrowserLikeClient();

        var redirect = await client.GetAsync("/en/personel/rejestr?x=1");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/personel/rejestr?x=1", redirect.Headers.Location!.OriginalString);
        var toPolish = await client.GetAsync("/uk/konto/logowanie");
        Assert.Equal("/konto/logowanie", toPolish.Headers.Location!.OriginalString);
        var signIn = await Html.ParseAsync(await client.GetAsync("/konto/logowanie"));
        Assert.Equal("pl", signIn.DocumentElement.GetAttribute("lang"));
        Assert.Empty(signIn.QuerySelectorAll("nav.language-switch"));
    }

    [Fact]
    public async Task TheSurvey_InEnglish_KeepsItsAnswersOnAnError_AndStoresTheSameCodes()
    {
        var client = app.CreateBrowserLikeClient();
        var form = await Html.ParseAsync(await client.GetAsync("/en/ankieta"));
        Assert.Equal("en", form.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Gender:", form.QuerySelector("legend")!.TextContent.Trim().Replace("1.", "", StringComparison.Ordinal).Trim());
        Assert.Null(form.QuerySelector("p.notice"));
        // The units keep their Polish names, said in Polish.
        var unit = form.QuerySelector("input[name='q.komorka'] + label")!;
        Assert.Equal("pl", unit.GetAttribute("lang"));
        var hidden = Html.HiddenFields(form);

        // "Other" chosen without its text: the English message, the answers kept.
        var invalid = await client.PostAsync("/en/ankieta", new FormUrlEncodedContent(hidden.Concat([new("q.plec", "kobieta"), new("q.sprawa", "inna")])));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var back = await Html.ParseAsync(invalid);
        Assert.Equal("en", back.DocumentElement.GetAttribute("lang"));
        Assert.True(Html.IsChecked(back, "q.plec", "kobieta"));
        var message = back.QuerySelector(".error-summary li")!.TextContent;
        Assert.DoesNotMatch("[ąęłńśźżó]", message);

        var stored = await client.PostAsync("/en/ankieta", new FormUrlEncodedContent(Html.HiddenFields(back).Concat([new("q.plec", "kobieta"), new("q.sprawa", "zaswiadczenie")])));
        Assert.Equal(HttpStatusCode.SeeOther, stored.StatusCode);
        Assert.Equal("/en/ankieta/dziekujemy", stored.Headers.Location!.OriginalString);
        var key = Guid.Parse(hidden["klucz"]);
        var answers = await app.WithDbAsync(db => db.SurveyResponses.Where(r => r.SubmissionKey == key).Select(r => r.Choices).SingleAsync());
        Assert.Contains("plec=kobieta", answers, StringComparison.Ordinal);
        Assert.Contains("sprawa=zaswiadczenie", answers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVersionNotWhollyTranslated_IsShownInPolish_WithANoteInTheReadersLanguage()
    {
        await app.WithDbAsync(async db =>
        {
            var version = await db.SurveyVersions.SingleAsync(v => v.Status == SurveyVersionStatus.Approved);
            var definition = SurveyDefinition.FromJson(version.Definition);
            var partial = SurveyTranslations.WithTranslation(definition, "uk", new Dictionary<string, string?> { ["plec"] = null });
            await db.SurveyVersions.Where(v => v.Id == version.Id).ExecuteUpdateAsync(u => u.SetProperty(v => v.Definition, partial.ToJson()));
            return 0;
        });
        app.Services.GetRequiredService<SurveyCatalog>().Invalidate();
        var client = app.CreateBrowserLikeClient();

        var uk = await Html.ParseAsync(await client.GetAsync("/uk/ankieta"));
        var en = await Html.ParseAsync(await client.GetAsync("/en/ankieta"));

        Assert.Equal("Ankieta do badania zadowolenia klienta", uk.QuerySelector("h1")!.TextContent);
        Assert.Equal("Ця версія анкети затверджена лише польською мовою.", uk.QuerySelector("p.notice")!.TextContent);
        Assert.NotEqual("Ankieta do badania zadowolenia klienta", en.QuerySelector("h1")!.TextContent);
        Assert.Null(en.QuerySelector("p.notice"));
    }

    private static async Task PostEmptyAsync(HttpClient client, string url)
    {
        var form = await Html.ParseAsync(await client.GetAsync(url));
        var response = await client.PostAsync(url, new FormUrlEncodedContent(Html.HiddenFields(form, "main form[method=post]")));
        Assert.True((int)response.StatusCode is 200 or 422, $"{url}: {response.StatusCode}");
    }

    private static Dictionary<string, string> OwnStrings(string culture)
    {
        var resources = new ResourceManager("GlosKlienta.Web.Resources.SharedResource", typeof(Program).Assembly);
        var set = resources.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No {culture} resources are built into the application.");
        return set.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static Dictionary<string, string> XmlStrings(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "GlosKlienta.Web", "Resources", file);
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    private sealed class RecordingFactory(IStringLocalizerFactory inner, ConcurrentDictionary<string, byte> asked) : IStringLocalizerFactory
    {
        public IStringLocalizer Create(Type resourceSource) => new Recording(inner.Create(resourceSource), asked);

        public IStringLocalizer Create(string baseName, string location) => new Recording(inner.Create(baseName, location), asked);
    }

    private sealed class Recording(IStringLocalizer inner, ConcurrentDictionary<string, byte> asked) : IStringLocalizer
    {
        public LocalizedString this[string name]
        {
            get
            {
                Note(name);
                return inner[name];
            }
        }

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                Note(name);
                return inner[name, arguments];
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        // Only what is asked for in another language: staff pages never are.
        private void Note(string name)
        {
            if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "pl") asked.TryAdd(name, 0);
        }
    }
}
