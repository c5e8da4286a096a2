using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using GlosKlienta.Domain.RawData;

namespace GlosKlienta.Web.Tests.RawData;

/// <summary>The other downloads of the raw data page: XLSX read back, the codebook, SPSS and R (R run when installed).</summary>
public sealed class RawDataFilesTests : IAsyncLifetime
{
    private readonly AppFactory factory = new(TestDatabase.CreateSqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private static async Task<byte[]> DownloadAsync(HttpClient client, string file)
    {
        var response = await client.GetAsync("/personel/analiza/dane?okres=2026H1&plik=" + file);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    // Read with System.IO.Compression and LINQ to XML: the web tests keep clear of the Open XML SDK,
    // whose root namespace DocumentFormat hides the documents' DocumentFormat enum.
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static List<(string Name, List<List<string>> Rows)> ReadXlsx(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        XDocument Part(string path)
        {
            using var s = zip.GetEntry(path)!.Open();
            return XDocument.Load(s);
        }
        var shared = zip.GetEntry("xl/sharedStrings.xml") is null ? [] : Part("xl/sharedStrings.xml").Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList();
        var rels = Part("xl/_rels/workbook.xml.rels").Root!.Elements(PackageRel + "Relationship").ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        var result = new List<(string, List<List<string>>)>();
        foreach (var sheet in Part("xl/workbook.xml").Root!.Descendants(Main + "sheet"))
        {
            var target = rels[(string)sheet.Attribute(RelNs + "id")!].TrimStart('/');
            if (!target.StartsWith("xl/", StringComparison.Ordinal)) target = "xl/" + target;
            var rows = new List<List<string>>();
            foreach (var row in Part(target).Root!.Descendants(Main + "row"))
            {
                // Cells are sparse (empty ones are left out): place each by its reference (A1, AB7, ...).
                var cells = new List<string>();
                foreach (var c in row.Elements(Main + "c"))
                {
                    var column = ((string)c.Attribute("r")!).TakeWhile(char.IsLetter).Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1) - 1;
                    while (cells.Count <= column) cells.Add("");
                    var type = (string?)c.Attribute("t");
                    cells[column] = type switch
                    {
                        "inlineStr" => string.Concat(c.Descendants(Main + "t").Select(t => t.Value)),
                        "s" => shared[int.Parse(c.Element(Main + "v")!.Value, System.Globalization.CultureInfo.InvariantCulture)],
                        _ => c.Element(Main + "v")?.Value ?? "",
                    };
                }
                rows.Add(cells);
            }
            result.Add(((string)sheet.Attribute("name")!, rows));
        }
        return result;
    }

    [Fact]
    public async Task Xlsx_ReadsBack_WithTheDataSheetAndTheCodebookSheet()
    {
        var inPeriod = await RawDataSeed.SeedAsync(factory, randomCount: 20);
        var analyst = await RawDataSeed.AnalystAsync(factory);
        var csv = Encoding.UTF8.GetString(await DownloadAsync(analyst.Client, "csv")).TrimStart('\uFEFF');
        var csvRows = RawCsv.Read(new StringReader(csv)).ToList();

        var bytes = await DownloadAsync(analyst.Client, "xlsx");

        var sheets = ReadXlsx(bytes);
        Assert.Equal(["dane", "ksiazka_kodow"], sheets.Select(s => s.Name));
        var data = sheets[0].Rows;
        Assert.Equal(inPeriod + 1, data.Count);
        Assert.Equal(csvRows[0].Fields, data[0]);
        // The same values as the CSV, row by row (the XLSX keeps texts without the CSV's formula apostrophe,
        // and its XML turns a line break CR LF into LF).
        for (var r = 1; r < data.Count; r++)
        {
            var expected = csvRows[r].Fields.Select(f => RawDataLayout.UnprotectFromCsv(f).Replace("\r\n", "\n")).ToList();
            var actual = data[r].Concat(Enumerable.Repeat("", expected.Count - data[r].Count)).ToList();
            var day = csvRows[0].Fields.ToList().IndexOf("data_wplywu");
            actual[day] = DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(actual[day], System.Globalization.CultureInfo.InvariantCulture))).ToString("yyyy-MM-dd");
            Assert.Equal(expected, actual);
        }
        var codebook = sheets[1].Rows;
        Assert.Equal(RawDataCodebook.Header, codebook[0]);
        Assert.Equal(csvRows[0].Fields, codebook.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public async Task Csv_CarriesTheKioskOfEveryKioskAnswer_AndNoneForOtherChannels()
    {
        await RawDataSeed.SeedAsync(factory, randomCount: 10);
        var analyst = await RawDataSeed.AnalystAsync(factory);
        var rows = RawCsv.Read(new StringReader(Encoding.UTF8.GetString(await DownloadAsync(analyst.Client, "csv")).TrimStart('\uFEFF'))).Select(r => r.Fields).ToList();
        var kiosk = rows[0].ToList().IndexOf(RawDataLayout.KioskColumn);
        Assert.True(kiosk >= 0, "the CSV has no kiosk column");
        var channel = rows[0].ToList().IndexOf(RawDataLayout.ChannelColumn);
        var id = rows[0].ToList().IndexOf(RawDataLayout.IdColumn);
        var stored = await factory.WithDbAsync(db => db.SurveyResponses.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.KioskId));

        var kioskRows = rows.Skip(1).Where(r => r[channel] == "kiosk").ToList();
        Assert.True(kioskRows.Count >= 2);
        Assert.All(kioskRows, r => Assert.Equal(stored[long.Parse(r[id], CultureInfo.InvariantCulture)]!.Value.ToString(CultureInfo.InvariantCulture), r[kiosk]));
        Assert.Equal(2, kioskRows.Select(r => r[kiosk]).Distinct().Count());
        Assert.All(rows.Skip(1).Where(r => r[channel] != "kiosk"), r => Assert.Equal("", r[kiosk]));

        // The XLSX's data sheet has the same column.
        var xlsx = ReadXlsx(await DownloadAsync(analyst.Client, "xlsx"));
        Assert.Contains(RawDataLayout.KioskColumn, xlsx.First(s => s.Name == "dane").Rows[0]);
    }

