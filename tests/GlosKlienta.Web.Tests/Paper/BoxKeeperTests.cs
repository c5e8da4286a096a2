using GlosKlienta.Web.Tests.SurveyVersions;

namespace GlosKlienta.Web.Tests.Paper;

/// <summary>
/// Issue 12: the keepers of each box are reminded of the half-year's box-opening day, on the staff
/// home and by e-mail (a real SMTP server in the test process): once before the day, once more when
/// the half-year has ended and the box is still shut, and not at all once it is opened.
/// </summary>
public abstract class BoxKeeperTests(DatabaseKind kind) : VersionsAppTest(kind)
{
    private readonly InProcessSmtp smtp = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:From"] = "ankiety@lesko.pl",
        ["Smtp:Tls"] = "None",
        ["Reminders:BaseUrl"] = "https://bip.lesko.pl",
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await smtp.DisposeAsync();
    }

    private Task<int> RunAsync() => App.Factory.Services.GetRequiredService<BoxOpeningMailRunner>().RunOnceAsync(CancellationToken.None);

    private async Task<int> BoxIdAsync(string place) =>
        await App.WithDbAsync(db => db.SurveyBoxes.Where(b => b.Location.Contains(place)).Select(b => b.Id).SingleAsync());

    /// <summary>Names keepers through the page's own form, as the Pełnomocnik does.</summary>
    private static async Task<HttpResponseMessage> SetKeepersAsync(HttpClient client, Dictionary<int, string> keeperByBox)
    {
        var page = await Html.ParseAsync(await client.GetAsync("/personel/papier/skrzynki"));
        var fields = Html.HiddenFields(page, "main form[method=post]").ToList();
        foreach (var select in page.QuerySelectorAll<IHtmlSelectElement>("main select"))
        {
            var box = int.Parse(page.QuerySelector<IHtmlInputElement>($"input[name='{select.Name!.Replace(".KeeperId", ".BoxId", StringComparison.Ordinal)}']")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            fields.Add(new(select.Name!, keeperByBox.TryGetValue(box, out var keeper) ? keeper : select.Value ?? ""));
        }
        return await client.PostAsync("/personel/papier/skrzynki", new FormUrlEncodedContent(fields));
    }

    [SkippableFact]
    public async Task Keepers_AreNamedByThePelnomocnik_Audited_AndShownToThoseWhoKey()
    {
        var pelnomocnik = await App.SignInAsync("jakosc@lesko.pl", Roles.PelnomocnikSzj);
        var keeper = await App.CreateUserAsync("opiekun@lesko.pl", Roles.Pracownik);
        var parkowa = await BoxIdAsync("Parkowej");

        var saved = await SetKeepersAsync(pelnomocnik, new() { [parkowa] = keeper.Id });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal(keeper.Id, await App.WithDbAsync(db => db.SurveyBoxes.Where(b => b.Id == parkowa).Select(b => b.KeeperId).SingleAsync()));
        var entry = await App.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == PaperAudit.BoxKeeperSet));
        Assert.Equal(parkowa.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.SubjectId);
        Assert.Contains(keeper.Id, entry.Details, StringComparison.Ordinal);

        // Saving again unchanged records nothing more.
        await SetKeepersAsync(pelnomocnik, []);
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == PaperAudit.BoxKeeperSet)));

        // Someone who keys forms sees who keeps which box, but cannot change it.
        var clerk = await App.SignInAsync("pracownik@lesko.pl", Roles.Pracownik);
        var page = await Html.ParseAsync(await clerk.GetAsync("/personel/papier/skrzynki"));
        var row = page.QuerySelectorAll("main section.card").Single(r => r.TextContent.Contains("Parkowej", StringComparison.Ordinal));
        Assert.Contains("Osoba opiekun", row.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main select"));
        var refused = await SetKeepersAsync(clerk, new() { [parkowa] = keeper.Id });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/konto/brak-dostepu", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == PaperAudit.BoxKeeperSet)));
    }

    [SkippableFact]
    public async Task Keeper_IsEmailedAWeekBeforeTheDay_Once_AndAgainWhenTheHalfYearEndedWithTheBoxShut()
    {
        var pelnomocnik = await App.SignInAsync("jakosc@lesko.pl", Roles.PelnomocnikSzj);
        var keeper = await App.CreateUserAsync("opiekun@lesko.pl", Roles.Pracownik);
        var parkowa = await BoxIdAsync("Parkowej");
        var ratusz = await BoxIdAsync("Rynek 21");
        await SetKeepersAsync(pelnomocnik, new() { [parkowa] = keeper.Id, [ratusz] = keeper.Id });

        // Eight days before Wednesday 30 June 2027: too early.
        App.Clock.SetUtcNow(new DateTimeOffset(2027, 6, 22, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await RunAsync());
        Assert.Empty(smtp.Messages);

        App.Clock.SetUtcNow(new DateTimeOffset(2027, 6, 23, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, await RunAsync());
        Assert.Equal(0, await RunAsync());
        var message = Assert.Single(smtp.Messages);
        Assert.Equal("opiekun@lesko.pl", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("Otwarcie skrzynek na ankiety: środa, 30 czerwca 2027", message.Subject);
        Assert.Contains("Parkowej 1", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Rynek 21", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://bip.lesko.pl/personel/papier/otwarcie", message.TextBody, StringComparison.Ordinal);

        // The Parkowa box is opened on the day; the Ratusz box is forgotten.
        await App.WithDbAsync(async db =>
        {
            var version = await db.SurveyVersions.Select(v => v.Id).FirstAsync();
            db.BoxOpenings.Add(new BoxOpening { Year = 2027, Number = 1, SurveyBoxId = parkowa, OpenedOn = new DateOnly(2027, 6, 30), OpenedBy = "Osoba opiekun", FormCount = 3, SurveyVersionId = version });
            return await db.SaveChangesAsync();
        });
        App.Clock.SetUtcNow(new DateTimeOffset(2027, 7, 2, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await RunAsync());
        Assert.Equal(0, await RunAsync());
        var late = smtp.Messages[1];
        Assert.Equal("Nieotwarte skrzynki na ankiety: okres I półrocze 2027", late.Subject);
        Assert.Contains("Rynek 21", late.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Parkowej", late.TextBody, StringComparison.Ordinal);
        Assert.Contains("Protokół F2 nie może zostać zatwierdzony", late.TextBody, StringComparison.Ordinal);

        // The staff home names the keeper beside the box still shut.
        var home = await Html.ParseAsync(await (await App.SignInAsync("pracownik@lesko.pl", Roles.Pracownik)).GetAsync("/personel"));
        Assert.Contains("opiekun: Osoba opiekun", home.QuerySelector("#skrzynki-panel")!.ParentElement!.TextContent, StringComparison.Ordinal);

        var notices = await App.WithDbAsync(db => db.BoxOpeningNotices.AsNoTracking().OrderBy(n => n.Id).ToListAsync());
        Assert.Equal([false, false, true], notices.Select(n => n.Late));
        Assert.All(notices, n => Assert.NotNull(n.EmailedAt));
    }

    [SkippableFact]
    public async Task BoxWithoutKeeper_SendsNoMail_ButStaysOnThePanel()
    {
        App.Clock.SetUtcNow(new DateTimeOffset(2027, 6, 25, 8, 0, 0, TimeSpan.Zero));
        var clerk = await App.SignInAsync("pracownik@lesko.pl", Roles.Pracownik);

        Assert.Equal(0, await RunAsync());
        Assert.Empty(smtp.Messages);
        var panel = (await Html.ParseAsync(await clerk.GetAsync("/personel"))).QuerySelector("#skrzynki-panel")!.ParentElement!.TextContent;
        Assert.Contains("bez opiekuna", panel, StringComparison.Ordinal);
    }
}

public sealed class BoxKeeperSqliteTests() : BoxKeeperTests(DatabaseKind.Sqlite);

public sealed class BoxKeeperPostgresTests() : BoxKeeperTests(DatabaseKind.Postgres);
