using System.Text;

namespace GlosKlienta.Web.Tests.Register;

/// <summary>
/// The public form under abuse (issue 16): the submission limit is checked before any file is read, files are streamed
/// into the database, the daily quotas of attachment bytes refuse with the typed text kept, and a form ASP.NET's reader
/// would refuse whole (a NUL, too many fields, a too large body, a missing antiforgery cookie) comes back filled in.
/// </summary>
public abstract class PublicUploadTests(DatabaseKind kind) : RegisterTestBase(kind)
{
    private const int FileBytes = 3_000_000;

    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Survey:SubmissionLimit:PermitLimit"] = "3",
        ["Register:Uploads:ClientDailyBytes"] = "5000000",
        ["Register:Uploads:GlobalDailyBytes"] = "8000000",
    };

    private static byte[] TextFile(int bytes, char fill = 'a')
    {
        var content = Encoding.ASCII.GetBytes(new string(fill, bytes));
        content[^1] = (byte)'\n';
        return content;
    }

    private Task<int> CaseCountAsync() => Factory.WithDbAsync(db => db.RegisterCases.CountAsync());

    [SkippableFact]
    public async Task File_OverTheLimitWithALargeFile_IsRefusedBeforeTheFileIsRead()
    {
        SkipWithoutDatabase();
        var client = Factory.CreateBrowserLikeClient();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.SeeOther, (await FilePublicAsync(client, ValidPublic())).StatusCode);

        var page = await Html.ParseAsync(await client.GetAsync("/skargi-i-wnioski/zloz"));
        var content = new MultipartFormDataContent();
        foreach (var (k, v) in Html.HiddenFields(page).Concat(ValidPublic())) content.Add(new StringContent(v), k);
        var body = new CountingStream(40 * 1024 * 1024);
        content.Add(new StreamContent(body), "Attachments", "duzy.txt");
        var response = await client.PostAsync("/skargi-i-wnioski/zloz", content);
        var refused = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.True(body.Taken < 2 * 1024 * 1024, $"the server read {body.Taken} bytes of a refused 40 MB upload");
        Assert.Contains("wybrać je ponownie", refused.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Długie oczekiwanie w wydziale komunikacji", Html.TextValue(refused, "Subject"));
        Assert.Equal(3, await CaseCountAsync());
    }

    [SkippableFact]
    public async Task File_WithAttachments_StoresEveryByteAndItsHash()
    {
        SkipWithoutDatabase();
        var large = TextFile(FileBytes, 'z');
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

        var response = await FilePublicAsync(Factory.CreateBrowserLikeClient(), ValidPublic(), ("opis.txt", large), ("pismo.pdf", pdf));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var stored = await Factory.WithDbAsync(db => db.RegisterAttachments.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.FileName, a.Size, a.Sha256, a.Content!.Bytes }).ToListAsync());
        Assert.Equal(["opis.txt", "pismo.pdf"], stored.Select(s => s.FileName));
        Assert.Equal(large, stored[0].Bytes);
        Assert.Equal(pdf, stored[1].Bytes);
        Assert.Equal(FileBytes, stored[0].Size);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(large)), stored[0].Sha256);
    }

    [SkippableFact]
    public async Task File_OverTheClientsDailyQuota_KeepsTheTextAndSaysToSendWithoutFiles()
    {
        SkipWithoutDatabase();
        var client = Factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.SeeOther, (await FilePublicAsync(client, ValidPublic(), ("a.txt", TextFile(FileBytes)))).StatusCode);

        var fields = ValidPublic();
        fields["Text"] = "Druga sprawa, z kolejnym załącznikiem.";
        var response = await FilePublicAsync(client, fields, ("b.txt", TextFile(FileBytes)));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        var summary = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("od jednego nadawcy w ciągu dnia (4 MB)", summary);
        Assert.Contains("bez załączników", summary);
        Assert.Contains("ul. Parkowa 1", summary);
        Assert.Contains("wybrać je ponownie", summary);
        Assert.Equal("Druga sprawa, z kolejnym załącznikiem.", page.QuerySelector("textarea[name=Text]")!.TextContent);
        Assert.Equal("Zofia Wiśniewska", Html.TextValue(page, "SenderName"));
        Assert.Equal(1, await CaseCountAsync());
        // Without files the letter goes through.
        Assert.Equal(HttpStatusCode.SeeOther, (await FilePublicAsync(client, fields)).StatusCode);
    }

    [SkippableFact]
    public async Task File_OverTheGlobalDailyQuota_IsRefusedToAnyClient_CountedFromTheDatabase()
    {
        SkipWithoutDatabase();
        HttpClient From(string address) => TestClientAddress.From(Factory.CreateBrowserLikeClient(), address);
        Assert.Equal(HttpStatusCode.SeeOther, (await FilePublicAsync(From("203.0.113.1"), ValidPublic(), ("a.txt", TextFile(FileBytes)))).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await FilePublicAsync(From("203.0.113.2"), ValidPublic(), ("b.txt", TextFile(FileBytes)))).StatusCode);

        var response = await FilePublicAsync(From("203.0.113.3"), ValidPublic(), ("c.txt", TextFile(FileBytes)));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Urząd przyjął dziś przez formularz tyle załączników", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Długie oczekiwanie w wydziale komunikacji", Html.TextValue(page, "Subject"));
        Assert.Equal(2, await CaseCountAsync());
    }

    [SkippableFact]
    public async Task File_WithANulInAField_ComesBackWithoutItAndSaysSo()
    {
        SkipWithoutDatabase();
        var fields = ValidPublic();
        fields["Subject"] = "Długie\0 oczekiwanie";

        var response = await FilePublicAsync(Factory.CreateBrowserLikeClient(), fields);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("niedozwolony znak sterujący", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Długie oczekiwanie", Html.TextValue(page, "Subject"));
        Assert.Equal("Czekałam trzy godziny na rejestrację samochodu.", page.QuerySelector("textarea[name=Text]")!.TextContent);
        Assert.Equal(0, await CaseCountAsync());
    }

    [SkippableFact]
    public async Task File_WithTooManyFields_ComesBackWithTheTypedText()
    {
        SkipWithoutDatabase();
        var fields = ValidPublic();
        for (var i = 0; i < 1100; i++) fields["x" + i] = "1";

        var response = await FilePublicAsync(Factory.CreateBrowserLikeClient(), fields);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("więcej pól", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Długie oczekiwanie w wydziale komunikacji", Html.TextValue(page, "Subject"));
        Assert.Equal(0, await CaseCountAsync());
    }

    [SkippableFact]
    public async Task File_WithAFieldOverItsLength_ComesBackWithItsBeginning()
    {
        SkipWithoutDatabase();
        var fields = ValidPublic();
        fields["Text"] = new string('x', 5 * 1024 * 1024);

        var response = await FilePublicAsync(Factory.CreateBrowserLikeClient(), fields);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var summary = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("dłuższe, niż formularz przyjmuje", summary);
        // The field's own check still names its limit, and the text's beginning is there to shorten.
        Assert.Contains("najwyżej 20000 znaków", summary);
        Assert.StartsWith("xxxx", page.QuerySelector("textarea[name=Text]")!.TextContent);
        Assert.Equal("Długie oczekiwanie w wydziale komunikacji", Html.TextValue(page, "Subject"));
        Assert.Equal(0, await CaseCountAsync());
    }

    [SkippableFact]
    public async Task File_WithoutTheAntiforgeryCookie_ComesBackFilledIn_AndGoesThroughWhenSentAgain()
    {
        SkipWithoutDatabase();
        var page = await Html.ParseAsync(await Factory.CreateBrowserLikeClient().GetAsync("/skargi-i-wnioski/zloz"));
        // Another browser: the token in the page has no cookie to match (a cookie expired or cleared while the form was open).
        var client = Factory.CreateBrowserLikeClient();
        var content = new MultipartFormDataContent();
        foreach (var (k, v) in Html.HiddenFields(page).Concat(ValidPublic())) content.Add(new StringContent(v), k);
        var response = await client.PostAsync("/skargi-i-wnioski/zloz", content);
        var back = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nie został jeszcze wysłany", back.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Długie oczekiwanie w wydziale komunikacji", Html.TextValue(back, "Subject"));
        Assert.Equal(0, await CaseCountAsync());

        var again = new MultipartFormDataContent();
        foreach (var (k, v) in Html.HiddenFields(back).Concat(ValidPublic())) again.Add(new StringContent(v), k);
        Assert.Equal(HttpStatusCode.SeeOther, (await client.PostAsync("/skargi-i-wnioski/zloz", again)).StatusCode);
        Assert.Equal(1, await CaseCountAsync());
    }

    /// <summary>A body of <paramref name="length"/> text bytes made as it is read, counting what the server took.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long Taken { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Taken; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Taken);
            Array.Fill(buffer, (byte)'a', offset, n);
            Taken += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

public sealed class SqlitePublicUploadTests() : PublicUploadTests(DatabaseKind.Sqlite);

public sealed class PostgresPublicUploadTests() : PublicUploadTests(DatabaseKind.Postgres);
