using System.Text;
using GlosKlienta.Cli;
using GlosKlienta.Domain.RawData;
using GlosKlienta.Web.Features.RawData;

namespace GlosKlienta.Web.Tests.RawData;

/// <summary>
/// The raw data CSV goes out and comes back: exported, the responses emptied, imported with the
/// CLI verb, exported again. The two files are byte-identical and the rows are the same.
/// </summary>
public abstract class RawDataRoundTripTests(DatabaseKind kind) : AppTest(kind)
{

    private static readonly RawDataPeriod H1 = RawDataPeriod.ParseHalfYear("2026H1")!;

    private Dictionary<string, string?> CliSettings => new()
    {
        ["Database:Provider"] = Factory.Database.Provider,
        ["ConnectionStrings:GlosKlienta"] = Factory.Database.ConnectionString,
    };

    private async Task<byte[]> ExportAsync(RawDataFile file = RawDataFile.Csv)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var export = scope.ServiceProvider.GetRequiredService<RawDataExport>();
        var layout = await export.LayoutAsync(H1, default);
        var count = await export.CountAsync(H1, default);
        using var ms = new MemoryStream();
        export.Write(file, layout, H1, count, ms);
        return ms.ToArray();
    }

    private async Task<(int Code, string Output, string Error)> ImportAsync(string path, params string[] extra)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(["import-responses", "--file", path, .. extra], new StringReader(""), output, error, inputRedirected: true, CliSettings);
        return (code, output.ToString(), error.ToString());
    }

    private static string TempCsv(byte[] content)
    {
        var path = Path.Combine(Path.GetTempPath(), "glosklienta-tests", Guid.NewGuid().ToString("N") + ".csv");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    [SkippableFact]
    public async Task ExportEmptyImportExport_GivesTheSameFileAndTheSameRows()
    {
        SkipWithoutDatabase();
        var inPeriod = await RawDataSeed.SeedAsync(Factory);
        var first = await ExportAsync();
        var before = await RawDataSeed.SnapshotAsync(Factory);
        var records = RawCsv.Read(new StringReader(Encoding.UTF8.GetString(first).TrimStart('\uFEFF'))).ToList();
        Assert.Equal(inPeriod + 1, records.Count);
        Assert.Contains(records, r => r.Fields.Contains(@"Długo czekałam,\r\nbo nikt nie wiedział"));
        // Line breaks in texts are escaped: each response is one line of the file, as SPSS reads it.
        Assert.Equal(Enumerable.Range(1, records.Count), records.Select(r => r.Line));
        Assert.Equal([0xEF, 0xBB, 0xBF], first[..3]);

        await RawDataSeed.EmptyResponsesAsync(Factory);
        Assert.Empty(await RawDataSeed.SnapshotAsync(Factory));
        var path = TempCsv(first);
        var (code, output, error) = await ImportAsync(path);

        Assert.True(code == 0, error);
        Assert.Contains($"dodano {inPeriod} odpowiedzi", output);
        var second = await ExportAsync();
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
        Assert.Equal(first, second);
        var after = await RawDataSeed.SnapshotAsync(Factory);
        Assert.Equal(before.Where(r => r.ReceivedOn <= H1.To), after);

        // A new response after the import gets a fresh id (PostgreSQL's sequence moved past the imported ids).
        var id = await Factory.WithDbAsync(async db =>
        {
            var response = new SurveyResponse { SurveyVersionId = after[0].SurveyVersionId, Channel = Domain.Survey.Channel.Online, ReceivedOn = new DateOnly(2026, 8, 1), Choices = "plec=kobieta" };
            db.SurveyResponses.Add(response);
            await db.SaveChangesAsync();
            return response.Id;
        });
        Assert.True(id > after.Max(r => r.Id));
        Assert.Equal("raw-data.imported", await Factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "raw-data.imported").Select(e => e.Action).SingleAsync()));
    }

    [SkippableFact]
    public async Task Import_Twice_AddsNothingTheSecondTime()
    {
        SkipWithoutDatabase();
        var inPeriod = await RawDataSeed.SeedAsync(Factory, randomCount: 10);
        var path = TempCsv(await ExportAsync());
        var before = await RawDataSeed.SnapshotAsync(Factory);

        var (code, output, error) = await ImportAsync(path);

        Assert.True(code == 0, error);
        Assert.Contains($"dodano 0 odpowiedzi, {inPeriod} już było w bazie", output);
        Assert.Equal(before, await RawDataSeed.SnapshotAsync(Factory));
    }

    [SkippableFact]
    public async Task Import_WithBadCells_NamesLineAndColumn_AndSavesNothing()
    {
        SkipWithoutDatabase();
        await RawDataSeed.SeedAsync(Factory, randomCount: 5);
        var text = Encoding.UTF8.GetString(await ExportAsync());
        await RawDataSeed.EmptyResponsesAsync(Factory);
        var rows = text.TrimStart('\uFEFF').Split("\r\n").ToList();
        var header = rows[0].Split(',');
        var rating = Array.IndexOf(header, "oceny_uprzejmosc");
        var channel = Array.IndexOf(header, "kanal");
        // The first kiosk response (a line of its own, after the header with its kiosk column): a rating out of the scale and an unknown channel.
        var index = rows.FindIndex(1, r => r.Contains(",kiosk,", StringComparison.Ordinal));
        var line = index + 1;
        var cells = rows[index].Split(',');
        cells[rating] = "7";
        cells[channel] = "fax";
        rows[index] = string.Join(",", cells);
        var path = TempCsv(Encoding.UTF8.GetBytes(string.Join("\r\n", rows)));

        var (code, output, error) = await ImportAsync(path);

        Assert.Equal(1, code);
        Assert.Contains($"wiersz {line}, kolumna {rating + 1} (oceny_uprzejmosc): „7” nie jest oceną od 1 do 5.", error);
        Assert.Contains($"wiersz {line}, kolumna {channel + 1} (kanal): nieznany kanał „fax”", error);
        Assert.Contains("Nic nie zapisano", error);
        Assert.Equal("", output);
        Assert.Empty(await RawDataSeed.SnapshotAsync(Factory));
    }

    [SkippableFact]
    public async Task Import_SameIdWithOtherContent_IsRefused_AndDryRunSavesNothing()
    {
        SkipWithoutDatabase();
        await RawDataSeed.SeedAsync(Factory, randomCount: 3);
        var path = TempCsv(await ExportAsync());
        var before = await RawDataSeed.SnapshotAsync(Factory);
        var kioskId = before.First(r => r.Channel == Domain.Survey.Channel.Kiosk).Id;
        await Factory.WithDbAsync(db => db.SurveyResponses.Where(r => r.Id == kioskId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Choices, "plec=kobieta")));

        var (code, _, error) = await ImportAsync(path);

        Assert.Equal(1, code);
        Assert.Contains($"odpowiedź o identyfikatorze {kioskId} jest już w bazie z inną treścią", error);

        await RawDataSeed.EmptyResponsesAsync(Factory);
        var (dryCode, dryOutput, dryError) = await ImportAsync(path, "--dry-run");
        Assert.True(dryCode == 0, dryError);
        Assert.Contains("Próba (--dry-run): nic nie zapisano", dryOutput);
        Assert.Empty(await RawDataSeed.SnapshotAsync(Factory));
    }

    [SkippableFact]
    public async Task Page_DownloadsTheCsvNamedWithThePeriod_AndRecordsTheExport()
    {
        SkipWithoutDatabase();
        await RawDataSeed.SeedAsync(Factory, randomCount: 5);
        var expected = await ExportAsync();
        var analyst = await RawDataSeed.AnalystAsync(Factory);

        var page = await analyst.Client.GetAsync("/personel/analiza/dane?okres=2026H1");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("okres=2026H1&amp;plik=csv", html);

        var response = await analyst.Client.GetAsync("/personel/analiza/dane?okres=2026H1&plik=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ankiety_2026H1.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());
        var entry = await Factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == RawDataAudit.Exported));
        Assert.Equal(analyst.User.Id, entry.ActorId);
        Assert.Equal("2026-01-01..2026-06-30", entry.SubjectId);
        Assert.Contains("\"file\":\"csv\"", entry.Details);
    }

    [SkippableFact]
    public async Task Page_WithBadDates_ShowsMessagesAndKeepsWhatWasTyped()
    {
        SkipWithoutDatabase();
        var analyst = await RawDataSeed.AnalystAsync(Factory);

        var response = await analyst.Client.GetAsync("/personel/analiza/dane?okres=&od=2026-13-01&do=2026-02-01&plik=csv");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Wpisz datę początku okresu", html);
        Assert.Contains("value=\"2026-13-01\"", html);
        Assert.Contains("value=\"2026-02-01\"", html);
        Assert.False(await Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == RawDataAudit.Exported)));
    }

    [SkippableFact]
    public async Task Page_IsClosedToStaffWithoutAccessToResults()
    {
        SkipWithoutDatabase();
        var clerk = await RawDataSeed.AnalystAsync(Factory, Roles.Pracownik);

        var response = await clerk.Client.GetAsync("/personel/analiza/dane?okres=2026H1&plik=csv");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == RawDataAudit.Exported)));
    }
}

public sealed class RawDataRoundTripSqliteTests() : RawDataRoundTripTests(DatabaseKind.Sqlite);

public sealed class RawDataRoundTripPostgresTests() : RawDataRoundTripTests(DatabaseKind.Postgres);
