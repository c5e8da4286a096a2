using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Domain.Tests.Analysis;

// References: numpy 1.24.2 np.median / np.percentile(x, q) (default 'linear' = Hyndman–Fan type 7),
// x.std(ddof=1); scipy 1.10.1 stats.t.interval(0.95, n-1, loc=x.mean(), scale=stats.sem(x));
// statsmodels 0.13.5 proportion_confint(count, n, alpha=0.05, method='wilson'). Debian 12.
public sealed class RatingSummaryTests
{
    internal static readonly int[] A = [5, 5, 4, 4, 4, 3, 5, 2, 1, 4, 5, 3, 4, 5, 5, 4, 3, 2, 5, 4];
    internal static readonly int[] B = [3, 4, 2, 5, 3, 3, 4, 1, 2, 3, 4, 2, 3, 5, 1, 3];

    [Fact]
    public void FromAnswers_WhenTypicalWithTies_MatchesNumpyAndScipy()
    {
        var s = RatingSummary.FromAnswers(A);

        Assert.Equal(20, s.N);
        Assert.Equal(new[] { 0, 1, 2, 3, 7, 7 }, s.Counts.ToArray());
        Near.Equal(4.0, s.Median);
        Near.Equal(3.0, s.LowerQuartile);
        Near.Equal(5.0, s.UpperQuartile);
        Near.Equal(2.0, s.InterquartileRange);
        Near.Equal(3.85, s.Mean);
        Near.Equal(1.1821033884786183, s.StandardDeviation);
        Near.Interval(3.296758584314216, 4.403241415685784, s.MeanInterval);
        Assert.Equal(14, s.TopTwo);
        Near.Equal(0.7, s.TopTwoShare);
        Near.Interval(0.48102718164647645, 0.8545227551323957, s.TopTwoInterval);
        Assert.Equal(3, s.BottomTwo);
        Near.Equal(0.15, s.BottomTwoShare);
        Near.Interval(0.052368745896216595, 0.36041886474075696, s.BottomTwoInterval);
        Near.Equal(0.55, s.NetSatisfaction);
        Near.Equal(7 / 20.0, s.ShareOf(5));
    }

    [Fact]
    public void From_WhenGivenCountsWithBlanks_MatchesTheAnswersAndKeepsBlanksApart()
    {
        var s = RatingSummary.From([4, 2, 3, 6, 3, 2]); // 4 blank; B's distribution

        Assert.Equal(16, s.N);
        Assert.Equal(4, s.Blank);
        Near.Equal(3.0, s.Median);
        Near.Equal(2.0, s.LowerQuartile);
        Near.Equal(4.0, s.UpperQuartile);
        Near.Equal(3.0, s.Mean);
        Near.Equal(1.2110601416389966, s.StandardDeviation);
        Near.Interval(2.354671602864638, 3.645328397135362, s.MeanInterval);
        Near.Interval(0.14164643854782027, 0.5559564416525933, s.TopTwoInterval);
        Near.Interval(0.14164643854782027, 0.5559564416525933, s.BottomTwoInterval);
        Near.Equal(0.0, s.NetSatisfaction);
    }

    [Fact]
    public void FromAnswers_WhenQuartilesFallBetweenAnswers_InterpolatesAsType7()
    {
        var s = RatingSummary.FromAnswers([2, 4, 5]);

        Near.Equal(4.0, s.Median);
        Near.Equal(3.0, s.LowerQuartile);
        Near.Equal(4.5, s.UpperQuartile);
        // SciPy's t interval (df = 2) is -0.1279 to 7.4612; a mean of 1-5 answers cannot leave the scale,
        // so the interval shown is clipped to it.
        Near.Interval(1.0, 5.0, s.MeanInterval);
        Near.Interval(0.2076596008020477, 0.9385080552796037, s.TopTwoInterval);
    }

