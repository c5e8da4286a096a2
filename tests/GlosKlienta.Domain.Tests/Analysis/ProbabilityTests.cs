using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Domain.Tests.Analysis;

// References: scipy 1.10.1 (Debian 12): stats.t.ppf(0.975, df), stats.norm.sf(z), stats.chi2.sf(x, df), stats.t.sf(t, df)*2.
public sealed class ProbabilityTests
{
    // scipy 1.10.1's t.ppf (cephes stdtri) is itself off by up to ~2e-11 at small df (t.ppf(0.975, 1) =
    // 12.706204736432095, the exact tan(0.475π) = 12.706204736174704...). The tight references are
    // therefore mpmath 1.2.1 at 40 digits (Debian 12 python3-mpmath): findroot of
    // betainc(ν/2, 1/2, 0, ν/(ν+t²), regularized=True)/2 = 0.025; scipy's value is checked loosely beside it.
    [Theory]
    [InlineData(1, 12.706204736174704646, 12.706204736432095)]
    [InlineData(2, 4.3026527297494638523, 4.302652729911275)]
    [InlineData(3, 3.1824463052837095927, 3.182446305284263)]
    [InlineData(5, 2.5705818356363155147, 2.5705818366147395)]
    [InlineData(19, 2.0930240544083097692, 2.093024054408263)]
    [InlineData(29, 2.0452296421327042982, 2.045229642132703)]
    [InlineData(999, 1.9623414611334499787, 1.9623414611334487)]
    [InlineData(1000, 1.962339080826408485, 1.9623390808264074)]
    [InlineData(999_999, 1.9599663568164793145, 1.959966356816479)]
    public void StudentTQuantile_When975_MatchesMpmathAndScipy(int df, double exact, double scipy)
    {
        var t = Probability.StudentTQuantile(0.975, df);

        Near.Equal(exact, t, 1e-13);
        Near.Equal(scipy, t, 1e-9);
    }

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.959963984540054, 0.025)]
    [InlineData(8.0, 6.22096057427174e-16)]
    public void NormalUpperTail_MatchesScipy(double z, double expected)
    {
        Assert.True(Math.Abs(Probability.NormalUpperTail(z) - expected) <= 1e-13 * expected);
    }

    [Theory]
    [InlineData(3.84, 1, 0.05004352124870519)]
    [InlineData(39.56099456099456, 4, 5.3345171766747965e-08)]
    [InlineData(120.0, 3, 7.716790355634162e-26)]
    public void ChiSquareUpperTail_MatchesScipy(double x, int df, double expected)
    {
        Assert.True(Math.Abs(Probability.ChiSquareUpperTail(x, df) - expected) <= 1e-10 * expected);
    }

    [Theory]
    [InlineData(2.5, 10, 0.031446844236608776)]
    [InlineData(10.0, 3, 0.0021283990584141494)]
    public void StudentTTwoSided_MatchesScipy(double t, int df, double expected)
    {
        Assert.True(Math.Abs(Probability.StudentTTwoSided(t, df) - expected) <= 1e-10 * expected);
    }
}
