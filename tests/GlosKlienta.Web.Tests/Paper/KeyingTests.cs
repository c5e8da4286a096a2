using static GlosKlienta.Web.Tests.Paper.PaperSteps;

namespace GlosKlienta.Web.Tests.Paper;

/// <summary>Keying paper forms once (no double entry): what is stored, what comes back on error, when a batch is complete.</summary>
public abstract class KeyingTests(DatabaseKind kind) : PaperTestBase(kind)
{
    [SkippableFact]
    public async Task KeyFullForm_StoresAPaperResponseTracedToItsBatch_AndOpensTheNextForm()
    {
        SkipWithoutDatabase();
        var client = await KeyerAsync(Factory);
        var openedOn = Today.AddDays(-4);
        var batch = await RecordOpeningAsync(Factory, client, forms: 3, openedOn: openedOn);

        var page = await OpenKeyingAsync(client, batch);
        Assert.Equal("1", Value(page, "nr"));
        Assert.Equal("k.plec", Focused(page));
        // The keyer reads the option numbers off the screen.
        Assert.Contains("2 mężczyzna", page.QuerySelector("#k-plec-pomoc")!.TextContent, StringComparison.Ordinal);

        var response = await KeyAsync(client, batch, FullForm);

        AssertSaved(response, batch, 1);
        var stored = Assert.Single(await ResponsesAsync(Factory, batch));
        var version = await Factory.WithDbAsync(db => db.SurveyVersions.SingleAsync(v => v.Number == 1));
        Assert.Equal(Channel.Paper, stored.Channel);
        Assert.Equal(version.Id, stored.SurveyVersionId);
        Assert.Equal(1, stored.FormNumber);
        Assert.Equal(openedOn, stored.ReceivedOn);
        Assert.Null(stored.SubmissionKey);
        Assert.Null(stored.Unreadable);
        Assert.Equal(SurveyForm.FullAnswersEncoded, stored.Choices);
        var texts = stored.Texts.ToDictionary(t => t.QuestionCode, t => t.Text);
        Assert.Equal("Ślub cywilny – ustalenie terminu", texts["sprawa"]);
        Assert.Equal("Długa kolejka", texts["trudnosci"]);
        Assert.Equal("Miła obsługa w USC", texts["oceny"]);
        Assert.Equal("Przydałby się parking dla rowerów.", texts["uwagi"]);

        var entry = Assert.Single(await EntriesAsync(Factory, batch));
        Assert.Equal((1, 1, false), (entry.FormNumber, entry.Pass, entry.BlankForm));
        Assert.Equal(Keyer, entry.KeyedBy);
        var audit = Assert.Single(await AuditAsync(Factory, "paper.keyed"));
        Assert.Contains("\"form\":1", audit.Details, StringComparison.Ordinal);
        Assert.Contains("\"pass\":1", audit.Details, StringComparison.Ordinal);

        var next = await OpenKeyingAsync(client, batch, "?zapisano=1");
        Assert.Equal("2", Value(next, "nr"));
        Assert.Equal("k.plec", Focused(next));
        Assert.Equal("", Value(next, "k.plec"));
        Assert.Contains("Zapisano formularz nr 1.", next.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("wprowadzono 1 z 3, pozostało 2", next.QuerySelector(".k-meta")!.TextContent, StringComparison.Ordinal);
        // Issue 15: the saved form is echoed in one line in keying notation, so a typo is seen at once.
        var echo = next.QuerySelector("[role=status] .k-echo")!.TextContent;
        Assert.Contains("8: 54534 „Miła obsługa w USC”", echo, StringComparison.Ordinal);
        Assert.Contains("7: 26 „Długa kolejka”", echo, StringComparison.Ordinal);
        Assert.Contains("„Przydałby się parking dla rowerów.”", echo, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task KeyPartlyFilledForm_IsStoredAsData()
    {
        SkipWithoutDatabase();
        var client = await KeyerAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, client, forms: 2);

        AssertSaved(await KeyAsync(client, batch, [("k.wiek", "6"), ("k.oceny", "50040"), ("k.trudnosci", ""), ("t.uwagi", "")]), batch, 1);

        var stored = Assert.Single(await ResponsesAsync(Factory, batch));
        Assert.Equal("wiek=powyzej-66;oceny.uprzejmosc=5;oceny.informacja=4", stored.Choices);
        Assert.Empty(stored.Texts);
    }

    [SkippableFact]
    public async Task UnreadableMarks_AreStoredWithTheResponse()
    {
        SkipWithoutDatabase();
        var client = await KeyerAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, client, forms: 2);

        AssertSaved(await KeyAsync(client, batch, [("k.plec", "-"), ("k.oceny", "5-4"), ("k.trudnosci", "3-"), ("t.uwagi", "-")]), batch, 1);
        // A form with nothing but unreadable marks is data too.
        AssertSaved(await KeyAsync(client, batch, [("k.wyposazenie", "-")]), batch, 2);

        var stored = await ResponsesAsync(Factory, batch);
        Assert.Equal("trudnosci=brak-informacji;oceny.uprzejmosc=5;oceny.kompetencja=4", stored[0].Choices);
        Assert.Equal("plec,trudnosci,oceny.sprawnosc,uwagi.tekst", stored[0].Unreadable);
        Assert.Equal("", stored[1].Choices);
        Assert.Equal("wyposazenie", stored[1].Unreadable);
    }

    [SkippableFact]
    public async Task BlankForm_IsRecordedWithoutAResponse()
    {
        SkipWithoutDatabase();
        var client = await KeyerAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, client, forms: 3);

        AssertSaved(await KeyAsync(client, batch, [], blank: true), batch, 1);

        Assert.Empty(await ResponsesAsync(Factory, batch));
        var entry = Assert.Single(await EntriesAsync(Factory, batch));
        Assert.True(entry.BlankForm);
        Assert.Single(await AuditAsync(Factory, "paper.blank-form"));
        var next = await OpenKeyingAsync(client, batch, "?zapisano=1");
        Assert.Contains("jako pusty", next.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", Value(next, "nr"));
    }

    [SkippableFact]
    public async Task BlankAction_WithAnswersKeyed_OrSaveWithNothingKeyed_IsRefused()
    {
        SkipWithoutDatabase();
        var client = await KeyerAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, client, forms: 3);

        var blankWithAnswers = await KeyAsync(client, batch, [("k.plec", "2")], blank: true);
        var saveNothing = await KeyAsync(client, batch, [("k.plec", ""), ("t.uwagi", " ")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, blankWithAnswers.StatusCode);
        Assert.Contains("nie jest pusty", ErrorText(await Html.ParseAsync(blankWithAnswers)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, saveNothing.StatusCode);
        Assert.Contains("Pusty formularz", ErrorText(await Html.ParseAsync(saveNothing)), StringComparison.Ordinal);
        Assert.Empty(await EntriesAsync(Factory, batch));
    }

    [SkippableFact]
    public async Task KeyingErrors_AreListedPerQuestion_AndEverythingKeyedComesBack()
    {
        SkipWithoutDatabase();
        var client = await KeyerAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, client, forms: 5);

        var response = await KeyAsync(client, batch,
        [
            ("k.plec", "3"), ("k.wiek", "2"), ("k.trudnosci", "12"), ("k.oceny", "5455"), ("k.informacje", "19"),
            ("t.oceny", "Bardzo miło"), ("t.uwagi", "Dziękuję"),
        ], formNumber: 4);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var summary = ErrorText(page);
        Assert.Contains("Pytanie 1: nie ma odpowiedzi nr 3; numery od 1 do 2.", summary, StringComparison.Ordinal);
        Assert.Contains("Pytanie 7: „nie spotkałam/łem się z trudnościami” wyklucza inne odpowiedzi.", summary, StringComparison.Ordinal);
        Assert.Contains("Pytanie 10, b) na stronach internetowych i w BIP: nie ma odpowiedzi nr 9", summary, StringComparison.Ordinal);
        Assert.Equal(["#k-plec", "#k-trudnosci", "#k-informacje"], page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")));
        Assert.Equal("k.plec", Focused(page));
        Assert.Equal("true", page.QuerySelector("#k-plec")!.GetAttribute("aria-invalid"));
        Assert.Equal("4", Value(page, "nr"));
        Assert.Equal("3", Value(page, "k.plec"));
        Assert.Equal("2", Value(page, "k.wiek"));
        Assert.Equal("12", Value(page, "k.trudnosci"));
        Assert.Equal("5455", Value(page, "k.oceny"));
        Assert.Equal("Bardzo miło", Value(page, "t.oceny"));
        Assert.Equal("Dziękuję", Value(page, "t.uwagi"));
        Assert.Empty(await EntriesAsync(Factory, batch));
    }

    [SkippableFact]
    public async Task FormNumberOutsideTheBatch_OrAlreadyKeyed_IsRefused()
    {
        SkipWithoutDatabase();
        var client = await KeyerAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, client, forms: 2);
        AssertSaved(await KeyAsync(client, batch, [("k.plec", "1")]), batch, 1);

        var again = await KeyAsync(client, batch, [("k.plec", "2")], formNumber: 1);
        var outside = await KeyAsync(client, batch, [("k.plec", "2")], formNumber: 3);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("Formularz nr 1 jest już wprowadzony", ErrorText(await Html.ParseAsync(again)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        Assert.Contains("od 1 do 2", ErrorText(await Html.ParseAsync(outside)), StringComparison.Ordinal);
        Assert.Equal("plec=kobieta", Assert.Single(await ResponsesAsync(Factory, batch)).Choices);
    }

    [SkippableFact]
    public async Task Batch_IsCompleteWhenEveryFormIsStoredOrBlank()
    {
        SkipWithoutDatabase();
        var client = await KeyerAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, client, forms: 3);

        AssertSaved(await KeyAsync(client, batch, [("k.plec", "1")], formNumber: 2), batch, 2);
        AssertSaved(await KeyAsync(client, batch, [], formNumber: 3, blank: true), batch, 3);
        Assert.Null((await BatchAsync(Factory, batch)).CompletedAt);
        // After form 3 the screen wraps round to the form left out.
        Assert.Equal("1", Value(await OpenKeyingAsync(client, batch, "?zapisano=3"), "nr"));
        AssertSaved(await KeyAsync(client, batch, [("k.plec", "2")]), batch, 1);

        Assert.NotNull((await BatchAsync(Factory, batch)).CompletedAt);
        Assert.Equal([1, 2], (await ResponsesAsync(Factory, batch)).Select(r => r.FormNumber!.Value));
        var done = await OpenKeyingAsync(client, batch);
        Assert.Contains("wprowadzona w całości", done.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var overview = await Html.ParseAsync(await client.GetAsync("/personel/papier"));
        Assert.Contains("zakończona", overview.QuerySelector("table.paper-table tbody tr")!.TextContent, StringComparison.Ordinal);
        var details = await Html.ParseAsync(await client.GetAsync($"/personel/papier/{batch}"));
        Assert.Contains("pusty", details.QuerySelectorAll("table.paper-table tbody tr")[2].TextContent, StringComparison.Ordinal);
    }
}

public sealed class KeyingSqliteTests() : KeyingTests(DatabaseKind.Sqlite);

public sealed class KeyingPostgresTests() : KeyingTests(DatabaseKind.Postgres);
