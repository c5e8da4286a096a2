using GlosKlienta.Web.Features.Operations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace GlosKlienta.Web.Tests.Operations;

/// <summary>
/// Issue 16, keys: the data-protection keys (staff sessions, antiforgery, two-factor steps) are encrypted at rest with a
/// configured certificate, and in Production the server does not start without one.
/// </summary>
public sealed class KeyProtectionStartTests
{
    [Fact]
    public async Task Production_WithoutCertificate_RefusesToStart_NamingTheSetting()
    {
        await using var factory = new AppFactory(TestDatabase.CreateEmptySqlite());
        await using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var failure = Assert.ThrowsAny<Exception>(() => production.Server);

        var message = string.Join(" | ", Chain(failure).Select(e => e.Message));
        Assert.Contains(KeyProtection.PathSetting, message, StringComparison.Ordinal);
        Assert.Contains("DataProtection__Certificate__Password", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_WithAWrongPassword_RefusesToStart_NamingTheSetting()
    {
        using var certificate = new TestCertificate();
        var settings = certificate.Settings;
        settings["DataProtection:Certificate:Password"] = "nie-to-haslo";
        await using var factory = new AppFactory(TestDatabase.CreateEmptySqlite(), settings);
        await using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var failure = Assert.ThrowsAny<Exception>(() => production.Server);

        Assert.Contains(Chain(failure), e => e.Message.Contains(KeyProtection.PathSetting, StringComparison.Ordinal)
            && e.Message.Contains("DataProtection__Certificate__Password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TestEnvironment_WithoutCertificate_StartsAsBefore()
    {
        await using var factory = new AppFactory(TestDatabase.CreateSqlite());

        var page = await factory.CreateClient().GetAsync("/konto/logowanie");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    /// <summary>The README's two openssl commands make a certificate the server takes.</summary>
    [SkippableFact]
    public void TheReadmesOpensslSteps_MakeACertificateTheServerTakes()
    {
        var openssl = new[] { "/usr/bin/openssl", "/bin/openssl" }.FirstOrDefault(File.Exists);
        Skip.If(openssl is null, "openssl is not installed: the README's certificate steps are not tried here.");
        var folder = Path.Combine(Path.GetTempPath(), "glosklienta-tests", "openssl-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        try
        {
            Run(openssl, folder, "req", "-x509", "-newkey", "rsa:3072", "-sha256", "-days", "3650", "-nodes", "-subj", "/CN=GlosKlienta data protection",
                "-keyout", "dp.key", "-out", "dp.crt");
            Run(openssl, folder, "pkcs12", "-export", "-inkey", "dp.key", "-in", "dp.crt", "-out", "dataprotection.pfx", "-passout", "pass:tajne-haslo");

            using var certificate = KeyProtection.Load(Path.Combine(folder, "dataprotection.pfx"), "tajne-haslo");

            Assert.True(certificate.HasPrivateKey);
            Assert.Equal("CN=GlosKlienta data protection", certificate.Subject);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private static void Run(string program, string folder, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"openssl {arguments[0]}: {error.Result}");
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain)) yield return inner;
            yield return x;
        }
    }
}

public abstract class KeyProtectionTests(DatabaseKind kind) : DatabaseTest(kind)
{
    private const string Email = "klucze@lesko.pl";

    private static WebApplicationFactory<Program> Production(AppFactory factory) => factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));

    [SkippableFact]
    public async Task Keys_AreEncryptedWithTheCertificate_AndASessionOutlivesARestart()
    {
        await using var database = await CreateDatabaseAsync();
        Skip.If(database is null, TestDatabase.PostgresSkipReason);
        using var certificate = new TestCertificate();
        var cookies = new CookieContainer();

        // First instance: a member of staff signs in; the session cookie is protected with the instance's key.
        await using (var first = new AppFactory(database, certificate.Settings, ownsDatabase: false))
        await using (var app = Production(first))
        {
            await GlosKlienta.Tests.Shared.TestStaffUsers.CreateAsync(app.Services, Email, StaffAccounts.Password, Roles.Pracownik);
            var client = app.CreateDefaultClient(new CookieContainerHandler(cookies));
            await StaffAccounts.SignInAsync(client, app.Services, Email);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/personel")).StatusCode);

            var keys = await first.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
                Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
                Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            });
        }

        // After a restart with the same certificate the key is read back: the session goes on.
        await using (var second = new AppFactory(database, certificate.Settings, ownsDatabase: false))
        await using (var app = Production(second))
        {
            var response = await app.CreateDefaultClient(new CookieContainerHandler(cookies)).GetAsync("/personel");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // With another certificate the stored key cannot be read, so the same cookie opens nothing: the key really is encrypted.
        using var other = new TestCertificate("CN=Another office");
        await using (var third = new AppFactory(database, other.Settings, ownsDatabase: false))
        await using (var app = Production(third))
        {
            var response = await app.CreateDefaultClient(new CookieContainerHandler(cookies)).GetAsync("/personel");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/konto/logowanie", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }
}

public sealed class KeyProtectionSqliteTests() : KeyProtectionTests(DatabaseKind.Sqlite);

public sealed class KeyProtectionPostgresTests() : KeyProtectionTests(DatabaseKind.Postgres);
