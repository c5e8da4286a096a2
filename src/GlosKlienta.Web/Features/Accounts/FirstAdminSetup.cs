using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace GlosKlienta.Web.Features.Accounts;

/// <summary>
/// There is no default password. While no staff account exists, each start makes a one-time
/// secret and prints a setup link on the console; whoever can read the server's console opens
/// it and creates the first administrator. The secret lives in memory only and dies when used.
/// </summary>
public sealed class FirstAdminSetup(IServiceScopeFactory scopes)
{
    private readonly Lock gate = new();
    private string? token;

    public const string PathPrefix = "/konfiguracja/";

    public bool IsOpen
    {
        get { lock (gate) return token is not null; }
    }

    /// <summary>Opens the setup when there are no users; returns the token, or null when accounts exist.</summary>
    public async Task<string?> OpenIfNoUsersAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Users.AnyAsync(cancellationToken)) return null;
        lock (gate)
        {
            token ??= WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));
            return token;
        }
    }

    public bool Matches(string? candidate)
    {
        lock (gate)
        {
            if (token is null || candidate is null) return false;
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(candidate));
        }
    }

    /// <summary>Closes the setup if <paramref name="candidate"/> is the current token; true when this call closed it.</summary>
    public bool TryConsume(string? candidate)
    {
        lock (gate)
        {
            if (token is null || candidate is null) return false;
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(candidate))) return false;
            token = null;
            return true;
        }
    }

    /// <summary>Prints the setup link once the server knows its addresses.</summary>
    public static void PrintLinkWhenStarted(WebApplication app, string setupToken)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            var baseAddress = addresses?.FirstOrDefault() ?? "http://localhost:5080";
            baseAddress = baseAddress.Replace("://[::]", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://+", "://localhost", StringComparison.Ordinal);
            // Written to the console, not the log: a one-time secret does not belong in log storage.
            Console.WriteLine();
            Console.WriteLine("Brak kont pracowników. Aby utworzyć pierwsze konto administratora, otwórz jednorazowy link:");
            Console.WriteLine($"  {baseAddress.TrimEnd('/')}{PathPrefix}{setupToken}");
            Console.WriteLine("(albo użyj: dotnet run --project src/GlosKlienta.Cli -- create-admin --email ADRES --name \"Imię Nazwisko\")");
            Console.WriteLine();
        });
    }
}
