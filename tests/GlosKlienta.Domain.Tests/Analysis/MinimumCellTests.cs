using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Domain.Tests.Analysis;

public sealed class MinimumCellTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(29, true)]
    [InlineData(30, false)]
    [InlineData(400, false)]
    public void IsTooSmall_WhenFewerThan30_IsTrue(int n, bool expected)
    {
        Assert.Equal(expected, MinimumCell.IsTooSmall(n));
    }

    [Fact]
    public void Rank_WhenSomeCellsAreSmall_RanksOnlyTheOthersAndSharesRanksOnTies()
    {
        var cells = new (string Unit, int N, double? Score)[]
        {
            ("usc", 45, 0.80),
            ("finansowy", 12, 0.95),     // best score, too few answers
            ("organizacyjny", 30, 0.70),
            ("ewidencja", 60, 0.80),
            ("obrona", 50, null),        // nothing to rank by
            ("komunalna", 31, 0.60),
        };

        var ranked = MinimumCell.Rank(cells, c => c.N, c => c.Score);

        Assert.Equal(new[] { "usc", "ewidencja", "organizacyjny", "komunalna", "finansowy", "obrona" }, ranked.Select(r => r.Cell.Unit).ToArray());
        Assert.Equal(new int?[] { 1, 1, 3, 4, null, null }, ranked.Select(r => r.Rank).ToArray());
        Assert.True(ranked[4].TooSmallToJudge);
        Assert.False(ranked[5].TooSmallToJudge);
    }

    [Fact]
    public void Rank_WhenLowerIsBetter_RanksAscending()
    {
        var ranked = MinimumCell.Rank(new[] { ("a", 0.3), ("b", 0.1) }, _ => 100, c => c.Item2, higherIsBetter: false);

        Assert.Equal("b", ranked[0].Cell.Item1);
        Assert.Equal(1, ranked[0].Rank);
    }

    [Fact]
    public void Breakdown_WhenTalliedByChannel_SummarisesAndRanksEachGroup()
    {
        // group 0 online, 1 kiosk, 2 paper; -1 = channel unknown
        var groups = new List<int>();
        var ratings = new List<int>();
        void Add(int g, int rating, int times) { for (int i = 0; i < times; i++) { groups.Add(g); ratings.Add(rating); } }
        Add(0, 5, 20); Add(0, 3, 15);          // online: 35 answers, 20/35 top two
        Add(1, 5, 10); Add(1, 0, 5);           // kiosk: 10 answers, 5 blank
        Add(2, 4, 30); Add(2, 2, 10);          // paper: 40 answers, 30/40 top two
        Add(-1, 1, 7);

        var counts = Breakdown.Tally(groups.ToArray(), ratings.ToArray(), groups: 3);
        var summaries = new Dictionary<string, RatingSummary>
        {
            ["online"] = RatingSummary.From(counts[0]),
            ["kiosk"] = RatingSummary.From(counts[1]),
            ["paper"] = RatingSummary.From(counts[2]),
        };
        var ranked = Breakdown.Rank(summaries);

        Assert.Equal(new[] { 0, 0, 0, 15, 0, 20 }, counts[0]);
        Assert.Equal(5, counts[1][0]);
        Assert.Equal(new[] { "paper", "online", "kiosk" }, ranked.Select(r => r.Cell.Key).ToArray());
        Assert.Equal(new int?[] { 1, 2, null }, ranked.Select(r => r.Rank).ToArray());
        Assert.True(ranked[2].TooSmallToJudge);
    }
}
