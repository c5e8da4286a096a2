using System.CommandLine;
using System.Globalization;
using GlosKlienta.Domain.Records;
using GlosKlienta.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace GlosKlienta.Cli;

/// <summary>
/// <c>verify-records</c>: checks the hash chain of every kept table (<see cref="RecordChains"/>) and prints one line per
/// table, naming the first broken row (table, id, place in the chain, what differs), then the combined head. Exit code 0
/// when every chain holds, 2 when one does not (1 stays "the command failed"). Reads only: it neither migrates nor seeds.
/// </summary>
public static class VerifyRecordsCommand
{
    public const int Broken = 2;

    public static Command Create(IReadOnlyDictionary<string, string?>? settings, TextWriter output, TextWriter error)
    {
        var command = new Command("verify-records",
            "Sprawdza łańcuchy skrótów rejestrów niezmiennych (dziennik zdarzeń, protokoły F2, przeglądy, wersje komunikatów i materiałów, "
            + "kopie spisu, notatki działań) i wskazuje pierwszy naruszony wiersz każdego. Kod wyjścia 0: wszystkie nienaruszone; 2: naruszony łańcuch.");
        command.SetAction(async (_, ct) =>
        {
            await using var host = CliApp.BuildServices(settings);
            await using var scope = host.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var reports = await RecordChains.VerifyAsync(db, ct);
            foreach (var r in reports)
            {
                var line = r.Break is { } b
                    ? string.Create(CultureInfo.InvariantCulture,
                        $"{r.Table}: NARUSZONY — {Kind(b.Kind)}: wiersz Id {b.RowId ?? "–"}, nr {b.Sequence?.ToString(CultureInfo.InvariantCulture) ?? "–"} w łańcuchu: {b.Detail}")
                    : string.Create(CultureInfo.InvariantCulture,
                        $"{r.Table}: nienaruszony, wierszy {r.Rows}, ostatni nr {r.Head.Sequence}{(r.Head.Sequence > 0 ? ", skrót " + r.Head.Hash : "")}");
                await (r.Intact ? output : error).WriteLineAsync(line);
            }
            var broken = reports.Count(r => !r.Intact);
            if (broken > 0)
            {
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Naruszone łańcuchy: {broken}."));
                return Broken;
            }
            await output.WriteLineAsync("Wszystkie łańcuchy są nienaruszone. Skrót łączny: " + RecordChain.Combined(reports.Select(r => r.Head)));
            return 0;
        });
        return command;
    }

    private static string Kind(ChainBreakKind kind) => kind switch
    {
        ChainBreakKind.ContentChanged => "treść zmieniona",
        ChainBreakKind.LinkBroken => "łańcuch przerwany",
        ChainBreakKind.RowMissing => "brak wiersza",
        ChainBreakKind.NotInChain => "wiersz spoza łańcucha",
    };
}
