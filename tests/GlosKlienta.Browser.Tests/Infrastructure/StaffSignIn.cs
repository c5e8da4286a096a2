using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GlosKlienta.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using GlosKlienta.Web.Features.Accounts;
using GlosKlienta.Web.Features.Audit;
using GlosKlienta.Web.Features.Directory;
using GlosKlienta.Web.Features.Office;
using GlosKlienta.Web.Features.Paper;
using GlosKlienta.Web.Features.Reception;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Browser.Tests.Infrastructure;

/// <summary>Staff accounts for browser tests: created in the fixture's database, signed in through the real sign-in form.</summary>
public static class StaffSignIn
{
    public const string Password = "dlugie-haslo-do-testow-w-przegladarce";

    public static Task<StaffUser> CreateUserAsync(BrowserFixture app, string email, params string[] roles)
        => GlosKlienta.Tests.Shared.TestStaffUsers.CreateAsync(app.Services, email, Password, roles);

    /// <summary>The cookies of each account's last sign-in, per application: a later session of the account starts from them.</summary>
    private static readonly ConditionalWeakTable<BrowserFixture, ConcurrentDictionary<string, IReadOnlyList<Cookie>>> Sessions = new();

    /// <summary>
    /// A fresh browser context signed in as <paramref name="email"/> (the account must exist), at <c>/personel</c>. The first
    /// session of an account signs in through the real form, with the code from its authenticator app when the account has
    /// the second factor on; later sessions take its cookies, as a person stays signed in, and sign in again only when that
    /// session has ended. Codes are single-use and the app gives a few per 30 s (<see cref="TestAuthenticator.NextCodeAsync"/>):
    /// a layout test that opens the same account for every page and width would otherwise wait minutes for codes.
    /// </summary>
    public static async Task<BrowserSession> OpenSignedInAsync(BrowserFixture app, string email, int width = 1280, int height = 900)
    {
        var session = await app.OpenAsync(width, height);
        var page = session.Page;
        // Staff pages do more per request than the survey (sign-in hashes a password); under a full parallel test run they get more time.
        page.SetDefaultTimeout(30_000);
        page.SetDefaultNavigationTimeout(30_000);
        var sessions = Sessions.GetOrCreateValue(app);
        if (sessions.TryGetValue(email, out var cookies))
        {
            await session.Context.AddCookiesAsync(cookies);
            await page.GotoAsync("/personel", new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
            if (await page.Locator("nav.staff-nav").CountAsync() > 0 && !page.Url.Contains("/konto/", StringComparison.Ordinal)) return session;
            await session.Context.ClearCookiesAsync();
        }
        await page.GotoAsync("/konto/logowanie", new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.FillAsync("#email", email);
        await page.FillAsync("#haslo", Password);
        await page.ClickAsync("main form button[type=submit]");
        // Signed in, or asked for the code (a page's DOM, not its load event: the wait stays short under a busy test run).
        await page.Locator("nav.staff-nav, input#kod").First.WaitForAsync();
        if (page.Url.Contains(TwoFactorCodeModel.Path, StringComparison.Ordinal))
        {
            await page.FillAsync("#kod", await TestAuthenticator.NextCodeAsync(app.Services, email));
            await page.ClickAsync("main form button[type=submit]");
        }
        await page.Locator("nav.staff-nav").WaitForAsync();
        Assert.DoesNotContain("/konto/", page.Url, StringComparison.Ordinal);
        sessions[email] = (await session.Context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires,
            HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }).ToList();
        return session;
    }
}
