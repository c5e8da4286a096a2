using GlosKlienta.Web.Features.Paper;
using UglyToad.PdfPig;
using static GlosKlienta.Web.Tests.Paper.PaperSteps;

namespace GlosKlienta.Web.Tests.Paper;

/// <summary>Print runs for a box: serials recorded, unique and consecutive across runs; each run's PDF drawn again with the same serials.</summary>
public abstract class PrintRunTests(DatabaseKind kind) : PaperTestBase(kind)
{
    private const string PrintUrl = "/personel/papier/druk";

    private async Task<int> LiveVersionIdAsync() => await Factory.WithDbAsync(db => db.SurveyVersions.Where(v => v.Number == 1).Select(v => v.Id).SingleAsync());

    private async Task<HttpResponseMessage> PrintAsync(HttpClient client, string count, string box = "parkowa", string language = "pl") =>
        await PostPageFormAsync(client, PrintUrl, "main form[method=post]",
        [
            ("Box", (await BoxIdAsync(Factory, box)).ToString()),
            ("Count", count),
            ("Language", language),
            ("Version", (await LiveVersionIdAsync()).ToString()),
        ]);

    private static List<string> Serials(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p =>
        {
            var words = p.GetWords().Select(w => w.Text).ToList();
            var at = words.FindIndex(w => w is "Nr" or "№" or "No.");
            return at < 0 ? "" : words[at + 1];
        }).ToList();
    }

    [SkippableFact]
    public async Task TwoRuns_GetConsecutiveSerials_AreAudited_AndEachPdfCarriesItsSerialsEveryTime()
    {
        SkipWithoutDatabase();
        var client = await KeyerAsync(Factory);

        var first = await PrintAsync(client, "3");
        var second = await PrintAsync(client, "2", box: "ratusz", language: "uk");

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        var runs = await Factory.WithDbAsync(db => db.PrintRuns.OrderBy(r => r.FirstSerial).ToListAsync());
        Assert.Equal(2, runs.Count);
        Assert.Equal((1, 3), (runs[0].FirstSerial, runs[0].LastSerial));
        Assert.Equal((4, 5), (runs[1].FirstSerial, runs[1].LastSerial));
        Assert.Equal(("pl", "uk"), (runs[0].Language, runs[1].Language));
        Assert.Equal(await BoxIdAsync(Factory, "ratusz"), runs[1].SurveyBoxId);
        Assert.Equal(2, (await AuditAsync(Factory, PaperAudit.PrintRunRecorded)).Count);

        var page = await client.GetStringAsync(PrintUrl);
        Assert.Contains("1–3", page);
        Assert.Contains("4–5", page);

        var pdf = await client.GetByteArrayAsync(PrintModel.PdfPath(runs[1].Id));
        var again = await client.GetByteArrayAsync(PrintModel.PdfPath(runs[1].Id));
        // Two pages per form, each with the form's serial.
        Assert.Equal(["4", "4", "5", "5"], Serials(pdf));
        Assert.Equal(Serials(pdf), Serials(again));
        using var uk = PdfDocument.Open(pdf);
        Assert.Contains("Стать", uk.GetPage(1).Text.Replace(" ", ""));
        Assert.Equal(["1", "1", "2", "2", "3", "3"], Serials(await client.GetByteArrayAsync(PrintModel.PdfPath(runs[0].Id))));
    }

    [SkippableFact]
    public async Task RunsRecordedAtTheSameMoment_NeverShareASerial()
    {
        SkipWithoutDatabase();
        var version = await LiveVersionIdAsync();
        var box = await BoxIdAsync(Factory);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var forms = scope.ServiceProvider.GetRequiredService<PrintedForms>();
            await forms.RecordAsync(version, "pl", box, 10, null, "test", CancellationToken.None);
        }));

        var runs = await Factory.WithDbAsync(db => db.PrintRuns.OrderBy(r => r.FirstSerial).ToListAsync());
        Assert.Equal(4, runs.Count);
        Assert.Equal([1, 11, 21, 31], runs.Select(r => r.FirstSerial));
    }

    [SkippableFact]
    public async Task BadInput_ShowsPolishErrors_KeepsWhatWasTyped_AndRecordsNothing()
    {
        SkipWithoutDatabase();
        var client = await KeyerAsync(Factory);

        var response = await PostPageFormAsync(client, PrintUrl, "main form[method=post]",
            [("Box", ""), ("Count", "dwieście"), ("Language", "de"), ("Version", (await LiveVersionIdAsync()).ToString())]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var document = await Html.ParseAsync(response);
        var errors = ErrorText(document);
        Assert.Contains("Wybierz skrzynkę", errors);
        Assert.Contains("Podaj liczbę formularzy od 1 do 1000", errors);
        Assert.Contains("Wybierz język", errors);
        Assert.Equal("dwieście", Value(document, "Count"));
        Assert.Empty(await Factory.WithDbAsync(db => db.PrintRuns.ToListAsync()));
    }

    [SkippableFact]
    public async Task StaffWithoutPaperEntry_AndAnonymousVisitors_CannotPrint()
    {
        SkipWithoutDatabase();
        var mayor = await SignInAsAsync(Factory, "burmistrz@lesko.pl", Roles.Burmistrz);
        var anonymous = Factory.CreateBrowserLikeClient();

        var refused = await mayor.GetAsync(PrintUrl);
        Assert.StartsWith("http://localhost/konto/brak-dostepu", refused.Headers.Location?.ToString());
        Assert.StartsWith("http://localhost/konto/brak-dostepu", (await mayor.GetAsync(PrintModel.PdfPath(1))).Headers.Location?.ToString());
        Assert.StartsWith("http://localhost/konto/logowanie", (await anonymous.GetAsync(PrintUrl)).Headers.Location?.ToString());
    }
}

public sealed class PrintRunSqliteTests() : PrintRunTests(DatabaseKind.Sqlite);

public sealed class PrintRunPostgresTests() : PrintRunTests(DatabaseKind.Postgres);
