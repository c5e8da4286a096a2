namespace GlosKlienta.Domain.Analysis;

/// <summary>
/// Result of a two-sided Mann-Whitney U test of sample 1 against sample 2.
/// </summary>
/// <param name="U1">U of sample 1: R₁ − n₁(n₁+1)/2 (what scipy returns as the statistic).</param>
/// <param name="Z">Tie-corrected standard score of U1, (U1 − n₁n₂/2)/σ, without continuity correction
/// (as SPSS reports it); positive when sample 1 tends to be higher; 0 when every value is equal.</param>
/// <param name="PValue">Two-sided, normal approximation with tie and continuity correction, as
/// scipy.stats.mannwhitneyu(x, y, method="asymptotic"); 1 when every value is equal.</param>
/// <param name="RankBiserial">2·U1/(n₁n₂) − 1 = P(X₁ &gt; X₂) − P(X₁ &lt; X₂) (Cliff's delta), in [−1, 1];
/// positive when sample 1 tends to be higher.</param>
/// <param name="EffectSizeR">r = Z/√(n₁ + n₂) (Rosenthal; Fritz, Morris and Richler 2012).</param>
public sealed record MannWhitneyResult(int N1, int N2, double U1, double Z, double PValue, double RankBiserial, double EffectSizeR);

/// <summary>Mann-Whitney U (Wilcoxon rank-sum) test, two-sided, large-sample form.</summary>
public static class MannWhitney
{
    /// <summary>Rating items: compares the answered values 1..max of two summaries; O(scale).</summary>
    public static MannWhitneyResult? Test(RatingSummary sample1, RatingSummary sample2)
    {
        ArgumentNullException.ThrowIfNull(sample1);
        ArgumentNullException.ThrowIfNull(sample2);
        if (sample1.Max != sample2.Max) throw new ArgumentException("Both summaries must use the same scale.", nameof(sample2));
        return FromLevelCounts(sample1.Counts[1..], sample2.Counts[1..]);
    }

    /// <summary>
    /// Ordered levels given as counts: <paramref name="counts1"/>[i] is how many of sample 1 are at
    /// level i (every index is a level, in ascending order). Null when either sample is empty.
    /// </summary>
    public static MannWhitneyResult? FromLevelCounts(ReadOnlySpan<int> counts1, ReadOnlySpan<int> counts2)
    {
        if (counts1.Length != counts2.Length) throw new ArgumentException("Both samples must have the same levels.", nameof(counts2));
        long n1 = 0, n2 = 0;
        for (int i = 0; i < counts1.Length; i++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(counts1[i], nameof(counts1));
            ArgumentOutOfRangeException.ThrowIfNegative(counts2[i], nameof(counts2));
            n1 += counts1[i]; n2 += counts2[i];
        }
        if (n1 == 0 || n2 == 0) return null;
        double rankSum1 = 0, tieTerm = 0;
        long before = 0;
        for (int i = 0; i < counts1.Length; i++)
        {
            double t = (double)counts1[i] + counts2[i];
            if (t == 0) continue;
            double midRank = before + (t + 1) / 2;
            rankSum1 += counts1[i] * midRank;
            tieTerm += t * t * t - t;
            before += counts1[i] + counts2[i];
        }
        return Result(checked((int)n1), checked((int)n2), rankSum1, tieTerm);
    }

    /// <summary>Any two samples of numbers; O(n log n). Null when either is empty.</summary>
    public static MannWhitneyResult? Test(ReadOnlySpan<double> sample1, ReadOnlySpan<double> sample2)
    {
        if (sample1.Length == 0 || sample2.Length == 0) return null;
        var all = new double[sample1.Length + sample2.Length];
        sample1.CopyTo(all);
        sample2.CopyTo(all.AsSpan(sample1.Length));
        var ranks = Spearman.MidRanks(all);
        double rankSum1 = 0;
        for (int i = 0; i < sample1.Length; i++) rankSum1 += ranks[i];
        Array.Sort(all);
        double tieTerm = 0;
        for (int i = 0; i < all.Length;)
        {
            int j = i + 1;
            while (j < all.Length && all[j] == all[i]) j++;
            double t = j - i;
            tieTerm += t * t * t - t;
            i = j;
        }
        return Result(sample1.Length, sample2.Length, rankSum1, tieTerm);
    }

    private static MannWhitneyResult Result(int n1, int n2, double rankSum1, double tieTerm)
    {
        double product = (double)n1 * n2;
        double n = (double)n1 + n2;
        double u1 = rankSum1 - n1 * (n1 + 1.0) / 2;
        double mu = product / 2;
        double sigma = Math.Sqrt(product / 12 * ((n + 1) - tieTerm / (n * (n - 1))));
        double z, p;
        if (sigma > 0 && !double.IsNaN(sigma))
        {
            z = (u1 - mu) / sigma;
            // scipy: the larger of U1 and U2, continuity correction of 0.5 towards the centre, doubled upper tail.
            double larger = Math.Max(u1, product - u1);
            p = Math.Min(1, 2 * Probability.NormalUpperTail((larger - mu - 0.5) / sigma));
        }
        else
        {
            // Every value equal: no ordering at all.
            z = 0;
            p = 1;
        }
        return new MannWhitneyResult(n1, n2, u1, z, p, 2 * u1 / product - 1, z / Math.Sqrt(n));
    }
}
