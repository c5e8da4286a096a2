using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Domain.Tests.Analysis;

// References: scipy 1.10.1 (Debian 12).
//   chi-square: stats.chi2_contingency(np.array(t), correction=False) -> stat, p, dof, expected
//   Fisher:     stats.fisher_exact(t) (two-sided) -> odds ratio, p
public sealed class ContingencyTests
{
    public static TheoryData<int[][], double, double, int, double> ChiSquareCases => new()
    {
        { [[20, 15, 10, 5], [10, 12, 14, 16]], 10.059890109890112, 0.018063847944270444, 3, 10.294117647058824 },
        { [[30, 10, 5], [20, 25, 15], [10, 20, 35]], 39.56099456099456, 5.3345171766747965e-08, 4, 14.558823529411764 },
        { [[12, 30], [25, 20]], 6.471814671814673, 0.010959856640705623, 1, 17.862068965517242 },
        // The middle column is empty; scipy refuses it, so the reference is the table without it: [[20, 15, 10], [10, 12, 14]].
        { [[20, 0, 15, 10], [10, 0, 12, 14]], 3.375, 0.1849813999073043, 2, 10.666666666666666 },
    };

    [Theory]
    [MemberData(nameof(ChiSquareCases))]
    public void Test_WhenExpectedCountsAreLarge_UsesChiSquareMatchingScipy(int[][] rows, double statistic, double p, int df, double minimumExpected)
    {
        var r = ContingencyTest.Test(ToTable(rows))!;

        Assert.Equal(ContingencyMethod.ChiSquare, r.Method);
        Near.Equal(statistic, r.Statistic, 1e-12);
        Near.Equal(p, r.PValue, 1e-9);
        Assert.Equal(df, r.DegreesOfFreedom);
        Near.Equal(minimumExpected, r.MinimumExpected);
        Assert.Equal(0, r.ExpectedBelowFive);
        Assert.True(r.ApproximationAdequate);
    }

    [Theory]
    [InlineData(8, 2, 1, 5, 20.0, 0.034965034965034975)]
    [InlineData(3, 1, 1, 3, 9.0, 0.48571428571428565)]
    [InlineData(0, 5, 5, 0, 0.0, 0.007936507936507938)]
    [InlineData(12, 5, 3, 9, 7.2, 0.02532768703367614)]
    [InlineData(1, 20, 4, 18, 0.225, 0.3448667044809982)]
    [InlineData(2, 0, 0, 3, double.PositiveInfinity, 0.10000000000000002)]
    [InlineData(5, 5, 5, 5, 1.0, 1.0)]
    public void FisherExact_WhenTwoByTwo_MatchesScipy(int a, int b, int c, int d, double oddsRatio, double p)
    {
        var (or, pValue) = FisherExact.TwoSided(a, b, c, d);

        if (double.IsPositiveInfinity(oddsRatio)) Assert.True(double.IsPositiveInfinity(or));
        else Near.Equal(oddsRatio, or);
        Near.Equal(p, pValue, 1e-10);
    }

    [Fact]
    public void FisherExact_WhenARowIsEmpty_HasPOneAndNoOddsRatio()
    {
        // scipy: fisher_exact([[0, 0], [3, 4]]) -> (nan, 1.0)
        var (or, p) = FisherExact.TwoSided(0, 0, 3, 4);

        Assert.True(double.IsNaN(or));
        Assert.Equal(1.0, p);
    }

    [Fact]
    public void Test_WhenTwoByTwoExpectsUnderFive_UsesFisher()
    {
        var r = ContingencyTest.Test(new[,] { { 8, 2 }, { 1, 5 } })!;

        Assert.Equal(ContingencyMethod.FisherExact, r.Method);
        Near.Equal(0.034965034965034975, r.PValue, 1e-10);
        Near.Equal(2.625, r.MinimumExpected); // expected [[5.625, 4.375], [3.375, 2.625]]
        Assert.Equal(3, r.ExpectedBelowFive);
        Assert.True(r.ApproximationAdequate);
    }

    [Fact]
    public void Test_WhenLargerTableExpectsUnderFive_FlagsTheChiSquareAsApproximate()
    {
        // scipy: chi2_contingency([[5, 3, 1], [6, 2, 4]], correction=False)
        //   -> 1.696969696969697, p 0.42806302118317574, dof 2, 5 expected counts under 5 (min 2.142857142857143)
        var r = ContingencyTest.Test(new[,] { { 5, 3, 1 }, { 6, 2, 4 } })!;

        Assert.Equal(ContingencyMethod.ChiSquare, r.Method);
        Near.Equal(1.696969696969697, r.Statistic);
        Near.Equal(0.42806302118317574, r.PValue, 1e-10);
        Near.Equal(2.142857142857143, r.MinimumExpected);
        Assert.Equal(5, r.ExpectedBelowFive);
        Assert.False(r.ApproximationAdequate);
    }

    [Fact]
    public void Test_WhenOnlyOneRowOrColumnHasAnswers_IsNotComputed()
    {
        Assert.Null(ContingencyTest.Test(new[,] { { 4, 6 }, { 0, 0 } }));
        Assert.Null(ContingencyTest.Test(new[,] { { 4, 0 }, { 7, 0 } }));
        Assert.Null(ContingencyTest.Test(new int[2, 3]));
    }

    [Fact]
    public void Test_WhenTwoSamplesGiven_BuildsTheTwoRowTable()
    {
        var r = ContingencyTest.Test([20, 15, 10, 5], [10, 12, 14, 16])!;

        Near.Equal(10.059890109890112, r.Statistic);
        Assert.Equal(3, r.DegreesOfFreedom);
    }

    private static int[,] ToTable(int[][] rows)
    {
        var table = new int[rows.Length, rows[0].Length];
        for (int i = 0; i < rows.Length; i++)
            for (int j = 0; j < rows[0].Length; j++)
                table[i, j] = rows[i][j];
        return table;
    }
}
