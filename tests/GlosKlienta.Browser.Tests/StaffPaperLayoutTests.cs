namespace GlosKlienta.Browser.Tests;

/// <summary>The survey boxes and their keepers (issue 12) as the Pełnomocnik sees them, at a desktop and a phone width.</summary>
[Collection(AnalysisBrowserCollection.Name)]
public sealed class StaffPaperLayoutTests(BrowserFixture app, ITestOutputHelper output)
{
    private const string Pelnomocnik = "skrzynki-layout@lesko.pl";

    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task BoxesPage_WithKeeperChoices_FitsTheWidth_AndSavesByKeyboard(int width)
    {
        BrowserFixture.SkipIfNoChromium();
        if (!await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Users, u => u.Email == Pelnomocnik)))
            await StaffSignIn.CreateUserAsync(app, Pelnomocnik, Roles.PelnomocnikSzj);
        await using var session = await StaffSignIn.OpenSignedInAsync(app, Pelnomocnik, width, 900);
        var page = session.Page;
        await page.GotoAsync("/personel/papier/skrzynki");

        var select = page.GetByLabel("Opiekun: skrzynka na ankiety w budynku Urzędu Miasta i Gminy przy ul. Parkowej 1");
        Assert.Equal(1, await select.CountAsync());
        await select.First.SelectOptionAsync(new SelectOptionValue { Label = Pelnomocnik });
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz opiekunów" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/personel/papier/skrzynki?saved=true");
        Assert.True(await page.GetByText("Zapisano opiekunów skrzynek.").IsVisibleAsync());

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, $"staff-papier-skrzynki-{width}")}");
        Assert.True(widths[0] <= widths[1], $"the boxes page at {width}px scrolls sideways: {widths[0]} > {widths[1]}");
    }

    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task PrintPage_RecordsARunByKeyboard_ListsIt_FitsTheWidth_AndHasNoAxeViolations(int width)
    {
        BrowserFixture.SkipIfNoChromium();
        if (!await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Users, u => u.Email == Pelnomocnik)))
            await StaffSignIn.CreateUserAsync(app, Pelnomocnik, Roles.PelnomocnikSzj);
        await using var session = await StaffSignIn.OpenSignedInAsync(app, Pelnomocnik, width, 900);
        var page = session.Page;
        await page.GotoAsync("/personel/papier/druk");

        await page.GetByLabel("Skrzynka, do której trafią formularze").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Liczba formularzy").FillAsync("20");
        await page.GetByLabel("Język").SelectOptionAsync("uk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz serię i przygotuj PDF" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/personel/papier/druk?nowy=*");
        Assert.True(await page.GetByText("Zapisano serię 20 formularzy").IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Pobierz PDF do druku" }).IsVisibleAsync());

        await Checks.AssertNoAxeViolationsAsync(page, $"print runs at {width}px");
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, $"staff-papier-druk-{width}")}");
        Assert.True(widths[0] <= widths[1], $"the print page at {width}px scrolls sideways: {widths[0]} > {widths[1]}");
    }
}
