using static GlosKlienta.Web.Tests.Paper.PaperSteps;

namespace GlosKlienta.Web.Tests.Paper;

/// <summary>Double entry: two people key the same forms blind; agreement stores one response, a difference waits for a third look.</summary>
public abstract class DoubleEntryTests(DatabaseKind kind) : PaperTestBase(kind)
{
    [SkippableFact]
    public async Task TwoAgreeingPasses_StoreOneResponse_AndCompleteTheBatch()
    {
        SkipWithoutDatabase();
        var anna = await KeyerAsync(Factory);
        var jan = await KeyerAsync(Factory, SecondKeyer);
        var batch = await RecordOpeningAsync(Factory, anna, forms: 1, doubleEntry: true);

        AssertSaved(await KeyAsync(anna, batch, FullForm), batch, 1);
        Assert.Empty(await ResponsesAsync(Factory, batch));

        // Pass 2 is blind: the second person gets form 1 with nothing filled in.
        var blind = await OpenKeyingAsync(jan, batch);
        Assert.Equal("1", Value(blind, "nr"));
        Assert.Contains("przebieg 2", blind.QuerySelector(".k-head")!.TextContent, StringComparison.Ordinal);
        Assert.All(blind.QuerySelectorAll("form.keying .k-input").Where(i => i.GetAttribute("name") != "nr"), i => Assert.Equal("", i.GetAttribute("value")));
        Assert.DoesNotContain("Długa kolejka", blind.DocumentElement.OuterHtml, StringComparison.Ordinal);
        // White space typed differently in a text is not a difference.
        var second = FullForm.Select(f => f.Field == "t.uwagi" ? (f.Field, "Przydałby się  parking dla rowerów. ") : f).ToArray();
        AssertSaved(await KeyAsync(jan, batch, second), batch, 1);

        var stored = Assert.Single(await ResponsesAsync(Factory, batch));
        Assert.Equal(SurveyForm.FullAnswersEncoded, stored.Choices);
        Assert.Equal([(1, Keyer), (2, SecondKeyer)], (await EntriesAsync(Factory, batch)).Select(e => (e.Pass, e.KeyedBy)));
        Assert.NotNull((await BatchAsync(Factory, batch)).CompletedAt);
    }

    [SkippableFact]
    public async Task SamePerson_CannotKeyBothPasses()
    {
        SkipWithoutDatabase();
        var anna = await KeyerAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, anna, forms: 2, doubleEntry: true);
        AssertSaved(await KeyAsync(anna, batch, [("k.plec", "1")]), batch, 1);

