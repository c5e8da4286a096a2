using GlosKlienta.Domain.Analysis;
using GlosKlienta.Web.Features.Analysis;
using GlosKlienta.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Tests.Analysis;

/// <summary>On a SQLite file the figures may be read by one reader per core; they must equal the single pass.</summary>
public sealed class SplitReadTests : IAsyncLifetime
{
    private readonly AnalysisApp app = new(TestDatabase.CreateSqlite());

    public Task InitializeAsync() => app.SeedHalfYearAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [SkippableFact]
    public async Task Figures_ReadBySeveralReaders_EqualTheSinglePass()
    {
        Skip.If(Environment.ProcessorCount < 2, "The split read only happens on a machine with more than one core.");
        var period = ReportingPeriod.Parse("2026H1");

        var single = await app.WithDbAsync(db => new F2FiguresService(db, Options.Create(new AnalysisOptions { SplitReadFromRows = long.MaxValue })).ComputeAsync(period));
        var split = await app.WithDbAsync(db => new F2FiguresService(db, Options.Create(new AnalysisOptions { SplitReadFromRows = 1 })).ComputeAsync(period));

        Assert.True(single.Responses > 0);
        Assert.Equal(single.ToJson(), split.ToJson());
    }
}
