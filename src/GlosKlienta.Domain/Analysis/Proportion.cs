namespace GlosKlienta.Domain.Analysis;

/// <summary>Intervals for shares (top-two-box, dissatisfied, an option chosen).</summary>
public static class Proportion
{
    /// <summary>
    /// Wilson score interval (95%, no continuity correction) for <paramref name="successes"/> out of
    /// <paramref name="n"/>. It stays inside [0, 1] and behaves at 0% and 100%, where the textbook
    /// p ± z·SE interval collapses. None when n = 0.
    /// </summary>
    public static Interval? Wilson(int successes, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (successes < 0 || successes > n) throw new ArgumentOutOfRangeException(nameof(successes), "Successes must lie between 0 and n.");
        if (n == 0) return null;
        const double z = Probability.Z95;
        double p = (double)successes / n;
        double z2n = z * z / n;
        double denominator = 1 + z2n;
        double centre = (p + z2n / 2) / denominator;
        double half = z * Math.Sqrt(p * (1 - p) / n + z2n / (4.0 * n)) / denominator;
        // At 0 and n the bound is exactly 0 or 1; say so rather than leave rounding dust.
        double lower = successes == 0 ? 0 : Math.Max(0, centre - half);
        double upper = successes == n ? 1 : Math.Min(1, centre + half);
        return new Interval(lower, upper);
    }

    /// <summary>
    /// Newcombe's hybrid score interval (1998, method 10) for p1 − p2, built from the two Wilson
    /// intervals: [d − √((p1−l1)² + (u2−p2)²), d + √((u1−p1)² + (p2−l2)²)]. None when either
    /// group is empty.
    /// </summary>
    public static Interval? NewcombeDifference(int successes1, int n1, int successes2, int n2)
    {
        var w1 = Wilson(successes1, n1);
        var w2 = Wilson(successes2, n2);
        if (w1 is not { } i1 || w2 is not { } i2) return null;
        double p1 = (double)successes1 / n1, p2 = (double)successes2 / n2, d = p1 - p2;
        double lower = d - Math.Sqrt(Square(p1 - i1.Lower) + Square(i2.Upper - p2));
        double upper = d + Math.Sqrt(Square(i1.Upper - p1) + Square(p2 - i2.Lower));
        return new Interval(lower, upper);
    }

    private static double Square(double x) => x * x;
}
