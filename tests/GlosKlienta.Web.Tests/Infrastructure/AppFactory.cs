using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace GlosKlienta.Web.Tests.Infrastructure;

/// <summary>
/// The real application on its own database, with optional extra settings. The database is dropped with the factory,
/// unless <paramref name="ownsDatabase"/> is false (several instances on one database: the test drops it once, last).
/// </summary>
public sealed class AppFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, bool ownsDatabase = true) : WebApplicationFactory<Program>
{
    public TestDatabase Database => database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:GlosKlienta", database.ConnectionString);
        builder.UseSetting("Survey:SubmissionLimit:PermitLimit", "1000");
        // The reminders' own loop is not started in tests: tests that need a look make it themselves. A fake clock moved
        // past its interval would set off a look beside the test's own, on a clock the test had moved on since.
        builder.ConfigureTestServices(s => s.Remove(s.Single(d => d.ImplementationType == typeof(GlosKlienta.Web.Features.Mail.ReminderService))));
        builder.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestClientAddress>());
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
    }

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsDatabase) await database.DisposeAsync();
    }
}
