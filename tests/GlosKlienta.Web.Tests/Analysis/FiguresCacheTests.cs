using GlosKlienta.Domain.Analysis;
using GlosKlienta.Web.Features.Analysis;

namespace GlosKlienta.Web.Tests.Analysis;

/// <summary>
/// The F2 figures are kept between requests (so the warm-up at start serves the first person) only
/// while the data they were counted from is unchanged, whichever instance changed it.
/// </summary>
public sealed class FiguresCacheTests : IAsyncLifetime
{
    private readonly AnalysisApp app = new(TestDatabase.CreateEmptySqlite());
    private static readonly ReportingPeriod Period = ReportingPeriod.Parse("2026H1");

    public async Task InitializeAsync() => await app.SeedHalfYearAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    private Task<F2Figures> FiguresAsync(F2FiguresService.Filter? filter = null) =>
        app.WithDbAsync(db => new F2FiguresService(db, app.Factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AnalysisOptions>>(),
            app.Factory.Services.GetRequiredService<F2FiguresCache>()).ComputeAsync(Period, filter));

    [Fact]
    public async Task Figures_AskedAgainWithNothingChanged_AreTheOnesKept()
    {
        var first = await FiguresAsync();
        var again = await FiguresAsync();
        var filtered = await FiguresAsync(new("usc"));

        Assert.Same(first, again);
        Assert.NotSame(first, filtered);
        Assert.Equal(50, first.Responses);
        Assert.Equal(40, filtered.Responses);
    }

    [Fact]
    public async Task Figures_AfterAnAnswerIsStored_AreCountedAfresh()
    {
        var before = await FiguresAsync();
        await app.AddResponsesAsync(1, Channel.Online, new DateOnly(2026, 6, 10), "komorka=usc;oceny.sprawnosc=5");

        var after = await FiguresAsync();

        Assert.Equal(before.Responses + 1, after.Responses);
    }

    [Fact]
    public async Task Figures_AfterAPaperCorrection_AreCountedAfresh()
    {
        var before = await FiguresAsync();
        // What the correction page saves: the stored answers changed and its audit entry, in one save.
        await app.WithDbAsync(async db =>
        {
            var response = await db.SurveyResponses.OrderBy(r => r.Id).FirstAsync(r => r.ReceivedOn >= Period.Start && r.Choices.Contains("termin=tak"));
            response.Choices = response.Choices.Replace("termin=tak", "termin=nie", StringComparison.Ordinal);
            db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UnixEpoch, Actor = "test", Action = PaperAudit.Corrected, SubjectType = PaperAudit.ResponseSubject, SubjectId = response.Id.ToString(CultureInfo.InvariantCulture) });
            return await db.SaveChangesAsync();
        });

        var after = await FiguresAsync();

        Assert.Equal(before.Responses, after.Responses);
        Assert.NotEqual(before.ToJson(), after.ToJson());
    }

    [Fact]
    public async Task Figures_AfterTheVersionsChange_AreCountedAfresh()
    {
        var before = await FiguresAsync();
        await app.WithDbAsync(db => db.SurveyVersions.ExecuteUpdateAsync(s => s.SetProperty(v => v.LiveFrom, new DateOnly(2024, 1, 1))));

        Assert.NotSame(before, await FiguresAsync());
    }

    [Fact]
    public async Task Cache_KeepsOnlyItsCapacity_AndDropsWhatAnOlderStampCounted()
    {
        var cache = new F2FiguresCache();
        var figures = await FiguresAsync();
        var old = new F2DataStamp(1, 1, 0, "1");
        var now = new F2DataStamp(2, 2, 0, "1");
        cache.Keep(new("2025H2", null, null), old, figures);
        for (int i = 0; i < F2FiguresCache.Capacity + 5; i++)
            cache.Keep(new("2026H1", "unit" + i.ToString(CultureInfo.InvariantCulture), null), now, figures);

        Assert.Null(cache.Find(new("2025H2", null, null), old));
        Assert.Null(cache.Find(new("2026H1", "unit0", null), now));
        Assert.Same(figures, cache.Find(new("2026H1", "unit" + (F2FiguresCache.Capacity + 4).ToString(CultureInfo.InvariantCulture), null), now));
        Assert.Null(cache.Find(new("2026H1", "unit" + (F2FiguresCache.Capacity + 4).ToString(CultureInfo.InvariantCulture), null), old));
    }
}
