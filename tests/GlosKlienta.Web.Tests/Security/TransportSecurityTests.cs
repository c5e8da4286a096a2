using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Tests.Security;

/// <summary>Issue 16, staff sign-in: HSTS and Secure cookies when the office's public address is https; no Server header.</summary>
public sealed class TransportSecurityTests
{
    [Fact]
    public async Task PublicAddressHttps_EveryResponseHasHsts_AndEveryCookieIsSecure()
    {
        await using var factory = new AppFactory(TestDatabase.CreateSqlite(), new Dictionary<string, string?> { ["Office:PublicUrl"] = "https://ankieta.lesko.pl" });
        await StaffAccounts.CreateUserAsync(factory, "pracownik@lesko.pl", Roles.Pracownik);
        // A browser keeps Secure cookies for https only: the client speaks https, as behind the office's proxy.
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });

        var page = await client.GetAsync("/konto/logowanie");
        var signIn = await StaffAccounts.PostSignInAsync(client, "pracownik@lesko.pl", StaffAccounts.Password);

        Assert.StartsWith("max-age=", page.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var cookies = page.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("gk.af=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("gk.staff=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task NoPublicAddress_NoHsts_AndCookiesFollowTheRequest()
    {
        await using var factory = new AppFactory(TestDatabase.CreateSqlite());

        var page = await factory.CreateBrowserLikeClient().GetAsync("/konto/logowanie");

        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("; secure", page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("gk.af=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Kestrel_SendsNoServerHeader()
    {
        await using var factory = new AppFactory(TestDatabase.CreateSqlite());

        Assert.False(factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }
}
