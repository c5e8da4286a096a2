using System.Diagnostics;
using System.Globalization;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Accounts;
using GlosKlienta.Web.Features.Audit;
using GlosKlienta.Web.Features.Directory;
using GlosKlienta.Web.Features.Office;
using GlosKlienta.Web.Features.Paper;
using GlosKlienta.Web.Features.Reception;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Browser.Tests;

/// <summary>The paper keying screen's application and database, apart from the other browser tests so its timing is its own.</summary>
[CollectionDefinition(Name)]
public sealed class PaperBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser-paper";
}

/// <summary>
/// Paper forms keyed on the keying screen with the keyboard alone, every keystroke counted:
/// presses (digits, Enter) apart from the characters of free text typed as written.
/// </summary>
[Collection(PaperBrowserCollection.Name)]
public sealed class PaperKeyingTests(BrowserFixture app, ITestOutputHelper output)
{
    private const string Keyer = "keyer@lesko.pl";
    private const int MaxKeystrokes = 25;

    /// <summary>One paper form as the keyer reads it: the option numbers per question and the texts written on it.</summary>
    private sealed record PaperForm(
        string Plec, string Wiek, string Czestosc, string Komorka, string Sprawa, string Termin, string Trudnosci,
        string Oceny, string Wyposazenie, string Informacje,
        string? SprawaText = null, string? TrudnosciText = null, string? OcenyText = null, string? Uwagi = null);

    /// <summary>Counts what it sends: key presses, and characters of free text separately.</summary>
    private sealed class Typist(IPage page, int delayMs)
    {
        public int Presses { get; private set; }
        public int Characters { get; private set; }

        public async Task PressAsync(string key)
        {
            Presses++;
            await page.Keyboard.PressAsync(key, new KeyboardPressOptions { Delay = delayMs });
        }

        public async Task DigitsAsync(string digits)
        {
            foreach (var digit in digits) await PressAsync(digit.ToString());
        }

        public async Task TextAsync(string text)
        {
            Characters += text.Length;
            await page.Keyboard.TypeAsync(text, new KeyboardTypeOptions { Delay = delayMs });
        }

        /// <summary>
        /// The whole form, top to bottom, as the screen expects it: one digit per single choice (the cursor
        /// moves on by itself), digits and Enter for the multiple choice, one digit per rating and matrix item,
        /// each free text typed where it is written and left with Enter; Enter in the last field saves.
        /// </summary>
        public async Task KeyAsync(PaperForm f)
        {
            await DigitsAsync(f.Plec);
            await DigitsAsync(f.Wiek);
            await DigitsAsync(f.Czestosc);
            await DigitsAsync(f.Komorka);
            await DigitsAsync(f.Sprawa);
            if (f.Sprawa == "5")
            {
                await TextAsync(f.SprawaText ?? "");
                await PressAsync("Enter");
            }
            await DigitsAsync(f.Termin);
            await DigitsAsync(f.Trudnosci);
            await PressAsync("Enter");
            if (f.Trudnosci.Contains('6', StringComparison.Ordinal))
            {
                await TextAsync(f.TrudnosciText ?? "");
                await PressAsync("Enter");
            }
            await DigitsAsync(f.Oceny);
            // The comment of question 8 is always offered: typed if written, passed with Enter.
            if (f.OcenyText is not null) await TextAsync(f.OcenyText);
            await PressAsync("Enter");
            await DigitsAsync(f.Wyposazenie);
            await DigitsAsync(f.Informacje);
            if (f.Uwagi is not null) await TextAsync(f.Uwagi);
            await PressAsync("Enter");
        }
    }

    private static readonly PaperForm Full = new(
        "1", "3", "5", "6", "5", "1", "26", "54534", "3", "123",
        SprawaText: "Ślub cywilny – ustalenie terminu",
        TrudnosciText: "Długa kolejka",
        OcenyText: "Miła obsługa w USC",
        Uwagi: "Przydałby się parking dla rowerów.");

