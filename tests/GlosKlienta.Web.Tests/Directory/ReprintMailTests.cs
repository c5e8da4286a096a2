using GlosKlienta.Web.Tests.SurveyVersions;

namespace GlosKlienta.Web.Tests.Directory;

/// <summary>
/// Procedure row 2 by e-mail, with a real SMTP server in the test process: a directory change that makes
/// printed boards or signs out of date sends their keeper one message listing them, once per change.
/// </summary>
public abstract class ReprintMailTests(DatabaseKind kind) : VersionsAppTest(kind)
{
    private const string WastePost = "Stanowisko ds. gospodarki odpadami";
    private readonly InProcessSmtp smtp = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:From"] = "spis@lesko.pl",
        ["Smtp:Tls"] = "None",
        ["Reminders:BaseUrl"] = "https://bip.lesko.pl",
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await smtp.DisposeAsync();
    }

    private Task<int> RunAsync() => App.Factory.Services.GetRequiredService<ReprintReminderRunner>().RunOnceAsync(CancellationToken.None);

    [SkippableFact]
    public async Task AChangeOfPrintedItems_IsEmailedToTheirKeeperOnce_AndAgainAfterTheNextChange()
    {
        var editor = await App.SignInAsync("kierownik@lesko.pl", Roles.KierownikReferatu);
        var keeper = await App.CreateUserAsync("opiekun@lesko.pl", Roles.Pracownik);
        var other = await App.CreateUserAsync("inny@lesko.pl", Roles.Pracownik);
        var room = await DirectorySteps.RoomIdAsync(App, "ratusz", "1");
        await DirectorySteps.SetKeepersAsync(editor, new Dictionary<string, string> { [$"drzwi/{room}"] = keeper.Id, ["a/ratusz"] = keeper.Id, ["a/parkowa"] = other.Id, ["b/ratusz"] = other.Id });
        await DirectorySteps.MarkAllPrintedAsync(editor);
        Assert.Equal(0, await RunAsync());
        Assert.Empty(smtp.Messages);

        await DirectorySteps.EditPostAsync(App, editor, WastePost, f => f.Set("Name", "Stanowisko ds. gospodarki odpadami komunalnymi"));
        Assert.Equal(2, await RunAsync());
        Assert.Equal(0, await RunAsync());

        var message = Assert.Single(smtp.Messages);
        Assert.Equal("opiekun@lesko.pl", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("Do ponownego wydruku: 2 (tablice i oznaczenia drzwi)", message.Subject);
        Assert.Contains("– Tablica A – pokoje: Ratusz", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("– Pokój 1 – Ratusz", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://bip.lesko.pl/personel/tablice", message.TextBody, StringComparison.Ordinal);

        // A second change before reprinting is a new text: told again.
        await DirectorySteps.EditPostAsync(App, editor, "Stanowisko ds. gospodarki odpadami komunalnymi", f => f.Set("Name", "Stanowisko ds. odpadów komunalnych"));
        Assert.Equal(2, await RunAsync());
        Assert.Equal(2, smtp.Messages.Count);

        // Reprinted and marked: nothing more to tell.
        var keeperClient = App.Anonymous();
        await StaffAccounts.PostSignInAsync(keeperClient, "opiekun@lesko.pl", StaffAccounts.Password);
        await DirectorySteps.MarkAllPrintedAsync(keeperClient);
        Assert.Equal(0, await RunAsync());
        Assert.Equal(2, smtp.Messages.Count);

        var notices = await App.WithDbAsync(db => db.ReprintNotices.AsNoTracking().ToListAsync());
        Assert.Equal(4, notices.Count);
        Assert.All(notices, n => Assert.Equal(keeper.Id, n.KeeperId));
        Assert.All(notices, n => Assert.NotNull(n.EmailedAt));
    }

    [SkippableFact]
    public async Task ASignOfARoomLeftEmpty_IsToTakeDown_ForItsKeeper_OnThePageOnTheHomePanelAndByEmail()
    {
        var editor = await App.SignInAsync("kierownik@lesko.pl", Roles.KierownikReferatu);
        var keeper = await App.CreateUserAsync("opiekun@lesko.pl", Roles.Pracownik);
        var cashRoom = await DirectorySteps.RoomIdAsync(App, "parkowa", "2");
        var firstRoom = await DirectorySteps.RoomIdAsync(App, "parkowa", "1");
        await DirectorySteps.SetKeepersAsync(editor, new Dictionary<string, string> { [$"drzwi/{cashRoom}"] = keeper.Id });
        await DirectorySteps.MarkAllPrintedAsync(editor);

        // The cash desk moves to room 1: room 2 is empty and has no sign any more.
        await DirectorySteps.EditPostAsync(App, editor, "Kasa", f => f.Set("RoomId", firstRoom.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var prints = await Html.ParseAsync(await editor.GetAsync("/personel/tablice"));
        var takeDown = Texts.Of(prints.QuerySelector("ul.take-down"));
        Assert.Contains("Pokój 2 – ", takeDown);
        Assert.Contains("opiekun: Osoba opiekun", takeDown);
        var keeperClient = App.Anonymous();
        await StaffAccounts.PostSignInAsync(keeperClient, "opiekun@lesko.pl", StaffAccounts.Password);
        Assert.Contains("Pokój 2 – ", Texts.Of((await Html.ParseAsync(await keeperClient.GetAsync("/personel"))).QuerySelector("section[aria-labelledby=do-wydruku] ul.take-down")));

        Assert.Equal(1, await RunAsync());
        Assert.Equal(0, await RunAsync());
        var message = Assert.Single(smtp.Messages);
        Assert.Equal("Do zdjęcia: 1 (tablice i oznaczenia drzwi)", message.Subject);
        Assert.Contains("Zdejmij je:", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("– Pokój 2 – ", message.TextBody, StringComparison.Ordinal);

        // Taken down and marked: gone from the page and the panel.
        var page = await Html.ParseAsync(await keeperClient.GetAsync("/personel/tablice"));
        var form = page.QuerySelector("ul.take-down form")!;
        var fields = Html.HiddenFields(page, "ul.take-down form").ToList();
        var done = await keeperClient.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, done.StatusCode);
        Assert.Null((await Html.ParseAsync(await keeperClient.GetAsync("/personel/tablice"))).QuerySelector("ul.take-down"));
        Assert.Null((await Html.ParseAsync(await keeperClient.GetAsync("/personel"))).QuerySelector("section[aria-labelledby=do-wydruku]"));
        Assert.Equal(0, await RunAsync());
        Assert.Contains(await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Select(e => e.Action).ToListAsync()), a => a == DirectoryActions.TakenDown);
    }
}

public sealed class ReprintMailSqliteTests() : ReprintMailTests(DatabaseKind.Sqlite);

public sealed class ReprintMailPostgresTests() : ReprintMailTests(DatabaseKind.Postgres);
