using System.CommandLine;
using System.Globalization;
using GlosKlienta.Domain.Register;
using GlosKlienta.Domain.Staff;
using GlosKlienta.Web;
using GlosKlienta.Web.Data;
using GlosKlienta.Web.Features.Accounts;
using GlosKlienta.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GlosKlienta.Cli;

/// <summary>
/// The administration command line: <c>dotnet run --project src/GlosKlienta.Cli -- &lt;verb&gt;</c>.
/// It reads the same configuration as the web application (appsettings.json, environment
/// variables such as <c>Database__Provider</c> and <c>ConnectionStrings__GlosKlienta</c>).
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(
        string[] args,
        TextReader input,
        TextWriter output,
        TextWriter error,
        bool inputRedirected,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var root = new RootCommand("Głos Klienta: polecenia administracyjne");

        var migrate = new Command("migrate", "Tworzy lub aktualizuje schemat bazy danych i zakłada dane urzędu, jeśli baza jest nowa.");
        migrate.SetAction(async (_, ct) =>
        {
            await using var host = BuildServices(settings);
            await DatabaseSetup.MigrateAndSeedAsync(host, ct);
            await output.WriteLineAsync("Baza danych jest aktualna.");
            return 0;
        });
        root.Subcommands.Add(migrate);

        var email = new Option<string>("--email") { Description = "Adres e-mail administratora (login).", Required = true };
        var name = new Option<string>("--name") { Description = "Imię i nazwisko administratora.", Required = true };
        var createAdmin = new Command("create-admin", "Tworzy konto administratora. Hasło jest czytane ze standardowego wejścia albo podawane w odpowiedzi na pytanie.")
        {
            email,
            name,
        };
        createAdmin.SetAction(async (parse, ct) =>
        {
            var password = await ReadPasswordAsync(input, output, inputRedirected);
            if (password is null)
            {
                await error.WriteLineAsync("Hasła się różnią albo nie podano hasła. Nic nie utworzono.");
                return 1;
            }
            await using var host = BuildServices(settings);
            await DatabaseSetup.MigrateAndSeedAsync(host, ct);
            await using var scope = host.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var result = await StaffIdentity.CreateAdministratorAsync(users, parse.GetValue(email)!.Trim(), parse.GetValue(name)!.Trim(), password);
            if (!result.Succeeded)
            {
                foreach (var e in result.Errors) await error.WriteLineAsync(e.Description);
                return 1;
            }
            // The command line leaves the same trace in the audit log as the setup link does.
            var created = await users.FindByEmailAsync(parse.GetValue(email)!.Trim());
            await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordNowAsync(
                AuditActions.AccountCreated, "create-admin (wiersz poleceń)", subjectType: AuditActions.StaffUserSubject,
                subjectId: created!.Id, details: new { roles = new[] { Roles.Administrator } }, cancellationToken: ct);
            await output.WriteLineAsync($"Utworzono konto administratora {parse.GetValue(email)!.Trim()}.");
            return 0;
        });
        root.Subcommands.Add(createAdmin);

        root.Subcommands.Add(TermsCommand(output, error));
        root.Subcommands.Add(ReportCommand.Build(output, error, settings));
        root.Subcommands.Add(FormsCommand.Build(output, error, settings));
        root.Subcommands.Add(ScanCommand.Build(output, error, settings));
        root.Subcommands.Add(ImportResponsesCommand.Create(settings, output, error));
        root.Subcommands.Add(GlosKlienta.Cli.Backup.BackupCommand.Backup(output, error, settings));
        root.Subcommands.Add(GlosKlienta.Cli.Backup.BackupCommand.Restore(output, error, settings));
        root.Subcommands.Add(VerifyRecordsCommand.Create(settings, output, error));

        var parseResult = root.Parse(args);
        try
        {
            // Failures are told in plain words (what failed and why), not as a stack trace.
            return await parseResult.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Przerwano.");
            return 130;
        }
        catch (Exception e)
        {
            await error.WriteLineAsync(FailureMessage(parseResult.CommandResult.Command.Name, e));
            return 1;
        }
    }

    /// <summary>The verb that failed and the messages of the exception and its causes, one line.</summary>
    internal static string FailureMessage(string verb, Exception e)
    {
        var reasons = new List<string>();
        for (var x = e; x is not null; x = x.InnerException)
            if (!string.IsNullOrWhiteSpace(x.Message) && !reasons.Contains(x.Message.Trim())) reasons.Add(x.Message.Trim());
        return $"Polecenie {verb} nie powiodło się: {string.Join(" ← ", reasons)}";
    }

    private static readonly Dictionary<string, TermKind> TermKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["skarga"] = TermKind.Skarga,
        ["wniosek"] = TermKind.Wniosek,
        ["petycja"] = TermKind.Petycja,
        ["przekazanie"] = TermKind.Przekazanie,
        ["przekazanie-petycji"] = TermKind.PrzekazaniePetycji,
        ["wyjasnienie"] = TermKind.Wyjasnienie,
        ["wyjaśnienie"] = TermKind.Wyjasnienie,
    };

    private static readonly Dictionary<string, SenderKind> SenderKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["obywatel"] = SenderKind.Obywatel,
        ["posel"] = SenderKind.Posel,
        ["poseł"] = SenderKind.Posel,
        ["senator"] = SenderKind.Senator,
        ["radny"] = SenderKind.Radny,
    };

    /// <summary>
    /// <c>terms</c>: the statutory term for a date of receipt, computed by <see cref="StatutoryDeadline"/>. The first
    /// line is the due date alone, so scripts can read it; the explanation follows. Needs no database.
    /// </summary>
    private static Command TermsCommand(TextWriter output, TextWriter error)
    {
        var kind = new Option<string>("--kind")
        {
            Description = "Rodzaj terminu: skarga, wniosek (załatwienie: 1 miesiąc), "
                + "petycja (3 miesiące), przekazanie (skargi lub wniosku właściwemu organowi: 7 dni), "
                + "przekazanie-petycji (właściwemu podmiotowi: 30 dni), "
                + "wyjasnienie (odpowiedź wnoszącego na wezwanie do wyjaśnienia lub uzupełnienia: 7 dni od doręczenia wezwania).",
            Required = true,
        };
        var received = new Option<string>("--received")
        {
            Description = "Data wpływu w formacie RRRR-MM-DD; dla rodzaju wyjasnienie: data doręczenia wezwania wnoszącemu.",
            Required = true,
        };
        var sender = new Option<string>("--sender")
        {
            Description = "Kto wniósł lub przekazał sprawę: obywatel (domyślnie), posel, senator, radny. Termin załatwienia skargi "
                + "i wniosku pozostaje miesięczny; dla posła, senatora i radnego wypisuje dodatkowo termin 14 dni na zawiadomienie "
                + "go o sposobie załatwienia lub stanie sprawy (art. 237 § 2, art. 247 KPA). Przy pozostałych rodzajach bez znaczenia.",
        };
        var terms = new Command("terms", "Oblicza termin ustawowy (art. 57 KPA, soboty i dni ustawowo wolne od pracy). "
            + "Pierwszy wiersz: sam termin (RRRR-MM-DD); potem koniec nominalny z podstawą prawną i powód każdego przesunięcia; "
            + "dla posła, senatora i radnego na końcu termin zawiadomienia z art. 237 § 2 KPA z jego przesunięciami.")
        {
            kind,
            received,
            sender,
        };
        terms.SetAction(parse =>
        {
            var kindText = parse.GetValue(kind)!.Trim();
            if (!TermKinds.TryGetValue(kindText, out var termKind))
            {
                error.WriteLine($"Nieznany rodzaj terminu „{kindText}”. Dozwolone: skarga, wniosek, petycja, przekazanie, przekazanie-petycji, wyjasnienie.");
                return 1;
            }
            var receivedText = parse.GetValue(received)!.Trim();
            if (!DateOnly.TryParseExact(receivedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var receivedDate))
            {
                error.WriteLine($"Niepoprawna data wpływu „{receivedText}”. Podaj istniejącą datę w formacie RRRR-MM-DD, np. 2026-04-02.");
                return 1;
            }
            var senderText = parse.GetValue(sender)?.Trim() ?? "obywatel";
            if (!SenderKinds.TryGetValue(senderText, out var senderKind))
            {
                error.WriteLine($"Nieznany wnoszący „{senderText}”. Dozwolone: obywatel, posel, senator, radny.");
                return 1;
            }
            if (receivedDate < StatutoryDeadline.EarliestSupported)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Terminy są liczone dla dat od {StatutoryDeadline.EarliestSupported:yyyy-MM-dd} (od tego dnia art. 57 § 4 KPA obejmuje soboty)."));
                return 1;
            }

            Deadline deadline;
            try
            {
                deadline = StatutoryDeadline.For(termKind, receivedDate, senderKind);
            }
            catch (ArgumentOutOfRangeException)
            {
                error.WriteLine($"Termin od daty {receivedText} wykracza poza obsługiwany kalendarz.");
                return 1;
            }
            output.WriteLine(deadline.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            foreach (var line in deadline.Explanation) output.WriteLine(line);
            // Art. 237 § 2 KPA: a notice with its own deadline, printed after the handling term, which stays first.
            var caseKind = termKind switch { TermKind.Skarga => CaseKind.Skarga, TermKind.Wniosek => CaseKind.Wniosek, _ => (CaseKind?)null };
            if (caseKind is { } ck && MemberNotice.For(ck, senderKind, receivedDate) is { } notice)
            {
                output.WriteLine($"Zawiadomienie {MemberNotice.Dative(senderKind)} o sposobie załatwienia lub stanie sprawy ({notice.LegalBasis}): "
                    + notice.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                foreach (var line in notice.Explanation) output.WriteLine(line);
            }
            return 0;
        });
        return terms;
    }

    /// <summary>The services the verbs need: configuration as the web application reads it, the database and staff accounts.</summary>
    internal static ServiceProvider BuildServices(IReadOnlyDictionary<string, string?>? settings)
    {
        var contentRoot = AppHost.ContentRootFor(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        var configuration = new ConfigurationBuilder()
            .SetBasePath(contentRoot)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddGlosKlienta(configuration);
        services.AddStaffIdentityCore();
        return services.BuildServiceProvider();
    }

    private static async Task<string?> ReadPasswordAsync(TextReader input, TextWriter output, bool inputRedirected)
    {
        if (inputRedirected)
        {
            var line = await input.ReadLineAsync();
            return string.IsNullOrEmpty(line) ? null : line;
        }
        var first = Prompt(output, "Hasło: ");
        var second = Prompt(output, "Powtórz hasło: ");
        return !string.IsNullOrEmpty(first) && first == second ? first : null;
    }

    private static string Prompt(TextWriter output, string label)
    {
        output.Write(label);
        var chars = new List<char>();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (chars.Count > 0) chars.RemoveAt(chars.Count - 1);
                continue;
            }
            if (!char.IsControl(key.KeyChar)) chars.Add(key.KeyChar);
        }
        output.WriteLine();
        return new string([.. chars]);
    }
}
