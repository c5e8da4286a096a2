using GlosKlienta.Domain.Actions;
using GlosKlienta.Web.Features.Actions;
using GlosKlienta.Web.Features.Mail;
using GlosKlienta.Web.Features.Register.Reminders;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace GlosKlienta.Web.Tests.Data;

/// <summary>
/// The documented production setup: several instances behind a reverse proxy on one PostgreSQL database. Two
/// instances of the application start together on one empty database, remind at the same moment over the same due
/// work, and take the same survey submission at once; each thing is done once and nobody gets an error. PostgreSQL
/// only: SQLite is one instance's own file.
/// </summary>
public sealed class SeveralInstancesTests : IAsyncLifetime
{
    // 10:00 in Lesko on Monday 16 March 2026: the seed dates the survey version by it.
    private static readonly DateTimeOffset Start = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 16);

    private readonly InProcessSmtp smtp = new();
    private readonly FakeTimeProvider clock = new(Start);
    private TestDatabase? database;
    private readonly List<WebApplicationFactory<Program>> instances = [];
    private Exception? startFailure;

    private WebApplicationFactory<Program> A => instances.Count == 4 ? instances[1] : throw new InvalidOperationException(TestDatabase.PostgresSkipReason);
    private WebApplicationFactory<Program> B => instances.Count == 4 ? instances[3] : throw new InvalidOperationException(TestDatabase.PostgresSkipReason);

    public async Task InitializeAsync()
    {
        if (TestDatabase.PostgresServer is null) return;
        database = await TestDatabase.CreateEmptyPostgresAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:From"] = "rejestr@lesko.pl",
            ["Smtp:Tls"] = "None",
        };
        for (var i = 0; i < 2; i++)
        {
            var root = new AppFactory(database, settings, ownsDatabase: false);
            instances.Add(root);
            instances.Add(root.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock))));
        }
        // Both start at once: each migrates and seeds the empty database on its first start.
        try
        {
            await Task.WhenAll(Task.Run(() => A.Server), Task.Run(() => B.Server));
        }
        catch (Exception e)
        {
            startFailure = e;
        }
    }

    public async Task DisposeAsync()
    {
        for (var i = instances.Count - 1; i >= 0; i--)
        {
            try { await instances[i].DisposeAsync(); }
            catch (Exception) when (startFailure is not null) { } // a host that failed to start fails again when disposed
        }
        if (database is not null) await database.DisposeAsync();
        await smtp.DisposeAsync();
    }

    private void SkipWithoutPostgres() => Skip.If(database is null, TestDatabase.PostgresSkipReason);

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = A.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [SkippableFact]
    public async Task TwoInstancesStartingTogether_OnOneEmptyDatabase_MigrateAndSeedOnce()
    {
        SkipWithoutPostgres();
        Assert.Null(startFailure);
        Assert.Equal(1, await WithDbAsync(db => db.Offices.CountAsync()));
        Assert.Equal(1, await WithDbAsync(db => db.SurveyVersions.CountAsync()));
        Assert.Equal(Roles.All.Count, await WithDbAsync(db => db.Roles.CountAsync()));
        Assert.Empty(await WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList()));
        foreach (var instance in new[] { A, B })
        {
            using var client = instance.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ankieta")).StatusCode);
        }
    }

    [SkippableFact]
    public async Task TwoInstancesRemindingAtOnce_SendEachReminderOnce()
    {
        SkipWithoutPostgres();
        Assert.Null(startFailure);
        const int Cases = 6;
        await UserAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        await UserAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        await WithDbAsync(async db =>
        {
            for (var n = 1; n <= Cases; n++)
            {
                // Due in 1 to 6 days: the 2-day or the 7-day warning is due today.
                db.RegisterCases.Add(new RegisterCase
                {
                    Year = 2026, Number = n, RegisterNumber = $"{n}/2026", ReceivedOn = Today.AddDays(n).AddMonths(-1), Channel = CaseChannel.Papier,
                    RegisteredAt = Start, RegisteredBy = "test", SenderName = "Zofia Żółkiewska", SenderAddress = "ul. Źródlana 5, 38-600 Lesko",
                    Subject = "Opieszałość", Summary = "Treść skargi.", Kind = CaseKind.Skarga, CompetentBody = CompetentBody.Burmistrz,
                    TermKind = TermKind.Skarga, DueOn = Today.AddDays(n), Version = Guid.NewGuid(),
                });
                db.QualityActions.Add(new QualityAction
                {
                    Kind = ActionKind.Corrective, Source = ActionSource.Suggestion, Finding = "Kolejka w USC", What = $"Działanie {n}",
                    OwnerName = "Kierownik USC", Due = Today.AddDays(n), CreatedAt = Start, CreatedBy = "test",
                });
            }
            return await db.SaveChangesAsync();
        });

        // Each instance runs every reminder, at the same moment as the other.
        var runs = await Task.WhenAll(new[] { A, B }.SelectMany(i => i.Services.GetServices<IReminder>()).Select(r => Task.Run(() => r.RunOnceAsync(CancellationToken.None))));

        var terms = smtp.Messages.Where(m => m.Subject?.StartsWith("Sprawa ", StringComparison.Ordinal) == true).Select(m => m.Subject!).ToList();
        var actions = smtp.Messages.Where(m => m.Subject?.StartsWith("Działanie ", StringComparison.Ordinal) == true).Select(m => m.Subject!).ToList();
        Assert.Equal(Cases, terms.Count);
        Assert.Equal(Cases, terms.Distinct().Count());
        Assert.Equal(Cases, actions.Count);
        Assert.Equal(Cases, actions.Distinct().Count());
        Assert.Equal(Cases, await WithDbAsync(db => db.TermReminders.CountAsync(r => r.EmailedAt != null && r.Recipients == 1)));
        Assert.Equal(Cases, await WithDbAsync(db => db.ActionReminders.CountAsync(r => r.EmailedAt != null && r.Recipients == 1)));
        Assert.Equal(2 * Cases, runs.Sum());
    }

    [SkippableFact]
    public async Task TheSameSubmission_PostedToBothInstancesAtOnce_IsStoredOnceAndThanked()
    {
        SkipWithoutPostgres();
        Assert.Null(startFailure);
        using var first = A.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var second = B.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await first.GetAsync("/ankieta");
        page.EnsureSuccessStatusCode();
        // The browser's antiforgery cookie goes with the form to whichever instance the proxy picks.
        var cookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var hidden = Html.HiddenFields(await Html.ParseAsync(page));

        const int Forms = 12;
        var keys = Enumerable.Range(0, Forms).Select(_ => Guid.NewGuid()).ToList();
        var answers = await Task.WhenAll(keys.SelectMany(key => new[] { first, second }.Select(client => Task.Run(async () =>
        {
            var fields = hidden.Where(h => h.Key != RespondModel.KeyField).Append(new KeyValuePair<string, string>(RespondModel.KeyField, key.ToString())).Concat(SurveyForm.FullAnswers());
            using var request = new HttpRequestMessage(HttpMethod.Post, "/ankieta") { Content = new FormUrlEncodedContent(fields) };
            request.Headers.Add("Cookie", cookie);
            using var response = await client.SendAsync(request);
            return (response.StatusCode, Location: response.Headers.Location?.ToString());
        }))));

        Assert.All(answers, a => Assert.Equal((HttpStatusCode.SeeOther, RespondModel.ThanksPath), a));
        var stored = await WithDbAsync(db => db.SurveyResponses.Where(r => r.SubmissionKey != null && keys.Contains(r.SubmissionKey.Value)).Select(r => r.SubmissionKey!.Value).ToListAsync());
        Assert.Equal(keys.Order(), stored.Order());
        Assert.Equal(Forms, await WithDbAsync(db => db.SurveyResponseTexts.Select(t => t.SurveyResponseId).Distinct().CountAsync()));
    }

    private async Task UserAsync(string email, string role)
    {
        await using var scope = A.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, DisplayName = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, StaffAccounts.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }
}
