using GlosKlienta.Domain.Survey;
using static GlosKlienta.Browser.Tests.Infrastructure.Keys;

namespace GlosKlienta.Browser.Tests;

/// <summary>The whole survey answered and sent with the keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardOnlyTests(BrowserFixture app)
{
    private const string OtherMatter = "Zgłoszenie awarii oświetlenia przy ul. Piłsudskiego";
    private const string RatingComment = "Miła obsługa, ale długo czekałam w kolejce.";
    private const string Remarks = "Dziękuję za pomoc.\nProszę o dłuższe godziny pracy w czwartki.";

    [SkippableFact]
    public async Task EveryQuestion_CanBeAnsweredAndSentWithTheKeyboardAlone()
    {
        BrowserFixture.SkipIfNoChromium();
        // The shared application holds what other tests stored (the kiosk's answers among them): only what this test sends counts.
        var before = await app.WithDbAsync(db => db.SurveyResponses.MaxAsync(r => (long?)r.Id)) ?? 0;
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/ankieta");

        // 1. Płeć: the first option, chosen with Space.
        await ChooseRadioAsync(page, "q-plec-kobieta", 0);
        // 2. Wiek: down three, back up one (36-45).
        await TabToAsync(page, "q-wiek-18-25");
        for (var i = 0; i < 3; i++) await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        // 3. Jak często: kilka razy w roku.
        await ChooseRadioAsync(page, "q-czestosc-pierwszy-raz", 4);
        // 4. Komórka: Kierownik Urzędu Stanu Cywilnego.
        await ChooseRadioAsync(page, "q-komorka-finansowy", 5);
        // 5. Sprawa: innej sprawy, and what it was.
        await ChooseRadioAsync(page, "q-sprawa-decyzja", 4);
        await TypeIntoAsync(page, "t-sprawa", OtherMatter);
        // Shift+Tab goes back to the group, onto the chosen radio; Tab comes forward again.
        await TabToAsync(page, "q-sprawa-inna", backwards: true, maxPresses: 1);
        await TabToAsync(page, "t-sprawa", maxPresses: 1);
        // 6. W terminie: tak.
        await ChooseRadioAsync(page, "q-termin-tak", 0);
        // 7. Trudności: two checkboxes.
        await TickAsync(page, "q-trudnosci-niewlasciwa-osoba");
        await TickAsync(page, "q-trudnosci-bledne-informacje");
        // 8. The five ratings, with the arrows along each scale, then the comment.
        string[] items = ["uprzejmosc", "sprawnosc", "kompetencja", "informacja", "terminowosc"];
        int[] ratings = [5, 4, 3, 1, 2];
        for (var i = 0; i < items.Length; i++)
            await ChooseRadioAsync(page, $"q-oceny-{items[i]}-1", ratings[i] - 1, "ArrowRight");
        await TypeIntoAsync(page, "t-oceny", RatingComment);
        // 9. Wyposażenie: nie mam zdania.
        await ChooseRadioAsync(page, "q-wyposazenie-tak", 2);
        // 10. Informacje: a) pozytywnie, b) negatywnie, c) nie mam zdania.
        await ChooseRadioAsync(page, "q-informacje-prasa-pozytywnie", 0);
        await ChooseRadioAsync(page, "q-informacje-internet-pozytywnie", 1, "ArrowRight");
        await ChooseRadioAsync(page, "q-informacje-tablice-pozytywnie", 2, "ArrowRight");
        // UWAGI: two lines.
        await TypeIntoAsync(page, "t-uwagi", Remarks);

        // What the page shows before sending is what was keyed.
        Assert.Equal(["q-wiek-36-45"], await Checks.CheckedIdsAsync(page, "q.wiek"));
        Assert.Equal(["q-komorka-usc"], await Checks.CheckedIdsAsync(page, "q.komorka"));
        Assert.Equal(["q-oceny-informacja-1"], await Checks.CheckedIdsAsync(page, "q.oceny.informacja"));

        await TabToAsync(page, "button:submit");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/ankieta/dziekujemy");
        Assert.Contains("Dziękujemy za wypełnienie ankiety", await page.Locator("h1").InnerTextAsync());

        var stored = await app.WithDbAsync(db => db.SurveyResponses.AsNoTracking().Include(r => r.Texts).Where(r => r.Id > before).ToListAsync());
        var response = Assert.Single(stored);
        Assert.Equal(Channel.Online, response.Channel);
        Assert.Equal(
            "plec=kobieta;wiek=36-45;czestosc=kilka-razy-w-roku;komorka=usc;sprawa=inna;termin=tak;" +
            "trudnosci=niewlasciwa-osoba,bledne-informacje;" +
            "oceny.uprzejmosc=5;oceny.sprawnosc=4;oceny.kompetencja=3;oceny.informacja=1;oceny.terminowosc=2;" +
            "wyposazenie=nie-mam-zdania;" +
            "informacje.prasa=pozytywnie;informacje.internet=negatywnie;informacje.tablice=nie-mam-zdania",
            response.Choices);
        var texts = response.Texts.OrderBy(t => t.QuestionCode, StringComparer.Ordinal).Select(t => (t.QuestionCode, t.Text)).ToList();
        Assert.Equal([("oceny", RatingComment), ("sprawa", OtherMatter), ("uwagi", Remarks)], texts);
    }
}