    [Fact]
    public async Task CodebookSpssAndR_DescribeEveryColumnOfTheCsv()
    {
        await RawDataSeed.SeedAsync(factory, randomCount: 5);
        var analyst = await RawDataSeed.AnalystAsync(factory);
        var header = RawCsv.Read(new StringReader(Encoding.UTF8.GetString(await DownloadAsync(analyst.Client, "csv")).TrimStart('\uFEFF'))).First().Fields;

        var codebook = RawCsv.Read(new StringReader(Encoding.UTF8.GetString(await DownloadAsync(analyst.Client, "ksiazka-kodow-csv")).TrimStart('\uFEFF'))).ToList();
        var markdown = Encoding.UTF8.GetString(await DownloadAsync(analyst.Client, "ksiazka-kodow-md"));
        var spss = Encoding.UTF8.GetString(await DownloadAsync(analyst.Client, "spss"));
        var r = Encoding.UTF8.GetString(await DownloadAsync(analyst.Client, "r"));

        Assert.Equal(header, codebook.Skip(1).Select(row => row.Fields[0]));
        Assert.All(codebook.Skip(1), row => Assert.False(string.IsNullOrWhiteSpace(row.Fields[2])));
        Assert.Contains("wyposazenie", codebook.Single(row => row.Fields[0] == "wyposazenie").Fields[0]);
        Assert.Equal("1", codebook.Single(row => row.Fields[0] == "wyposazenie").Fields[6]);
        Assert.Equal("2", codebook.Single(row => row.Fields[0] == "kontakt").Fields[6]);
        Assert.Contains("Okres: 2026H1 (2026-01-01 – 2026-06-30)", markdown);
        Assert.Contains("/FILE='ankiety_2026H1.csv'", spss);
        Assert.Contains("plik <- \"ankiety_2026H1.csv\"", r);
        foreach (var name in header)
        {
            Assert.Contains($"| {name} |", markdown);
            Assert.Contains($"\n  {name} '", spss);
            Assert.Contains($"attr(dane[[\"{name}\"]], \"label\")", r);
        }
    }

