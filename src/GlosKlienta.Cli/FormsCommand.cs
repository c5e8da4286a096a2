using System.CommandLine;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Paper;
using GlosKlienta.Web.Data;
using GlosKlienta.Web.Features.Paper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GlosKlienta.Cli;

/// <summary>
/// <c>forms print --version N --count K --out forms.pdf [--box KOD] [--language pl|uk|en] [--blank]</c>: a print run recorded
/// with its serials, as on the staff page (<c>--count 0</c> or <c>--blank</c>: one blank form without serial, nothing recorded).
/// <c>forms layout --version N [--language ..] --out layout.json</c>: the layout contract (<see cref="LayoutJson"/>).
/// </summary>
public static class FormsCommand
{
    public static Command Build(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings) =>
        new("forms", "Papierowy formularz F1: druk z zatwierdzonej wersji i jego układ dla czytnika.") { Print(output, error, settings), Layout(output, error, settings) };

    private static Option<int> VersionOption() => new("--version") { Description = "Numer zatwierdzonej wersji ankiety.", Required = true };
    private static Option<string> LanguageOption() => new("--language") { Description = "Język formularza: pl, uk albo en (domyślnie pl).", DefaultValueFactory = _ => "pl" };
    private static Option<string> OutOption() => new("--out") { Description = "Plik wynikowy.", Required = true };

    private static Command Print(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var version = VersionOption();
        var count = new Option<int>("--count") { Description = $"Liczba formularzy serii (1–{PrintedForms.MaxCount}); 0: pusty formularz bez numeru.", Required = true };
        var outFile = OutOption();
        var box = new Option<string?>("--box") { Description = "Kod skrzynki, do której trafią formularze (np. parkowa)." };
        var language = LanguageOption();
        var blank = new Option<bool>("--blank") { Description = "Pusty formularz bez numeru; nic nie jest zapisywane." };
        var print = new Command("print", "Drukuje formularze F1 zatwierdzonej wersji: serię z kolejnymi numerami zapisaną jak na stronie personelu albo pusty formularz.")
        {
            version, count, outFile, box, language, blank,
        };
        print.SetAction(async (parse, ct) =>
        {
            var lang = parse.GetValue(language)!.Trim();
            if (!FormLayout.Languages.Contains(lang))
            {
                await error.WriteLineAsync($"Nieznany język „{lang}”. Dozwolone: pl, uk, en.");
                return 1;
            }
            var n = parse.GetValue(count);
            var isBlank = parse.GetValue(blank) || n == 0;
            if (!isBlank && (n < 0 || n > PrintedForms.MaxCount))
            {
                await error.WriteLineAsync($"Podaj liczbę formularzy od 1 do {PrintedForms.MaxCount} (albo 0 dla pustego formularza).");
                return 1;
            }
            var path = Path.GetFullPath(parse.GetValue(outFile)!);
            await using var host = CliApp.BuildServices(settings);
            await DatabaseSetup.MigrateAndSeedAsync(host, ct);
            await using var scope = host.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var forms = scope.ServiceProvider.GetRequiredService<PrintedForms>();
            var versionId = await ApprovedVersionIdAsync(db, parse.GetValue(version), ct);
            if (versionId is null)
            {
                await error.WriteLineAsync($"Nie ma zatwierdzonej wersji ankiety nr {parse.GetValue(version)}.");
                return 1;
            }
            if (isBlank)
            {
                await File.WriteAllBytesAsync(path, (await forms.BlankAsync(versionId.Value, lang, ct))!, ct);
                await output.WriteLineAsync($"Zapisano pusty formularz F1 (wersja {parse.GetValue(version)}, bez numeru) do {path}.");
                return 0;
            }
            int? boxId = null;
            if (parse.GetValue(box) is { Length: > 0 } code)
            {
                boxId = await db.SurveyBoxes.Where(b => b.Code == code.Trim()).Select(b => (int?)b.Id).FirstOrDefaultAsync(ct);
                if (boxId is null)
                {
                    var known = string.Join(", ", await db.SurveyBoxes.OrderBy(b => b.Id).Select(b => b.Code).ToListAsync(ct));
                    await error.WriteLineAsync($"Nie ma skrzynki „{code}”. Skrzynki: {known}.");
                    return 1;
                }
            }
            var run = (await forms.RecordAsync(versionId.Value, lang, boxId, n, null, "wiersz poleceń (" + Environment.UserName + ")", ct))!;
            await File.WriteAllBytesAsync(path, (await forms.RunPdfAsync(run, ct))!, ct);
            await output.WriteLineAsync($"Zapisano serię {run.Count} formularzy o numerach {run.FirstSerial}–{run.LastSerial} do {path}.");
            return 0;
        });
        return print;
    }

    private static Command Layout(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var version = VersionOption();
        var language = LanguageOption();
        var outFile = OutOption();
        var layout = new Command("layout", "Zapisuje układ formularza F1 (pola wyboru i pola tekstowe w milimetrach od lewego górnego rogu strony) jako JSON.")
        {
            version, language, outFile,
        };
        layout.SetAction(async (parse, ct) =>
        {
            var lang = parse.GetValue(language)!.Trim();
            if (!FormLayout.Languages.Contains(lang))
            {
                await error.WriteLineAsync($"Nieznany język „{lang}”. Dozwolone: pl, uk, en.");
                return 1;
            }
            var path = Path.GetFullPath(parse.GetValue(outFile)!);
            await using var host = CliApp.BuildServices(settings);
            await DatabaseSetup.MigrateAndSeedAsync(host, ct);
            await using var scope = host.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var versionId = await ApprovedVersionIdAsync(db, parse.GetValue(version), ct);
            if (versionId is null)
            {
                await error.WriteLineAsync($"Nie ma zatwierdzonej wersji ankiety nr {parse.GetValue(version)}.");
                return 1;
            }
            var form = (await scope.ServiceProvider.GetRequiredService<PrintedForms>().LayoutAsync(versionId.Value, lang, ct))!;
            await File.WriteAllTextAsync(path, LayoutJson.Write(form), ct);
            await output.WriteLineAsync($"Zapisano układ formularza F1 (wersja {parse.GetValue(version)}, język {form.Language}, stron: {form.Pages.Count}) do {path}.");
            return 0;
        });
        return layout;
    }

    private static Task<int?> ApprovedVersionIdAsync(AppDbContext db, int number, CancellationToken ct) =>
        db.SurveyVersions.Where(v => v.Number == number && v.Status == SurveyVersionStatus.Approved).Select(v => (int?)v.Id).FirstOrDefaultAsync(ct);
}
