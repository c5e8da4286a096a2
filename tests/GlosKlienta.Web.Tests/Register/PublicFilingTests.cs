using System.IO.Compression;
using System.Text;

namespace GlosKlienta.Web.Tests.Register;

public sealed class PublicFilingTests() : RegisterTestBase(DatabaseKind.Sqlite)
{

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private static byte[] Docx()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", "word/document.xml" })
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open());
                w.Write("<?xml version=\"1.0\"?><x/>");
            }
        }
        return buffer.ToArray();
    }

    [Fact]
    public async Task File_WhenValid_RegistersTheCaseAndAcknowledgesItsNumberWithoutPersonalDataInTheAddress()
    {
        var client = Factory.CreateBrowserLikeClient();

        var response = await FilePublicAsync(client, ValidPublic());

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/skargi-i-wnioski/przyjeto", response.Headers.Location!.OriginalString);
        var ack = await PageAsync(client, "/skargi-i-wnioski/przyjeto");
        var year = Today.Year;
        Assert.Equal($"1/{year}", ack.QuerySelector(".case-number")?.TextContent);
        var c = await CaseAsync(1);
        Assert.Equal(CaseChannel.FormularzOnline, c.Channel);
        Assert.Equal(CaseKind.Skarga, c.Kind);
        Assert.Equal("Zofia Wiśniewska", c.SenderName);
        Assert.Equal("zofia@example.pl", c.SenderEmail);
        Assert.Equal(StatutoryDeadline.For(TermKind.Skarga, c.ReceivedOn).Due, c.DueOn);
        Assert.Equal(RegisterActions.Registered, Assert.Single(c.History).Action);
        var audit = Assert.Single(await AuditAsync(RegisterActions.CaseRegistered));
        Assert.Equal(c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), audit.SubjectId);
        Assert.DoesNotContain("Wiśniewska", audit.Details);
        // The number is shown once: a reload does not show it again.
        Assert.Null((await PageAsync(client, "/skargi-i-wnioski/przyjeto")).QuerySelector(".case-number"));
    }

    [Fact]
    public async Task File_InUkrainian_AcknowledgesOnTheUkrainianPage()
    {
        var client = Factory.CreateBrowserLikeClient();
        var page = await Html.ParseAsync(await client.GetAsync("/uk/skargi-i-wnioski/zloz"));
        var content = new MultipartFormDataContent();
        foreach (var (k, v) in Html.HiddenFields(page).Concat(ValidPublic())) content.Add(new StringContent(v), k);

        var response = await client.PostAsync("/uk/skargi-i-wnioski/zloz", content);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/uk/skargi-i-wnioski/przyjeto", response.Headers.Location!.OriginalString);
        var ack = await PageAsync(client, "/uk/skargi-i-wnioski/przyjeto");
        Assert.Equal("uk", ack.DocumentElement.GetAttribute("lang"));
        Assert.Equal($"1/{Today.Year}", ack.QuerySelector(".case-number")?.TextContent);
    }

    [Fact]
    public async Task File_Twice_WithTheSameForm_StoresOneCase()
    {
        var client = Factory.CreateBrowserLikeClient();
        var page = await Html.ParseAsync(await client.GetAsync("/skargi-i-wnioski/zloz"));
        var hidden = Html.HiddenFields(page);
        HttpContent Form()
        {
            var content = new MultipartFormDataContent();
            foreach (var (k, v) in hidden.Concat(ValidPublic())) content.Add(new StringContent(v), k);
            return content;
        }

        Assert.Equal(HttpStatusCode.SeeOther, (await client.PostAsync("/skargi-i-wnioski/zloz", Form())).StatusCode);
        var firstNumber = (await PageAsync(client, "/skargi-i-wnioski/przyjeto")).QuerySelector(".case-number")?.TextContent;
        Assert.Equal(HttpStatusCode.SeeOther, (await client.PostAsync("/skargi-i-wnioski/zloz", Form())).StatusCode);
        var secondNumber = (await PageAsync(client, "/skargi-i-wnioski/przyjeto")).QuerySelector(".case-number")?.TextContent;

        Assert.Equal(1, await Factory.WithDbAsync(db => Task.FromResult(db.RegisterCases.Count())));
        Assert.Equal($"1/{Today.Year}", firstNumber);
        Assert.Equal(firstNumber, secondNumber);
    }

    [Fact]
    public async Task Register_WithASubmissionKeyAlreadyStored_ReturnsTheFirstCaseWithoutRetryingANumber()
    {
        var key = Guid.NewGuid();
        var input = new NewCase(Today, CaseChannel.FormularzOnline, null, "Zofia Wiśniewska", "ul. Parkowa 1, 38-600 Lesko", null, SenderKind.Obywatel,
            "Chodnik", "Chodnik jest dziurawy.", CaseKind.Skarga, SubmissionKey: key);
        async Task<RegisterCase> RegisterAsync()
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<CaseRegistration>().RegisterAsync(input, [], null, CancellationToken.None);
        }

        var first = await RegisterAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var second = await RegisterAsync();
        clock.Stop();

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.RegisterNumber, second.RegisterNumber);
        // Thirty retries with growing pauses took seconds; recognising the key is one query.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Single(await AuditAsync(RegisterActions.CaseRegistered));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData(" Skarga")]
    [InlineData("Skarga, Wniosek")]
    public async Task File_WithAKindThatIsNotOneOfTheNames_IsRefused(string kind)
    {
        var response = await FilePublicAsync(Factory.CreateBrowserLikeClient(), ValidPublic(kind));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.RegisterCases.CountAsync()));
    }

    [Fact]
    public async Task File_WithoutNameAndAddress_ShowsErrorsAndKeepsEverythingTyped()
    {
        var client = Factory.CreateBrowserLikeClient();
        var fields = ValidPublic("Petycja");
        fields["SenderName"] = "";
        fields["SenderAddress"] = " ";
        fields["NameConsent"] = "true";

        var response = await FilePublicAsync(client, fields);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.StartsWith("Błąd:", page.Title);
        var links = page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#imie-nazwisko", "#adres"], links);
        Assert.Equal("true", page.QuerySelector("#imie-nazwisko")?.GetAttribute("aria-invalid"));
        Assert.True(Html.IsChecked(page, "Kind", "Petycja"));
        Assert.True(Html.IsChecked(page, "NameConsent", "true"));
        Assert.Equal("zofia@example.pl", Html.TextValue(page, "SenderEmail"));
        Assert.Equal("Długie oczekiwanie w wydziale komunikacji", Html.TextValue(page, "Subject"));
        Assert.Equal("Czekałam trzy godziny na rejestrację samochodu.", Html.TextValue(page, "Text"));
        Assert.Equal(0, await Factory.WithDbAsync(db => Task.FromResult(db.RegisterCases.Count())));
    }

    [Fact]
    public async Task File_WithoutKindOrWithABadEmail_SaysWhatToDo()
    {
        var fields = ValidPublic();
        fields.Remove("Kind");
        fields["SenderEmail"] = "zofia(at)example";

        var page = await Html.ParseAsync(await FilePublicAsync(Factory.CreateBrowserLikeClient(), fields));

        var messages = page.QuerySelectorAll(".error-summary a").Select(a => a.TextContent).ToList();
        Assert.Contains(messages, m => m.Contains("skargę, wniosek czy petycję", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("e-mail", StringComparison.Ordinal));
        Assert.NotNull(page.GetElementById("rodzaj-Skarga"));
    }

    [Fact]
    public async Task FormPage_ShowsTheGdprNoticeWithTheExecutiveAsController_AsLettersDo_AndExplainsAnonymousLetters()
    {
        var page = await PageAsync(Factory.CreateBrowserLikeClient(), "/skargi-i-wnioski/zloz");

        var notice = page.QuerySelector("section[aria-labelledby=rodo-tytul]")!.TextContent;
        Assert.Contains("Administratorem Pani/Pana danych osobowych jest Burmistrz Miasta i Gminy Lesko, ul. Parkowa 1", notice);
        Assert.Contains("art. 6 ust. 1 lit. c RODO", notice);
        Assert.Contains("Prezesa Urzędu Ochrony Danych Osobowych", notice);
        Assert.Contains("jednolitego rzeczowego wykazu akt", notice);
        Assert.Contains("bez rozpoznania", page.QuerySelector("main")!.TextContent);
        Assert.Equal("multipart/form-data", page.QuerySelector("main form")!.GetAttribute("enctype"));
        Assert.NotNull(page.QuerySelector("main form input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task File_WithAllowedAttachments_StoresThemWithTheSniffedType()
    {
        var response = await FilePublicAsync(Factory.CreateBrowserLikeClient(), ValidPublic(), ("skan.png", Png), ("pismo.pdf", Pdf), ("C:\\Users\\z\\opis.docx", Docx()), ("notatka.txt", Encoding.UTF8.GetBytes("Zażółć gęślą jaźń")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var c = await CaseAsync(1);
        Assert.Equal(
            [("skan.png", "image/png"), ("pismo.pdf", "application/pdf"), ("opis.docx", GlosKlienta.Domain.Files.FileTypes.Docx.MediaType), ("notatka.txt", "text/plain")],
            c.Attachments.OrderBy(a => a.Id).Select(a => (a.FileName, a.MediaType)).ToList());
        Assert.Equal(Png.Length, c.Attachments.OrderBy(a => a.Id).First().Size);
    }

    [Fact]
    public async Task File_WithHtmlNamedPdf_IsRefusedAndNothingStored()
    {
        var response = await FilePublicAsync(Factory.CreateBrowserLikeClient(), ValidPublic(), ("pismo.pdf", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("nie odpowiada jego rozszerzeniu", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Contains("wybrać je ponownie", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Długie oczekiwanie w wydziale komunikacji", Html.TextValue(page, "Subject"));
        Assert.Equal(0, await Factory.WithDbAsync(db => Task.FromResult(db.RegisterCases.Count())));
    }

    [Fact]
    public async Task File_WithForbiddenTypeTooManyOrTooLargeFiles_IsRefused()
    {
        var client = Factory.CreateBrowserLikeClient();
        var html = await Html.ParseAsync(await FilePublicAsync(client, ValidPublic(), ("strona.html", Encoding.UTF8.GetBytes("<p>x</p>"))));
        Assert.Contains("Pliku strona.html nie można dołączyć", html.QuerySelector(".error-summary")!.TextContent);

        var six = Enumerable.Range(1, 6).Select(i => ($"s{i}.png", Png)).ToArray();
        var many = await Html.ParseAsync(await FilePublicAsync(client, ValidPublic(), six));
        Assert.Contains("najwyżej 5 plików", many.QuerySelector(".error-summary")!.TextContent);

        var big = new byte[AttachmentCheck.MaxBytes + 1];
        Pdf.CopyTo(big, 0);
        var large = await Html.ParseAsync(await FilePublicAsync(client, ValidPublic(), ("duzy.pdf", big)));
        Assert.Contains("Plik duzy.pdf jest za duży", large.QuerySelector(".error-summary")!.TextContent);

        Assert.Equal(0, await Factory.WithDbAsync(db => Task.FromResult(db.RegisterCases.Count())));
    }

    [Fact]
    public async Task Attachment_IsDownloadedByStaffAsAnAttachmentNeverInline_AndTheReadIsAudited()
    {
        var text = Encoding.UTF8.GetBytes("<html><body>nie strona</body></html>\n");
        await FilePublicAsync(Factory.CreateBrowserLikeClient(), ValidPublic(), ("uwagi.txt", text));
        var attachment = Assert.Single((await CaseAsync(1)).Attachments);
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);

        var response = await keeper.GetAsync(AttachmentModel.PathOf(attachment.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("uwagi.txt", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(text, await response.Content.ReadAsByteArrayAsync());
        var entry = Assert.Single(await AuditAsync(RegisterActions.AttachmentRead));
        Assert.Equal(attachment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.SubjectId);

        var other = await SignInAsync("pracownik@lesko.pl", Roles.Pracownik);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(AttachmentModel.PathOf(attachment.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Factory.CreateBrowserLikeClient().GetAsync(AttachmentModel.PathOf(attachment.Id))).StatusCode);
    }
}
