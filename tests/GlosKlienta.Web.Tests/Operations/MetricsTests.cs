using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using GlosKlienta.Web.Features.Operations;
using GlosKlienta.Web.Features.Register.Reminders;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace GlosKlienta.Web.Tests.Operations;

/// <summary>What one application's instruments recorded, heard with a <see cref="MeterListener"/> (other tests' applications have meters of their own).</summary>
public sealed class RecordedMeasurements : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, KeyValuePair<string, object?>[] Tags)> measurements = new();

    public RecordedMeasurements(IServiceProvider services)
    {
        var meters = services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == AppMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meters)) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((i, value, tags, _) => measurements.Enqueue((i.Name, value, tags.ToArray())));
        listener.SetMeasurementEventCallback<int>((i, value, tags, _) => measurements.Enqueue((i.Name, value, tags.ToArray())));
        // The instruments exist once the application made its metrics; make them now so none is published late.
        services.GetRequiredService<AppMetrics>();
        listener.Start();
    }

    public IReadOnlyList<(long Value, KeyValuePair<string, object?>[] Tags)> Of(string instrument) =>
        measurements.Where(m => m.Instrument == instrument).Select(m => (m.Value, m.Tags)).ToList();

    public long Sum(string instrument) => Of(instrument).Sum(m => m.Value);

    public static object? Tag(KeyValuePair<string, object?>[] tags, string key) => tags.SingleOrDefault(t => t.Key == key).Value;

    public void Dispose() => listener.Dispose();
}

/// <summary>Issue 16, operations: the instruments move when a response is stored, a sign-in fails and a reminder is sent.</summary>
public abstract class MetricsTests(DatabaseKind kind) : AppTest(kind)
{
    [SkippableFact]
    public async Task StoringAResponse_CountsIt_WithItsBatch_AndEmptiesTheQueue()
    {
        SkipWithoutDatabase();
        using var recorded = new RecordedMeasurements(Factory.Services);
        var form = await SurveyForm.OpenAsync(Factory.CreateBrowserLikeClient());

        Assert.Equal(HttpStatusCode.SeeOther, (await form.PostAsync(SurveyForm.FullAnswers())).StatusCode);
        // The same form sent again is thanked but not stored again, so not counted again.
        Assert.Equal(HttpStatusCode.SeeOther, (await form.PostAsync(SurveyForm.FullAnswers())).StatusCode);

        var stored = recorded.Of("glosklienta.survey.responses.stored");
        Assert.Equal(1, stored.Sum(m => m.Value));
        Assert.Equal("online", RecordedMeasurements.Tag(stored.Single().Tags, "channel"));
        Assert.Equal([1L, 1L], recorded.Of("glosklienta.survey.writer.batch.size").Select(m => m.Value));
        var queue = recorded.Of("glosklienta.survey.writer.queue.length").Select(m => m.Value).ToList();
        Assert.Equal(2, queue.Count(v => v == 1));
        Assert.Equal(0, queue.Sum());
    }

    [SkippableFact]
    public async Task AFailedSignIn_IsCounted_WithItsReason()
    {
        SkipWithoutDatabase();
        using var recorded = new RecordedMeasurements(Factory.Services);
        await StaffAccounts.CreateUserAsync(Factory, "metryki@lesko.pl", Roles.Pracownik);
        var client = Factory.CreateBrowserLikeClient();

        await StaffAccounts.PostSignInAsync(client, "metryki@lesko.pl", "zle-haslo-zle-haslo");
        await StaffAccounts.PostSignInAsync(client, "nikt@lesko.pl", "zle-haslo-zle-haslo");
        await StaffAccounts.SignInAsync(client, Factory.Services, "metryki@lesko.pl");

        var failures = recorded.Of("glosklienta.signin.failures");
        Assert.Equal(2, failures.Sum(m => m.Value));
        Assert.Equal(["password", "unknown-account"], failures.Select(m => (string)RecordedMeasurements.Tag(m.Tags, "reason")!).Order());
    }
}

public sealed class MetricsSqliteTests() : MetricsTests(DatabaseKind.Sqlite);

public sealed class MetricsPostgresTests() : MetricsTests(DatabaseKind.Postgres);

/// <summary>A term warning e-mailed through a real SMTP server in the test is counted as a reminder sent; a run with nothing due counts nothing.</summary>
public sealed class ReminderMetricsTests : IAsyncLifetime
{
    // 10:00 in Lesko on Monday 16 March 2026.
    private static readonly DateTimeOffset Start = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    private readonly InProcessSmtp smtp = new();
    private readonly FakeTimeProvider clock = new(Start);
    private AppFactory? factory;
    private WebApplicationFactory<Program>? app;

    public Task InitializeAsync()
    {
        factory = new AppFactory(TestDatabase.CreateEmptySqlite(), new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:From"] = "rejestr@lesko.pl",
            ["Smtp:Tls"] = "None",
        });
        app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        if (factory is not null) await factory.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Fact]
    public async Task ATermWarningSent_IsCountedOnce()
    {
        app!.CreateClient().Dispose();
        using var recorded = new RecordedMeasurements(app.Services);
        var runner = app.Services.GetRequiredService<TermReminderRunner>();
        await runner.RunOnceAsync(CancellationToken.None);
        Assert.Equal(0, recorded.Sum("glosklienta.reminders.sent"));

        var keeper = await GlosKlienta.Tests.Shared.TestStaffUsers.CreateAsync(app.Services, "rejestr@lesko.pl", StaffAccounts.Password, Roles.ProwadzacyRejestr);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.RegisterCases.Add(new RegisterCase
            {
                Year = 2026, Number = 1, RegisterNumber = "1/2026", ReceivedOn = new DateOnly(2026, 2, 20), Channel = CaseChannel.Papier,
                RegisteredAt = Start, RegisteredBy = "test", SenderName = "Zofia Żółkiewska", SenderAddress = "ul. Źródlana 5, 38-600 Lesko",
                Subject = "Opieszałość", Summary = "Treść skargi.", Kind = CaseKind.Skarga, CompetentBody = CompetentBody.Burmistrz,
                TermKind = TermKind.Skarga, DueOn = new DateOnly(2026, 3, 20), Version = Guid.NewGuid(),
            });
            await db.SaveChangesAsync();
        }
        await runner.RunOnceAsync(CancellationToken.None);
        await runner.RunOnceAsync(CancellationToken.None);

        Assert.Single(smtp.Messages);
        Assert.Equal(keeper.Email, smtp.Messages.Single().To.Mailboxes.Single().Address);
        Assert.Equal(1, recorded.Sum("glosklienta.reminders.sent"));
    }
}
