namespace GlosKlienta.Domain.Analysis;

/// <summary>Fisher's exact test for a 2×2 table [[a, b], [c, d]].</summary>
public static class FisherExact
{
    /// <summary>
    /// Two-sided p-value: the total hypergeometric probability (margins fixed) of every table no
    /// more likely than the observed one, as scipy.stats.fisher_exact and R's fisher.test. "No more
    /// likely" allows a relative 1e-7 for rounding, as R does (scipy uses 1e-14). A table with an
    /// empty row or column gives p = 1 and an odds ratio of NaN, as scipy does.
    /// </summary>
    public static (double OddsRatio, double PValue) TwoSided(int a, int b, int c, int d)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(a);
        ArgumentOutOfRangeException.ThrowIfNegative(b);
        ArgumentOutOfRangeException.ThrowIfNegative(c);
        ArgumentOutOfRangeException.ThrowIfNegative(d);
        int row1 = a + b, row2 = c + d, column1 = a + c, column2 = b + d, n = row1 + row2;
        if (row1 == 0 || row2 == 0 || column1 == 0 || column2 == 0) return (double.NaN, 1);
        double oddsRatio = b > 0 && c > 0 ? (double)a * d / ((double)b * c) : double.PositiveInfinity;

        // log P(X = x) for X hypergeometric: x of column1 falls in row 1.
        double constant = Probability.LogFactorial(row1) + Probability.LogFactorial(row2)
            + Probability.LogFactorial(column1) + Probability.LogFactorial(column2) - Probability.LogFactorial(n);
        double LogP(int x) => constant - Probability.LogFactorial(x) - Probability.LogFactorial(row1 - x)
            - Probability.LogFactorial(column1 - x) - Probability.LogFactorial(row2 - column1 + x);

        int low = Math.Max(0, column1 - row2), high = Math.Min(row1, column1);
        double observed = LogP(a);
        double limit = Math.Log(1 + 1e-7);
        double relative = 0; // Σ P(x)/P(a) over the tables counted
        for (int x = low; x <= high; x++)
        {
            double diff = LogP(x) - observed;
            if (diff <= limit) relative += Math.Exp(diff);
        }
        return (oddsRatio, Math.Min(1, Math.Exp(observed + Math.Log(relative))));
    }
}
