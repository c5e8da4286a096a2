using GlosKlienta.Web.Features.Kiosks;
using static GlosKlienta.Browser.Tests.Infrastructure.Keys;

namespace GlosKlienta.Browser.Tests;

/// <summary>Browser steps of a kiosk: registering one in the fixture's database and turning a browser into it through the link.</summary>
public static class KioskSteps
{
    public static async Task<int> EnrolAsync(BrowserFixture app, IPage page, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (kiosk, token) = await scope.ServiceProvider.GetRequiredService<KioskDevices>().CreateAsync(name, CancellationToken.None);
        await page.GotoAsync(KioskDevices.EnrolPath + token);
        await Checks.AssertNoAxeViolationsAsync(page, "the kiosk enrolment page");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync("**/kiosk");
        return kiosk.Id;
    }

    /// <summary>Every link on the page stays in the kiosk, in whichever of its languages (<c>/kiosk</c>, <c>/uk/kiosk</c>, <c>/en/kiosk</c>).</summary>
    public static async Task AssertNoLinkLeavesAsync(IPage page)
    {
        var hrefs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))");
        Assert.All(hrefs, h => Assert.True(InKiosk(h) || h.StartsWith('#'), $"a link leaves the kiosk: {h}"));
        var forms = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('form')].map(f => new URL(f.action).pathname)");
        Assert.All(forms, f => Assert.True(InKiosk(f), $"a form leaves the kiosk: {f}"));
    }

    private static bool InKiosk(string path) => System.Text.RegularExpressions.Regex.IsMatch(path, "^/((uk|en)/)?kiosk(/|$|\\?)");

    /// <summary>Heights of touch targets below 48 CSS pixels: option rows, buttons, links, text fields.</summary>
    public static Task<string[]> SmallTargetsAsync(IPage page) => page.EvaluateAsync<string[]>(
        "() => [...document.querySelectorAll('.choice, button:not(.visually-hidden), a[href], input[type=text], textarea')]" +
        ".filter(e => e.offsetParent !== null).map(e => [e, e.getBoundingClientRect()]).filter(([e, r]) => r.height < 48)" +
        ".map(([e, r]) => (e.id || e.className || e.tagName) + ': ' + Math.round(r.height) + 'px')");

    public static Task<int> KioskAnswersAsync(BrowserFixture app, int kioskId) =>
        app.WithDbAsync(db => db.SurveyResponses.CountAsync(r => r.KioskId == kioskId && r.Channel == GlosKlienta.Domain.Survey.Channel.Kiosk));
}

