using System.IO.Compression;
using System.Text.RegularExpressions;
using GlosKlienta.Web.Features.Register.Letters;
using UglyToad.PdfPig;

namespace GlosKlienta.Web.Tests.Register.Letters;

/// <summary>Letters generated from a case over HTTP and read back from the PDF, ODT and DOCX files.</summary>
public sealed partial class CaseLettersTests : IAsyncLifetime
{
    private readonly AppFactory factory = new(TestDatabase.CreateSqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static string Words(string s) => Spaces().Replace(s, " ").Trim();

    private static string PdfText(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return Words(string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
    }

    private async Task<DateOnly> TodayAsync()
    {
        factory.CreateClient().Dispose();
        return (await factory.Services.GetRequiredService<OfficeProfileProvider>().GetAsync(CancellationToken.None)).Today(TimeProvider.System);
    }

    private async Task<HttpClient> KeeperAsync()
    {
        await StaffAccounts.CreateUserAsync(factory, "rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        return await StaffAccounts.SignInAsync(factory, "rejestr@lesko.pl");
    }

    private Task<int> CaseAsync(Action<RegisterCase> shape, DateOnly today) => factory.WithDbAsync(async db =>
    {
        var number = await db.RegisterCases.CountAsync() + 1;
        var c = new RegisterCase
        {
            Year = today.Year, Number = number, RegisterNumber = $"{number}/{today.Year}", ReceivedOn = today.AddDays(-10), Channel = CaseChannel.Papier,
            RegisteredAt = DateTimeOffset.UtcNow, RegisteredBy = "Ewa Rejestrująca", SenderName = "Zofia Żółkiewska", SenderAddress = "ul. Źródlana 5, 38-600 Lesko",
            Subject = "opieszałość przy wydaniu zaświadczenia", Summary = "Zaświadczenie wydano po trzech tygodniach.", Kind = CaseKind.Skarga,
            CompetentBody = CompetentBody.Burmistrz, TermKind = TermKind.Skarga, DueOn = today.AddDays(20), Version = Guid.NewGuid(),
        };
        shape(c);
        db.RegisterCases.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    });

    private static Task<HttpResponseMessage> GenerateAsync(HttpClient client, int id, string letter, string format, params (string Name, string Value)[] fields) =>
        StaffAccounts.PostFormAsync(client, LettersModel.Path(id), $"form:has(input[name=Letter][value={letter}])",
            [new("Format", format), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    [Fact]
    public async Task RefusalReply_AsPdf_CarriesGroundsTheInstructionAndPolishLetters()
    {
        var today = await TodayAsync();
        var id = await CaseAsync(c =>
        {
            c.Outcome = CaseOutcome.SkargaNiezasadna;
            c.ClosedOn = today;
            c.ReplyOn = today;
            c.ReplyBodyName = "Burmistrz Miasta i Gminy Lesko";
            c.ReplyContent = "Sprawdzono rejestr zaświadczeń Referatu Finansowego.";
            c.FactualGrounds = "Zaświadczenie wydano w ustawowym terminie siedmiu dni.";
            c.LegalGrounds = "Art. 217 § 3 Kodeksu postępowania administracyjnego.";
            c.SignerName = "Łukasz Gęślański";
            c.SignerPost = "Burmistrz Miasta i Gminy Lesko";
        }, today);
        var client = await KeeperAsync();

        var response = await GenerateAsync(client, id, "odpowiedz", "pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.DoesNotContain("Żółkiewska", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        var text = PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Zofia Żółkiewska", text, StringComparison.Ordinal);
        Assert.Contains($"Znak sprawy: 1/{today.Year}", text, StringComparison.Ordinal);
        Assert.Contains("skargę uznano za bezzasadną", text, StringComparison.Ordinal);
        Assert.Contains("Uzasadnienie faktyczne Zaświadczenie wydano w ustawowym terminie siedmiu dni.", text, StringComparison.Ordinal);
        Assert.Contains("Uzasadnienie prawne Art. 217 § 3 Kodeksu postępowania administracyjnego.", text, StringComparison.Ordinal);
        Assert.Contains("Łukasz Gęślański", text, StringComparison.Ordinal);
        Assert.Contains(Words("Pouczenie " + LetterBuilders.Art239Instruction), text, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == LetterAudit.Generated && e.SubjectId == id.ToString())));
    }

    [Fact]
    public async Task DelayNotice_IssuedFromTheLettersPage_RecordsTodayOnTheCase_AndPrintsReasonsDateAndInstruction()
    {
        var today = await TodayAsync();
        var id = await CaseAsync(_ => { }, today);
        var client = await KeeperAsync();
        var newDue = today.AddDays(45);

        var issued = await StaffAccounts.PostFormAsync(client, LettersModel.Path(id), "form[action*=Delay]",
            [new("DelayReason", "Potrzebne są wyjaśnienia kierownika referatu, który przebywa na urlopie."), new("NewDueOn", newDue.ToString("yyyy-MM-dd"))]);

        Assert.Equal(HttpStatusCode.SeeOther, issued.StatusCode);
        var stored = await factory.WithDbAsync(db => db.RegisterCases.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(today, stored.DelayNoticeOn);
        Assert.Equal(newDue, stored.NewDueOn);
        Assert.True(await factory.WithDbAsync(db => db.RegisterCaseEvents.AnyAsync(e => e.RegisterCaseId == id && e.Action == RegisterActions.DelayNotice)));

        var pdf = await GenerateAsync(client, id, "zwloka", "pdf", ("SignerName", "Anna Zastępczyńska"), ("SignerPost", "Zastępca Burmistrza"));
        var text = PdfText(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("art. 36 § 1 Kodeksu postępowania administracyjnego", text, StringComparison.Ordinal);
        Assert.Contains("Przyczyna zwłoki: Potrzebne są wyjaśnienia kierownika referatu, który przebywa na urlopie.", text, StringComparison.Ordinal);
        Assert.Contains("Nowy termin załatwienia sprawy: " + PolishDates.InLetter(newDue), text, StringComparison.Ordinal);
        Assert.Contains("ponaglenia", text, StringComparison.Ordinal);

        // Once issued, the form to issue another is gone: a changed date goes through the case page.
        var page = await Html.ParseAsync(await client.GetAsync(LettersModel.Path(id)));
        Assert.Null(page.QuerySelector("form[action*=Delay]"));
    }

    [Fact]
    public async Task DelayNotice_WithoutReasonOrWithAnEarlierDate_IsRefused_KeepsInput_AndRecordsNothing()
    {
        var today = await TodayAsync();
        var id = await CaseAsync(_ => { }, today);
        var client = await KeeperAsync();

        var response = await StaffAccounts.PostFormAsync(client, LettersModel.Path(id), "form[action*=Delay]",
            [new("DelayReason", ""), new("NewDueOn", today.AddDays(5).ToString("yyyy-MM-dd"))]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var summary = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Wpisz przyczynę zwłoki", summary, StringComparison.Ordinal);
        Assert.Contains("Nowy termin musi być późniejszy", summary, StringComparison.Ordinal);
        Assert.Equal(today.AddDays(5).ToString("yyyy-MM-dd"), Html.TextValue(page, "NewDueOn"));
        Assert.Null(await factory.WithDbAsync(db => db.RegisterCases.AsNoTracking().Where(c => c.Id == id).Select(c => c.DelayNoticeOn).SingleAsync()));
    }

    [Fact]
    public async Task OralProtocol_AndForwardingNotice_InOdtAndDocx_CarryTheirContent()
    {
        var today = await TodayAsync();
        var id = await CaseAsync(c =>
        {
            c.Channel = CaseChannel.Ustnie;
            c.ForwardedTo = "Wojewoda Podkarpacki";
            c.ForwardedOn = today;
            c.Outcome = CaseOutcome.Przekazana;
            c.ClosedOn = today;
        }, today);
        var client = await KeeperAsync();

        var odt = await GenerateAsync(client, id, "protokol", "odt", ("Place", "ul. Parkowa 1, pok. 12"), ("TakenBy", "Ewa Rejestrująca, inspektor"));
        Assert.Equal("application/vnd.oasis.opendocument.text", odt.Content.Headers.ContentType!.MediaType);
        var content = Entry(await odt.Content.ReadAsByteArrayAsync(), "content.xml");
        Assert.Contains("Protokół przyjęcia skargi wniesionej ustnie", content, StringComparison.Ordinal);
        Assert.Contains("Zofia Żółkiewska", content, StringComparison.Ordinal);
        Assert.Contains("ul. Źródlana 5, 38-600 Lesko", content, StringComparison.Ordinal);
        Assert.Contains("Zaświadczenie wydano po trzech tygodniach.", content, StringComparison.Ordinal);
        Assert.Contains("podpis wnoszącego", content, StringComparison.Ordinal);
        Assert.Contains("podpis przyjmującego", content, StringComparison.Ordinal);

        var docx = await GenerateAsync(client, id, "zawiadomienieoprzekazaniu", "docx", ("SignerName", "Anna Zastępczyńska"), ("SignerPost", "Zastępca Burmistrza"));
        var body = Entry(await docx.Content.ReadAsByteArrayAsync(), "word/document.xml");
        Assert.Contains("Wojewoda Podkarpacki", body, StringComparison.Ordinal);
        Assert.Contains("Informacja o przetwarzaniu danych osobowych", body, StringComparison.Ordinal);
        Assert.Contains("Anna Zastępczyńska", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clarification_WithoutWhatIsNeeded_IsRefusedWithTheFormKept()
    {
        var today = await TodayAsync();
        var id = await CaseAsync(_ => { }, today);
        var client = await KeeperAsync();

        var response = await GenerateAsync(client, id, "wezwanie", "pdf", ("SignerName", "Anna Zastępczyńska"), ("SignerPost", ""));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.StartsWith("Błąd:", page.Title, StringComparison.Ordinal);
        Assert.Contains("Wpisz, co wnoszący ma wyjaśnić", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Anna Zastępczyńska", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#wezwanie-podpisuje")!.Value);
    }

    [Fact]
    public async Task LettersPage_IsNotFound_ForAnEmployeeTheCaseIsNotAssignedTo()
    {
        var today = await TodayAsync();
        var id = await CaseAsync(_ => { }, today);
        await StaffAccounts.CreateUserAsync(factory, "pracownik@lesko.pl", Roles.Pracownik);
        var client = await StaffAccounts.SignInAsync(factory, "pracownik@lesko.pl");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(LettersModel.Path(id))).StatusCode);
    }

    private static string Entry(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
