using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Domain.Tests.Analysis;

// Reference: scipy 1.10.1 (Debian 12): stats.spearmanr(x, y) -> correlation, pvalue
public sealed class SpearmanTests
{
    private static readonly int[] X = [5, 4, 4, 3, 5, 2, 1, 4, 5, 3, 4, 4];
    private static readonly int[] Y = [21, 18, 20, 14, 24, 11, 7, 19, 22, 15, 17, 20];

    [Fact]
    public void Correlation_WhenTies_MatchesScipy()
    {
        var r = Spearman.Correlation(X.Select(v => (double)v).ToArray(), Y.Select(v => (double)v).ToArray())!;

        Near.Equal(0.9569688990161647, r.Rho);
        Near.Equal(1.0808319360832156e-06, r.PValue, 1e-9);
        Assert.Equal(12, r.N);
    }

    [Fact]
    public void FromJointCounts_WhenSameData_GivesTheSameRhoAsTheRanks()
    {
        // x levels 1..5, y levels 7..24
        const int yLevels = 24 - 7 + 1;
        var joint = new long[5 * yLevels];
        for (int i = 0; i < X.Length; i++) joint[(X[i] - 1) * yLevels + (Y[i] - 7)]++;

        var r = Spearman.FromJointCounts(joint, 5, yLevels)!;

        Near.Equal(0.9569688990161647, r.Rho);
        Near.Equal(1.0808319360832156e-06, r.PValue, 1e-9);
    }

    [Fact]
    public void Correlation_WhenRealValues_MatchesScipy()
    {
        var r = Spearman.Correlation([1.0, 2.5, 2.5, 4.0, 9.0], [3.0, 1.0, 2.0, 2.0, 8.0])!;

        Near.Equal(0.2894736842105264, r.Rho);
        Near.Equal(0.6366447547494903, r.PValue, 1e-10);
    }

    [Fact]
    public void Correlation_WhenThreePairs_MatchesScipy()
    {
        var r = Spearman.Correlation([1.0, 2, 3], [3.0, 1, 2])!;

        Near.Equal(-0.5, r.Rho);
        Near.Equal(0.6666666666666667, r.PValue, 1e-10);
    }

    [Fact]
    public void Correlation_WhenOneVariableIsConstant_IsUndefined()
    {
        // scipy: spearmanr([3,3,3,3], [1,2,3,4]) -> (nan, nan) with ConstantInputWarning
        Assert.Null(Spearman.Correlation([3.0, 3, 3, 3], [1.0, 2, 3, 4]));
    }

    [Fact]
    public void Correlation_WhenFewerThanTwoPairs_IsUndefined()
    {
        Assert.Null(Spearman.Correlation([], []));
        Assert.Null(Spearman.Correlation([1.0], [2.0]));
        Assert.Null(Spearman.FromJointCounts([0, 0, 0, 1], 2, 2));
    }

    [Fact]
    public void Correlation_WhenPerfectlyOrdered_IsOneWithPZero()
    {
        var r = Spearman.Correlation([1.0, 2, 3, 4], [10.0, 20, 30, 40])!;

        Assert.Equal(1.0, r.Rho);
        Assert.Equal(0.0, r.PValue);
    }
}
