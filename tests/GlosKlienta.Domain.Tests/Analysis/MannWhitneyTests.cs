using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Domain.Tests.Analysis;

// References: scipy 1.10.1, numpy 1.24.2 (Debian 12).
//   U1, p:  stats.mannwhitneyu(a, b, alternative='two-sided', method='asymptotic')
//   Z:      sign(U1 − n1·n2/2) · stats.norm.isf(p0/2), p0 from the same call with use_continuity=False
//   r:      Z / sqrt(n1 + n2)
//   rank-biserial: np.mean(np.sign(np.subtract.outer(a, b))) (Cliff's delta, counted pair by pair)
public sealed class MannWhitneyTests
{
    [Fact]
    public void Test_WhenRatingsWithTies_MatchesScipyAsymptotic()
    {
        var r = MannWhitney.Test(RatingSummary.FromAnswers(RatingSummaryTests.A), RatingSummary.FromAnswers(RatingSummaryTests.B))!;

        Assert.Equal(20, r.N1);
        Assert.Equal(16, r.N2);
        Near.Equal(224.5, r.U1);
        Near.Equal(0.036066624386445145, r.PValue, 1e-10);
        Near.Equal(2.1125518833265677, r.Z, 1e-10);
        Near.Equal(0.352091980554428, r.EffectSizeR, 1e-10);
        Near.Equal(0.403125, r.RankBiserial);
    }

    [Fact]
    public void Test_WhenSamplesSwapped_KeepsPAndFlipsDirection()
    {
        var r = MannWhitney.Test(RatingSummary.FromAnswers(RatingSummaryTests.B), RatingSummary.FromAnswers(RatingSummaryTests.A))!;

        Near.Equal(95.5, r.U1);
        Near.Equal(0.036066624386445145, r.PValue, 1e-10);
        Near.Equal(-2.1125518833265677, r.Z, 1e-10);
        Near.Equal(-0.403125, r.RankBiserial);
    }

    [Fact]
    public void Test_WhenNumbersGivenDirectly_MatchesTheCountsRoute()
    {
        var a = RatingSummaryTests.A.Select(v => (double)v).ToArray();
        var b = RatingSummaryTests.B.Select(v => (double)v).ToArray();

        var r = MannWhitney.Test(a, b)!;

        Near.Equal(224.5, r.U1);
        Near.Equal(0.036066624386445145, r.PValue, 1e-10);
    }

    [Fact]
    public void Test_WhenRealValuesWithTies_MatchesScipy()
    {
        var r = MannWhitney.Test([1.5, 2.25, 3.0, 3.0, 7.5, 0.1], [2.0, 3.0, 4.5, 8.0, 9.25])!;

        Near.Equal(7.0, r.U1);
        Near.Equal(0.16699411792618535, r.PValue, 1e-10);
        Near.Equal(-1.474055462380178, r.Z, 1e-10);
        Near.Equal(-0.44444444444444453, r.EffectSizeR, 1e-10);
        Near.Equal(-0.5333333333333333, r.RankBiserial);
    }

    [Fact]
    public void Test_WhenSamplesDoNotOverlap_MatchesScipy()
    {
        var r = MannWhitney.FromLevelCounts([2, 3, 0, 0, 0], [0, 0, 0, 2, 4])!; // [1,1,2,2,2] vs [4,5,5,4,5,5]

        Near.Equal(0.0, r.U1);
        Near.Equal(0.005974404147852617, r.PValue, 1e-10);
        Near.Equal(-2.843982294972606, r.Z, 1e-10);
        Near.Equal(-0.8574929257125443, r.EffectSizeR, 1e-10);
        Near.Equal(-1.0, r.RankBiserial);
    }

    [Fact]
    public void Test_WhenAllAnswersEqual_HasPOneAndNoEffect()
    {
        // scipy: U1 = 10.0, p = 1.0; its Z without continuity is nan (0/0), reported here as 0.
        var r = MannWhitney.Test(RatingSummary.FromAnswers([3, 3, 3, 3, 3]), RatingSummary.FromAnswers([3, 3, 3, 3]))!;

        Near.Equal(10.0, r.U1);
        Assert.Equal(1.0, r.PValue);
        Assert.Equal(0.0, r.Z);
        Assert.Equal(0.0, r.EffectSizeR);
        Assert.Equal(0.0, r.RankBiserial);
    }

    [Fact]
    public void Test_WhenOneAnswerEach_MatchesScipy()
    {
        var r = MannWhitney.Test(RatingSummary.FromAnswers([4]), RatingSummary.FromAnswers([2]))!;

        Near.Equal(1.0, r.U1);
        Near.Equal(1.0, r.PValue);
        Near.Equal(1.0, r.Z, 1e-10);
        Near.Equal(0.7071067811865475, r.EffectSizeR, 1e-10);
        Near.Equal(1.0, r.RankBiserial);
    }

    [Fact]
    public void Test_WhenAGroupIsEmpty_IsNotComputed()
    {
        Assert.Null(MannWhitney.Test(RatingSummary.FromAnswers([4, 5]), RatingSummary.FromAnswers([0, 0])));
        Assert.Null(MannWhitney.Test([], [1.0, 2.0]));
    }
}
