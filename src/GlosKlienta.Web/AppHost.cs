namespace GlosKlienta.Web;

public static class AppHost
{
    /// <summary>
    /// The content root (where appsettings.json is read from). A published application is started
    /// in its own folder and keeps the default; started from the repository root by
    /// <c>dotnet run</c>, it reads the settings copied beside the program.
    /// </summary>
    public static string? ContentRootFor(string workingDirectory) =>
        File.Exists(Path.Combine(workingDirectory, "appsettings.json")) ? null : AppContext.BaseDirectory;
}
