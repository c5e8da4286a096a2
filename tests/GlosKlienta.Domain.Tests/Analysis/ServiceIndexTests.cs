using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Domain.Tests.Analysis;

// Reference: numpy 1.24.2 (Debian 12), alpha = k/(k-1)*(1 - M.var(axis=0, ddof=1).sum()/M.sum(axis=1).var(ddof=1));
// index = (M.mean(axis=1) - 1)/4*100, its interval scipy 1.10.1 stats.t.interval(0.95, n-1, loc=idx.mean(), scale=stats.sem(idx));
// drivers: stats.spearmanr(M[:, i], M.sum(axis=1)), performance (M[:, i] >= 4).mean().
public sealed class ServiceIndexTests
{
    internal static readonly int[][] M =
    [
        [5, 5, 4, 5, 4], [4, 4, 4, 4, 3], [3, 3, 2, 3, 3], [5, 4, 5, 5, 5], [2, 2, 1, 2, 3], [4, 5, 4, 4, 4],
        [3, 4, 3, 3, 2], [1, 2, 1, 1, 2], [4, 4, 5, 4, 4], [5, 5, 5, 4, 5], [3, 2, 3, 3, 3], [4, 3, 4, 4, 5],
    ];

    internal static readonly string[] Items = ["uprzejmosc", "sprawnosc", "kompetencja", "informacja", "terminowosc"];

    internal static int[] Flat(IEnumerable<int[]> rows) => rows.SelectMany(r => r).ToArray();

    [Fact]
    public void From_WhenItemsAgree_ReportsAlphaAndTheIndex()
    {
        var s = ServiceIndex.From(Flat(M), 5);

        Assert.Equal(12, s.CompleteResponses);
        Near.Equal(0.9501934235976789, s.Alpha);
        Assert.True(s.IsReliable);
        Near.Equal(63.333333333333336, s.Index);
        Near.Interval(45.55054762165606, 81.1161190450106, s.IndexInterval, 1e-10);
    }

    [Fact]
    public void From_WhenSomeRowsIncomplete_UsesCompleteRowsOnly()
    {
        var withBlanks = M.Append([5, 0, 5, 5, 5]).Append([0, 0, 0, 0, 0]).Prepend([1, 1, 0, 1, 1]);

        var s = ServiceIndex.From(Flat(withBlanks), 5);

        Assert.Equal(12, s.CompleteResponses);
        Near.Equal(0.9501934235976789, s.Alpha);
        Near.Equal(63.333333333333336, s.Index);
    }

    [Fact]
    public void From_WhenItemsDisagree_ShowsAlphaButNoIndex()
    {
        // numpy: alpha of [[5,1,4],[1,5,2],[4,2,5],[2,4,1],[3,3,3]] = -3.0
        var s = ServiceIndex.From([5, 1, 4, 1, 5, 2, 4, 2, 5, 2, 4, 1, 3, 3, 3], 3);

        Near.Equal(-3.0, s.Alpha);
        Assert.False(s.IsReliable);
        Assert.Null(s.Index);
        Assert.Null(s.IndexInterval);
    }

    [Fact]
    public void From_WhenAllAnswersEqual_AlphaIsUndefined()
    {
        var s = ServiceIndex.From(Flat(Enumerable.Repeat(new[] { 4, 4, 4, 4, 4 }, 10)), 5);

        Assert.Equal(10, s.CompleteResponses);
        Assert.Null(s.Alpha);
        Assert.False(s.IsReliable);
        Assert.Null(s.Index);
    }

    [Fact]
    public void From_WhenOneOrNoCompleteRow_AlphaIsUndefined()
    {
        Assert.Null(ServiceIndex.From([5, 4, 3, 4, 5], 5).Alpha);
        var none = ServiceIndex.From([0, 4, 3, 4, 5], 5);
        Assert.Equal(0, none.CompleteResponses);
        Assert.Null(none.Alpha);
        Assert.Null(ServiceIndex.From([], 5).Alpha);
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1, 1, 1 }, 0.0)]
    [InlineData(new[] { 5, 5, 5, 5, 5 }, 100.0)]
    [InlineData(new[] { 4, 4, 3, 5, 4 }, 75.0)]
    public void RespondentIndex_WhenComplete_IsTheMeanRescaledTo100(int[] row, double expected)
    {
        Near.Equal(expected, ServiceIndex.RespondentIndex(row));
    }

    [Fact]
    public void RespondentIndex_WhenARatingIsMissing_IsNull()
    {
        Assert.Null(ServiceIndex.RespondentIndex([4, 0, 3, 5, 4]));
    }

    [Fact]
    public void Drivers_WhenGivenRows_MatchScipySpearmanWithTheIndex()
    {
        double[] rho = [0.9731374345030077, 0.8421746154292706, 0.9333501597002517, 0.9217099138810732, 0.8403556637760757];
        double[] p = [1.0530382498995029e-07, 0.0005879492209403798, 9.255114630629601e-06, 2.0288797365417355e-05, 0.0006206154114564969];
        double[] top = [0.5833333333333334, 0.5833333333333334, 0.5833333333333334, 0.5833333333333334, 0.5];

        var drivers = Drivers.From(Flat(M.Append([3, 0, 3, 3, 3])), Items);

        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(Items[i], drivers[i].Item);
            Near.Equal(rho[i], drivers[i].Importance!.Rho);
            Near.Equal(p[i], drivers[i].Importance!.PValue, 1e-8);
            Near.Equal(top[i], drivers[i].Performance);
        }
        // Cross-hairs: mean rho 0.9021, mean performance 0.5667.
        Assert.Equal(
            new IpaQuadrant?[] { IpaQuadrant.KeepUpTheGoodWork, IpaQuadrant.PossibleOverkill, IpaQuadrant.KeepUpTheGoodWork, IpaQuadrant.KeepUpTheGoodWork, IpaQuadrant.LowPriority },
            drivers.Select(d => d.Quadrant).ToArray());
    }

    [Fact]
    public void Drivers_WhenNoCompleteRows_HaveNothingToSay()
    {
        var drivers = Drivers.From([0, 1, 2, 3, 4], Items);

        Assert.All(drivers, d =>
        {
            Assert.Null(d.Importance);
            Assert.Null(d.Performance);
            Assert.Null(d.Quadrant);
        });
    }

    [Fact]
    public void Classify_WhenFourCorners_NamesEachQuadrant()
    {
        var table = ImportancePerformance.Classify(
        [
            ("keep", 0.9, 0.9),
            ("concentrate", 0.9, 0.1),
            ("low", 0.1, 0.1),
            ("overkill", 0.1, 0.9),
            ("unknown", null, 0.5),
        ]);

        Assert.Equal(IpaQuadrant.KeepUpTheGoodWork, table[0].Quadrant);
        Assert.Equal(IpaQuadrant.ConcentrateHere, table[1].Quadrant);
        Assert.Equal(IpaQuadrant.LowPriority, table[2].Quadrant);
        Assert.Equal(IpaQuadrant.PossibleOverkill, table[3].Quadrant);
        Assert.Null(table[4].Quadrant);
    }
}