    [SkippableFact]
    public async Task RScript_LoadsTheCsv_WithFactorsAndLabels()
    {
        var rscript = new[] { "/usr/bin/Rscript", "/usr/local/bin/Rscript" }.FirstOrDefault(File.Exists);
        Skip.If(rscript is null, "R is not installed (Rscript not found).");
        var inPeriod = await RawDataSeed.SeedAsync(factory, randomCount: 20);
        var analyst = await RawDataSeed.AnalystAsync(factory);
        var folder = Path.Combine(Path.GetTempPath(), "glosklienta-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "ankiety_2026H1.csv"), await DownloadAsync(analyst.Client, "csv"));
        var script = Encoding.UTF8.GetString(await DownloadAsync(analyst.Client, "r"))
            + "\nstopifnot(is.ordered(dane$oceny_uprzejmosc), is.factor(dane$plec), inherits(dane$data_wplywu, \"Date\"))\n"
            + "cat(levels(dane$plec), sep = \"|\"); cat(\"\\n\"); cat(attr(dane$plec, \"label\"), \"\\n\")\n"
            + "cat(sum(is.na(dane$kontakt)), \"\\n\")\n"
            + "cat(\"CRLF:\", any(grepl(\"czeka\\u0142am,\\r\\nbo\", dane$trudnosci_tekst, fixed = TRUE)), \"\\n\")\n"
            + "cat(\"FORMULA:\", any(dane$trudnosci_tekst %in% \"=HYPERLINK(\\\"http://example.org\\\")\"), \"\\n\")\n";
        await File.WriteAllTextAsync(Path.Combine(folder, "wczytaj.R"), script);

        var start = new ProcessStartInfo(rscript!, ["wczytaj.R"]) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, error);
        Assert.Contains($"Wczytano {inPeriod} odpowiedzi", output);
        Assert.Contains("kobieta|mężczyzna", output);
        Assert.Contains("1. Płeć:", output);
        Assert.Contains("CRLF: TRUE", output);
        Assert.Contains("FORMULA: TRUE", output);
    }

    [SkippableFact]
    public async Task SpssSyntax_RunsInPspp_WithLabelsAndMissingValues()
    {
        var pspp = new[] { "/usr/bin/pspp", "/usr/local/bin/pspp" }.FirstOrDefault(File.Exists);
        Skip.If(pspp is null, "PSPP (the free SPSS-compatible program) is not installed.");
        var inPeriod = await RawDataSeed.SeedAsync(factory, randomCount: 20);
        var analyst = await RawDataSeed.AnalystAsync(factory);
        var folder = Path.Combine(Path.GetTempPath(), "glosklienta-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "ankiety_2026H1.csv"), await DownloadAsync(analyst.Client, "csv"));
        var syntax = Encoding.UTF8.GetString(await DownloadAsync(analyst.Client, "spss"))
            + "\nDISPLAY DICTIONARY /VARIABLES=plec oceny_uprzejmosc kontakt.\nFREQUENCIES VARIABLES=kanal kontakt.\nDESCRIPTIVES VARIABLES=id.\n";
        await File.WriteAllTextAsync(Path.Combine(folder, "wczytaj.sps"), syntax);

        var start = new ProcessStartInfo(pspp!, ["-O", "format=txt", "-o", "wynik.txt", "wczytaj.sps"]) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var result = await File.ReadAllTextAsync(Path.Combine(folder, "wynik.txt"));

        Assert.True(process.ExitCode == 0, output + error + result);
        Assert.False(result.Contains("error", StringComparison.OrdinalIgnoreCase) || result.Contains("warning", StringComparison.OrdinalIgnoreCase), result);
        Assert.Contains("1. Płeć:", result);
        Assert.Contains("mężczyzna", result);
        Assert.Contains("nie zadano: pytania nie", result);
        // Every response read as one case: the texts' line breaks do not split rows.
        Assert.Matches($@"Valid N \(listwise\)[\s|│]*{inPeriod}\b", result);
    }
}