/// <summary>
/// The kiosk in Chromium at a portrait kiosk (1080×1920), a landscape tablet (1280×800), a desktop (1366) and a phone (390):
/// axe on every kind of screen, targets of at least 48 px, no link out, the whole survey by keyboard alone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KioskPageTests(BrowserFixture app, ITestOutputHelper output)
{
    [SkippableTheory]
    [InlineData(1080, 1920)]
    [InlineData(1280, 800)]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task KioskScreens_PassAxe_HaveLargeTargets_AndNoLinkOut(int width, int height)
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync(width, height, touch: width < 1366);
        var page = session.Page;
        await page.GotoAsync("/kiosk");
        Assert.Contains("nie jest kioskiem", await page.InnerTextAsync("h1"));
        Assert.Equal(0, await page.Locator("meta[http-equiv=refresh]").CountAsync());
        await Checks.AssertNoAxeViolationsAsync(page, "the kiosk page in an unregistered browser");
        await KioskSteps.AssertNoLinkLeavesAsync(page);
        var kiosk = await KioskSteps.EnrolAsync(app, page, $"Hol {width}");

        async Task Look(string state)
        {
            // The idle return is a meta refresh by design (a shared screen must not keep one person's answers for the next);
            // axe's meta-refresh rule (WCAG 2.2.1) is allowed here only, each screen says the time, and every Next restarts it.
            await Checks.AssertNoAxeViolationsAsync(page, state, "meta-refresh");
            var refresh = await page.GetAttributeAsync("meta[http-equiv=refresh]", "content");
            Assert.Equal(state == "thanks" ? "15;url=/kiosk" : "120;url=/kiosk", refresh);
            await KioskSteps.AssertNoLinkLeavesAsync(page);
            Assert.Empty(await KioskSteps.SmallTargetsAsync(page));
            // Against the screen's own width: a mobile viewport widens to its content, so innerWidth would hide an overflow.
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"{state} scrolls sideways at {width}px: {scrollWidth} > {width}");
            output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, $"kiosk-{state.Replace(' ', '-')}-{width}x{height}")}");
        }

        await Look("start");
        await page.ClickAsync("label[for='q-plec-kobieta']");
        // To question 8 (the ratings grid), the longest screen.
        for (var i = 0; i < 7; i++) await page.ClickAsync("#kiosk-dalej");
        Assert.Equal("Pytanie 8 z 11", await page.InnerTextAsync(".kiosk-progress"));
        await page.ClickAsync("label[for='q-oceny-uprzejmosc-4']");
        await Look("ratings");
        // Question 5's "inna" without its text, then Next: the same question with the message.
        for (var i = 0; i < 3; i++) await page.ClickAsync("#kiosk-wstecz");
        await page.ClickAsync("label[for='q-sprawa-inna']");
        await page.ClickAsync("#kiosk-dalej");
        Assert.Equal("Pytanie 5 z 11", await page.InnerTextAsync(".kiosk-progress"));
        await Look("error");
        await page.FillAsync("#t-sprawa", "Wymiana dowodu");
        for (var i = 0; i < 6; i++) await page.ClickAsync("#kiosk-dalej");
        Assert.Equal("Pytanie 11 z 11", await page.InnerTextAsync(".kiosk-progress"));
        await page.ClickAsync("#kiosk-dalej");
        await page.WaitForURLAsync("**/kiosk/dziekujemy");
        await Look("thanks");
        Assert.Equal(1, await KioskSteps.KioskAnswersAsync(app, kiosk));
    }

    [SkippableFact]
    public async Task KioskSurvey_ByKeyboardAlone_IsSentWithTheAnswersGiven()
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync(1280, 800);
        var page = session.Page;
        var kiosk = await KioskSteps.EnrolAsync(app, page, "Hol, klawiatura");

        await ChooseRadioAsync(page, "q-plec-kobieta", 1);
        await TabToAsync(page, "kiosk-dalej");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('.kiosk-progress').textContent === 'Pytanie 2 z 11'");
        await ChooseRadioAsync(page, "q-wiek-18-25", 3);
        // Back with the keyboard, the first answer still chosen, and forward again.
        await TabToAsync(page, "kiosk-wstecz");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('.kiosk-progress').textContent === 'Pytanie 1 z 11'");
        Assert.True(await Checks.IsCheckedAsync(page, "q-plec-mezczyzna"));
        for (var step = 1; step <= 11; step++)
        {
            await TabToAsync(page, "kiosk-dalej", maxPresses: 60);
            await page.Keyboard.PressAsync("Enter");
            if (step < 11) await page.WaitForFunctionAsync($"() => document.querySelector('.kiosk-progress').textContent === 'Pytanie {step + 1} z 11'");
        }
        await page.WaitForURLAsync("**/kiosk/dziekujemy");

        var stored = await app.WithDbAsync(db => db.SurveyResponses.Where(r => r.KioskId == kiosk).Select(r => r.Choices).SingleAsync());
        Assert.Equal("plec=mezczyzna;wiek=46-55", stored);
    }
}

/// <summary>The kiosk with a 4-second idle time and a 3-second thank-you screen, apart from the other browser tests.</summary>
public sealed class KioskIdleFixture : BrowserFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Kiosk:IdleSeconds"] = "4",
        ["Kiosk:ThanksSeconds"] = "3",
    };
}

[CollectionDefinition(Name)]
public sealed class KioskIdleCollection : ICollectionFixture<KioskIdleFixture>
{
    public const string Name = "browser-kiosk-idle";
}

/// <summary>A touch screen left alone returns to the start by itself (a meta refresh, no script), the answers gone.</summary>
[Collection(KioskIdleCollection.Name)]
public sealed class KioskIdleTests(KioskIdleFixture app, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task TouchKiosk_LeftIdle_ReturnsToTheStart_WithTheAnswersGone()
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync(1080, 1920, touch: true);
        var page = session.Page;
        var kiosk = await KioskSteps.EnrolAsync(app, page, "Hol parter, Ratusz");
        Assert.True(await page.EvaluateAsync<bool>("() => matchMedia('(pointer: coarse)').matches || navigator.maxTouchPoints > 0"));

        await page.TapAsync("label[for='q-plec-kobieta']");
        await page.TapAsync("#kiosk-dalej");
        await page.WaitForFunctionAsync("() => document.querySelector('.kiosk-progress').textContent === 'Pytanie 2 z 11'");
        await page.TapAsync("label[for='q-wiek-26-35']");
        Assert.True(await Checks.IsCheckedAsync(page, "q-wiek-26-35"));
        Assert.Equal(1, await page.Locator("input[type=hidden][name='q.plec']").CountAsync());
        output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, "kiosk-dotyk-pytanie-2")}");

        // Nobody touches the screen: within the idle time (4 s here) plus a margin it is back at question 1, empty.
        var left = DateTime.UtcNow;
        await page.WaitForFunctionAsync("() => document.querySelector('.kiosk-progress')?.textContent === 'Pytanie 1 z 11'",
            null, new PageWaitForFunctionOptions { Timeout = 15_000, PollingInterval = 100 });
        Assert.InRange((DateTime.UtcNow - left).TotalSeconds, 2, 15);
        Assert.EndsWith("/kiosk", page.Url, StringComparison.Ordinal);
        Assert.Empty(await Checks.CheckedIdsAsync(page, "q.plec"));
        Assert.Equal(0, await page.Locator("input[type=hidden][name^='q.']").CountAsync());
        Assert.Equal(0, await KioskSteps.KioskAnswersAsync(app, kiosk));

        // "Zacznij od nowa" by touch drops an answer at once.
        await page.TapAsync("label[for='q-plec-mezczyzna']");
        await page.TapAsync("#kiosk-dalej");
        await page.WaitForFunctionAsync("() => document.querySelector('.kiosk-progress').textContent === 'Pytanie 2 z 11'");
        await page.TapAsync(".kiosk-restart");
        await page.WaitForFunctionAsync("() => document.querySelector('.kiosk-progress').textContent === 'Pytanie 1 z 11'");
        Assert.Empty(await Checks.CheckedIdsAsync(page, "q.plec"));
        Assert.Equal(0, await page.Locator("input[type=hidden][name^='q.']").CountAsync());

        // A sent survey: the thank-you screen goes back to the start by itself.
        await page.TapAsync("label[for='q-plec-kobieta']");
        for (var i = 1; i <= 11; i++) await page.TapAsync("#kiosk-dalej");
        await page.WaitForURLAsync("**/kiosk/dziekujemy");
        await page.WaitForURLAsync("**/kiosk", new PageWaitForURLOptions { Timeout = 15_000 });
        Assert.Equal(1, await KioskSteps.KioskAnswersAsync(app, kiosk));
    }
}

