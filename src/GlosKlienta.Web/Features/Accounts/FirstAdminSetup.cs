using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace GlosKlienta.Web.Features.Accounts;

/// <summary>
/// There is no default password. While no staff account exists, each start makes a one-time
/// secret and prints a setup link on the console once; the same link is written to
/// <see cref="TokenFileName"/> in the data folder, readable only by the service account (mode 0600),
/// for a service whose console nobody watches. Whoever can read either creates the first administrator.
/// The secret lives in memory and that file only; it dies when used, and it is refused (and the file
/// removed) as soon as any administrator exists, however that account was made (<c>create-admin</c> included).
/// </summary>
public sealed class FirstAdminSetup(IServiceScopeFactory scopes, DatabaseSettings database, ILogger<FirstAdminSetup> logger)
{
    private readonly Lock gate = new();
    private string? token;

    public const string PathPrefix = "/konfiguracja/";
    public const string TokenFileName = "first-admin-setup.txt";

    /// <summary>Where the link is written: <see cref="TokenFileName"/> in the data folder.</summary>
    public string TokenFile => Path.Combine(database.DataFolder, TokenFileName);

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
        string opened;
        bool created;
        lock (gate)
        {
            created = token is null;
            token ??= WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));
            opened = token;
        }
        if (created) WriteTokenFile(opened);
        return opened;
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> may still create the first administrator: it is the current token and no
    /// administrator exists. Finding one closes the setup for good.
    /// </summary>
    public async Task<bool> IsUsableAsync(string? candidate, AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!Matches(candidate)) return false;
        var anyAdministrator = await (from ur in db.UserRoles
                                      join r in db.Roles on ur.RoleId equals r.Id
                                      where r.Name == GlosKlienta.Domain.Staff.Roles.Administrator
                                      select ur.UserId).AnyAsync(cancellationToken);
        if (!anyAdministrator) return true;
        Close();
        return false;
    }

    /// <summary>Ends the setup: the token is forgotten and its file removed.</summary>
    public void Close()
    {
        lock (gate) token = null;
        DeleteTokenFile();
    }

    private void WriteTokenFile(string secret)
    {
        try
        {
            System.IO.Directory.CreateDirectory(database.DataFolder);
            // Created afresh, so the mode below applies (an existing file would keep its own).
            DeleteTokenFile();
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using var writer = new StreamWriter(TokenFile, System.Text.Encoding.UTF8, options);
            writer.WriteLine(PathPrefix + secret);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The console still shows the link; the file is a convenience, not the only way in.
            logger.LogWarning(ex, "The first-admin setup link could not be written to {File}", TokenFile);
        }
    }

    private void DeleteTokenFile()
    {
        try
        {
            File.Delete(TokenFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "The used first-admin setup link could not be removed from {File}", TokenFile);
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
        }
        DeleteTokenFile();
        return true;
    }

    /// <summary>Prints the setup link once the server knows its addresses.</summary>
    public static void PrintLinkWhenStarted(WebApplication app, string setupToken)
    {
        var file = app.Services.GetRequiredService<FirstAdminSetup>().TokenFile;
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
            Console.WriteLine($"(ten sam link jest w pliku {file}, czytelnym tylko dla konta usługi)");
            Console.WriteLine("(albo użyj: dotnet run --project src/GlosKlienta.Cli -- create-admin --email ADRES --name \"Imię Nazwisko\")");
            Console.WriteLine();
        });
    }
}