    [Fact]
    public void FromAnswers_WhenTwoAnswers_UsesTheOneDegreeOfFreedomQuantile()
    {
        var s = RatingSummary.FromAnswers([1, 5]);

        Near.Equal(3.0, s.Median);
        Near.Equal(2.0, s.LowerQuartile);
        Near.Equal(4.0, s.UpperQuartile);
        Near.Interval(1.0, 5.0, s.MeanInterval); // scipy's -22.41 to 28.41, clipped to the scale
        Near.Interval(0.09453120573423068, 0.9054687942657693, s.TopTwoInterval);
    }

    [Fact]
    public void FromAnswers_WhenSingleAnswer_HasCentreButNoInterval()
    {
        var s = RatingSummary.FromAnswers([4]);

        Assert.Equal(1, s.N);
        Near.Equal(4.0, s.Median);
        Near.Equal(4.0, s.LowerQuartile);
        Near.Equal(4.0, s.UpperQuartile);
        Near.Equal(4.0, s.Mean);
        Assert.Null(s.StandardDeviation);
        Assert.Null(s.MeanInterval);
        // With one answer no interval is shown at all (issue 12).
        Assert.Null(s.TopTwoInterval);
        Assert.Null(s.BottomTwoInterval);
        Near.Equal(1.0, s.NetSatisfaction);
        Assert.True(s.TooSmallToJudge);
    }

    [Fact]
    public void FromAnswers_WhenAllAnswersEqual_HasZeroWidthMeanInterval()
    {
        // scipy's t.interval returns (nan, nan) for scale 0; the formula's zero-width interval is shown instead.
        var s = RatingSummary.FromAnswers([3, 3, 3, 3, 3, 3]);

        Near.Equal(3.0, s.Median);
        Near.Equal(0.0, s.InterquartileRange);
        Near.Equal(0.0, s.StandardDeviation);
        Near.Interval(3.0, 3.0, s.MeanInterval);
        Near.Equal(0.0, s.TopTwoShare);
        Near.Interval(0.0, 0.39033428790216546, s.TopTwoInterval);
        Near.Equal(0.0, s.NetSatisfaction);
    }

    [Fact]
    public void FromAnswers_WhenNobodyAnswered_HasNoStatistics()
    {
        var s = RatingSummary.FromAnswers([0, 0, 0]);

        Assert.Equal(0, s.N);
        Assert.Equal(3, s.Blank);
        Assert.Null(s.Mean);
        Assert.Null(s.Median);
        Assert.Null(s.InterquartileRange);
        Assert.Null(s.MeanInterval);
        Assert.Null(s.TopTwoShare);
        Assert.Null(s.TopTwoInterval);
        Assert.Null(s.NetSatisfaction);
        Assert.Null(s.ShareOf(5));
    }

    [Fact]
    public void FromRows_WhenMatrixOfItems_SummarisesEachColumn()
    {
        int[] rows = [5, 3, 0, 4, 3, 1, 0, 3, 5];

        var items = RatingSummary.FromRows(rows, 3);

        Assert.Equal(3, items.Length);
        Assert.Equal(new[] { 1, 0, 0, 0, 1, 1 }, items[0].Counts.ToArray());
        Assert.Equal(new[] { 0, 0, 0, 3, 0, 0 }, items[1].Counts.ToArray());
        Assert.Equal(new[] { 1, 1, 0, 0, 0, 1 }, items[2].Counts.ToArray());
        Near.Equal(3.0, items[2].Mean);
    }

    [Fact]
    public void FromAnswers_WhenValueOffTheScale_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingSummary.FromAnswers([1, 6]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingSummary.FromAnswers([-1]));
    }

    [Fact]
    public void From_WhenCountsNegativeOrScaleTooShort_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingSummary.From([0, 1, -1, 2, 3, 4]));
        Assert.Throws<ArgumentException>(() => RatingSummary.From([0, 1, 2, 3]));
    }
}
