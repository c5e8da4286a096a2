namespace GlosKlienta.Domain.Analysis;

/// <summary>
/// One rating item (question 8) summarised from its counts. Counts are indexed by value:
/// <c>counts[0]</c> is the number of people who left the item blank and <c>counts[v]</c> the
/// number who gave v, for v = 1..max (F1: a length-6 array for the 1-5 scale). Scales start at 1.
/// </summary>
/// <remarks>
/// Definitions:
/// <list type="bullet">
/// <item>Quartiles and median: linear interpolation between order statistics, Hyndman–Fan type 7
/// (numpy.percentile's default, R's quantile default, Excel QUARTILE.INC). IQR = Q3 − Q1.</item>
/// <item>Mean with a t-based 95% interval: mean ± t(0.975, n−1)·s/√n, s the sample standard
/// deviation (n − 1). None for n &lt; 2; zero width when all answers are equal.</item>
/// <item>Top-two box: share of answers in the two highest values (4-5), with a Wilson 95%
/// interval; bottom-two box likewise (1-2); net satisfaction = top-two − bottom-two, in [−1, 1].</item>
/// <item>Shares are of the people who answered the item (blanks excluded). With n = 0 every
/// statistic is null.</item>
/// </list>
/// </remarks>
public sealed class RatingSummary
{
    /// <summary>F1's scale maximum; with the blank slot a counts array has <c>DefaultMax + 1</c> entries.</summary>
    public const int DefaultMax = 5;

    private readonly int[] _counts;

    private RatingSummary(int[] counts)
    {
        _counts = counts;
        Max = counts.Length - 1;
        Blank = counts[0];
        long n = 0, sum = 0;
        for (int v = 1; v <= Max; v++) { n += counts[v]; sum += (long)v * counts[v]; }
        N = checked((int)n);
        TopTwo = counts[Max] + counts[Max - 1];
        BottomTwo = counts[1] + counts[2];
        if (N == 0) return;

        double mean = (double)sum / N;
        Mean = mean;
        Median = Quantile(0.5);
        LowerQuartile = Quantile(0.25);
        UpperQuartile = Quantile(0.75);
        TopTwoShare = (double)TopTwo / N;
        BottomTwoShare = (double)BottomTwo / N;
        NetSatisfaction = TopTwoShare - BottomTwoShare;
        // With fewer than 2 answers no interval is shown: one answer says nothing about spread.
        if (N < 2) return;
        TopTwoInterval = Proportion.Wilson(TopTwo, N);
        BottomTwoInterval = Proportion.Wilson(BottomTwo, N);

        double squares = 0;
        for (int v = 1; v <= Max; v++) squares += counts[v] * (v - mean) * (v - mean);
        double sd = Math.Sqrt(squares / (N - 1));
        StandardDeviation = sd;
        double half = Probability.StudentTQuantile(0.975, N - 1) * sd / Math.Sqrt(N);
        // The t interval is symmetric and can pass the ends of the scale; a mean cannot.
        MeanInterval = new Interval(Math.Max(1, mean - half), Math.Min(Max, mean + half));
    }

    /// <summary>From counts indexed by value (<c>counts[0]</c> = blank). The span is copied.</summary>
    public static RatingSummary From(ReadOnlySpan<int> counts)
    {
        if (counts.Length < 5) throw new ArgumentException("A rating scale needs at least the values 1 to 4, so the top two and bottom two do not overlap (counts[0] is the blank slot).", nameof(counts));
        foreach (var c in counts) ArgumentOutOfRangeException.ThrowIfNegative(c, nameof(counts));
        return new RatingSummary(counts.ToArray());
    }

    /// <summary>From single answers: 0 = blank, 1..<paramref name="max"/> = the rating. O(n), one small array.</summary>
    public static RatingSummary FromAnswers(ReadOnlySpan<int> answers, int max = DefaultMax)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 4);
        var counts = new int[max + 1];
        Tally(answers, counts);
        return new RatingSummary(counts);
    }

    /// <summary>
    /// Every item of a row-major matrix (<c>rows[r * items + i]</c>, 0 = blank), as stored for the
    /// service index: one pass, one small counts array per item. Blank items count as blank.
    /// </summary>
    public static RatingSummary[] FromRows(ReadOnlySpan<int> rows, int items, int max = DefaultMax)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(items, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 4);
        if (rows.Length % items != 0) throw new ArgumentException("The matrix must have whole rows.", nameof(rows));
        int width = max + 1;
        var counts = new int[items * width];
        for (int start = 0; start < rows.Length; start += items)
        {
            for (int i = 0; i < items; i++)
            {
                int v = rows[start + i];
                if ((uint)v > (uint)max) throw new ArgumentOutOfRangeException(nameof(rows), v, "A rating outside the scale.");
                counts[i * width + v]++;
            }
        }
        var result = new RatingSummary[items];
        for (int i = 0; i < items; i++) result[i] = new RatingSummary(counts.AsSpan(i * width, width).ToArray());
        return result;
    }

    /// <summary>Adds each answer (0 = blank, 1..max) to <paramref name="counts"/>[answer].</summary>
    public static void Tally(ReadOnlySpan<int> answers, Span<int> counts)
    {
        foreach (var a in answers)
        {
            if ((uint)a >= (uint)counts.Length) throw new ArgumentOutOfRangeException(nameof(answers), a, "A rating outside the scale.");
            counts[a]++;
        }
    }

    /// <summary>The highest value of the scale (5 for F1).</summary>
    public int Max { get; }
    /// <summary>People who answered the item.</summary>
    public int N { get; }
    /// <summary>People who left the item blank.</summary>
    public int Blank { get; }
    /// <summary>Counts indexed by value; index 0 is <see cref="Blank"/>.</summary>
    public ReadOnlySpan<int> Counts => _counts;
    public int CountOf(int value) => _counts[value];
    /// <summary>Share of the answers that gave <paramref name="value"/>; null when nobody answered.</summary>
    public double? ShareOf(int value) => N == 0 ? null : (double)_counts[value] / N;

    public double? Mean { get; }
    public double? StandardDeviation { get; }
    public Interval? MeanInterval { get; }
    public double? Median { get; }
    public double? LowerQuartile { get; }
    public double? UpperQuartile { get; }
    public double? InterquartileRange => UpperQuartile - LowerQuartile;

    public int TopTwo { get; }
    public double? TopTwoShare { get; }
    public Interval? TopTwoInterval { get; }
    public int BottomTwo { get; }
    public double? BottomTwoShare { get; }
    public Interval? BottomTwoInterval { get; }
    /// <summary>Top-two share minus bottom-two share.</summary>
    public double? NetSatisfaction { get; }

    public bool TooSmallToJudge => MinimumCell.IsTooSmall(N);

    /// <summary>Type 7 quantile: h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) over the sorted answers.</summary>
    private double Quantile(double p)
    {
        double h = (N - 1) * p;
        int lo = (int)Math.Floor(h);
        double lower = OrderStatistic(lo);
        if (h == lo) return lower;
        return lower + (h - lo) * (OrderStatistic(lo + 1) - lower);
    }

    /// <summary>The answer at 0-based position <paramref name="index"/> of the sorted answers.</summary>
    private int OrderStatistic(int index)
    {
        int cumulative = 0;
        for (int v = 1; v <= Max; v++)
        {
            cumulative += _counts[v];
            if (index < cumulative) return v;
        }
        return Max;
    }
}
