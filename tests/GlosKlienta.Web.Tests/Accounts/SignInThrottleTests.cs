using System.Text.Json;
using GlosKlienta.Domain.Staff;

namespace GlosKlienta.Web.Tests.Accounts;

/// <summary>
/// Issue 16, staff sign-in: failures are throttled per client (429 with Retry-After) and per typed name, a name that is
/// no account answers exactly as an account does, and a flood of failures adds a bounded number of audit entries.
/// </summary>
public sealed class SignInThrottleTests
{
    private sealed class SignInApp(IReadOnlyDictionary<string, string?>? settings = null) : ClockedApp(TestDatabase.CreateSqlite(), settings)
    {
        public HttpClient From(string address) => TestClientAddress.From(Anonymous(), address);

        public Task<List<GlosKlienta.Web.Features.Audit.AuditEntry>> AuditAsync(string action) =>
            WithDbAsync(db => db.AuditEntries.Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync());
    }

    private static async Task<(HttpStatusCode Status, string? Message)> AnswerAsync(HttpResponseMessage response) =>
        (response.StatusCode, (await Html.ParseAsync(response)).QuerySelector(".error-summary p")?.TextContent);

    [Fact]
    public async Task SignIn_AfterTheLimitOfFailuresFromOneClient_Answers429WithRetryAfterUntilTheWindowEnds()
    {
        await using var app = new SignInApp(new Dictionary<string, string?> { ["SignIn:Limit:PermitLimit"] = "3", ["SignIn:Limit:WindowSeconds"] = "600" });
        await app.CreateUserAsync("kierownik@lesko.pl", Roles.KierownikReferatu);
        var client = app.From("203.0.113.7");
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await StaffAccounts.PostSignInAsync(client, "nikt" + i + "@lesko.pl", "zle-haslo")).StatusCode);
        app.Clock.Advance(TimeSpan.FromSeconds(60));

        // Even the right password waits: the client has used up its failures.
        var refused = await StaffAccounts.PostSignInAsync(client, "kierownik@lesko.pl", StaffAccounts.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("540", refused.Headers.GetValues("Retry-After").Single());
        Assert.Contains("zbyt wiele nieudanych prób logowania. Spróbuj ponownie za 9 min.", (await AnswerAsync(refused)).Message);
        // Another client is not held back.
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.PostSignInAsync(app.From("203.0.113.8"), "kierownik@lesko.pl", StaffAccounts.Password)).StatusCode);
        app.Clock.Advance(TimeSpan.FromSeconds(540));
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.PostSignInAsync(client, "kierownik@lesko.pl", StaffAccounts.Password)).StatusCode);
    }

    [Fact]
    public async Task SignIn_IPv6Clients_AreLimitedByTheirSlash64()
    {
        await using var app = new SignInApp(new Dictionary<string, string?> { ["SignIn:Limit:PermitLimit"] = "2" });
        await StaffAccounts.PostSignInAsync(app.From("2001:db8:1:2::1"), "nikt@lesko.pl", "zle-haslo");
        await StaffAccounts.PostSignInAsync(app.From("2001:db8:1:2::2"), "nikt@lesko.pl", "zle-haslo");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await StaffAccounts.PostSignInAsync(app.From("2001:db8:1:2:ffff::3"), "nikt@lesko.pl", "zle-haslo")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StaffAccounts.PostSignInAsync(app.From("2001:db8:1:3::1"), "nikt@lesko.pl", "zle-haslo")).StatusCode);
    }

    [Fact]
    public async Task SignIn_UnknownAndKnownAccounts_AnswerAlikeAtEveryAttempt_BeforeDuringAndAfterTheLockout()
    {
        await using var app = new SignInApp();
        await app.CreateUserAsync("kierownik@lesko.pl", Roles.KierownikReferatu);
        var known = app.From("203.0.113.7");
        var unknown = app.From("203.0.113.8");

        var answers = new List<(HttpStatusCode, string?)>();
        for (var attempt = 1; attempt <= 7; attempt++)
        {
            var k = await AnswerAsync(await StaffAccounts.PostSignInAsync(known, "kierownik@lesko.pl", "zle-haslo-" + attempt));
            var u = await AnswerAsync(await StaffAccounts.PostSignInAsync(unknown, "nieznany@lesko.pl", "zle-haslo-" + attempt));
            Assert.Equal(k, u);
            answers.Add(k);
        }
        // The lockout ends. Identity reads the system clock, not the app's TimeProvider: its end is moved back by hand.
        app.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "kierownik@lesko.pl")
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.UtcNow.AddSeconds(-1))));
        var knownAfter = await AnswerAsync(await StaffAccounts.PostSignInAsync(known, "kierownik@lesko.pl", "zle-haslo"));
        var unknownAfter = await AnswerAsync(await StaffAccounts.PostSignInAsync(unknown, "nieznany@lesko.pl", "zle-haslo"));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Item1));
        Assert.All(answers.Take(4), a => Assert.Equal("Adres e-mail lub hasło są nieprawidłowe.", a.Item2));
        // Identity locks an account at its fifth failure; a name that is no account is "locked" at the same attempt.
        Assert.All(answers.Skip(4), a => Assert.Contains("czasowo zablokowane", a.Item2));
        Assert.Equal(knownAfter, unknownAfter);
        Assert.Equal("Adres e-mail lub hasło są nieprawidłowe.", knownAfter.Message);
    }

    [Fact]
    public async Task SignIn_FloodFromOneClient_WritesOneEntryPerBurstAndASummaryWithTheCount()
    {
        await using var app = new SignInApp();
        var flood = app.From("198.51.100.9");
        for (var i = 0; i < 30; i++)
            await StaffAccounts.PostSignInAsync(flood, "ktos" + i + "@lesko.pl", "zle-haslo");

        Assert.Equal("ktos0@lesko.pl", Assert.Single(await app.AuditAsync("signin.failed")).Actor);
        Assert.Empty(await app.AuditAsync("signin.failed-burst"));

        // The window ends: the next sign-in, from anyone, writes the summary; the client's next failure opens a new burst.
        app.Clock.Advance(TimeSpan.FromMinutes(15));
        await StaffAccounts.PostSignInAsync(app.From("203.0.113.1"), "inny@lesko.pl", "zle-haslo");
        for (var i = 0; i < 30; i++)
            await StaffAccounts.PostSignInAsync(flood, "znowu" + i + "@lesko.pl", "zle-haslo");

        var summary = Assert.Single(await app.AuditAsync("signin.failed-burst"));
        Assert.Equal("ktos0@lesko.pl", summary.Actor);
        using var details = JsonDocument.Parse(summary.Details!);
        Assert.Equal(20, details.RootElement.GetProperty("failures").GetInt32());
        Assert.Equal(10, details.RootElement.GetProperty("refused").GetInt32());
        Assert.Equal(20, details.RootElement.GetProperty("names").GetInt32());
        Assert.Equal(["ktos0@lesko.pl", "inny@lesko.pl", "znowu0@lesko.pl"], (await app.AuditAsync("signin.failed")).Select(e => e.Actor).ToArray());
    }

    [Fact]
    public async Task SignIn_BurstEndingWhileNoOneSignsIn_GetsItsSummaryWithinAMinute()
    {
        await using var app = new SignInApp();
        var client = app.From("198.51.100.9");
        for (var i = 0; i < 3; i++)
            await StaffAccounts.PostSignInAsync(client, "ktos@lesko.pl", "zle-haslo-" + i);

        app.Clock.Advance(TimeSpan.FromMinutes(15));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        List<GlosKlienta.Web.Features.Audit.AuditEntry> summaries;
        while ((summaries = await app.AuditAsync("signin.failed-burst")).Count == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50);

        using var details = JsonDocument.Parse(Assert.Single(summaries).Details!);
        Assert.Equal(3, details.RootElement.GetProperty("failures").GetInt32());
        Assert.Equal(1, details.RootElement.GetProperty("names").GetInt32());
        Assert.Single(await app.AuditAsync("signin.failed"));
    }
}
