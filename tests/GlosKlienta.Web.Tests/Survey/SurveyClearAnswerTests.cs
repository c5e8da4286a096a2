namespace GlosKlienta.Web.Tests.Survey;

/// <summary>
/// "Wyczyść odpowiedź": a chosen radio answer taken back without JavaScript. The real form is posted (antiforgery token
/// read from the page) with the button's name and value, as a browser sends them when that button is pressed.
/// </summary>
public abstract class SurveyClearAnswerTests(DatabaseKind kind) : AppTest(kind)
{
    private Task<int> StoredCountAsync() => Factory.WithDbAsync(db => db.SurveyResponses.CountAsync());

    private static List<KeyValuePair<string, string>> Pressing(string field) =>
        [.. SurveyForm.FullAnswers(), new(RespondModel.ClearField, field)];

    [SkippableFact]
    public async Task ClearingAQuestion_ComesBackWithItEmpty_KeepsEveryOtherAnswer_AndStoresNothing()
    {
        SkipWithoutDatabase();
        var form = await SurveyForm.OpenAsync(Factory.CreateBrowserLikeClient());

        var (response, page) = await form.PostAndParseAsync(Pressing("q.wiek"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await StoredCountAsync());
        Assert.Empty(page.QuerySelectorAll("input[name='q.wiek']:checked"));
        Assert.DoesNotContain("Błąd", page.Title, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".error-summary"));
        // Everything else as it was sent: choices, ticks, ratings and texts.
        foreach (var (field, value) in SurveyForm.FullAnswers().Where(a => a.Key.StartsWith("q.", StringComparison.Ordinal) && a.Key != "q.wiek"))
            Assert.True(Html.IsChecked(page, field, value), $"{field}={value} was lost");
        foreach (var (field, value) in SurveyForm.FullAnswers().Where(a => a.Key.StartsWith("t.", StringComparison.Ordinal)))
            Assert.Equal(value, Html.TextValue(page, field));
        // The same submission key comes back, so the response sent later is still this one.
        Assert.Equal(form.Hidden["klucz"], Html.HiddenFields(page)["klucz"]);
        Assert.Contains("Odpowiedź wyczyszczona", page.QuerySelector("#pytanie-q-wiek")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ClearingAQuestionWithAnOtherText_EmptiesTheTextToo_AndOneRatingLeavesTheOthers()
    {
        SkipWithoutDatabase();
        var form = await SurveyForm.OpenAsync(Factory.CreateBrowserLikeClient());

        var (_, page) = await form.PostAndParseAsync(Pressing("q.sprawa"));
        Assert.Empty(page.QuerySelectorAll("input[name='q.sprawa']:checked"));
        Assert.Equal("", Html.TextValue(page, "t.sprawa"));
        Assert.True(Html.IsChecked(page, "q.trudnosci", "inne"));
        Assert.Equal("Długa kolejka", Html.TextValue(page, "t.trudnosci"));

        var (_, rated) = await form.PostAndParseAsync(Pressing("q.oceny.sprawnosc"));
        Assert.Empty(rated.QuerySelectorAll("input[name='q.oceny.sprawnosc']:checked"));
        Assert.True(Html.IsChecked(rated, "q.oceny.uprzejmosc", "5"));
        Assert.True(Html.IsChecked(rated, "q.oceny.terminowosc", "4"));
        Assert.Equal("Miła obsługa w USC", Html.TextValue(rated, "t.oceny"));
        Assert.Equal(0, await StoredCountAsync());
    }

    [SkippableFact]
    public async Task TheFormAfterClearing_IsSentAsUsual_WithoutTheClearedAnswer()
    {
        SkipWithoutDatabase();
        var client = Factory.CreateBrowserLikeClient();
        var form = await SurveyForm.OpenAsync(client);
        var (_, page) = await form.PostAndParseAsync(Pressing("q.plec"));

        // What the returned page holds, sent with its own send button (no clearing marker).
        var again = Html.HiddenFields(page).Concat(SurveyForm.FullAnswers().Where(a => a.Key != "q.plec"));
        var response = await client.PostAsync("/ankieta", new FormUrlEncodedContent(again));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var stored = await Factory.WithDbAsync(db => db.SurveyResponses.SingleAsync());
        Assert.Equal(SurveyForm.FullAnswersEncoded.Replace("plec=kobieta;", "", StringComparison.Ordinal), stored.Choices);
    }

    [SkippableFact]
    public async Task EveryRadioGroup_HasAClearButton_WhoseNameSaysWhichQuestion()
    {
        SkipWithoutDatabase();
        var page = await Html.ParseAsync(await Factory.CreateBrowserLikeClient().GetAsync("/ankieta"));

        var buttons = page.QuerySelectorAll<IHtmlButtonElement>($"button[name='{RespondModel.ClearField}']").ToList();
        var groups = page.QuerySelectorAll<IHtmlInputElement>("input[type=radio]").Select(r => r.Name ?? "").Distinct().ToList();
        Assert.Equal(groups, buttons.Select(b => b.Value).ToList());
        var age = buttons.Single(b => b.Value == "q.wiek");
        Assert.Equal("submit", age.Type);
        // Visually short; the whole name, read by a screen reader, names the question (and the item of a grid).
        Assert.Equal("Wyczyść odpowiedź", age.ChildNodes.OfType<IText>().First().TextContent.Trim());
        Assert.Equal("Wyczyść odpowiedź na pytanie 2. Wiek", Regex(age.TextContent));
        Assert.StartsWith("Wyczyść odpowiedź dla „uprzejmość i życzliwość” w pytaniu 8", Regex(buttons.Single(b => b.Value == "q.oceny.uprzejmosc").TextContent), StringComparison.Ordinal);
        // Enter in a text field presses the form's first submit button: that one sends the survey.
        var first = page.QuerySelector<IHtmlButtonElement>("form.survey button[type=submit]")!;
        Assert.True(string.IsNullOrEmpty(first.Name));
    }

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}

public sealed class SurveyClearAnswerSqliteTests() : SurveyClearAnswerTests(DatabaseKind.Sqlite);

public sealed class SurveyClearAnswerPostgresTests() : SurveyClearAnswerTests(DatabaseKind.Postgres);