    private const string FullEncoded =
        "plec=kobieta;wiek=36-45;czestosc=kilka-razy-w-roku;komorka=usc;sprawa=inna;termin=tak;" +
        "trudnosci=niewlasciwa-osoba,inne;oceny.uprzejmosc=5;oceny.sprawnosc=4;oceny.kompetencja=5;" +
        "oceny.informacja=3;oceny.terminowosc=4;wyposazenie=nie-mam-zdania;informacje.prasa=pozytywnie;" +
        "informacje.internet=negatywnie;informacje.tablice=nie-mam-zdania";

    private static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''");

    private static async Task WaitForFocusAsync(IPage page, string id) =>
        await page.WaitForFunctionAsync("id => document.activeElement && document.activeElement.id === id", id);

    private static async Task OpenKeyingAsync(IPage page, int batch)
    {
        await page.GotoAsync($"/personel/papier/{batch}/wprowadzanie", new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await WaitForFocusAsync(page, "k-plec");
    }

    /// <summary>Keys a form and waits for the page that follows the save.</summary>
    private static async Task KeyAndWaitAsync(IPage page, Typist typist, PaperForm form, int formNumber)
    {
        var saved = page.WaitForURLAsync(url => url.EndsWith($"zapisano={formNumber}", StringComparison.Ordinal), new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await typist.KeyAsync(form);
        await saved;
    }

    private async Task<BrowserSession> SignedInKeyerAsync()
    {
        var exists = await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == Keyer));
        if (!exists) await StaffSignIn.CreateUserAsync(app, Keyer, Roles.Pracownik);
        return await StaffSignIn.OpenSignedInAsync(app, Keyer);
    }

    /// <summary>A box opening of <paramref name="forms"/> forms, recorded straight in the database (the opening form has its web tests).</summary>
    private Task<int> CreateBatchAsync(int forms) => app.WithDbAsync(async db =>
    {
        var year = GlosKlienta.Tests.Shared.OfficeDate.Today().Year;
        var batch = new BoxOpening
        {
            Year = year,
            Number = (await db.BoxOpenings.Where(b => b.Year == year).MaxAsync(b => (int?)b.Number) ?? 0) + 1,
            SurveyBoxId = await db.SurveyBoxes.Select(b => b.Id).FirstAsync(),
            OpenedOn = GlosKlienta.Tests.Shared.OfficeDate.Today().AddDays(-1),
            OpenedBy = "Maria Kowalska",
            RecordedAt = DateTimeOffset.UtcNow,
            FormCount = forms,
            SurveyVersionId = await db.SurveyVersions.Where(v => v.Number == 1).Select(v => v.Id).SingleAsync(),
        };
        db.BoxOpenings.Add(batch);
        await db.SaveChangesAsync();
        return batch.Id;
    });

    [SkippableFact]
    public async Task FullForm_IsKeyedByKeyboardAloneInAtMost25KeystrokesAndTheNextFormOpensReady()
    {
        BrowserFixture.SkipIfNoChromium();
        var batch = await CreateBatchAsync(forms: 3);
        await using var session = await SignedInKeyerAsync();
        var page = session.Page;
        await OpenKeyingAsync(page, batch);
        Assert.Equal("k-plec", await FocusedIdAsync(page));
        await Checks.AssertNoAxeViolationsAsync(page, "the keying screen");

        var typist = new Typist(page, delayMs: 0);
        await KeyAndWaitAsync(page, typist, Full, 1);

        output.WriteLine($"Full F1 form: {typist.Presses} keystrokes + {typist.Characters} characters of free text.");
        Assert.True(typist.Presses <= MaxKeystrokes, $"A full form took {typist.Presses} keystrokes (at most {MaxKeystrokes}).");
        Assert.Equal(22, typist.Presses);
        Assert.EndsWith($"/personel/papier/{batch}/wprowadzanie?zapisano=1", page.Url, StringComparison.Ordinal);
        await WaitForFocusAsync(page, "k-plec");
        Assert.Equal("2", await page.InputValueAsync("#nr"));
        Assert.Equal("", await page.InputValueAsync("#k-plec"));
        await Checks.ScreenshotAsync(page, "paper-keying-next-form");

        var stored = await app.WithDbAsync(db => db.SurveyResponses.AsNoTracking().Include(r => r.Texts).SingleAsync(r => r.BoxOpeningId == batch));
        Assert.Equal(Channel.Paper, stored.Channel);
        Assert.Equal(1, stored.FormNumber);
        Assert.Equal(FullEncoded, stored.Choices);
        Assert.Equal(
            [("oceny", "Miła obsługa w USC"), ("sprawa", "Ślub cywilny – ustalenie terminu"), ("trudnosci", "Długa kolejka"), ("uwagi", "Przydałby się parking dla rowerów.")],
            stored.Texts.OrderBy(t => t.QuestionCode, StringComparer.Ordinal).Select(t => (t.QuestionCode, t.Text)));
    }

