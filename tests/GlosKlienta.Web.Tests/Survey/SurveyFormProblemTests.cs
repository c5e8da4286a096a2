namespace GlosKlienta.Web.Tests.Survey;

/// <summary>
/// A survey form that ASP.NET's form reader would refuse whole, or that antiforgery would answer with a bare 400,
/// comes back as the survey with a clear message and every answer that could be kept (issue 16).
/// </summary>
public abstract class SurveyFormProblemTests(DatabaseKind kind) : AppTest(kind)
{
    private Task<int> StoredCountAsync() => Factory.WithDbAsync(db => db.SurveyResponses.CountAsync());

    private static void AssertAnswersKept(IHtmlDocument page)
    {
        Assert.True(Html.IsChecked(page, "q.komorka", "usc"));
        Assert.True(Html.IsChecked(page, "q.oceny.uprzejmosc", "5"));
        Assert.Equal("Długa kolejka", Html.TextValue(page, "t.trudnosci"));
    }

    [SkippableFact]
    public async Task Submit_WithANulInAText_ComesBackWithoutItAndSaysSo()
    {
        SkipWithoutDatabase();
        var form = await SurveyForm.OpenAsync(Factory.CreateBrowserLikeClient());
        var answers = SurveyForm.FullAnswers().Select(a => a.Key == "t.oceny" ? new KeyValuePair<string, string>(a.Key, "Miła\0 obsługa") : a).ToList();

        var (response, page) = await form.PostAndParseAsync(answers);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("niedozwolony znak sterujący", page.QuerySelector(".error-summary")?.TextContent);
        Assert.Equal("Miła obsługa", Html.TextValue(page, "t.oceny"));
        AssertAnswersKept(page);
        Assert.Equal(0, await StoredCountAsync());
    }

    [SkippableFact]
    public async Task Submit_WithTooManyFields_ComesBackWithTheAnswers()
    {
        SkipWithoutDatabase();
        var form = await SurveyForm.OpenAsync(Factory.CreateBrowserLikeClient());
        var answers = SurveyForm.FullAnswers().Concat(Enumerable.Range(0, 1100).Select(i => new KeyValuePair<string, string>("x" + i, "1"))).ToList();

        var (response, page) = await form.PostAndParseAsync(answers);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("więcej pól", page.QuerySelector(".error-summary")?.TextContent);
        AssertAnswersKept(page);
        Assert.Equal(0, await StoredCountAsync());
    }

    [SkippableFact]
    public async Task Submit_WithAFieldOverTheSizeLimit_ComesBackWithTheAnswersBeforeIt()
    {
        SkipWithoutDatabase();
        var form = await SurveyForm.OpenAsync(Factory.CreateBrowserLikeClient());
        var answers = SurveyForm.FullAnswers().Where(a => a.Key != "t.uwagi").Append(new("t.uwagi", new string('x', 5 * 1024 * 1024))).ToList();

        var (response, page) = await form.PostAndParseAsync(answers);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("większy, niż urząd przyjmuje", page.QuerySelector(".error-summary")?.TextContent);
        AssertAnswersKept(page);
        Assert.Equal(0, await StoredCountAsync());
    }

    [SkippableFact]
    public async Task Submit_WithoutTheAntiforgeryCookie_ComesBackWithTheAnswers_AndIsStoredWhenSentAgain()
    {
        SkipWithoutDatabase();
        var opened = await SurveyForm.OpenAsync(Factory.CreateBrowserLikeClient());
        // Another browser (no cookie): as if the antiforgery cookie expired or was cleared while the survey was open.
        var client = Factory.CreateBrowserLikeClient();
        var response = await client.PostAsync("/ankieta", new FormUrlEncodedContent(opened.Hidden.Concat(SurveyForm.FullAnswers())));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nie został jeszcze wysłany", page.QuerySelector(".error-summary")?.TextContent);
        AssertAnswersKept(page);
        Assert.Equal(0, await StoredCountAsync());

        var again = await client.PostAsync("/ankieta", new FormUrlEncodedContent(Html.HiddenFields(page).Concat(SurveyForm.FullAnswers())));
        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        Assert.Equal(1, await StoredCountAsync());
    }
}

public sealed class SqliteSurveyFormProblemTests() : SurveyFormProblemTests(DatabaseKind.Sqlite);

public sealed class PostgresSurveyFormProblemTests() : SurveyFormProblemTests(DatabaseKind.Postgres);
