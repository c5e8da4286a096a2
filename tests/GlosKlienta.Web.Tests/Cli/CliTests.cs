using GlosKlienta.Cli;

namespace GlosKlienta.Web.Tests.Cli;

public sealed class CliTests : IAsyncLifetime
{
    private readonly TestDatabase database = TestDatabase.CreateEmptySqlite();

    private Dictionary<string, string?> Settings => new()
    {
        ["Database:Provider"] = database.Provider,
        ["ConnectionStrings:GlosKlienta"] = database.ConnectionString,
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<(int Code, string Output, string Error)> RunAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new StringReader(stdin), output, error, inputRedirected: true, Settings);
        return (code, output.ToString(), error.ToString());
    }

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var services = CliApp.BuildServices(Settings);
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Fact]
    public async Task Migrate_OnANewDatabase_CreatesSchemaAndSeedsTheOffice()
    {
        var (code, output, _) = await RunAsync("", "migrate");

        Assert.Equal(0, code);
        Assert.Contains("Baza danych jest aktualna.", output);
        Assert.Equal("Urząd Miasta i Gminy Lesko", await WithDbAsync(db => db.Offices.Select(o => o.Name).SingleAsync()));
        Assert.Equal(9, await WithDbAsync(db => db.OrganisationalUnits.CountAsync()));
        Assert.Equal(1, await WithDbAsync(db => db.SurveyVersions.CountAsync()));
    }

    [Fact]
    public async Task Migrate_OnADatabaseThatCannotBeOpened_SaysWhyWithoutAStackTrace()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var missing = Path.Combine(Path.GetTempPath(), "glosklienta-no-such-dir-" + Guid.NewGuid().ToString("N"), "x.db");
        var code = await CliApp.RunAsync(["migrate"], new StringReader(""), output, error, inputRedirected: true, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:GlosKlienta"] = "Data Source=" + missing + ";Mode=ReadWrite",
        });

        Assert.Equal(1, code);
        var message = error.ToString();
        Assert.StartsWith("Polecenie migrate nie powiodło się: ", message);
        Assert.Contains("unable to open database file", message);
        Assert.DoesNotContain("   at ", message);
        Assert.Single(message.Trim().Split('\n'));
    }

    [Fact]
    public async Task Migrate_Twice_ChangesNothing()
    {
        await RunAsync("", "migrate");
        var (code, _, _) = await RunAsync("", "migrate");

        Assert.Equal(0, code);
        Assert.Equal(1, await WithDbAsync(db => db.Offices.CountAsync()));
        Assert.Equal(2, await WithDbAsync(db => db.Buildings.CountAsync()));
    }

    [Fact]
    public async Task CreateAdmin_WithPasswordOnStandardInput_CreatesAnAdministrator()
    {
        var (code, output, error) = await RunAsync("haslo-z-wejscia-123\n", "create-admin", "--email", "admin@lesko.pl", "--name", "Jan Kowalski");

        Assert.True(code == 0, error);
        Assert.Contains("admin@lesko.pl", output);
        var roles = await WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == "admin@lesko.pl");
            Assert.Equal("Jan Kowalski", user.DisplayName);
            return await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
        });
        Assert.Equal([Roles.Administrator], roles);
        var audit = await WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "account.created"));
        Assert.Equal("create-admin (wiersz poleceń)", audit.Actor);
    }

    [Fact]
    public async Task CreateAdmin_WeakPassword_FailsWithReasonAndCreatesNothing()
    {
        var (code, _, error) = await RunAsync("krotkie\n", "create-admin", "--email", "admin@lesko.pl", "--name", "Jan Kowalski");

        Assert.Equal(1, code);
        Assert.Contains("co najmniej 12 znaków", error);
        Assert.Equal(0, await WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task CreateAdmin_WithoutEmail_IsAUsageError()
    {
        var (code, _, error) = await RunAsync("haslo-z-wejscia-123\n", "create-admin", "--name", "Jan Kowalski");

        Assert.NotEqual(0, code);
        Assert.Contains("--email", error);
    }
}
