using GlosKlienta.Domain.Register;
using static GlosKlienta.Browser.Tests.Infrastructure.Keys;

namespace GlosKlienta.Browser.Tests;

/// <summary>The public page for skargi, wnioski and petycje: axe in every state, and filing with the keyboard alone.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class RegisterPublicAccessibilityTests(BrowserFixture app)
{
    [SkippableFact]
    public async Task EmptyForm_HasNoWcagViolations()
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync();
        await session.Page.GotoAsync("/skargi-i-wnioski/zloz");
        await Checks.AssertNoAxeViolationsAsync(session.Page, "the empty complaint form");
    }

    [SkippableFact]
    public async Task FormSentEmpty_HasNoWcagViolationsAndLinksEveryErrorToItsField()
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/skargi-i-wnioski/zloz");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij pismo" }).ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();
        Assert.StartsWith("Błąd:", await page.TitleAsync());
        Assert.Equal(5, await page.Locator(".error-summary a").CountAsync());
        await Checks.AssertNoAxeViolationsAsync(page, "the complaint form sent empty");
    }

    [SkippableFact]
    public async Task Acknowledgement_HasNoWcagViolations()
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/skargi-i-wnioski/zloz");
        await page.Locator("#rodzaj-Petycja").CheckAsync();
        await page.Locator("#imie-nazwisko").FillAsync("Stowarzyszenie Przyjaciół Leska");
        await page.Locator("#adres").FillAsync("ul. Parkowa 1, 38-600 Lesko");
        // A petycja filed electronically gives an e-mail address (art. 4 ust. 5 ustawy o petycjach).
        await page.Locator("#email").FillAsync("przyjaciele@example.pl");
        await page.Locator("#temat").FillAsync("Ławki w parku miejskim");
        await page.Locator("#tresc-pisma").FillAsync("Wnosimy o ustawienie ławek wzdłuż alejki.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij pismo" }).ClickAsync();
        await page.WaitForURLAsync("**/skargi-i-wnioski/przyjeto");
        Assert.Matches(@"^\d+/\d{4}$", await page.Locator(".case-number").InnerTextAsync());
        await Checks.AssertNoAxeViolationsAsync(page, "the acknowledgement");
    }
}

[Collection(BrowserCollection.Name)]
public sealed class RegisterPublicKeyboardTests(BrowserFixture app)
{
    private const string Subject = "Brak oświetlenia na przejściu przy ul. Kościuszki";
    private const string Text = "Proszę o oświetlenie przejścia.\nWieczorem jest tam bardzo ciemno.";

    [SkippableFact]
    public async Task Request_CanBeFiledWithTheKeyboardAlone()
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/skargi-i-wnioski/zloz");

        // Wniosek: the second option of the first group.
        await TabToAsync(page, "rodzaj-Skarga", maxPresses: 30);
        await page.Keyboard.PressAsync("ArrowDown");
        await TypeIntoAsync(page, "imie-nazwisko", "Piotr Zieliński");
        await TypeIntoAsync(page, "adres", "ul. Kościuszki 8, 38-600 Lesko");
        await TypeIntoAsync(page, "temat", Subject);
        await TypeIntoAsync(page, "tresc-pisma", Text);
        Assert.Equal(["rodzaj-Wniosek"], await Checks.CheckedIdsAsync(page, "Kind"));

        await TabToAsync(page, "button:submit", maxPresses: 15);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/skargi-i-wnioski/przyjeto");
        var number = await page.Locator(".case-number").InnerTextAsync();

        var stored = await app.WithDbAsync(db => db.Set<GlosKlienta.Web.Features.Register.RegisterCase>().AsNoTracking().SingleAsync(c => c.Subject == Subject));
        Assert.Equal(number, stored.RegisterNumber);
        Assert.Equal(CaseKind.Wniosek, stored.Kind);
        Assert.Equal(CaseChannel.FormularzOnline, stored.Channel);
        Assert.Equal(Text, stored.Summary.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
