namespace GlosKlienta.Web.Tests.Register;

/// <summary>Steps shared by the register tests: accounts, the public and staff forms, reading the stored case.</summary>
public abstract class RegisterTestBase(DatabaseKind kind) : AppTest(kind)
{
    protected async Task<HttpClient> SignInAsync(string email, params string[] roles)
    {
        await StaffAccounts.CreateUserAsync(Factory, email, roles);
        return await StaffAccounts.SignInAsync(Factory, email);
    }

    protected Task<string> UserIdAsync(string email) =>
        Factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    protected DateOnly Today => GlosKlienta.Tests.Shared.OfficeDate.Today();

    /// <summary>Posts the public form as a browser does (multipart, antiforgery token and submission key from the page).</summary>
    protected static async Task<HttpResponseMessage> FilePublicAsync(HttpClient client, IDictionary<string, string> fields, params (string Name, byte[] Bytes)[] files)
    {
        var page = await Html.ParseAsync(await client.GetAsync("/skargi-i-wnioski/zloz"));
        var content = new MultipartFormDataContent();
        foreach (var (k, v) in Html.HiddenFields(page)) content.Add(new StringContent(v), k);
        foreach (var (k, v) in fields) content.Add(new StringContent(v), k);
        foreach (var (name, bytes) in files) content.Add(new ByteArrayContent(bytes), "Attachments", name);
        return await client.PostAsync("/skargi-i-wnioski/zloz", content);
    }

    protected static Dictionary<string, string> ValidPublic(string kind = "Skarga") => new()
    {
        ["Kind"] = kind,
        ["SenderName"] = "Zofia Wiśniewska",
        ["SenderAddress"] = "ul. Rynek 4, 38-600 Lesko",
        ["SenderEmail"] = "zofia@example.pl",
        ["Subject"] = "Długie oczekiwanie w wydziale komunikacji",
        ["Text"] = "Czekałam trzy godziny na rejestrację samochodu.",
    };

    /// <summary>Registers a case through the staff form; returns the case id read from the redirect.</summary>
    protected static async Task<int> RegisterAsync(HttpClient keeper, IDictionary<string, string> fields)
    {
        var response = await PostStaffAsync(keeper, fields);
        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"registration answered {(int)response.StatusCode}: {await ErrorsAsync(response)}");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    protected static Task<HttpResponseMessage> PostStaffAsync(HttpClient keeper, IDictionary<string, string> fields) =>
        StaffAccounts.PostFormAsync(keeper, "/personel/rejestr/nowa", "main form[method=post]", fields);

    protected Dictionary<string, string> Staff(string channel = "Papier", string kind = "Skarga", DateOnly? received = null) => new()
    {
        ["Channel"] = channel,
        ["ReceivedOn"] = (received ?? Today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["SenderKind"] = "Obywatel",
        ["SenderName"] = "Jan Kowalski",
        ["SenderAddress"] = "ul. Zielona 2, 38-600 Lesko",
        ["Subject"] = "Nieuprzejma obsługa",
        ["Summary"] = "Pracownik odmówił przyjęcia wniosku.",
        ["Kind"] = kind,
        ["KindReason"] = "Zarzut nienależytego wykonywania zadań",
    };

    /// <summary>Posts one of the step forms of the case page (its hidden version and antiforgery token included).</summary>
    protected static Task<HttpResponseMessage> StepAsync(HttpClient client, int caseId, string handler, params (string, string)[] fields) =>
        StaffAccounts.PostFormAsync(client, "/personel/rejestr/" + caseId, $"main form[action*='handler={handler}']",
            fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

    protected static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        var page = await Html.ParseAsync(response);
        return page.QuerySelector(".error-summary")?.TextContent.Trim() ?? "(no error summary)";
    }

    protected Task<RegisterCase> CaseAsync(int id) =>
        Factory.WithDbAsync(db => db.RegisterCases.AsNoTracking().Include(c => c.History).Include(c => c.Attachments).SingleAsync(c => c.Id == id));

    protected Task<List<AuditEntry>> AuditAsync(string action) =>
        Factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync());

    protected static async Task<IHtmlDocument> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    protected async Task<RegisterCase> RegisterDirectAsync(NewCase c)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseRegistration>().RegisterAsync(c, [], null, CancellationToken.None);
    }

    protected static NewCase Sample(DateOnly received, string subject = "Sprawa testowa", CaseKind kind = CaseKind.Skarga) =>
        new(received, CaseChannel.Papier, null, "Jan Kowalski", "ul. Zielona 2", null, SenderKind.Obywatel, subject, "Treść", kind);
}