    [SkippableFact]
    public async Task KeyingScreen_ShowsTheWholeFormWithOptionNumbersAndMarksTheKeyedOnes()
    {
        BrowserFixture.SkipIfNoChromium();
        var batch = await CreateBatchAsync(forms: 1);
        await using var session = await SignedInKeyerAsync();
        var page = session.Page;
        await OpenKeyingAsync(page, batch);

        var typist = new Typist(page, 0);
        await typist.DigitsAsync("2");
        await typist.DigitsAsync("4");
        Assert.Equal("k-czestosc", await FocusedIdAsync(page));
        Assert.Equal(["2"], await page.EvalOnSelectorAllAsync<string[]>("#k-plec-pomoc .k-chosen", "els => els.map(e => e.dataset.n)"));
        // Option 5 of question 5 is "other": its text field comes next; Backspace in an empty field steps back.
        await typist.DigitsAsync("115");
        Assert.Equal("t-sprawa", await FocusedIdAsync(page));
        await typist.PressAsync("Backspace");
        Assert.Equal("k-sprawa", await FocusedIdAsync(page));
        // The whole F1 is on one screen at 1280 x 900 except the last rows: the save button is within two screens.
        var bottom = await page.EvaluateAsync<double>("() => document.querySelector('.k-actions').getBoundingClientRect().bottom");
        output.WriteLine($"Keying form height: {bottom:0} px at 1280 x 900.");
        await Checks.ScreenshotAsync(page, "paper-keying");

        // A number the question does not have comes back from the server with the input kept and focused.
        await OpenKeyingAsync(page, batch);
        await typist.DigitsAsync("3");
        var refused = page.WaitForResponseAsync(r => r.Request.Method == "POST");
        await typist.PressAsync("Control+Enter");
        Assert.Equal(422, (await refused).Status);
        await page.WaitForSelectorAsync(".error-summary");
        Assert.Contains("Pytanie 1: nie ma odpowiedzi nr 3", await page.InnerTextAsync(".error-summary"), StringComparison.Ordinal);
        await WaitForFocusAsync(page, "k-plec");
        Assert.Equal("3", await page.InputValueAsync("#k-plec"));
        await Checks.AssertNoAxeViolationsAsync(page, "the keying screen with an error");
        await Checks.ScreenshotAsync(page, "paper-keying-error");
    }

