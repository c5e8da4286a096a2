using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;

namespace GlosKlienta.Web.Tests.Infrastructure;

/// <summary>
/// The real application on its own database with <see cref="TimeProvider"/> replaced by a hand-moved
/// <see cref="FakeTimeProvider"/>, and the staff steps every area's tests share: accounts, sign-in through the real
/// form, a database scope. An area's app (<c>VersionsApp</c>, <c>PressApp</c>, <c>AnalysisApp</c>) adds its own steps.
/// </summary>
public abstract class ClockedApp : IAsyncDisposable
{
    private readonly AppFactory root;

    /// <param name="now">The clock's start; by default now, at a whole second (PostgreSQL keeps microseconds, so a finer time would not read back equal).</param>
    protected ClockedApp(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, DateTimeOffset? now = null)
    {
        root = new AppFactory(database, settings);
        Clock = new FakeTimeProvider(now ?? DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        Factory = root.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(Clock)));
    }

    public FakeTimeProvider Clock { get; }
    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public Task<StaffUser> CreateUserAsync(string email, params string[] roles) =>
        GlosKlienta.Tests.Shared.TestStaffUsers.CreateWithNameAsync(Factory.Services, email, "Osoba " + email.Split('@')[0], StaffAccounts.Password, roles);

    /// <summary>A new account with the roles, signed in through the real sign-in form (and the code page when its roles need a second factor).</summary>
    public async Task<HttpClient> SignInAsync(string email, params string[] roles)
    {
        await CreateUserAsync(email, roles);
        return await SignInExistingAsync(email);
    }

    /// <summary>A new client signed in as an existing account, on this application's clock.</summary>
    public async Task<HttpClient> SignInExistingAsync(string email)
    {
        var client = Anonymous();
        await StaffAccounts.SignInAsync(client, Factory.Services, email);
        return client;
    }

    /// <summary>A skarga written straight into the register, closed <paramref name="closedAfterDays"/> after receipt with <paramref name="outcome"/> (null: still open), about the unit <paramref name="unitId"/>; its term is a month.</summary>
    public Task<int> ComplaintAsync(int number, DateOnly received, CaseOutcome? outcome, int? unitId, int closedAfterDays = 20) => WithDbAsync(async db =>
    {
        var c = new RegisterCase
        {
            Year = received.Year, Number = number, RegisterNumber = $"{number}/{received.Year}", ReceivedOn = received, Channel = CaseChannel.Papier,
            RegisteredAt = Clock.GetUtcNow(), RegisteredBy = "test", SenderName = "Zofia Żółkiewska", SenderAddress = "ul. Źródlana 5, 38-600 Lesko",
            Subject = "Długie oczekiwanie na odpis aktu", Summary = "Treść skargi.", Kind = CaseKind.Skarga, CompetentBody = CompetentBody.Burmistrz,
            TermKind = TermKind.Skarga, DueOn = received.AddMonths(1), Version = Guid.NewGuid(), ConcernsUnitId = unitId,
            Concerns = unitId is null ? null : CaseConcerns.Pracownik,
            Outcome = outcome, ClosedOn = outcome is null ? null : received.AddDays(closedAfterDays),
        };
        db.RegisterCases.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    });

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await root.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
