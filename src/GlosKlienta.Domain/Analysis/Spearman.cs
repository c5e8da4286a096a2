namespace GlosKlienta.Domain.Analysis;

/// <summary>Spearman's rank correlation with its two-sided p-value (t approximation, n − 2 degrees of freedom, as scipy.stats.spearmanr).</summary>
/// <param name="PValue">Null for n &lt; 3.</param>
public sealed record SpearmanResult(double Rho, int N, double? PValue);

/// <summary>
/// Spearman's rho: Pearson's correlation of the ranks, tied values getting their mean rank.
/// Null when there are fewer than two pairs or either variable is constant (no ranking to
/// correlate; scipy returns NaN there).
/// </summary>
public static class Spearman
{
    /// <summary>General case: O(n log n), two rank arrays.</summary>
    public static SpearmanResult? Correlation(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length) throw new ArgumentException("The two samples must pair up.", nameof(y));
        int n = x.Length;
        if (n < 2) return null;
        var rx = MidRanks(x);
        var ry = MidRanks(y);
        double mean = (n + 1) / 2.0, sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = rx[i] - mean, dy = ry[i] - mean;
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
        }
        return Result(sxy, sxx, syy, n);
    }

    /// <summary>
    /// For two variables with few levels (a rating and a sum of ratings): <paramref name="joint"/>
    /// holds the count of pairs (x level i, y level j) at <c>i * yLevels + j</c>, levels in
    /// ascending order. O(levels), no per-answer work, the same ranks as the general case.
    /// </summary>
    public static SpearmanResult? FromJointCounts(ReadOnlySpan<long> joint, int xLevels, int yLevels)
    {
        if (joint.Length != xLevels * yLevels) throw new ArgumentException("The table must have xLevels × yLevels cells.", nameof(joint));
        Span<long> xCounts = xLevels <= 256 ? stackalloc long[xLevels] : new long[xLevels];
        Span<long> yCounts = yLevels <= 256 ? stackalloc long[yLevels] : new long[yLevels];
        xCounts.Clear(); yCounts.Clear();
        long total = 0;
        for (int i = 0; i < xLevels; i++)
            for (int j = 0; j < yLevels; j++)
            {
                long c = joint[i * yLevels + j];
                ArgumentOutOfRangeException.ThrowIfNegative(c, nameof(joint));
                xCounts[i] += c; yCounts[j] += c; total += c;
            }
        if (total < 2) return null;
        Span<double> xRank = xLevels <= 256 ? stackalloc double[xLevels] : new double[xLevels];
        Span<double> yRank = yLevels <= 256 ? stackalloc double[yLevels] : new double[yLevels];
        LevelMidRanks(xCounts, xRank);
        LevelMidRanks(yCounts, yRank);
        double mean = (total + 1) / 2.0, sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < xLevels; i++) sxx += xCounts[i] * (xRank[i] - mean) * (xRank[i] - mean);
        for (int j = 0; j < yLevels; j++) syy += yCounts[j] * (yRank[j] - mean) * (yRank[j] - mean);
        for (int i = 0; i < xLevels; i++)
            for (int j = 0; j < yLevels; j++)
            {
                long c = joint[i * yLevels + j];
                if (c != 0) sxy += c * (xRank[i] - mean) * (yRank[j] - mean);
            }
        return Result(sxy, sxx, syy, checked((int)total));
    }

    private static SpearmanResult? Result(double sxy, double sxx, double syy, int n)
    {
        if (sxx <= 0 || syy <= 0) return null;
        double rho = Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
        double? p = null;
        if (n > 2)
        {
            double df = n - 2;
            p = Math.Abs(rho) >= 1 ? 0 : Probability.StudentTTwoSided(rho * Math.Sqrt(df / ((1 + rho) * (1 - rho))), df);
        }
        return new SpearmanResult(rho, n, p);
    }

    /// <summary>Mean ranks (1-based) of level i given the count of each level.</summary>
    private static void LevelMidRanks(ReadOnlySpan<long> counts, Span<double> ranks)
    {
        long before = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            ranks[i] = before + (counts[i] + 1) / 2.0;
            before += counts[i];
        }
    }

    /// <summary>1-based ranks with ties averaged.</summary>
    internal static double[] MidRanks(ReadOnlySpan<double> values)
    {
        int n = values.Length;
        var order = new int[n];
        var sorted = values.ToArray();
        for (int i = 0; i < n; i++) order[i] = i;
        Array.Sort(sorted, order);
        var ranks = new double[n];
        for (int i = 0; i < n;)
        {
            int j = i + 1;
            while (j < n && sorted[j] == sorted[i]) j++;
            double rank = (i + 1 + j) / 2.0; // mean of positions i+1 .. j
            for (int t = i; t < j; t++) ranks[order[t]] = rank;
            i = j;
        }
        return ranks;
    }
}
