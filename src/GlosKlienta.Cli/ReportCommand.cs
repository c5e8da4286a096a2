using System.CommandLine;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Web.Data;
using GlosKlienta.Web.Features.Analysis;
using GlosKlienta.Web.Features.Review;
using Microsoft.Extensions.DependencyInjection;
using DocFormat = GlosKlienta.Documents.DocumentFormat;

namespace GlosKlienta.Cli;

/// <summary>
/// <c>report f2 --period 2026H1 --format pdf|odt|docx|html|json --out FILE</c>: the F2 protocol
/// (or, with <c>--period 2026</c>, the annual analysis). An approved protocol is written exactly as
/// frozen; otherwise a draft, marked as one in the document and in the file name the web offers.
/// <c>report review --from D --to D --format pdf|odt|docx|json --out FILE</c>: the management review pack of the range,
/// exactly as frozen when a review of that range is approved, otherwise a draft gathered now.
/// </summary>
public static class ReportCommand
{
    private static readonly Dictionary<string, DocFormat?> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pdf"] = DocFormat.Pdf,
        ["odt"] = DocFormat.Odt,
        ["docx"] = DocFormat.Docx,
        ["html"] = DocFormat.Html,
        ["json"] = null,
    };

    public static Command Build(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var period = new Option<string>("--period") { Description = "Okres: półrocze (2026H1, 2026H2) albo rok (2026) dla analizy rocznej.", Required = true };
        var format = new Option<string>("--format") { Description = "pdf, odt, docx, html albo json (wszystkie liczby protokołu).", Required = true };
        var outFile = new Option<string>("--out") { Description = "Plik wynikowy.", Required = true };
        var f2 = new Command("f2", "Protokół z badania zadowolenia Klienta (F2) albo analiza roczna. Zatwierdzony protokół jest zapisywany dokładnie w zamrożonej postaci; niezatwierdzony jako projekt.")
        {
            period,
            format,
            outFile,
        };
        f2.SetAction(async (parse, ct) =>
        {
            if (!ReportingPeriod.TryParse(parse.GetValue(period), out var p))
            {
                await error.WriteLineAsync($"Niepoprawny okres „{parse.GetValue(period)}”. Podaj półrocze (np. 2026H1) albo rok (np. 2026).");
                return 1;
            }
            if (!Formats.TryGetValue(parse.GetValue(format)!.Trim(), out var documentFormat))
            {
                await error.WriteLineAsync($"Nieznany format „{parse.GetValue(format)}”. Dozwolone: pdf, odt, docx, html, json.");
                return 1;
            }
            var path = Path.GetFullPath(parse.GetValue(outFile)!);
            await using var host = CliApp.BuildServices(settings);
            await DatabaseSetup.MigrateAndSeedAsync(host, ct);
            await using var scope = host.CreateAsyncScope();
            var protocols = scope.ServiceProvider.GetRequiredService<F2Protocols>();
            byte[] bytes;
            bool frozen;
            if (documentFormat is { } df) (bytes, frozen) = await protocols.FileAsync(p, df, ct);
            else
            {
                var (json, frozenJson) = await protocols.FiguresJsonAsync(p, ct);
                (bytes, frozen) = (System.Text.Encoding.UTF8.GetBytes(json), frozenJson);
            }
            await File.WriteAllBytesAsync(path, bytes, ct);
            await output.WriteLineAsync(frozen
                ? $"Zapisano zatwierdzony protokół {p} ({p.PolishName}) do {path}; SHA-256 {F2Protocols.Sha256(bytes)}."
                : $"Zapisano PROJEKT protokołu {p} ({p.PolishName}) do {path}: protokół nie jest zatwierdzony.");
            return 0;
        });
        return new Command("report", "Dokumenty z analizy ankiet i przeglądu zarządzania.") { f2, Review(output, error, settings) };
    }

    private static Command Review(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var from = new Option<string>("--from") { Description = "Początek okresu przeglądu (RRRR-MM-DD).", Required = true };
        var to = new Option<string>("--to") { Description = "Koniec okresu przeglądu (RRRR-MM-DD).", Required = true };
        var format = new Option<string>("--format") { Description = "pdf, odt, docx albo json (wszystkie liczby przeglądu).", Required = true };
        var outFile = new Option<string>("--out") { Description = "Plik wynikowy.", Required = true };
        var review = new Command("review", "Materiały przeglądu zarządzania (ISO 9001:2015, pkt 9.3.2) za okres. Zatwierdzony przegląd tego okresu jest zapisywany dokładnie w zamrożonej postaci; inaczej projekt.")
        {
            from,
            to,
            format,
            outFile,
        };
        review.SetAction(async (parse, ct) =>
        {
            if (!DateOnly.TryParseExact(parse.GetValue(from), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var start)
                || !DateOnly.TryParseExact(parse.GetValue(to), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var end))
            {
                await error.WriteLineAsync("Podaj daty w postaci RRRR-MM-DD, np. --from 2026-01-01 --to 2026-12-31.");
                return 1;
            }
            if (end < start)
            {
                await error.WriteLineAsync("Koniec okresu (--to) nie może być wcześniej niż jego początek (--from).");
                return 1;
            }
            if (!Formats.TryGetValue(parse.GetValue(format)!.Trim(), out var documentFormat) || documentFormat == DocFormat.Html)
            {
                await error.WriteLineAsync($"Nieznany format „{parse.GetValue(format)}”. Dozwolone: pdf, odt, docx, json.");
                return 1;
            }
            var path = Path.GetFullPath(parse.GetValue(outFile)!);
            await using var host = CliApp.BuildServices(settings);
            await DatabaseSetup.MigrateAndSeedAsync(host, ct);
            await using var scope = host.CreateAsyncScope();
            var reviews = scope.ServiceProvider.GetRequiredService<ManagementReviews>();
            var approved = await reviews.FindApprovedAsync(start, end, ct);
            byte[] bytes;
            if (approved is not null)
                bytes = documentFormat is { } df
                    ? (await reviews.FileAsync(approved, df, ct)).Bytes
                    : System.Text.Encoding.UTF8.GetBytes((await reviews.StampAsync(approved.Id, ct))!.FiguresJson);
            else
            {
                var figures = await reviews.FiguresAsync(start, end, null, ct);
                bytes = documentFormat is { } df
                    ? GlosKlienta.Documents.Renderers.RenderToBytes(await reviews.DraftDocumentAsync(null, figures, ct), df)
                    : System.Text.Encoding.UTF8.GetBytes(figures.ToJson());
            }
            await File.WriteAllBytesAsync(path, bytes, ct);
            await output.WriteLineAsync(approved is not null
                ? $"Zapisano zatwierdzony przegląd {approved.Number} ({start:yyyy-MM-dd}–{end:yyyy-MM-dd}) do {path}; SHA-256 {F2Protocols.Sha256(bytes)}."
                : $"Zapisano PROJEKT materiałów przeglądu zarządzania ({start:yyyy-MM-dd}–{end:yyyy-MM-dd}) do {path}: żaden przegląd tego okresu nie jest zatwierdzony.");
            return 0;
        });
        return review;
    }
}
