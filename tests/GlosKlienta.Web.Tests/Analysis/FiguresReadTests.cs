using GlosKlienta.Domain.Analysis;
using GlosKlienta.Web.Features.Analysis;
using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Tests.Analysis;

/// <summary>
/// The figures are read natively on SQLite (stored bytes, packed columns, one reader per core on a
/// file) and through ADO.NET on PostgreSQL: every way must give the same figures.
/// </summary>
public sealed class FiguresReadTests : IAsyncLifetime
{
    private readonly AnalysisApp app = new(TestDatabase.CreateEmptySqlite());
    private static readonly ReportingPeriod Period = ReportingPeriod.Parse("2026H1");

    public async Task InitializeAsync() => await SeedAsync(app);

    public async Task DisposeAsync() => await app.DisposeAsync();

    /// <summary>The usual half-year plus stored answers a parser can get wrong.</summary>
    private static async Task SeedAsync(AnalysisApp app)
    {
        await app.SeedHalfYearAsync();
        await app.AddResponsesAsync(3, Channel.Kiosk, new DateOnly(2026, 2, 9), "termin=tak;komorka=usc;trudnosci=brak-informacji,,inne,;oceny.sprawnosc=05;plec=kobieta", "Inne: źle oznaczony pokój");
        await app.AddResponsesAsync(2, Channel.Online, new DateOnly(2026, 3, 9), "komorka=uśc;wyposazenie=nie-mam-zdania;oceny.uprzejmosc=4,5;nieznane=1");
        await app.AddResponsesAsync(2, Channel.Paper, new DateOnly(2025, 12, 1), "komorka=usc;wyposazenie=nie;oceny.uprzejmosc=1");
    }

    private static F2FiguresService Service(Web.Data.AppDbContext db, long splitFrom) =>
        new(db, Options.Create(new AnalysisOptions { SplitReadFromRows = splitFrom }), new F2FiguresCache());

    [SkippableFact]
    public async Task Figures_ReadBySeveralReaders_EqualTheSinglePass()
    {
        Skip.If(Environment.ProcessorCount < 2, "The split read only happens on a machine with more than one core.");

        var single = await app.WithDbAsync(db => Service(db, long.MaxValue).ComputeAsync(Period));
        var split = await app.WithDbAsync(db => Service(db, 1).ComputeAsync(Period));

        Assert.True(single.Responses > 0);
        Assert.Equal(single.ToJson(), split.ToJson());
    }

    [SkippableFact]
    public async Task Figures_OnSqliteAndPostgres_AreTheSame()
    {
        Skip.If(TestDatabase.PostgresServer is null, TestDatabase.PostgresSkipReason);
        await using var postgres = new AnalysisApp(await TestDatabase.CreateEmptyPostgresAsync());
        await SeedAsync(postgres);

        foreach (var filter in new F2FiguresService.Filter?[] { null, new("usc"), new(null, Channel.Kiosk) })
        {
            var sqlite = await app.WithDbAsync(db => Service(db, 1).ComputeAsync(Period, filter));
            var npgsql = await postgres.WithDbAsync(db => Service(db, 1).ComputeAsync(Period, filter));
            Assert.True(sqlite.Responses > 0);
            Assert.Equal(sqlite.ToJson(), npgsql.ToJson());
        }
        var year = ReportingPeriod.Parse("2026");
        Assert.Equal((await app.WithDbAsync(db => Service(db, 1).ComputeAsync(year))).ToJson(),
            (await postgres.WithDbAsync(db => Service(db, 1).ComputeAsync(year))).ToJson());
    }

    [Fact]
    public async Task Figures_WithIdsBeyondThePackedRead_AreReadColumnByColumn_AndAreTheSame()
    {
        await using var other = new AnalysisApp(TestDatabase.CreateEmptySqlite());
        await SeedAsync(other);
        // A response of 2020 with an id beyond 2^39 (as after an import that kept foreign ids) sends the whole read the general way.
        await other.WithDbAsync(async db =>
        {
            var version = db.SurveyVersions.Select(v => v.Id).First();
            db.SurveyResponses.Add(new Web.Features.Survey.SurveyResponse { Id = 1L << 40, SurveyVersionId = version, Channel = Channel.Paper, ReceivedOn = new DateOnly(2020, 1, 2), Choices = "komorka=usc" });
            return await db.SaveChangesAsync();
        });

        var packed = await app.WithDbAsync(db => Service(db, 1).ComputeAsync(Period));
        var general = await other.WithDbAsync(db => Service(db, 1).ComputeAsync(Period));

        Assert.Equal(packed.ToJson(), general.ToJson());
    }

    [Fact]
    public async Task Figures_CountTheAwkwardAnswersAsTheParserRulesSay()
    {
        var f = await app.WithDbAsync(db => Service(db, long.MaxValue).ComputeAsync(Period));
        var difficulties = f.Questions.Single(q => q.Code == "trudnosci");
        Assert.Equal(3, difficulties.Options.Single(o => o.Code == "brak-informacji").Count);
        Assert.Equal(18, difficulties.Options.Single(o => o.Code == "inne").Count);   // 10 + 5 seeded, 3 here
        Assert.Equal(2, f.Questions.Single(q => q.Code == "wyposazenie").Options.Single(o => o.Code == "nie-mam-zdania").Count);
        Assert.Equal(0, f.Questions.Single(q => q.Code == "wyposazenie").Options.Single(o => o.Code == "nie").Count);   // the December rows are 2025H2
    }

    [Theory]
    [InlineData("2026-01-05", 2026, 1, 5)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2026-1-5", 2026, 1, 5)]     // not ISO: parsed the slow way
    public void IsoDate_ReadsTheStoredText(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), GlosKlienta.Web.Data.Storage.ResponseStore.IsoDate(System.Text.Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void IsoDate_ThatIsNoDate_IsAFormatError() =>
        Assert.Throws<FormatException>(() => GlosKlienta.Web.Data.Storage.ResponseStore.IsoDate("2026-02-30"u8));
}
