namespace GlosKlienta.Domain.Analysis;

/// <summary>
/// The service index from the ratings of question 8, with Cronbach's alpha over the items.
/// </summary>
/// <remarks>
/// Input is a row-major matrix of answers: <c>rows[r * items + i]</c> is respondent r's answer to
/// item i, 0 = blank, 1..max = the rating. Only complete rows (every item answered) are used,
/// for alpha and for the index alike (listwise deletion), so both describe the same people.
/// <para>Alpha = k/(k−1)·(1 − Σ s²ᵢ / s²ₜ), sample variances of the items and of the row totals.
/// It is undefined (null) with fewer than two items, fewer than two complete rows, or when every
/// complete row has the same total (s²ₜ = 0; for instance all answers equal). The sums are kept
/// as exact integers, so a million rows lose no precision.</para>
/// <para>The index of a respondent is the mean of their k ratings rescaled to 0-100:
/// (mean − 1)/(max − 1)·100, so 1 everywhere is 0 and 5 everywhere is 100. The reported index is
/// the mean of those over complete rows, with a t-based 95% interval. It is reported only when
/// alpha ≥ 0.7 (<see cref="MinimumAlpha"/>); alpha is always shown.</para>
/// </remarks>
public sealed class ServiceIndex
{
    public const double MinimumAlpha = 0.7;

    private ServiceIndex(int items, int completeResponses, double? alpha, double? index, Interval? indexInterval)
    {
        Items = items;
        CompleteResponses = completeResponses;
        Alpha = alpha;
        IsReliable = alpha >= MinimumAlpha;
        Index = IsReliable ? index : null;
        IndexInterval = IsReliable ? indexInterval : null;
    }

    public int Items { get; }
    public int CompleteResponses { get; }
    public double? Alpha { get; }
    /// <summary>Alpha is at least 0.7, so the items may be added into one index.</summary>
    public bool IsReliable { get; }
    /// <summary>Mean index 0-100 over complete rows; null unless <see cref="IsReliable"/>.</summary>
    public double? Index { get; }
    public Interval? IndexInterval { get; }

    public static ServiceIndex From(ReadOnlySpan<int> rows, int items, int max = RatingSummary.DefaultMax)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(items, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        if (rows.Length % items != 0) throw new ArgumentException("The matrix must have whole rows.", nameof(rows));
        Span<long> itemSum = items <= 64 ? stackalloc long[items] : new long[items];
        Span<long> itemSquares = items <= 64 ? stackalloc long[items] : new long[items];
        itemSum.Clear(); itemSquares.Clear();
        long n = 0, totalSum = 0, totalSquares = 0;
        for (int start = 0; start < rows.Length; start += items)
        {
            var row = rows.Slice(start, items);
            if (!IsComplete(row, max)) continue;
            long total = 0;
            for (int i = 0; i < items; i++)
            {
                int v = row[i];
                itemSum[i] += v;
                itemSquares[i] += v * v;
                total += v;
            }
            n++;
            totalSum += total;
            totalSquares += total * total;
        }

        int complete = checked((int)n);
        if (n == 0) return new ServiceIndex(items, 0, null, null, null);

        // n(n−1)·s² = n·Σx² − (Σx)², exact in integers; the common factor cancels in alpha.
        double? alpha = null;
        long totalSpread = n * totalSquares - totalSum * totalSum;
        if (items >= 2 && n >= 2 && totalSpread > 0)
        {
            long itemSpread = 0;
            for (int i = 0; i < items; i++) itemSpread += n * itemSquares[i] - itemSum[i] * itemSum[i];
            alpha = items / (items - 1.0) * (1 - (double)itemSpread / totalSpread);
        }

        double scale = 100.0 / (items * (max - 1.0));
        double meanTotal = (double)totalSum / n;
        double index = (meanTotal - items) * scale;
        Interval? interval = null;
        if (n >= 2)
        {
            double sd = Math.Sqrt((double)totalSpread / (n * (n - 1.0))) * scale;
            double half = Probability.StudentTQuantile(0.975, n - 1) * sd / Math.Sqrt(n);
            interval = new Interval(index - half, index + half);
        }
        return new ServiceIndex(items, complete, alpha, index, interval);
    }

    /// <summary>One respondent's index 0-100, or null when a rating is missing.</summary>
    public static double? RespondentIndex(ReadOnlySpan<int> row, int max = RatingSummary.DefaultMax)
    {
        if (row.Length == 0 || !IsComplete(row, max)) return null;
        long total = 0;
        foreach (var v in row) total += v;
        return ((double)total / row.Length - 1) / (max - 1) * 100;
    }

    internal static bool IsComplete(ReadOnlySpan<int> row, int max)
    {
        foreach (var v in row)
        {
            if (v == 0) return false;
            if ((uint)v > (uint)max) throw new ArgumentOutOfRangeException(nameof(row), v, "A rating outside the scale.");
        }
        return true;
    }
}
