using System.CommandLine;
using GlosKlienta.Web;
using GlosKlienta.Web.Data;
using GlosKlienta.Web.Features.Account;
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
            await output.WriteLineAsync($"Utworzono konto administratora {parse.GetValue(email)!.Trim()}.");
            return 0;
        });
        root.Subcommands.Add(createAdmin);

        var parseResult = root.Parse(args);
        return await parseResult.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
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
        services.AddSingleton(TimeProvider.System);
        services.AddAppDatabase(configuration);
        services.AddSingleton<OfficeSeeder>();
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
