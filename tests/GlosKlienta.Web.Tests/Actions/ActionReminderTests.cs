using GlosKlienta.Web.Features.Actions;

namespace GlosKlienta.Web.Tests.Actions;

/// <summary>Reminders before an action's due date and when it is overdue, to the owning post and the Pełnomocnik, on a fake clock.</summary>
public abstract class ActionReminderTests(DatabaseKind kind) : ActionsAppTest(kind)
{
    private readonly InProcessSmtp smtp = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Smtp:From"] = "szj@lesko.pl",
        ["Smtp:Tls"] = "None",
        ["Reminders:BaseUrl"] = "https://ankieta.lesko.pl",
        ["Reminders:DaysBefore:0"] = "7",
        ["Reminders:DaysBefore:1"] = "2",
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await smtp.DisposeAsync();
    }

    private Task<int> RunAsync() => App.Factory.Services.GetRequiredService<ActionReminderRunner>().RunOnceAsync(CancellationToken.None);

    [SkippableFact]
    public async Task EachThreshold_IsToldOnce_ToTheOwningPostAndThePelnomocnik_UntilTheActionIsDone()
    {
        var representative = await App.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        var (post, _) = await App.PostAsync();
        await App.WithDbAsync(db => db.Posts.Where(p => p.Id == int.Parse(post, CultureInfo.InvariantCulture)).ExecuteUpdateAsync(s => s.SetProperty(p => p.Email, "usc@lesko.pl")));
        var id = await App.CreateAsync(representative, dueInDays: 10);

        Assert.Equal(0, await RunAsync());
        App.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await RunAsync());
        Assert.Equal(0, await RunAsync());
        // Other reminders of the office (box openings, terms) may write too; these are the action's.
        IReadOnlyList<MimeKit.MimeMessage> Mine() => smtp.Messages.Where(m => m.Subject?.StartsWith("Działanie ", StringComparison.Ordinal) == true).ToList();
        // The mailer sends each recipient a message of their own.
        Assert.Equal(["pelnomocnik@lesko.pl", "usc@lesko.pl"], Mine().SelectMany(m => m.To.Mailboxes).Select(m => m.Address).Order(StringComparer.Ordinal));
        var first = Mine()[0];
        Assert.Contains(ActionNumbers.Format(id), first.Subject, StringComparison.Ordinal);
        Assert.Contains("https://ankieta.lesko.pl" + ActionPaths.Action(id), first.TextBody, StringComparison.Ordinal);

        App.Clock.Advance(TimeSpan.FromDays(5));
        Assert.Equal(1, await RunAsync());
        App.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await RunAsync());
        Assert.Contains("termin minął", Mine()[^1].Subject, StringComparison.Ordinal);
        // Days later the first session has expired: sign in again.
        var again = App.Anonymous();
        await StaffAccounts.PostSignInAsync(again, "pelnomocnik@lesko.pl", StaffAccounts.Password);
        var home = await Html.ParseAsync(await again.GetAsync("/personel"));
        Assert.Contains(ActionNumbers.Format(id), home.QuerySelector("section[aria-labelledby=dzialania-panel-tytul]")!.TextContent, StringComparison.Ordinal);

        await App.WithDbAsync(db => db.QualityActions.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, GlosKlienta.Domain.Actions.ActionStatus.Done)));
        App.Clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal(0, await RunAsync());
        Assert.Equal(["7-dni", "2-dni", "po-terminie"], await App.WithDbAsync(db => db.ActionReminders.OrderBy(r => r.Id).Select(r => r.Threshold).ToListAsync()));
        Assert.Equal(6, Mine().Count);
    }
}

public sealed class ActionReminderSqliteTests() : ActionReminderTests(DatabaseKind.Sqlite);

public sealed class ActionReminderPostgresTests() : ActionReminderTests(DatabaseKind.Postgres);
