namespace GlosKlienta.Web.Tests.Infrastructure;

/// <summary>Fetches the survey like a browser (cookie and antiforgery token included) and posts answers.</summary>
public sealed class SurveyForm
{
    private readonly HttpClient client;

    private SurveyForm(HttpClient client, Dictionary<string, string> hidden)
    {
        this.client = client;
        Hidden = hidden;
    }

    public Dictionary<string, string> Hidden { get; }

    public static async Task<SurveyForm> OpenAsync(HttpClient client)
    {
        var response = await client.GetAsync("/ankieta");
        response.EnsureSuccessStatusCode();
        var document = await Html.ParseAsync(response);
        return new SurveyForm(client, Html.HiddenFields(document));
    }

    public Task<HttpResponseMessage> PostAsync(IEnumerable<KeyValuePair<string, string>> answers, bool withToken = true)
    {
        var fields = Hidden.Where(h => withToken || h.Key != "__RequestVerificationToken").Concat(answers).ToList();
        return client.PostAsync("/ankieta", new FormUrlEncodedContent(fields));
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> PostAndParseAsync(IEnumerable<KeyValuePair<string, string>> answers)
    {
        var response = await PostAsync(answers);
        return (response, await Html.ParseAsync(response));
    }

    /// <summary>A response to every question of F1 version 1, as a person would give it.</summary>
    public static List<KeyValuePair<string, string>> FullAnswers() =>
    [
        new("q.plec", "kobieta"),
        new("q.wiek", "36-45"),
        new("q.czestosc", "kilka-razy-w-roku"),
        new("q.komorka", "usc"),
        new("q.sprawa", "inna"),
        new("t.sprawa", "Ślub cywilny – ustalenie terminu"),
        new("q.termin", "tak"),
        new("q.trudnosci", "niewlasciwa-osoba"),
        new("q.trudnosci", "inne"),
        new("t.trudnosci", "Długa kolejka"),
        new("q.oceny.uprzejmosc", "5"),
        new("q.oceny.sprawnosc", "4"),
        new("q.oceny.kompetencja", "5"),
        new("q.oceny.informacja", "3"),
        new("q.oceny.terminowosc", "4"),
        new("t.oceny", "Miła obsługa w USC"),
        new("q.wyposazenie", "nie-mam-zdania"),
        new("q.informacje.prasa", "pozytywnie"),
        new("q.informacje.internet", "negatywnie"),
        new("q.informacje.tablice", "nie-mam-zdania"),
        new("t.uwagi", "Przydałby się parking dla rowerów.\nI ławka przy wejściu."),
    ];

    public const string FullAnswersEncoded =
        "plec=kobieta;wiek=36-45;czestosc=kilka-razy-w-roku;komorka=usc;sprawa=inna;termin=tak;" +
        "trudnosci=niewlasciwa-osoba,inne;oceny.uprzejmosc=5;oceny.sprawnosc=4;oceny.kompetencja=5;" +
        "oceny.informacja=3;oceny.terminowosc=4;wyposazenie=nie-mam-zdania;informacje.prasa=pozytywnie;" +
        "informacje.internet=negatywnie;informacje.tablice=nie-mam-zdania";
}
