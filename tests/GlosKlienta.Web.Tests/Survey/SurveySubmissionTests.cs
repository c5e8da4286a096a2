namespace GlosKlienta.Web.Tests.Survey;

/// <summary>
/// Posting real survey forms and checking what the database holds. The same tests run on SQLite
/// and on PostgreSQL (see the two subclasses at the end of the file).
/// </summary>
public abstract class SurveySubmissionTests(DatabaseKind kind) : AppTest(kind)
{

    private Task<int> StoredCountAsync() => Factory.WithDbAsync(db => db.SurveyResponses.CountAsync());

    [SkippableFact]
    public async Task Submit_FullValidResponse_StoresItWithVersionChannelAndTexts()
    {
        SkipWithoutDatabase();
        var client = Factory.CreateBrowserLikeClient();
        var form = await SurveyForm.OpenAsync(client);

        var response = await form.PostAsync(SurveyForm.FullAnswers());

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/ankieta/dziekujemy", response.Headers.Location?.OriginalString);
        var stored = await Factory.WithDbAsync(db => db.SurveyResponses.Include(r => r.Texts).SingleAsync());
        var liveVersion = await Factory.WithDbAsync(db => db.SurveyVersions.SingleAsync(v => v.Number == 1));
        Assert.Equal(liveVersion.Id, stored.SurveyVersionId);
        Assert.Equal(Channel.Online, stored.Channel);
        Assert.Equal(SurveyForm.FullAnswersEncoded, stored.Choices);
        Assert.Equal(Guid.Parse(form.Hidden["klucz"]), stored.SubmissionKey);
        var texts = stored.Texts.ToDictionary(t => t.QuestionCode, t => t.Text);
        Assert.Equal("Ślub cywilny – ustalenie terminu", texts["sprawa"]);
        Assert.Equal("Długa kolejka", texts["trudnosci"]);
        Assert.Equal("Miła obsługa w USC", texts["oceny"]);
        Assert.Equal("Przydałby się parking dla rowerów.\nI ławka przy wejściu.", texts["uwagi"]);
        Assert.Equal(4, texts.Count);
    }

    [SkippableFact]
    public async Task Submit_OneAnswerOnly_IsStored()
    {
        SkipWithoutDatabase();
        var form = await SurveyForm.OpenAsync(Factory.CreateBrowserLikeClient());

        var response = await form.PostAsync([new("q.oceny.uprzejmosc", "2")]);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var stored = await Factory.WithDbAsync(db => db.SurveyResponses.Include(r => r.Texts).SingleAsync());
        Assert.Equal("oceny.uprzejmosc=2", stored.Choices);
        Assert.Empty(stored.Texts);
    }

    [SkippableFact]
    public async Task Submit_EmptyForm_ShowsClearErrorAndStoresNothing()
    {
        SkipWithoutDatabase();
        var form = await SurveyForm.OpenAsync(Factory.CreateBrowserLikeClient());

        var (response, page) = await form.PostAndParseAsync([new("t.sprawa", ""), new("t.uwagi", "   ")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.StartsWith("Błąd:", page.Title);
        var summary = page.QuerySelector(".error-summary[role=alert]");
        Assert.NotNull(summary);
        Assert.Contains("Ankieta jest pusta", summary.TextContent);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await StoredCountAsync());
    }

    [SkippableFact]
    public async Task Submit_WithAnError_ComesBackWithEveryAnswerKept()
    {
        SkipWithoutDatabase();
        var form = await SurveyForm.OpenAsync(Factory.CreateBrowserLikeClient());
        var answers = SurveyForm.FullAnswers().Where(a => a.Key != "t.sprawa").ToList();

        var (response, page) = await form.PostAndParseAsync(answers);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var link = page.QuerySelector(".error-summary a");
        Assert.NotNull(link);
        Assert.Equal("#t-sprawa", link.GetAttribute("href"));
        Assert.Contains("Wpisz, jakiej innej sprawy", link.TextContent);
        var input = page.QuerySelector("#t-sprawa");
        Assert.Equal("true", input?.GetAttribute("aria-invalid"));
        Assert.Contains("blad-t-sprawa", input?.GetAttribute("aria-describedby"));
        foreach (var (name, value) in answers)
        {
            if (name.StartsWith("t.", StringComparison.Ordinal))
                Assert.Equal(value, Html.TextValue(page, name));
            else
                Assert.True(Html.IsChecked(page, name, value), $"{name}={value} should still be checked");
        }
        // The same submission key comes back, so correcting and sending still stores one response.
        Assert.Equal(form.Hidden["klucz"], Html.HiddenFields(page)["klucz"]);
        Assert.Equal(0, await StoredCountAsync());
    }

    [SkippableFact]
    public async Task Submit_SameFormTwice_StoresOneResponse()
    {
        SkipWithoutDatabase();
        var form = await SurveyForm.OpenAsync(Factory.CreateBrowserLikeClient());

        var first = await form.PostAsync(SurveyForm.FullAnswers());
        var second = await form.PostAsync(SurveyForm.FullAnswers());

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.Equal(1, await StoredCountAsync());
    }

    [SkippableFact]
    public async Task Submit_DoubleClick_ConcurrentPostsStoreOneResponse()
    {
        SkipWithoutDatabase();
        var form = await SurveyForm.OpenAsync(Factory.CreateBrowserLikeClient());

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => form.PostAsync(SurveyForm.FullAnswers())));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.SeeOther, r.StatusCode));
        Assert.Equal(1, await StoredCountAsync());
    }

    [SkippableFact]
    public async Task Submit_TwoPeople_StoreTwoResponses()
    {
        SkipWithoutDatabase();
        var first = await SurveyForm.OpenAsync(Factory.CreateBrowserLikeClient());
        var second = await SurveyForm.OpenAsync(Factory.CreateBrowserLikeClient());

        await first.PostAsync(SurveyForm.FullAnswers());
        await second.PostAsync([new("q.plec", "mezczyzna")]);

        Assert.Equal(2, await StoredCountAsync());
    }

    [SkippableFact]
    public async Task Submit_WithoutAntiforgeryToken_IsRefusedAndStoresNothing()
    {
        SkipWithoutDatabase();
        var form = await SurveyForm.OpenAsync(Factory.CreateBrowserLikeClient());

        var response = await form.PostAsync(SurveyForm.FullAnswers(), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await StoredCountAsync());
    }
}

public sealed class SurveySubmissionSqliteTests() : SurveySubmissionTests(DatabaseKind.Sqlite);

public sealed class SurveySubmissionPostgresTests() : SurveySubmissionTests(DatabaseKind.Postgres);
