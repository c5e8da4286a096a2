using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Domain.Tests.Analysis;

// Reference: statsmodels 0.13.5 (Debian 12): multipletests(p, method='holm')[1]
public sealed class HolmTests
{
    public static TheoryData<double[], double[]> Cases => new()
    {
        { [0.01, 0.04, 0.03, 0.005, 0.2], [0.04, 0.09, 0.09, 0.025, 0.2] },
        { [0.02, 0.02, 0.5], [0.06, 0.06, 0.5] },
        { [0.001], [0.001] },
        { [0.3, 0.6, 0.9, 0.95], [1.0, 1.0, 1.0, 1.0] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Adjust_WhenGivenAFamily_MatchesStatsmodels(double[] p, double[] expected)
    {
        var adjusted = Holm.Adjust(p);

        Assert.Equal(expected.Length, adjusted.Length);
        for (int i = 0; i < expected.Length; i++) Near.Equal(expected[i], adjusted[i]);
    }

    [Fact]
    public void Adjust_WhenATestWasNotRun_LeavesItOutOfTheFamily()
    {
        var adjusted = Holm.Adjust([0.02, double.NaN, 0.02, 0.5]);

        Assert.True(double.IsNaN(adjusted[1]));
        Near.Equal(0.06, adjusted[0]);
        Near.Equal(0.06, adjusted[2]);
        Near.Equal(0.5, adjusted[3]);
    }

    [Fact]
    public void Adjust_WhenEmpty_ReturnsEmpty()
    {
        Assert.Empty(Holm.Adjust([]));
    }

    [Fact]
    public void Adjust_WhenPOutsideZeroToOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Holm.Adjust([0.5, 1.5]));
    }
}
