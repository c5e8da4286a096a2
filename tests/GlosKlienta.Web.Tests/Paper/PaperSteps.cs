namespace GlosKlienta.Web.Tests.Paper;

/// <summary>
/// What the paper tests do through the real pages: record a box opening, open the keying screen,
/// post a keyed form (antiforgery token read from the page), settle and correct.
/// </summary>
internal static class PaperSteps
{
    public const string Keyer = "anna.keyer@lesko.pl";
    public const string SecondKeyer = "jan.keyer@lesko.pl";
    public const string Supervisor = "pelnomocnik@lesko.pl";

    /// <summary>F1 keyed in full: the same answers as the online test form (SurveyForm.FullAnswers).</summary>
    public static (string Field, string Value)[] FullForm =>
    [
        ("k.plec", "1"), ("k.wiek", "3"), ("k.czestosc", "5"), ("k.komorka", "6"), ("k.sprawa", "5"),
        ("t.sprawa", "Ślub cywilny – ustalenie terminu"), ("k.termin", "1"), ("k.trudnosci", "26"),
        ("t.trudnosci", "Długa kolejka"), ("k.oceny", "54534"), ("t.oceny", "Miła obsługa w USC"),
        ("k.wyposazenie", "3"), ("k.informacje", "123"), ("t.uwagi", "Przydałby się parking dla rowerów."),
    ];

    public static DateOnly Today => GlosKlienta.Tests.Shared.OfficeDate.Today();

    public static async Task<HttpClient> SignInAsAsync(AppFactory factory, string email, params string[] roles)
    {
        await StaffAccounts.CreateUserAsync(factory, email, roles);
        return await StaffAccounts.SignInAsync(factory, email);
    }

    public static Task<HttpClient> KeyerAsync(AppFactory factory, string email = Keyer) => SignInAsAsync(factory, email, Roles.Pracownik);

    public static Task<HttpClient> SupervisorAsync(AppFactory factory, string email = Supervisor) => SignInAsAsync(factory, email, Roles.PelnomocnikSzj);

    public static Task<int> BoxIdAsync(AppFactory factory, string code = "parkowa") =>
        factory.WithDbAsync(db => db.SurveyBoxes.Where(b => b.Code == code).Select(b => b.Id).SingleAsync());

    /// <summary>Opens a page and posts its form (by selector) with the hidden fields it carries plus <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> PostPageFormAsync(HttpClient client, string url, string formSelector, IEnumerable<(string Field, string Value)> fields)
    {
        var page = await client.GetAsync(url);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)page.StatusCode} {page.Headers.Location}");
        var document = await Html.ParseAsync(page);
        var hidden = Html.HiddenFields(document, formSelector).Select(h => KeyValuePair.Create(h.Key, h.Value));
        return await client.PostAsync(url, new FormUrlEncodedContent(hidden.Concat(fields.Select(f => KeyValuePair.Create(f.Field, f.Value))).ToList()));
    }

    public static async Task<HttpResponseMessage> PostOpeningAsync(HttpClient client, IEnumerable<(string Field, string Value)> fields) =>
        await PostPageFormAsync(client, "/personel/papier/otwarcie", "main form[method=post]", fields);

    /// <summary>Records an opening of the Parkowa box through the form and returns the new batch's id.</summary>
    public static async Task<int> RecordOpeningAsync(AppFactory factory, HttpClient client, int forms, bool doubleEntry = false, DateOnly? openedOn = null, string box = "parkowa")
    {
        var boxId = await BoxIdAsync(factory, box);
        var fields = new List<(string, string)>
        {
            ("Box", boxId.ToString(CultureInfo.InvariantCulture)),
            ("OpenedOn", (openedOn ?? Today.AddDays(-2)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("OpenedBy", "Maria Kowalska"),
            ("FormCount", forms.ToString(CultureInfo.InvariantCulture)),
            ("Version", ""),
        };
        if (doubleEntry) fields.Add(("DoubleEntry", "true"));
        var response = await PostOpeningAsync(client, fields);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/personel/papier/[0-9]+\\?nowa=1$", location);
        return int.Parse(location["/personel/papier/".Length..location.IndexOf('?', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
    }

    public static string KeyingUrl(int batch) => $"/personel/papier/{batch}/wprowadzanie";

    public static async Task<IHtmlDocument> OpenKeyingAsync(HttpClient client, int batch, string query = "")
    {
        var response = await client.GetAsync(KeyingUrl(batch) + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    /// <summary>Keys one form on the keying screen: the form number (as offered, unless given), the keyed fields and the action.</summary>
    public static async Task<HttpResponseMessage> KeyAsync(HttpClient client, int batch, IEnumerable<(string Field, string Value)> fields, int? formNumber = null, bool blank = false)
    {
        var document = await OpenKeyingAsync(client, batch);
        var hidden = Html.HiddenFields(document, "form.keying");
        var number = formNumber?.ToString(CultureInfo.InvariantCulture) ?? Html.TextValue(document, "nr")!;
        var posted = hidden.Select(h => KeyValuePair.Create(h.Key, h.Value))
            .Append(KeyValuePair.Create("nr", number))
            .Concat(fields.Select(f => KeyValuePair.Create(f.Field, f.Value)))
            .Append(KeyValuePair.Create("akcja", blank ? "pusty" : "zapisz"))
            .ToList();
        return await client.PostAsync(KeyingUrl(batch), new FormUrlEncodedContent(posted));
    }

    public static void AssertSaved(HttpResponseMessage response, int batch, int formNumber)
    {
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"{KeyingUrl(batch)}?zapisano={formNumber}", response.Headers.Location?.OriginalString);
    }

    public static Task<List<SurveyResponse>> ResponsesAsync(AppFactory factory, int batch) =>
        factory.WithDbAsync(db => db.SurveyResponses.AsNoTracking().Include(r => r.Texts).Where(r => r.BoxOpeningId == batch).OrderBy(r => r.FormNumber).ToListAsync());

    public static Task<List<PaperEntry>> EntriesAsync(AppFactory factory, int batch) =>
        factory.WithDbAsync(db => db.PaperEntries.AsNoTracking().Where(e => e.BoxOpeningId == batch).OrderBy(e => e.FormNumber).ThenBy(e => e.Pass).ToListAsync());

    public static Task<List<AuditEntry>> AuditAsync(AppFactory factory, string action) =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync());

    public static Task<BoxOpening> BatchAsync(AppFactory factory, int batch) =>
        factory.WithDbAsync(db => db.BoxOpenings.AsNoTracking().SingleAsync(b => b.Id == batch));

    public static string? Value(IHtmlDocument document, string name) => Html.TextValue(document, name);

    public static string? Focused(IHtmlDocument document) => document.QuerySelector("[autofocus]")?.GetAttribute("name");

    public static string ErrorText(IHtmlDocument document) => document.QuerySelector(".error-summary")?.TextContent ?? "";
}
