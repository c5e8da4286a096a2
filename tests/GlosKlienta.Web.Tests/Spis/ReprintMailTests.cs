using GlosKlienta.Domain.Staff;
using GlosKlienta.Web.Features.Spis;
using GlosKlienta.Web.Tests.Infrastructure;
using GlosKlienta.Web.Tests.SurveyVersions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GlosKlienta.Web.Tests.Spis;

/// <summary>
/// Procedure row 2 by e-mail, with a real SMTP server in the test process: a directory change that makes
/// printed boards or signs out of date sends their keeper one message listing them, once per change.
/// </summary>
public abstract class ReprintMailTests : IAsyncLifetime
{
    private const string WastePost = "Stanowisko ds. gospodarki odpadami";
    private readonly InProcessSmtp smtp = new();
    private VersionsApp? app;

    private VersionsApp App
    {
        get
        {
            Skip.If(app is null, TestDatabase.PostgresSkipReason);
            return app!;
        }
    }

    protected abstract Task<TestDatabase?> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        var database = await CreateDatabaseAsync();
        if (database is null) return;
        app = new VersionsApp(database, new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:From"] = "spis@lesko.pl",
            ["Smtp:Tls"] = "None",
            ["Reminders:BaseUrl"] = "https://bip.lesko.pl",
        });
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        await smtp.DisposeAsync();
    }

    private Task<int> RunAsync() => App.Factory.Services.GetRequiredService<ReprintReminderRunner>().RunOnceAsync(CancellationToken.None);

    [SkippableFact]
    public async Task AChangeOfPrintedItems_IsEmailedToTheirKeeperOnce_AndAgainAfterTheNextChange()
    {
        var editor = await App.SignInAsync("kierownik@lesko.pl", Roles.KierownikReferatu);
        var keeper = await App.CreateUserAsync("opiekun@lesko.pl", Roles.Pracownik);
        var other = await App.CreateUserAsync("inny@lesko.pl", Roles.Pracownik);
        var room = await SpisSteps.RoomIdAsync(App, "ratusz", "1");
        await SpisSteps.SetKeepersAsync(editor, new Dictionary<string, string> { [$"drzwi/{room}"] = keeper.Id, ["a/ratusz"] = keeper.Id, ["a/parkowa"] = other.Id, ["b/ratusz"] = other.Id });
        await SpisSteps.MarkAllPrintedAsync(editor);
        Assert.Equal(0, await RunAsync());
        Assert.Empty(smtp.Messages);

        await SpisSteps.EditPostAsync(App, editor, WastePost, f => f.Set("Name", "Stanowisko ds. gospodarki odpadami komunalnymi"));
        Assert.Equal(2, await RunAsync());
        Assert.Equal(0, await RunAsync());

        var message = Assert.Single(smtp.Messages);
        Assert.Equal("opiekun@lesko.pl", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("Do ponownego wydruku: 2 (tablice i oznaczenia drzwi)", message.Subject);
        Assert.Contains("– Tablica A – pokoje: Ratusz", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("– Pokój 1 – Ratusz", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://bip.lesko.pl/personel/tablice", message.TextBody, StringComparison.Ordinal);

        // A second change before reprinting is a new text: told again.
        await SpisSteps.EditPostAsync(App, editor, "Stanowisko ds. gospodarki odpadami komunalnymi", f => f.Set("Name", "Stanowisko ds. odpadów komunalnych"));
        Assert.Equal(2, await RunAsync());
        Assert.Equal(2, smtp.Messages.Count);

        // Reprinted and marked: nothing more to tell.
        var keeperClient = App.Anonymous();
        await StaffAccounts.PostSignInAsync(keeperClient, "opiekun@lesko.pl", StaffAccounts.Password);
        await SpisSteps.MarkAllPrintedAsync(keeperClient);
        Assert.Equal(0, await RunAsync());
        Assert.Equal(2, smtp.Messages.Count);

        var notices = await App.WithDbAsync(db => db.ReprintNotices.AsNoTracking().ToListAsync());
        Assert.Equal(4, notices.Count);
        Assert.All(notices, n => Assert.Equal(keeper.Id, n.KeeperId));
        Assert.All(notices, n => Assert.NotNull(n.EmailedAt));
    }
}

public sealed class ReprintMailSqliteTests : ReprintMailTests
{
    protected override Task<TestDatabase?> CreateDatabaseAsync() => Task.FromResult<TestDatabase?>(TestDatabase.CreateSqlite());
}

public sealed class ReprintMailPostgresTests : ReprintMailTests
{
    protected override async Task<TestDatabase?> CreateDatabaseAsync() =>
        TestDatabase.PostgresServer is null ? null : await TestDatabase.CreatePostgresAsync();
}
