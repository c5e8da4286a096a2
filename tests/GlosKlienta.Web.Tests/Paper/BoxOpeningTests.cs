using static GlosKlienta.Web.Tests.Paper.PaperSteps;

namespace GlosKlienta.Web.Tests.Paper;

/// <summary>Recording box openings: each one a batch numbered per year, traceable to its box, listed with what is left to key.</summary>
public abstract class BoxOpeningTests(DatabaseKind kind) : PaperTestBase(kind)
{
    [SkippableFact]
    public async Task RecordOpening_CreatesBatchNumberedPerYear_WithLiveVersion_AndAuditEntry()
    {
        SkipWithoutDatabase();
        var client = await KeyerAsync(Factory);
        var openedOn = Today.AddDays(-3);

        var first = await RecordOpeningAsync(Factory, client, forms: 40, openedOn: openedOn);
        var second = await RecordOpeningAsync(Factory, client, forms: 7, doubleEntry: true, openedOn: openedOn, box: "ratusz");

        var batch = await BatchAsync(Factory, first);
        var live = await Factory.WithDbAsync(db => db.SurveyVersions.SingleAsync(v => v.Number == 1));
        Assert.Equal((openedOn.Year, 1), (batch.Year, batch.Number));
        Assert.Equal(openedOn, batch.OpenedOn);
        Assert.Equal("Maria Kowalska", batch.OpenedBy);
        Assert.Equal(40, batch.FormCount);
        Assert.Equal(live.Id, batch.SurveyVersionId);
        Assert.False(batch.DoubleEntry);
        Assert.Null(batch.CompletedAt);
        Assert.Equal(await BoxIdAsync(Factory), batch.SurveyBoxId);
        var other = await BatchAsync(Factory, second);
        Assert.Equal(2, other.Number);
        Assert.True(other.DoubleEntry);
        Assert.Equal(await BoxIdAsync(Factory, "ratusz"), other.SurveyBoxId);

        var audit = await AuditAsync(Factory, "box-opening.recorded");
        Assert.Equal(2, audit.Count);
        Assert.Equal("BoxOpening", audit[0].SubjectType);
        Assert.Equal(first.ToString(CultureInfo.InvariantCulture), audit[0].SubjectId);
        Assert.Equal(Keyer, audit[0].Actor);
        Assert.Contains($"\"batch\":\"{openedOn.Year}/1\"", audit[0].Details, StringComparison.Ordinal);

        var overview = await Html.ParseAsync(await client.GetAsync("/personel/papier"));
        var rows = overview.QuerySelectorAll("table.paper-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains($"{openedOn.Year}/2", rows[0], StringComparison.Ordinal);
        Assert.Contains("Ratusz", rows[0], StringComparison.Ordinal);
        Assert.Contains($"{openedOn.Year}/1", rows[1], StringComparison.Ordinal);
        Assert.Contains("Maria Kowalska", rows[1], StringComparison.Ordinal);
        Assert.Contains("40", rows[1], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task RecordOpening_WithAnOlderApprovedVersion_KeysAgainstThatVersion()
    {
        SkipWithoutDatabase();
        var client = await KeyerAsync(Factory);
        var version1 = await Factory.WithDbAsync(db => db.SurveyVersions.SingleAsync(v => v.Number == 1));
        var boxId = await BoxIdAsync(Factory);

        var response = await PostOpeningAsync(client,
        [
            ("Box", boxId.ToString(CultureInfo.InvariantCulture)), ("OpenedOn", Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("OpenedBy", "Jan Nowak"), ("FormCount", "3"), ("Version", version1.Id.ToString(CultureInfo.InvariantCulture)), ("Notes", "Skrzynka była pełna."),
        ]);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var batch = await Factory.WithDbAsync(db => db.BoxOpenings.SingleAsync());
        Assert.Equal(version1.Id, batch.SurveyVersionId);
        Assert.Equal("Skrzynka była pełna.", batch.Notes);
    }

    [SkippableFact]
    public async Task RecordOpening_WithErrors_ShowsThemAndKeepsEverythingEntered()
    {
        SkipWithoutDatabase();
        var client = await KeyerAsync(Factory);

        var response = await PostOpeningAsync(client,
        [
            ("Box", ""), ("OpenedOn", Today.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("OpenedBy", "Maria Kowalska"), ("FormCount", "czterdzieści"), ("Version", ""), ("DoubleEntry", "true"), ("Notes", "Wyjęte rano"),
        ]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var summary = ErrorText(page);
        Assert.Contains("Wybierz skrzynkę.", summary, StringComparison.Ordinal);
        Assert.Contains("nie może być późniejsza niż dziś", summary, StringComparison.Ordinal);
        Assert.Contains("Wpisz liczbę formularzy", summary, StringComparison.Ordinal);
        Assert.Equal("Maria Kowalska", Value(page, "OpenedBy"));
        Assert.Equal("czterdzieści", Value(page, "FormCount"));
        Assert.Equal("Wyjęte rano", page.QuerySelector("textarea[name=Notes]")!.TextContent);
        Assert.NotNull(page.QuerySelector("input[name=DoubleEntry][checked]"));
        Assert.Equal(0, await Factory.WithDbAsync(db => db.BoxOpenings.CountAsync()));
    }

    [SkippableFact]
    public async Task RecordOpening_OfAnEmptyBox_IsCompleteAtOnce()
    {
        SkipWithoutDatabase();
        var client = await KeyerAsync(Factory);

        var batch = await RecordOpeningAsync(Factory, client, forms: 0);

        Assert.NotNull((await BatchAsync(Factory, batch)).CompletedAt);
        var page = await OpenKeyingAsync(client, batch);
        Assert.Contains("wprowadzona w całości", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form.keying"));
    }
}

public sealed class BoxOpeningSqliteTests() : BoxOpeningTests(DatabaseKind.Sqlite);

public sealed class BoxOpeningPostgresTests() : BoxOpeningTests(DatabaseKind.Postgres);
