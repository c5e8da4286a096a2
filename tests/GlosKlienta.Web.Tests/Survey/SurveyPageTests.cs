namespace GlosKlienta.Web.Tests.Survey;

/// <summary>The public pages and the refusals of the survey form, on SQLite.</summary>
public sealed class SurveyPageTests : IAsyncLifetime
{
    private readonly AppFactory factory = new(TestDatabase.CreateSqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private Task<int> StoredCountAsync() => factory.WithDbAsync(db => db.SurveyResponses.CountAsync());

    [Fact]
    public async Task SurveyPage_ShowsEveryQuestionOfF1AsFieldsetsInPolish()
    {
        var response = await factory.CreateClient().GetAsync("/ankieta");
        var page = await Html.ParseAsync(response);

        Assert.Equal("pl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Ankieta do badania zadowolenia klienta", page.QuerySelector("h1")?.TextContent);
        var legends = page.QuerySelectorAll("fieldset.question > legend").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(10, legends.Count);
        Assert.Equal("1. Płeć:", legends[0]);
        Assert.Equal("10. Jak ocenia Pan/Pani informacje o gminie i urzędzie zamieszczone?", legends[9]);
        // Question 4 lists the office's nine units, taken from its configuration.
        Assert.Equal(9, page.QuerySelectorAll("input[name='q.komorka']").Length);
        Assert.Contains(page.QuerySelectorAll("label"), l => l.TextContent == "Ewidencja Ludności. Dowody Osobiste");
        // Every input has a label bound to it.
        foreach (var input in page.QuerySelectorAll("form.survey input:not([type=hidden]), form.survey textarea"))
        {
            var id = input.GetAttribute("id");
            Assert.False(string.IsNullOrEmpty(id));
            Assert.NotNull(page.QuerySelector($"label[for='{id}']"));
        }
        // Five ratings, five radios each, labelled 1 to 5.
        Assert.Equal(25, page.QuerySelectorAll("input[type=radio][name^='q.oceny.']").Length);
        // Nothing loaded from elsewhere (the language alternates name the page's own absolute addresses, as hreflang asks).
        Assert.Empty(page.QuerySelectorAll("script[src^='http'], link[href^='http']:not([rel=alternate])"));
    }

    [Theory]
    [InlineData("q.oceny.uprzejmosc", "6", "Oceń „uprzejmość i życzliwość” w skali od 1 do 5.")]
    [InlineData("q.oceny.sprawnosc", "0", "Oceń „sprawna i szybka obsługa” w skali od 1 do 5.")]
    [InlineData("q.plec", "inna", "Prosimy wybrać jedną z podanych odpowiedzi w pytaniu 1.")]
    [InlineData("q.nieznane", "1", "Formularz zawiera pole, którego ta ankieta nie ma.")]
    [InlineData("q.sprawa", "inna", "Wpisz, jakiej innej sprawy dotyczyła wizyta")]
    public async Task Submit_InvalidValue_IsRefusedWithClearMessage(string field, string value, string message)
    {
        var form = await SurveyForm.OpenAsync(factory.CreateBrowserLikeClient());

        var (response, page) = await form.PostAndParseAsync([new("q.plec", "kobieta"), new(field, value)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, page.QuerySelector(".error-summary")?.TextContent);
        Assert.Equal(0, await StoredCountAsync());
    }

    [Fact]
    public async Task Submit_NoDifficultiesWithADifficulty_IsRefused()
    {
        var form = await SurveyForm.OpenAsync(factory.CreateBrowserLikeClient());

        var (response, page) = await form.PostAndParseAsync([new("q.trudnosci", "brak"), new("q.trudnosci", "bledne-informacje")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("wyklucza pozostałe", page.QuerySelector(".error-summary")?.TextContent);
        Assert.True(Html.IsChecked(page, "q.trudnosci", "brak"));
        Assert.True(Html.IsChecked(page, "q.trudnosci", "bledne-informacje"));
        Assert.Equal(0, await StoredCountAsync());
    }

    [Fact]
    public async Task Submit_TextOverLimit_IsRefusedAndTextKept()
    {
        var form = await SurveyForm.OpenAsync(factory.CreateBrowserLikeClient());
        var longText = new string('ż', 501);

        var (response, page) = await form.PostAndParseAsync([new("q.trudnosci", "inne"), new("t.trudnosci", longText)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("najwyżej 500 znaków, a ma 501", page.QuerySelector(".error-summary")?.TextContent);
        Assert.Equal(longText, Html.TextValue(page, "t.trudnosci"));
    }

    [Fact]
    public async Task Submit_HoneypotFilled_LooksAcceptedButStoresNothing()
    {
        var form = await SurveyForm.OpenAsync(factory.CreateBrowserLikeClient());

        var response = await form.PostAsync([new("q.plec", "kobieta"), new("adres_strony", "http://spam.example")]);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(0, await StoredCountAsync());
    }

    /// <summary>Issue 15: after an online answer the page does not send the person to paper boxes; it says what the survey is not (a complaint) and where that goes.</summary>
    [Fact]
    public async Task ThanksPage_ThanksWithoutPaperBoxes_AndPointsToTheComplaintForm()
    {
        var response = await factory.CreateClient().GetAsync("/ankieta/dziekujemy");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Dziękujemy za wypełnienie ankiety", page.QuerySelector("h1")?.TextContent);
        Assert.Empty(page.QuerySelectorAll(".boxes li"));
        Assert.DoesNotContain("skrzynk", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(page.QuerySelector("main a[href='/skargi-i-wnioski/zloz']"));
    }

    [Fact]
    public async Task HomePage_LinksToTheSurveyAndShowsOfficeHours()
    {
        var response = await factory.CreateClient().GetAsync("/");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Urząd Miasta i Gminy Lesko", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/ankieta']"));
        Assert.Contains("poniedziałek", page.QuerySelector("table.hours")?.TextContent);
        Assert.Contains("7:30–15:30", page.QuerySelector("table.hours")?.TextContent);
        // Issue 15: the home page's links are one list, with the office's BIP from its data.
        var links = page.QuerySelectorAll("nav ul.home-links li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/skargi-i-wnioski/zloz", links);
        Assert.Contains("https://bip.lesko.pl", links);
    }

    [Fact]
    public async Task WhoWorksWhere_PhoneNumbersCanBeCalled()
    {
        var page = await Html.ParseAsync(await factory.CreateClient().GetAsync("/informacje/kto-gdzie"));

        var call = page.QuerySelectorAll("a[href^='tel:']").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.NotEmpty(call);
        Assert.Contains(("tel:+48134696210", "13 469 62 10"), call);
    }

    [Fact]
    public async Task OfficeData_ChangedInDatabase_ShowsOnPublicPagesWithoutCodeChange()
    {
        await factory.WithDbAsync(async db =>
        {
            var office = await db.Offices.SingleAsync();
            office.Name = "Urząd Gminy Przykładowo";
            var ratusz = await db.SurveyBoxes.SingleAsync(b => b.Code == "ratusz");
            ratusz.Location = "skrzynka przy kasie w Ratuszu";
            return await db.SaveChangesAsync();
        });
        factory.Services.GetRequiredService<GlosKlienta.Web.Features.Office.OfficeProfileProvider>().Invalidate();

        var page = await Html.ParseAsync(await factory.CreateClient().GetAsync("/"));

        Assert.Contains("Urząd Gminy Przykładowo", page.QuerySelector(".site-name")?.TextContent);
        Assert.Contains(page.QuerySelectorAll(".boxes li"), li => li.TextContent.Contains("skrzynka przy kasie w Ratuszu", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResponseTable_HoldsNoIdentifyingColumn()
    {
        var columns = await factory.WithDbAsync(db => Task.FromResult(
            db.Model.FindEntityType(typeof(SurveyResponse))!.GetProperties().Select(p => p.Name).Order().ToList()));

        // KioskId names a registered device in the hall (a place), never the person who used it.
        Assert.Equal(["BoxOpeningId", "Channel", "Choices", "FormNumber", "Id", "KioskId", "ReceivedOn", "SubmissionKey", "SurveyVersionId", "Unreadable"], columns);
    }

    [Fact]
    public async Task UnknownPage_ShowsPolishNotFoundPage()
    {
        var response = await factory.CreateClient().GetAsync("/nie-ma-takiej-strony");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Nie znaleziono strony", page.QuerySelector("h1")?.TextContent);
    }
}

/// <summary>The per-client limit on stored responses, with a small limit configured.</summary>
public sealed class SubmissionLimitTests : IAsyncLifetime
{
    private readonly AppFactory factory = new(TestDatabase.CreateSqlite(), new Dictionary<string, string?>
    {
        ["Survey:SubmissionLimit:PermitLimit"] = "2",
        ["Survey:SubmissionLimit:WindowSeconds"] = "600",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Submit_OverTheLimit_IsRefusedWithAnswersKeptAndNothingStored()
    {
        var client = factory.CreateBrowserLikeClient();
        for (var i = 0; i < 2; i++)
        {
            var ok = await (await SurveyForm.OpenAsync(client)).PostAsync([new("q.plec", "kobieta")]);
            Assert.Equal(HttpStatusCode.SeeOther, ok.StatusCode);
        }

        var form = await SurveyForm.OpenAsync(client);
        var (response, page) = await form.PostAndParseAsync(SurveyForm.FullAnswers());

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var summary = page.QuerySelector(".error-summary")?.TextContent;
        Assert.Contains("wysłać ankietę ponownie za", summary);
        Assert.Contains("ankietę papierową", summary);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.True(Html.IsChecked(page, "q.komorka", "usc"));
        Assert.Equal("Długa kolejka", Html.TextValue(page, "t.trudnosci"));
        Assert.Equal(2, await factory.WithDbAsync(db => db.SurveyResponses.CountAsync()));
    }

    [Fact]
    public async Task Submit_InvalidFormsOverTheLimit_StillGetTheirOwnErrorsNotTheLimit()
    {
        var client = factory.CreateBrowserLikeClient();
        for (var i = 0; i < 4; i++)
        {
            var (response, page) = await (await SurveyForm.OpenAsync(client)).PostAndParseAsync([]);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("Ankieta jest pusta", page.QuerySelector(".error-summary")?.TextContent);
        }
    }
}