/// <summary>The staff page of kiosks at 1366 and 390 px: a list, a new kiosk with its one-time link, revoking; axe in each state.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KioskStaffPageTests(BrowserFixture app, ITestOutputHelper output)
{
    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task KioskStaffPage_CreateShowsTheLinkOnce_RevokeEndsIt(int width)
    {
        BrowserFixture.SkipIfNoChromium();
        var email = $"admin-kioski-{width}@lesko.pl";
        await using var session = await SignInAdministratorAsync(email, width);
        var page = session.Page;
        await page.GotoAsync("/personel/kioski");
        await Checks.AssertNoAxeViolationsAsync(page, "the kiosks page");

        await page.ClickAsync("main form[action*='handler=Create'] button[type=submit]");
        Assert.Contains("Wpisz nazwę kiosku", await page.InnerTextAsync(".error-summary"));
        await Checks.AssertNoAxeViolationsAsync(page, "the kiosks page with an error");
        await page.FillAsync("#nazwa", $"Hol parter, Ratusz ({width})");
        await page.ClickAsync("main form[action*='handler=Create'] button[type=submit]");
        var link = await page.InnerTextAsync(".one-time-link code");
        Assert.Contains("/kiosk/rejestracja/", link, StringComparison.Ordinal);
        await Checks.AssertNoAxeViolationsAsync(page, "the kiosks page with a new link");
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, $"personel-kioski-{width}")}");
        Assert.True(scrollWidth <= width, $"the kiosks page scrolls sideways at {width}px: {scrollWidth} > {width}");

        // Reloading the list shows the link no more.
        await page.GotoAsync("/personel/kioski");
        Assert.Equal(0, await page.Locator(".one-time-link").CountAsync());
        var row = page.Locator("table.data tbody tr", new PageLocatorOptions { HasText = $"({width})" });
        await row.Locator("form[action*='handler=Revoke'] button").ClickAsync();
        Assert.Contains("wycofany", await page.Locator("table.data tbody tr", new PageLocatorOptions { HasText = $"({width})" }).InnerTextAsync());
        await Checks.AssertNoAxeViolationsAsync(page, "the kiosks page after revoking");
    }

    /// <summary>An administrator (who must have a second factor) signed in through the real forms, the code computed here.</summary>
    private async Task<BrowserSession> SignInAdministratorAsync(string email, int width)
    {
        var user = await StaffSignIn.CreateUserAsync(app, email, Roles.Administrator);
        string key;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<GlosKlienta.Web.Features.Accounts.StaffUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            await users.ResetAuthenticatorKeyAsync(stored);
            await users.SetTwoFactorEnabledAsync(stored, true);
            key = (await users.GetAuthenticatorKeyAsync(stored))!;
        }
        var session = await app.OpenAsync(width, 900);
        var page = session.Page;
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync("/konto/logowanie");
        await page.FillAsync("#email", email);
        await page.FillAsync("#haslo", StaffSignIn.Password);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync("**/konto/kod**");
        await page.FillAsync("input[name=Code]", Totp(key));
        await page.ClickAsync("main form button[type=submit]");
        await page.Locator("nav.staff-nav").WaitForAsync();
        return session;
    }

    /// <summary>RFC 6238 (HMAC-SHA1, 30-second steps, six digits), as an authenticator app computes it.</summary>
    private static string Totp(string base32Key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in base32Key.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        var counter = BitConverter.GetBytes(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
#pragma warning disable CA5350 // SHA-1 is what RFC 6238 and authenticator apps use
        var hash = System.Security.Cryptography.HMACSHA1.HashData(bytes.ToArray(), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