    [SkippableFact]
    public async Task DifferencesAndSettleScreen_ShowBothPassesAndAreAccessible()
    {
        BrowserFixture.SkipIfNoChromium();
        const string supervisor = "pelnomocnik@lesko.pl";
        var batch = await CreateBatchAsync(forms: 1);
        await app.WithDbAsync(async db =>
        {
            await db.BoxOpenings.Where(b => b.Id == batch).ExecuteUpdateAsync(s => s.SetProperty(b => b.DoubleEntry, true));
            PaperEntry Entry(int pass, string by, string choices) => new()
            {
                BoxOpeningId = batch, FormNumber = 1, Pass = pass, KeyedById = by, KeyedBy = by, KeyedAt = DateTimeOffset.UtcNow,
                Choices = choices, Texts = "{\"uwagi\":\"Brak ławek\"}",
            };
            db.PaperEntries.AddRange(
                Entry(1, "anna@lesko.pl", "plec=kobieta;oceny.uprzejmosc=5;oceny.sprawnosc=4"),
                Entry(2, "jan@lesko.pl", "plec=mezczyzna;oceny.uprzejmosc=5;oceny.sprawnosc=2"));
            return await db.SaveChangesAsync();
        });
        await StaffSignIn.CreateUserAsync(app, supervisor, Roles.PelnomocnikSzj);
        await using var session = await StaffSignIn.OpenSignedInAsync(app, supervisor);
        var page = session.Page;

        await page.GotoAsync($"/personel/papier/{batch}/roznice", new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal(2, await page.Locator("table.paper-table tbody tr").CountAsync());
        await Checks.AssertNoAxeViolationsAsync(page, "the list of differences");

        await page.GotoAsync($"/personel/papier/{batch}/roznice/1", new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await WaitForFocusAsync(page, "k-plec");
        Assert.Equal("Brak ławek", await page.InputValueAsync("#t-uwagi"));
        await Checks.AssertNoAxeViolationsAsync(page, "the settle screen");
        await Checks.ScreenshotAsync(page, "paper-settle");

        var typist = new Typist(page, 0);
        await typist.DigitsAsync("2");
        Assert.Equal("k-wiek", await FocusedIdAsync(page));
        var settled = page.WaitForURLAsync(url => url.Contains("rozstrzygnieto=1", StringComparison.Ordinal), new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.FocusAsync("#k-oceny");
        await typist.DigitsAsync("54");
        await typist.PressAsync("Control+Enter");
        await settled;
        var stored = await app.WithDbAsync(db => db.SurveyResponses.SingleAsync(r => r.BoxOpeningId == batch));
        Assert.Equal("plec=mezczyzna;oceny.uprzejmosc=5;oceny.sprawnosc=4", stored.Choices);
    }

    [SkippableFact]
    public async Task ScriptedTypist_KeysTwentyFormsAndReportsSecondsPerForm()
    {
        BrowserFixture.SkipIfNoChromium();
        const int forms = 20;
        var delay = int.TryParse(Environment.GetEnvironmentVariable("PAPER_TYPIST_DELAY_MS"), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0;
        var batch = await CreateBatchAsync(forms);
        await using var session = await SignedInKeyerAsync();
        var page = session.Page;
        await OpenKeyingAsync(page, batch);
        await WaitForFocusAsync(page, "k-plec");

        var random = new Random(2026);
        string Digit(int max) => random.Next(1, max + 1).ToString(CultureInfo.InvariantCulture);
        var typist = new Typist(page, delay);
        var clock = Stopwatch.StartNew();
        for (var n = 1; n <= forms; n++)
        {
            var sprawa = Digit(5);
            // "No difficulties" alone, or one or two of the others.
            var trudnosci = random.Next(3) == 0 ? "1" : string.Concat(Enumerable.Range(2, 5).OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Order());
            var form = new PaperForm(
                Digit(2), Digit(6), Digit(6), Digit(9), sprawa, Digit(3), trudnosci,
                string.Concat(Enumerable.Range(0, 5).Select(_ => Digit(5))), Digit(3), string.Concat(Enumerable.Range(0, 3).Select(_ => Digit(3))),
                SprawaText: "Meldunek",
                TrudnosciText: "Kolejka",
                OcenyText: n % 4 == 0 ? "Bardzo sprawnie" : null,
                Uwagi: n % 5 == 0 ? "Dziękuję za pomoc." : null);
            await KeyAndWaitAsync(page, typist, form, n);
            if (n < forms) await WaitForFocusAsync(page, "k-plec");
        }
        clock.Stop();

        var stored = await app.WithDbAsync(db => db.SurveyResponses.CountAsync(r => r.BoxOpeningId == batch));
        Assert.Equal(forms, stored);
        Assert.NotNull((await app.WithDbAsync(db => db.BoxOpenings.SingleAsync(b => b.Id == batch))).CompletedAt);
        var perForm = clock.Elapsed.TotalSeconds / forms;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"Scripted typist ({delay} ms per key): {forms} forms in {clock.Elapsed.TotalSeconds:0.00} s = {perForm:0.000} s per form; " +
            $"{(double)typist.Presses / forms:0.0} keystrokes + {(double)typist.Characters / forms:0.0} text characters per form.");
        output.WriteLine(line);
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.ScreenshotFolder, "paper-keying-timing.txt"), line + Environment.NewLine);
        Assert.True(typist.Presses / forms <= MaxKeystrokes);
    }
}
