namespace GlosKlienta.Domain.Tests.Analysis;

/// <summary>
/// Comparisons with reference values. The references were computed on Debian 12 (bookworm) with
/// /usr/bin/python3 3.11.2, numpy 1.24.2, scipy 1.10.1 and statsmodels 0.13.5 (Debian packages
/// python3-numpy, python3-scipy, python3-statsmodels; mpmath 1.2.1 for the t quantile); each test names the exact call, and
/// reference/reference.py beside these tests prints them all.
/// </summary>
internal static class Near
{
    public const double Tight = 1e-12;

    public static void Equal(double expected, double? actual, double tolerance = Tight)
    {
        Assert.NotNull(actual);
        // Relative, so small p-values are held to as many digits as large statistics; an expected 0 must be met within 1e-15.
        var allowed = expected == 0 ? 1e-15 : tolerance * Math.Abs(expected);
        Assert.True(Math.Abs(expected - actual!.Value) <= allowed, $"Expected {expected:R}, got {actual.Value:R} (relative tolerance {tolerance:R}).");
    }

    public static void Interval(double lower, double upper, GlosKlienta.Domain.Analysis.Interval? actual, double tolerance = Tight)
    {
        Assert.NotNull(actual);
        Equal(lower, actual!.Value.Lower, tolerance);
        Equal(upper, actual.Value.Upper, tolerance);
    }
}
