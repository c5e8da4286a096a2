using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using GlosKlienta.Web.Features.Accounts;
using GlosKlienta.Web.Features.Audit;
using GlosKlienta.Web.Features.Directory;
using GlosKlienta.Web.Features.Office;
using GlosKlienta.Web.Features.Paper;
using GlosKlienta.Web.Features.Reception;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Browser.Tests.Infrastructure;

/// <summary>
/// The real application on Kestrel (127.0.0.1, a free port) with its own SQLite file, and one
/// Chromium for every test of the collection. Without <c>/usr/bin/chromium</c> nothing is started
/// and every test skips (<see cref="SkipIfNoChromium"/>).
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string NoChromiumReason = "Chromium not installed: apt-get install -y chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string folder = Path.Combine(Path.GetTempPath(), "glosklienta-browser-" + Guid.NewGuid().ToString("N"));
    private KestrelAppFactory? factory;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public static bool ChromiumInstalled => File.Exists(ChromiumPath);

    public static void SkipIfNoChromium() => Skip.IfNot(ChromiumInstalled, NoChromiumReason);

    /// <summary>The application's address, such as <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Settings of this fixture's application besides the test defaults (a kiosk's short idle time, say).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public IServiceProvider Services => factory?.Services ?? throw new InvalidOperationException(NoChromiumReason);

    /// <summary>Where screenshots go: beside the test assembly (bin/...), never in the repository.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!ChromiumInstalled) return;
        Directory.CreateDirectory(folder);
        factory = new KestrelAppFactory(Path.Combine(folder, "glosklienta.db"), Settings);
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.Single().TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        // LaunchAsync (not a persistent context) gives every run a new, empty profile folder of its own.
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 30_000,
        });
    }

    /// <summary>
    /// A fresh browser context (no cookies) with one page, <paramref name="width"/> CSS pixels wide; with <paramref name="touch"/>
    /// a touch screen as a tablet has one (touch events, a mobile viewport).
    /// </summary>
    public async Task<BrowserSession> OpenAsync(int width = 1280, int height = 900, bool touch = false)
    {
        var context = await (browser ?? throw new InvalidOperationException(NoChromiumReason)).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "pl-PL",
            HasTouch = touch,
            IsMobile = touch,
        });
        context.SetDefaultTimeout(10_000);
        // CI runs the browser and web suites side by side on 2 cores: a first page load can take longer than 15 s
        // there (a keyboard navigation to the directory timed out once), so public sessions wait as long as staff ones.
        context.SetDefaultNavigationTimeout(30_000);
        return new BrowserSession(context, await context.NewPageAsync());
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private sealed class KestrelAppFactory(string databasePath, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            // An empty connection string makes the application use Database:SqlitePath, whatever the environment says.
            builder.UseSetting("ConnectionStrings:GlosKlienta", "");
            builder.UseSetting("Database:SqlitePath", databasePath);
            builder.UseSetting("Survey:SubmissionLimit:PermitLimit", "100000");
            builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        }
    }
}

/// <summary>One browser context and its page; closing it forgets cookies and storage.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public IBrowserContext Context { get; } = context;

    public ValueTask DisposeAsync() => new(Context.CloseAsync());
}

/// <summary>
/// The tests run in two collections, each with its own application, database and Chromium, so
/// that the two halves run side by side; within a collection tests run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <inheritdoc cref="BrowserCollection"/>
[CollectionDefinition(Name)]
public sealed class SecondBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser-2";
}