        var again = await KeyAsync(anna, batch, [("k.plec", "1")], formNumber: 1);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("Drugi przebieg wprowadza inna osoba", ErrorText(await Html.ParseAsync(again)), StringComparison.Ordinal);
        Assert.Single(await EntriesAsync(Factory, batch));
        // Her next form is 2; after it nothing is left for her.
        Assert.Equal("2", Value(await OpenKeyingAsync(anna, batch), "nr"));
        AssertSaved(await KeyAsync(anna, batch, [("k.plec", "2")]), batch, 2);
        var nothing = await OpenKeyingAsync(anna, batch, "?zapisano=2");
        Assert.Null(nothing.QuerySelector("form.keying"));
        Assert.Contains("drugi przebieg", nothing.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Mismatch_IsListedQuestionByQuestion_AndSettledByAThirdPerson()
    {
        SkipWithoutDatabase();
        var anna = await KeyerAsync(Factory);
        var jan = await KeyerAsync(Factory, SecondKeyer);
        var supervisor = await SupervisorAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, anna, forms: 1, doubleEntry: true);
        AssertSaved(await KeyAsync(anna, batch, [("k.plec", "1"), ("k.wiek", "3"), ("k.oceny", "54543"), ("t.uwagi", "Brak ławek")]), batch, 1);
        AssertSaved(await KeyAsync(jan, batch, [("k.plec", "2"), ("k.wiek", "3"), ("k.oceny", "54343"), ("t.uwagi", "Brak ławek")]), batch, 1);

        Assert.Empty(await ResponsesAsync(Factory, batch));
        Assert.Null((await BatchAsync(Factory, batch)).CompletedAt);
        var overview = await Html.ParseAsync(await supervisor.GetAsync("/personel/papier"));
        Assert.Contains("różnice do rozstrzygnięcia", overview.QuerySelector("table.paper-table tbody tr")!.TextContent, StringComparison.Ordinal);

        var list = await Html.ParseAsync(await supervisor.GetAsync($"/personel/papier/{batch}/roznice"));
        var rows = list.QuerySelectorAll("table.paper-table tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["1. Płeć:", "1 – kobieta", "2 – mężczyzna"], rows[0]);
        Assert.Equal(["8. kompetencja i fachowość", "5", "3"], rows[1]);

        // The settle page gives what both agree on and leaves the differences to key.
        var settleUrl = $"/personel/papier/{batch}/roznice/1";
        var settle = await Html.ParseAsync(await supervisor.GetAsync(settleUrl));
        Assert.Equal("", Value(settle, "k.plec"));
        Assert.Equal("3", Value(settle, "k.wiek"));
        Assert.Equal("", Value(settle, "k.oceny"));
        Assert.Equal("Brak ławek", Value(settle, "t.uwagi"));
        Assert.Equal("k.plec", Focused(settle));
        Assert.Contains("2 – mężczyzna", settle.QuerySelector(".k-differs")!.TextContent, StringComparison.Ordinal);

        var response = await PostPageFormAsync(supervisor, settleUrl, "form.keying",
            [("k.plec", "2"), ("k.wiek", "3"), ("k.oceny", "54543"), ("t.uwagi", "Brak ławek"), ("akcja", "zapisz")]);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"/personel/papier/{batch}/roznice?rozstrzygnieto=1", response.Headers.Location?.OriginalString);
        var stored = Assert.Single(await ResponsesAsync(Factory, batch));
        Assert.Equal("plec=mezczyzna;wiek=36-45;oceny.uprzejmosc=5;oceny.sprawnosc=4;oceny.kompetencja=5;oceny.informacja=4;oceny.terminowosc=3", stored.Choices);
        Assert.Equal([1, 2, 3], (await EntriesAsync(Factory, batch)).Select(e => e.Pass));
        var audit = Assert.Single(await AuditAsync(Factory, "paper.mismatch-settled"));
        Assert.Contains("\"differences\":[\"plec\",\"oceny.kompetencja\"]", audit.Details, StringComparison.Ordinal);
        Assert.Equal(Supervisor, audit.Actor);
        Assert.NotNull((await BatchAsync(Factory, batch)).CompletedAt);
        var after = await Html.ParseAsync(await supervisor.GetAsync($"/personel/papier/{batch}/roznice"));
        Assert.Contains("nie ma różnic", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task BlankAgainstFilled_IsAMismatch_AndCanBeSettledAsBlank()
    {
        SkipWithoutDatabase();
        var anna = await KeyerAsync(Factory);
        var jan = await KeyerAsync(Factory, SecondKeyer);
        var supervisor = await SupervisorAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, anna, forms: 1, doubleEntry: true);
        AssertSaved(await KeyAsync(anna, batch, [], blank: true), batch, 1);
        AssertSaved(await KeyAsync(jan, batch, [("k.termin", "2")]), batch, 1);

        var list = await Html.ParseAsync(await supervisor.GetAsync($"/personel/papier/{batch}/roznice"));
        Assert.Contains("puste", list.QuerySelector("table.paper-table tbody tr")!.TextContent, StringComparison.Ordinal);

        var response = await PostPageFormAsync(supervisor, $"/personel/papier/{batch}/roznice/1", "form.keying", [("akcja", "pusty")]);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Empty(await ResponsesAsync(Factory, batch));
        Assert.True((await EntriesAsync(Factory, batch)).Single(e => e.Pass == 3).BlankForm);
        Assert.NotNull((await BatchAsync(Factory, batch)).CompletedAt);
    }

    [SkippableFact]
    public async Task SomeoneWhoKeyedAPass_CannotSettleIt()
    {
        SkipWithoutDatabase();
        // The Pełnomocnik may key too; then a third person settles.
        var supervisor = await SignInAsAsync(Factory, Supervisor, Roles.PelnomocnikSzj, Roles.Pracownik);
        var jan = await KeyerAsync(Factory, SecondKeyer);
        var batch = await RecordOpeningAsync(Factory, supervisor, forms: 1, doubleEntry: true);
        AssertSaved(await KeyAsync(supervisor, batch, [("k.plec", "1")]), batch, 1);
        AssertSaved(await KeyAsync(jan, batch, [("k.plec", "2")]), batch, 1);

        var response = await PostPageFormAsync(supervisor, $"/personel/papier/{batch}/roznice/1", "form.keying", [("k.plec", "1"), ("akcja", "zapisz")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("trzecia osoba", ErrorText(await Html.ParseAsync(response)), StringComparison.Ordinal);
        Assert.Equal("1", Value(await Html.ParseAsync(response), "k.plec"));
        Assert.Empty(await ResponsesAsync(Factory, batch));
    }
}

public sealed class DoubleEntrySqliteTests() : DoubleEntryTests(DatabaseKind.Sqlite);

public sealed class DoubleEntryPostgresTests() : DoubleEntryTests(DatabaseKind.Postgres);
