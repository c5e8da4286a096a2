using Microsoft.Extensions.Time.Testing;
using GlosKlienta.Web.Features.Register.Reminders;
using GlosKlienta.Web.Features.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace GlosKlienta.Web.Tests.Register.Reminders;

/// <summary>
/// Term warnings with a fake clock and a real SMTP server in the test process: each threshold is e-mailed once to
/// the case owner and the register keepers, without the sender's personal data, and shows on the dashboard.
/// The same tests run on SQLite and PostgreSQL (the subclasses at the end).
/// </summary>
public abstract class TermReminderTests(DatabaseKind kind) : DatabaseTest(kind, empty: true), IAsyncLifetime
{
    // 10:00 in Lesko on Monday 16 March 2026.
    private static readonly DateTimeOffset Start = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    private InProcessSmtp smtp = new();
    private readonly FakeTimeProvider clock = new(Start);
    private AppFactory? factory;
    private WebApplicationFactory<Program>? instance;

    private WebApplicationFactory<Program> app => instance ?? throw new InvalidOperationException(TestDatabase.PostgresSkipReason);


    public async Task InitializeAsync()
    {
        var database = await CreateDatabaseAsync();
        if (database is null) return;
        factory = new AppFactory(database, new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:From"] = "rejestr@lesko.pl",
            ["Smtp:Tls"] = "None",
            ["Reminders:BaseUrl"] = "https://skargi.lesko.pl",
        });
        instance = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
    }

    public async Task DisposeAsync()
    {
        if (instance is not null) await instance.DisposeAsync();
        if (factory is not null) await factory.DisposeAsync();
        await smtp.DisposeAsync();
    }

    private async Task<string> UserAsync(string email, string role) =>
        (await GlosKlienta.Tests.Shared.TestStaffUsers.CreateAsync(app.Services, email, StaffAccounts.Password, role)).Id;

    private async Task<int> CaseAsync(int number, DateOnly due, string? assignedTo, string subject = "Opieszałość przy wydaniu zaświadczenia o niezaleganiu w podatkach lokalnych za rok 2025")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var c = new RegisterCase
        {
            Year = 2026, Number = number, RegisterNumber = $"{number}/2026", ReceivedOn = due.AddMonths(-1), Channel = CaseChannel.Papier,
            RegisteredAt = Start, RegisteredBy = "test", SenderName = "Zofia Żółkiewska", SenderAddress = "ul. Źródlana 5, 38-600 Lesko",
            Subject = subject, Summary = "Treść skargi.", Kind = CaseKind.Skarga, CompetentBody = CompetentBody.Burmistrz,
            AssignedToId = assignedTo, AssignedTo = assignedTo is null ? null : "Ewa", TermKind = TermKind.Skarga, DueOn = due, Version = Guid.NewGuid(),
        };
        db.RegisterCases.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    }

    /// <summary>Works on the test host with the fake clock (the plain factory would start a second host on the real clock).</summary>
    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private Task<int> RunAsync() => app.Services.GetRequiredService<TermReminderRunner>().RunOnceAsync(CancellationToken.None);

    private void At(string isoDate) =>
        clock.SetUtcNow(new DateTimeOffset(DateOnly.Parse(isoDate, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));

    [SkippableFact]
    public async Task EachThreshold_IsEmailedOnceToOwnerAndKeepers_WithoutTheSendersData()
    {
        Skip.If(instance is null, TestDatabase.PostgresSkipReason);
        app.CreateClient().Dispose();
        var owner = await UserAsync("ewa.handler@lesko.pl", Roles.Pracownik);
        await UserAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        await UserAsync("inny@lesko.pl", Roles.Pracownik);
        var id = await CaseAsync(12, new DateOnly(2026, 3, 20), owner);
        await CaseAsync(13, new DateOnly(2026, 4, 30), owner); // far from its term: no warning

        // Monday 16 March, 4 days before Friday 20 March: the 7-day warning.
        await RunAsync();
        await RunAsync();
        var first = smtp.Messages;
        Assert.Equal(2, first.Count);
        Assert.Equal(["ewa.handler@lesko.pl", "rejestr@lesko.pl"], first.SelectMany(m => m.To.Mailboxes).Select(m => m.Address).Order());
        var message = first[0];
        Assert.Equal("Sprawa 12/2026: termin 2026-03-20", message.Subject);
        Assert.Contains("upływa za 4 dni, 20 marca 2026", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://skargi.lesko.pl/personel/rejestr/{id}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Przedmiot: Opieszałość przy wydaniu zaświadczenia o niezaleganiu w pod…", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Żółkiewska", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Źródlana", message.TextBody, StringComparison.Ordinal);

        // Wednesday 18 March: the 2-day warning, once.
        At("2026-03-18");
        await RunAsync();
        await RunAsync();
        Assert.Equal(4, smtp.Messages.Count);

        // Saturday 21 March: expired, once.
        At("2026-03-21");
        await RunAsync();
        At("2026-03-23");
        await RunAsync();
        var all = smtp.Messages;
        Assert.Equal(6, all.Count);
        Assert.Equal(2, all.Count(m => m.Subject == "Sprawa 12/2026: termin minął (2026-03-20)"));

        var given = await WithDbAsync(db => db.TermReminders.AsNoTracking().Where(r => r.RegisterCaseId == id).OrderBy(r => r.Id).Select(r => r.Threshold).ToListAsync());
        Assert.Equal(["7-dni", "2-dni", "po-terminie"], given);
    }

    [SkippableFact]
    public async Task MailServerDown_RecordsNothing_AndTheNextRunSendsTheWarningOnce()
    {
        Skip.If(instance is null, TestDatabase.PostgresSkipReason);
        app.CreateClient().Dispose();
        await UserAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        await CaseAsync(17, new DateOnly(2026, 3, 18), null);
        var port = smtp.Port;
        await smtp.DisposeAsync();

        // The warning is claimed before it is sent; the failed send withdraws the claim, so it is not lost.
        Assert.Equal(0, await RunAsync());
        Assert.Equal(0, await WithDbAsync(db => db.TermReminders.CountAsync()));

        smtp = new InProcessSmtp(port);
        Assert.Equal(1, await RunAsync());
        Assert.Equal(0, await RunAsync());
        Assert.Equal("Sprawa 17/2026: termin 2026-03-18", Assert.Single(smtp.Messages).Subject);
        Assert.Equal(1, await WithDbAsync(db => db.TermReminders.CountAsync(r => r.EmailedAt != null && r.Recipients == 1)));
    }

    [SkippableFact]
    public async Task NewDateAfterAnArticle36Notice_GetsItsOwnWarnings()
    {
        Skip.If(instance is null, TestDatabase.PostgresSkipReason);
        app.CreateClient().Dispose();
        await UserAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var id = await CaseAsync(14, new DateOnly(2026, 3, 18), null);
        await RunAsync();
        Assert.Single(smtp.Messages);

        await WithDbAsync(async db =>
        {
            var c = await db.RegisterCases.SingleAsync(x => x.Id == id);
            c.DelayNoticeOn = new DateOnly(2026, 3, 16);
            c.NewDueOn = new DateOnly(2026, 4, 17);
            return await db.SaveChangesAsync();
        });
        At("2026-04-15");
        await RunAsync();

        Assert.Equal(2, smtp.Messages.Count);
        Assert.Equal("Sprawa 14/2026: termin 2026-04-17", smtp.Messages[1].Subject);
    }

    [SkippableFact]
    public async Task Dashboard_ShowsTheWarnings_ToTheKeeperAndTheOwnerOnly()
    {
        Skip.If(instance is null, TestDatabase.PostgresSkipReason);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var owner = await UserAsync("ewa.handler@lesko.pl", Roles.Pracownik);
        await UserAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        await UserAsync("inny@lesko.pl", Roles.Pracownik);
        await CaseAsync(15, new DateOnly(2026, 3, 13), owner, "Termin już minął");
        await CaseAsync(16, new DateOnly(2026, 3, 17), null, "Termin jutro");

        async Task<string> PanelAsync(string email)
        {
            var c = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            await StaffAccounts.SignInAsync(c, app.Services, email);
            var page = await Html.ParseAsync(await c.GetAsync("/personel"));
            return page.QuerySelector(".term-warnings")?.TextContent ?? "";
        }

        var keeper = await PanelAsync("rejestr@lesko.pl");
        Assert.Contains("Po terminie:", keeper, StringComparison.Ordinal);
        Assert.Contains("sprawa 15/2026", keeper, StringComparison.Ordinal);
        Assert.Contains("Termin za 1 dni:", keeper, StringComparison.Ordinal);
        Assert.Contains("sprawa 16/2026", keeper, StringComparison.Ordinal);

        var handler = await PanelAsync("ewa.handler@lesko.pl");
        Assert.Contains("sprawa 15/2026", handler, StringComparison.Ordinal);
        Assert.DoesNotContain("sprawa 16/2026", handler, StringComparison.Ordinal);

        Assert.Equal("", await PanelAsync("inny@lesko.pl"));
        client.Dispose();
    }
}

public sealed class TermReminderSqliteTests() : TermReminderTests(DatabaseKind.Sqlite);

public sealed class TermReminderPostgresTests() : TermReminderTests(DatabaseKind.Postgres);
