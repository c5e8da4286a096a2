using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Domain.Tests.Analysis;

public sealed class ProportionTests
{
    // statsmodels 0.13.5 (Debian 12): proportion_confint(count, n, alpha=0.05, method='wilson')
    [Theory]
    [InlineData(0, 10, 0.0, 0.27753279986288926)]
    [InlineData(10, 10, 0.7224672001371106, 1.0)]
    [InlineData(1, 1, 0.2065493143772374, 1.0)]
    [InlineData(0, 1, 0.0, 0.7934506856227627)]
    [InlineData(81, 100, 0.7222115462093562, 0.8748524849023126)]
    [InlineData(24, 30, 0.6269430358685175, 0.9049489282271013)]
    public void Wilson_WhenGivenCounts_MatchesStatsmodels(int successes, int n, double lower, double upper)
    {
        Near.Interval(lower, upper, Proportion.Wilson(successes, n));
    }

    [Fact]
    public void Wilson_WhenNobodyAnswered_HasNoInterval()
    {
        Assert.Null(Proportion.Wilson(0, 0));
    }

    [Fact]
    public void Wilson_WhenMoreSuccessesThanAnswers_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Wilson(5, 4));
    }

    // statsmodels 0.13.5 (Debian 12): confint_proportions_2indep(c1, n1, c2, n2, method='newcomb', compare='diff').
    // The first row is also Newcombe (1998), Stat Med 17:873, table II, method 10: 0.0524 to 0.3339.
    [Theory]
    [InlineData(56, 70, 48, 80, 0.05243147240236498, 0.33387265403690614)]
    [InlineData(9, 10, 3, 10, 0.1705227239345029, 0.809017973535488)]
    [InlineData(6, 7, 2, 7, 0.05822792748231209, 0.8062496375242278)]
    [InlineData(5, 56, 0, 29, -0.038137147903536936, 0.19256001385511165)]
    [InlineData(0, 10, 0, 20, -0.1611251580528194, 0.27753279986288926)]
    [InlineData(10, 10, 0, 10, 0.6075093504305241, 1.0)]
    [InlineData(16, 20, 8, 16, -0.00832685768565572, 0.5502888603884051)]
    public void NewcombeDifference_WhenGivenTwoShares_MatchesStatsmodels(int c1, int n1, int c2, int n2, double lower, double upper)
    {
        Near.Interval(lower, upper, Proportion.NewcombeDifference(c1, n1, c2, n2));
    }

    [Fact]
    public void NewcombeDifference_WhenAGroupIsEmpty_HasNoInterval()
    {
        Assert.Null(Proportion.NewcombeDifference(3, 10, 0, 0));
        Assert.Null(Proportion.NewcombeDifference(0, 0, 3, 10));
    }
}
