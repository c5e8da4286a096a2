using System.Text.RegularExpressions;
using AngleSharp.Dom;
using GlosKlienta.Domain.Register;
using GlosKlienta.Web.Tests.Pages;

namespace GlosKlienta.Web.Tests.Languages;

/// <summary>
/// WCAG 3.1.2 (language of parts) on the Ukrainian and English public pages: a word with a letter only Polish writes
/// (ą ć ę ł ń ó ś ź ż) is either translated or inside an element marked <c>lang="pl"</c> (a person's or a unit's name, a
/// street, a press release written in Polish), so a screen reader speaks it in Polish and nothing made in C# slips through
/// in Polish. Every public page is read as a visitor reads it, over the seeded office and with a petition, a press release
/// and a filed letter to show, in the states that say more: a form sent back with errors, the acknowledgement, the refusal
/// over the limit, a search with results, a page that does not exist.
/// </summary>
public sealed partial class LanguageOfPartsTests : IAsyncLifetime
{
    private readonly AppFactory app = new(TestDatabase.CreateSqlite(), new Dictionary<string, string?> { ["Survey:SubmissionLimit:PermitLimit"] = "2" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [GeneratedRegex("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")]
    private static partial Regex PolishLetter();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>Attributes a screen reader or a tooltip says aloud.</summary>
    private static readonly string[] SpokenAttributes = ["alt", "aria-label", "title", "placeholder"];

    /// <summary>Each piece of Polish text in <paramref name="page"/> that is not inside a part marked Polish.</summary>
    internal static IEnumerable<string> UnmarkedPolish(IHtmlDocument page)
    {
        foreach (var node in page.Body!.Descendants<IText>())
        {
            var parent = node.ParentElement;
            if (parent is null || parent.LocalName is "script" or "style" || !PolishLetter().IsMatch(node.Data)) continue;
            if (LanguageOf(parent) != "pl") yield return $"<{parent.LocalName}{Classes(parent)}> \"{Spaces().Replace(node.Data, " ").Trim()}\"";
        }
        foreach (var element in page.Body!.Descendants<IElement>())
        {
            foreach (var name in SpokenAttributes)
            {
                var value = element.GetAttribute(name);
                if (value is not null && PolishLetter().IsMatch(value) && LanguageOf(element) != "pl")
                    yield return $"<{element.LocalName}{Classes(element)} {name}> \"{value}\"";
            }
            // A select's chosen text and an input's shown value are read too.
            if (element is IHtmlInputElement { Type: "submit" or "button" } input && PolishLetter().IsMatch(input.Value) && LanguageOf(element) != "pl")
                yield return $"<input value> \"{input.Value}\"";
        }
    }

    private static string? LanguageOf(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
            if (e.GetAttribute("lang") is { } lang) return lang.Split('-')[0];
        return null;
    }

    private static string Classes(IElement element) => element.ClassName is { Length: > 0 } c ? "." + c.Replace(' ', '.') : "";

    private Task<int> AddPetitionAsync(int number, DateOnly received, Action<RegisterCase> shape) => app.WithDbAsync(async db =>
    {
        var c = new RegisterCase
        {
            Year = received.Year, Number = number, RegisterNumber = $"{number}/{received.Year}", ReceivedOn = received, Channel = CaseChannel.FormularzOnline,
            RegisteredAt = DateTimeOffset.UtcNow, RegisteredBy = "test", SenderName = "Stowarzyszenie Przyjaciół Łąk", SenderAddress = "ul. Zielona 3, 38-600 Lesko",
            SenderEmail = "laki@example.org", Subject = "Ławki na Rynku", Summary = "Wnosimy o ustawienie ławek przy fontannie.", Kind = CaseKind.Petycja,
            CompetentBody = CompetentBody.RadaGminy, TermKind = TermKind.Petycja, DueOn = received.AddMonths(3), Version = Guid.NewGuid(), PetitionNameConsent = true,
        };
        shape(c);
        db.RegisterCases.Add(c);
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task EveryPublicPage_InUkrainianAndEnglish_SaysPolishOnlyInsidePartsMarkedPolish()
    {
        var pages = await RoutedPages.PrepareAsync(app);
        var today = GlosKlienta.Tests.Shared.OfficeDate.Today();
        // Petitions in each state the public page tells: waiting, extended, answered, forwarded; last year's for the yearly summary.
        await AddPetitionAsync(901, today.AddDays(-5), _ => { });
        await AddPetitionAsync(902, today.AddDays(-40), c => { c.DelayNoticeOn = today.AddDays(-2); c.NewDueOn = today.AddMonths(4); c.Subject = "Oświetlenie ulicy Łąkowej"; });
        await AddPetitionAsync(903, today.AddDays(-60), c =>
        {
            c.Outcome = CaseOutcome.PetycjaUwzgledniona; c.ClosedOn = today.AddDays(-10); c.ReplyOn = today.AddDays(-10); c.ReplyContent = "Ławki zostaną ustawione w maju.";
        });
        await AddPetitionAsync(904, today.AddDays(-20), c =>
        {
            c.TermKind = TermKind.PrzekazaniePetycji; c.Outcome = CaseOutcome.Przekazana; c.ClosedOn = today.AddDays(-15); c.ForwardedOn = today.AddDays(-15);
            c.ForwardedTo = "Starostwo Powiatowe w Lesku";
        });
        await AddPetitionAsync(905, new DateOnly(today.Year - 1, 3, 2), c =>
        {
            c.Outcome = CaseOutcome.PetycjaNieuwzgledniona; c.ClosedOn = new DateOnly(today.Year - 1, 5, 20); c.ReplyOn = new DateOnly(today.Year - 1, 5, 20);
            c.ReplyContent = "Brak środków w budżecie."; c.Subject = "Żłobek gminny";
        });

        var visitor = app.CreateBrowserLikeClient();
        var problems = new List<string>();
        var read = 0;
        async Task CheckAsync(string what, HttpResponseMessage response)
        {
            if (response.Content.Headers.ContentType?.MediaType != "text/html") return;
            var page = await Html.ParseAsync(response);
            read++;
            problems.AddRange(UnmarkedPolish(page).Distinct().Select(p => $"{what}: {p}"));
        }

        foreach (var language in new[] { "uk", "en" })
        {
            // The letter filed in the reader's language, its acknowledgement, and the refusal once over the limit.
            var filed = await FileAsync(visitor, language, "Skarga");
            Assert.Equal(HttpStatusCode.SeeOther, filed.StatusCode);
            await CheckAsync($"/{language} acknowledgement", await visitor.GetAsync(filed.Headers.Location!.OriginalString));
        }
        foreach (var language in new[] { "uk", "en" })
        {
            var refused = await FileAsync(visitor, language, "Wniosek");
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            await CheckAsync($"/{language} 429", refused);
        }

        var urls = pages.Urls(app).Concat(["/informacje/kto-gdzie?q=podatki", "/informacje/kto-gdzie?q=Kowalski", "/informacje/tekst-latwy-do-czytania", "/nie-ma-takiej-strony"]);
        foreach (var language in new[] { "uk", "en" })
        {
            foreach (var url in urls)
            {
                var response = await visitor.GetAsync("/" + language + url);
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound) await CheckAsync($"/{language}{url}", response);
            }
            foreach (var form in new[] { "/ankieta", "/skargi-i-wnioski/zloz" })
            {
                var page = await Html.ParseAsync(await visitor.GetAsync($"/{language}{form}"));
                var content = new MultipartFormDataContent();
                foreach (var (k, v) in Html.HiddenFields(page, "main form[method=post]")) content.Add(new StringContent(v), k);
                await CheckAsync($"/{language}{form} sent back", await visitor.PostAsync($"/{language}{form}", content));
            }
        }

        Assert.True(read > 40, $"only {read} pages were read");
        Assert.True(problems.Count == 0, $"{problems.Count} Polish texts outside lang=\"pl\":\n" + string.Join("\n", problems.Distinct()));
    }

    [Fact]
    public async Task Counts_OnTheResultsPage_TakeTheReadersPluralForm_AndChannelsTheirNames()
    {
        await using var results = new AppFactory(TestDatabase.CreateSqlite(), new Dictionary<string, string?> { ["PublicResults:MinimumGroup"] = "21" });
        var client = results.CreateBrowserLikeClient();

        // 21: Ukrainian "one" (21 відповідь), Polish "many" (21 odpowiedzi), English plural.
        Assert.Contains("21 відповідь", Texts((await Html.ParseAsync(await client.GetAsync("/uk/wyniki"))).QuerySelector("main")));
        Assert.Contains("21 odpowiedzi", Texts((await Html.ParseAsync(await client.GetAsync("/wyniki"))).QuerySelector("main")));
        Assert.Contains("21 responses", Texts((await Html.ParseAsync(await client.GetAsync("/en/wyniki"))).QuerySelector("main")));
    }

    private static string Texts(IElement? element) => element?.TextContent ?? "";

    private static async Task<HttpResponseMessage> FileAsync(HttpClient client, string language, string kind)
    {
        var url = $"/{language}/skargi-i-wnioski/zloz";
        var page = await Html.ParseAsync(await client.GetAsync(url));
        var content = new MultipartFormDataContent();
        foreach (var (k, v) in Html.HiddenFields(page, "main form[method=post]")) content.Add(new StringContent(v), k);
        foreach (var (k, v) in new Dictionary<string, string>
        {
            ["Kind"] = kind, ["SenderName"] = "Olena Kovalenko", ["SenderAddress"] = "ul. Rynek 4, 38-600 Lesko", ["SenderEmail"] = "olena@example.org",
            ["Subject"] = "Long wait", ["Text"] = "I waited three hours.",
        })
            content.Add(new StringContent(v), k);
        return await client.PostAsync(url, content);
    }
}
