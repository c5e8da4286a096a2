using System.CommandLine;
using System.Globalization;
using GlosKlienta.Web.Data;
using GlosKlienta.Web.Features.Audit;
using GlosKlienta.Web.Features.RawData;
using Microsoft.Extensions.DependencyInjection;

namespace GlosKlienta.Cli;

/// <summary>
/// <c>import-responses --file FILE.csv [--dry-run]</c>: loads a raw data CSV (the export of
/// /personel/analiza/dane) back into the database. The key is the <c>id</c> column; responses already
/// stored with the same content are skipped, so the verb can run twice. Any bad row stops the whole
/// import: nothing is saved and every problem is printed with its line and column.
/// </summary>
internal static class ImportResponsesCommand
{
    public const string Actor = "import-responses (wiersz poleceń)";

    public static Command Create(IReadOnlyDictionary<string, string?>? settings, TextWriter output, TextWriter error)
    {
        var file = new Option<string>("--file") { Description = "Plik CSV z eksportu surowych danych ankiet (UTF-8).", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Tylko sprawdza plik i mówi, co by dodał; niczego nie zapisuje." };
        var command = new Command("import-responses", "Wczytuje do bazy odpowiedzi z pliku CSV eksportu surowych danych. "
            + "Kluczem jest kolumna id: odpowiedź już zapisana z tą samą treścią jest pomijana, z inną treścią jest błędem. "
            + "Przy jakimkolwiek błędzie nic nie jest zapisywane.")
        {
            file,
            dryRun,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"Nie ma pliku „{path}”.");
                return 1;
            }
            await using var host = CliApp.BuildServices(settings);
            await DatabaseSetup.MigrateAndSeedAsync(host, ct);
            await using var scope = host.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            RawImportResult result;
            await using (var stream = File.OpenRead(path))
                result = await new RawDataImport(db).ImportAsync(stream, parse.GetValue(dryRun), ct);

            if (!result.Succeeded)
            {
                foreach (var e in result.Errors) await error.WriteLineAsync(e.ToString());
                if (result.Errors.Count >= RawDataImport.MaxErrors)
                    await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"(pokazano pierwsze {RawDataImport.MaxErrors} błędów)"));
                await error.WriteLineAsync("Nic nie zapisano: popraw plik i uruchom polecenie ponownie.");
                return 1;
            }
            if (!result.Saved)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Plik jest poprawny: {result.Rows} wierszy, do dodania {result.Added}, już w bazie {result.AlreadyPresent}. Próba (--dry-run): nic nie zapisano."));
                return 0;
            }
            await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordNowAsync(
                RawDataAudit.Imported, Actor, subjectType: RawDataAudit.Subject,
                details: new { file = Path.GetFileName(path), rows = result.Rows, added = result.Added, alreadyPresent = result.AlreadyPresent },
                cancellationToken: ct);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Wczytano {result.Rows} wierszy: dodano {result.Added} odpowiedzi, {result.AlreadyPresent} już było w bazie."));
            return 0;
        });
        return command;
    }
}
