using System.Runtime.CompilerServices;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

[assembly: InternalsVisibleTo("GlosKlienta.Domain.Tests")]

namespace GlosKlienta.Domain.Analysis;

/// <summary>
/// The few distribution functions the statistics need. They come from MathNet.Numerics
/// (regularised incomplete gamma and beta, erfc, Student t quantile); the tails are taken from the
/// upper functions directly, not as 1 − CDF, so small p-values keep their precision.
/// </summary>
internal static class Probability
{
    /// <summary>The 97.5% standard normal quantile: every interval here is a two-sided 95% one.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>P(Z ≥ z) for a standard normal Z.</summary>
    public static double NormalUpperTail(double z) =>
        double.IsPositiveInfinity(z) ? 0 : double.IsNegativeInfinity(z) ? 1 : 0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2));

    /// <summary>
    /// The p-quantile of Student's t with <paramref name="degreesOfFreedom"/>, for p in (0.5, 1).
    /// MathNet's StudentT.InvCDF is a root search good to only about 1e-10, so below 1000 degrees
    /// of freedom its answer is refined by Newton steps on the upper tail (incomplete beta), and
    /// from 1000 on the Cornish-Fisher expansion in 1/ν (Abramowitz and Stegun 26.7.5, error
    /// under 1e-15 there) is used, where the incomplete beta itself loses digits. Checked against
    /// mpmath at 40 digits to about 1e-13 relative.
    /// </summary>
    public static double StudentTQuantile(double p, double degreesOfFreedom)
    {
        if (p <= 0.5 || p >= 1) throw new ArgumentOutOfRangeException(nameof(p), p, "Only upper quantiles (0.5 < p < 1) are needed here.");
        double nu = degreesOfFreedom;
        if (nu >= 1000)
        {
            double x = Normal.InvCDF(0, 1, p), x2 = x * x;
            double g1 = (x2 + 1) * x / 4;
            double g2 = ((5 * x2 + 16) * x2 + 3) * x / 96;
            double g3 = (((3 * x2 + 19) * x2 + 17) * x2 - 15) * x / 384;
            double g4 = ((((79 * x2 + 776) * x2 + 1482) * x2 - 1920) * x2 - 945) * x / 92160;
            return x + (g1 + (g2 + (g3 + g4 / nu) / nu) / nu) / nu;
        }
        double tail = 1 - p;
        double t = StudentT.InvCDF(0, 1, nu, p);
        double logDensityConstant = SpecialFunctions.GammaLn((nu + 1) / 2) - SpecialFunctions.GammaLn(nu / 2) - 0.5 * Math.Log(nu * Math.PI);
        for (int i = 0; i < 4; i++)
        {
            double upper = 0.5 * SpecialFunctions.BetaRegularized(nu / 2, 0.5, nu / (nu + t * t));
            double density = Math.Exp(logDensityConstant - (nu + 1) / 2 * Math.Log(1 + t * t / nu));
            double step = (upper - tail) / density;
            t += step;
            if (Math.Abs(step) <= 1e-15 * Math.Abs(t)) break;
        }
        return t;
    }

    /// <summary>Two-sided p-value of a t statistic: P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, 1/2).</summary>
    public static double StudentTTwoSided(double t, double degreesOfFreedom)
    {
        if (double.IsInfinity(t)) return 0;
        return SpecialFunctions.BetaRegularized(degreesOfFreedom / 2, 0.5, degreesOfFreedom / (degreesOfFreedom + t * t));
    }

    /// <summary>P(X ≥ x) for X chi-square with <paramref name="degreesOfFreedom"/>: Q(ν/2, x/2).</summary>
    public static double ChiSquareUpperTail(double x, double degreesOfFreedom) =>
        x <= 0 ? 1 : SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2, x / 2);

    /// <summary>ln(n!).</summary>
    public static double LogFactorial(int n) => SpecialFunctions.FactorialLn(n);
}
