using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using GlosKlienta.Web.Data;
using GlosKlienta.Web.Features.Paper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GlosKlienta.Cli;

/// <summary>
/// <c>scan --opening 2026/3 --file scans.pdf [--dry-run] [--json out.json]</c>: a scanner's file read into a box opening as on
/// the staff page (the batch is recorded, its queue waits on the web, and a batch with nothing to verify is stored at once), or
/// only read (<c>--dry-run</c>: nothing recorded). <c>--json</c> writes what was read, page by page:
/// <c>{"pages": [{"page", "serial", "version", "formPage", "answers", "queued", "error"}]}</c>.
/// </summary>
public static class ScanCommand
{
    private sealed record PageJson(
        [property: JsonPropertyName("page")] int Page,
        [property: JsonPropertyName("serial")] int? Serial,
        [property: JsonPropertyName("version")] int? Version,
        [property: JsonPropertyName("formPage")] int? FormPage,
        [property: JsonPropertyName("answers")] string Answers,
        [property: JsonPropertyName("queued")] IReadOnlyList<string> Queued,
        [property: JsonPropertyName("error")] string? Error);

    private sealed record FileJson([property: JsonPropertyName("pages")] IReadOnlyList<PageJson> Pages);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static Command Build(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var opening = new Option<string>("--opening") { Description = "Otwarcie skrzynki, do którego trafią formularze: ROK/NR (np. 2026/3).", Required = true };
        var file = new Option<string>("--file") { Description = "Plik ze skanera: PDF, TIFF, PNG albo JPEG.", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Tylko odczyt: nic nie jest zapisywane." };
        var json = new Option<string?>("--json") { Description = "Zapisuje odczyt strona po stronie jako JSON." };
        var scan = new Command("scan", "Odczytuje plik ze skanera do otwarcia skrzynki: formularze F1 po kodzie QR, zaznaczenia, strony nieumieszczone z powodem.")
        {
            opening, file, dryRun, json,
        };
        scan.SetAction(async (parse, ct) =>
        {
            var label = parse.GetValue(opening)!.Trim();
            var parts = label.Split('/');
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                await error.WriteLineAsync($"Otwarcie podaje się jako ROK/NR, np. 2026/3 (podano „{label}”).");
                return 1;
            }
            var path = Path.GetFullPath(parse.GetValue(file)!);
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"Nie ma pliku {path}.");
                return 1;
            }
            await using var host = CliApp.BuildServices(settings);
            await DatabaseSetup.MigrateAndSeedAsync(host, ct);
            await using var scope = host.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var scans = scope.ServiceProvider.GetRequiredService<ScanBatches>();
            var box = await db.BoxOpenings.FirstOrDefaultAsync(b => b.Year == year && b.Number == number, ct);
            if (box is null)
            {
                await error.WriteLineAsync($"Nie ma otwarcia skrzynki {year}/{number}.");
                return 1;
            }

            ScanBatches.Reading reading;
            ScanBatch? batch = null;
            try
            {
                if (parse.GetValue(dryRun))
                {
                    reading = await scans.ReadFilesAsync(box, [path], null, ct);
                }
                else
                {
                    await using var content = File.OpenRead(path);
                    var start = await scans.StartAsync(box, [new ScanBatches.Upload(content, Path.GetFileName(path))], null, "wiersz poleceń (" + Environment.UserName + ")", readNow: true, ct);
                    if (start.Batch is null || start.Reading is null)
                    {
                        await error.WriteLineAsync(Failure(start.Failure ?? ScanFailure.Damaged));
                        return 1;
                    }
                    batch = await db.ScanBatches.AsNoTracking().SingleAsync(b => b.Id == start.Batch.Id, ct);
                    reading = start.Reading;
                }
            }
            catch (GlosKlienta.Paper.Scanning.ScanFileException ex)
            {
                await error.WriteLineAsync(Failure(ex.Kind switch
                {
                    GlosKlienta.Paper.Scanning.ScanFileProblem.UnknownKind => ScanFailure.UnknownKind,
                    GlosKlienta.Paper.Scanning.ScanFileProblem.Empty => ScanFailure.Empty,
                    _ => ScanFailure.Damaged,
                }));
                return 1;
            }

            var problems = reading.Assembled.Problems.ToDictionary(p => p.Page, p => ScanBatches.ReasonCode(p.Problem));
            if (parse.GetValue(json) is { Length: > 0 } jsonPath)
            {
                var pages = reading.Pages.Select(p => new PageJson(
                    p.Page, p.Reading.Code?.Serial, p.Reading.Code?.Version, p.Reading.Code?.Page,
                    p.Reading.Answers, p.Reading.Queued, problems.GetValueOrDefault(p.Page))).ToList();
                await File.WriteAllTextAsync(Path.GetFullPath(jsonPath), JsonSerializer.Serialize(new FileJson(pages), Json), ct);
            }

            var queued = reading.Assembled.Forms.Sum(f => f.Doubtful.Count + f.Written.Count);
            await output.WriteLineAsync($"Strony: {reading.Pages.Count}. Formularze: {reading.Assembled.Forms.Count}. Strony nieumieszczone: {problems.Count}. Decyzje do weryfikacji: {queued}.");
            foreach (var p in reading.Assembled.Problems)
                await output.WriteLineAsync($"  strona {p.Page}: {ScanBatches.ReasonCode(p.Problem)}{(p.Serial is int s ? $" (nr {s})" : "")}");
            if (batch is null) await output.WriteLineAsync("Próba (--dry-run): nic nie zapisano.");
            else if (batch.Status == ScanBatchStatus.Stored) await output.WriteLineAsync($"Zapisano formularze w otwarciu {year}/{number}.");
            else if (batch.Status == ScanBatchStatus.Queue)
                await output.WriteLineAsync($"Partia czeka na weryfikację: {ScanQueueModel.PathOf(box.Id, batch.Id)}. Nic nie zapisano, dopóki kolejka nie zostanie rozstrzygnięta.");
            else await output.WriteLineAsync(Failure(batch.Failure ?? ScanFailure.Damaged));
            return 0;
        });
        return scan;
    }

    private static string Failure(string code) => code switch
    {
        ScanFailure.UnknownKind => "To nie jest plik ze skanera: podaj PDF, TIFF, PNG albo JPEG.",
        ScanFailure.Empty => "Plik nie zawiera żadnej strony.",
        ScanFailure.NotEnoughNumbers => "W otwarciu zostało mniej wolnych numerów formularzy niż formularzy w pliku.",
        _ => "Pliku nie da się odczytać (uszkodzony albo zaszyfrowany).",
    };
}
