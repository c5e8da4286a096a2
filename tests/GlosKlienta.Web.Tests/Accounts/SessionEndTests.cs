namespace GlosKlienta.Web.Tests.Accounts;

/// <summary>Issue 16, staff sign-in: signing out and disabling an account end the session on the server, at once.</summary>
public sealed class SessionEndTests : IAsyncLifetime
{
    private readonly AppFactory factory = new(TestDatabase.CreateSqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    /// <summary>Signs in and returns the session cookie as a header value, as someone who copied it would hold it.</summary>
    private async Task<(HttpClient Client, string Cookie)> SignInAndCopyCookieAsync(string email)
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await StaffAccounts.PostSignInAsync(client, email, StaffAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("gk.staff=", StringComparison.Ordinal)).Split(';')[0];
        return (client, cookie);
    }

    private async Task<HttpStatusCode> WithCopiedCookieAsync(string cookie)
    {
        using var copy = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/konto");
        request.Headers.Add("Cookie", cookie);
        return (await copy.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task SignOut_ACopyOfTheCookie_StopsWorking()
    {
        await StaffAccounts.CreateUserAsync(factory, "pracownik@lesko.pl", Roles.Pracownik);
        var (client, cookie) = await SignInAndCopyCookieAsync("pracownik@lesko.pl");
        Assert.Equal(HttpStatusCode.OK, await WithCopiedCookieAsync(cookie));

        var signedOut = await StaffAccounts.PostFormAsync(client, "/konto", "header form[method=post]", []);

        Assert.Equal("/", signedOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, await WithCopiedCookieAsync(cookie));
    }

    [Fact]
    public async Task Disable_EndsTheSessionAtOnce_NotWithinAMinute()
    {
        var worker = await StaffAccounts.CreateUserAsync(factory, "pracownik@lesko.pl", Roles.Pracownik);
        var (client, _) = await SignInAndCopyCookieAsync("pracownik@lesko.pl");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/konto")).StatusCode);

        // Disabled as the accounts page does it, but without a new stamp: the flag alone must end the session.
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.Users.SingleAsync(u => u.Id == worker.Id);
            stored.DisabledAt = DateTimeOffset.UtcNow;
            return await db.SaveChangesAsync();
        });

        var response = await client.GetAsync("/konto");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/konto/logowanie", response.Headers.Location?.ToString());
    }
}
