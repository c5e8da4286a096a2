namespace GlosKlienta.Domain.Analysis;

/// <summary>Martilla and James's importance-performance quadrants.</summary>
public enum IpaQuadrant
{
    /// <summary>Important and done well.</summary>
    KeepUpTheGoodWork,
    /// <summary>Important and done less well: where improvement pays most.</summary>
    ConcentrateHere,
    /// <summary>Less important and done less well.</summary>
    LowPriority,
    /// <summary>Less important and done well.</summary>
    PossibleOverkill,
}

/// <param name="Quadrant">Null when the item has no importance or no performance.</param>
public sealed record IpaItem(string Item, double? Importance, double? Performance, IpaQuadrant? Quadrant);

/// <summary>
/// Places items in the four quadrants. The cross-hairs are the means of importance and of
/// performance over the items that have both (data-centred, so the labels are relative to the
/// other items, not absolute); a value equal to the cross-hair counts as high.
/// </summary>
public static class ImportancePerformance
{
    public static IReadOnlyList<IpaItem> Classify(IReadOnlyList<(string Item, double? Importance, double? Performance)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var complete = items.Where(i => i.Importance is not null && i.Performance is not null).ToList();
        if (complete.Count == 0) return items.Select(i => new IpaItem(i.Item, i.Importance, i.Performance, null)).ToList();
        double importanceCut = complete.Average(i => i.Importance!.Value);
        double performanceCut = complete.Average(i => i.Performance!.Value);
        return items.Select(i => new IpaItem(i.Item, i.Importance, i.Performance,
            i.Importance is { } imp && i.Performance is { } perf
                ? (imp >= importanceCut, perf >= performanceCut) switch
                {
                    (true, true) => IpaQuadrant.KeepUpTheGoodWork,
                    (true, false) => IpaQuadrant.ConcentrateHere,
                    (false, false) => IpaQuadrant.LowPriority,
                    (false, true) => IpaQuadrant.PossibleOverkill,
                }
                : null)).ToList();
    }
}

/// <summary>One rating item as a driver of the service index.</summary>
/// <param name="Importance">Spearman's rho of the item with the respondent index; null when undefined.</param>
/// <param name="Performance">Top-two-box share of the item over the same complete rows.</param>
public sealed record Driver(string Item, SpearmanResult? Importance, double? Performance, IpaQuadrant? Quadrant);

/// <summary>
/// Drivers of satisfaction: for each rating item, Spearman's rho with the respondent's service
/// index (the sum of their ratings, which ranks people as the 0-100 index does) over complete
/// rows, and the item's top-two share over the same rows; then the importance-performance table.
/// The index includes the item itself (a part-whole correlation): it inflates every rho a little,
/// alike for all items, so the order of importance is what to read, not the size.
/// One pass over the rows; the correlations come from small joint count tables.
/// </summary>
public static class Drivers
{
    public static IReadOnlyList<Driver> From(ReadOnlySpan<int> rows, IReadOnlyList<string> itemCodes, int max = RatingSummary.DefaultMax)
    {
        ArgumentNullException.ThrowIfNull(itemCodes);
        int k = itemCodes.Count;
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (rows.Length % k != 0) throw new ArgumentException("The matrix must have whole rows.", nameof(rows));
        int totalLevels = k * (max - 1) + 1;   // totals k..k·max
        var joint = new long[k * max * totalLevels];
        var topTwo = new long[k];
        long n = 0;
        for (int start = 0; start < rows.Length; start += k)
        {
            var row = rows.Slice(start, k);
            if (!ServiceIndex.IsComplete(row, max)) continue;
            int total = 0;
            foreach (var v in row) total += v;
            int t = total - k;
            for (int i = 0; i < k; i++)
            {
                joint[(i * max + row[i] - 1) * totalLevels + t]++;
                if (row[i] >= max - 1) topTwo[i]++;
            }
            n++;
        }

        var importance = new SpearmanResult?[k];
        for (int i = 0; i < k; i++)
            importance[i] = Spearman.FromJointCounts(joint.AsSpan(i * max * totalLevels, max * totalLevels), max, totalLevels);
        var table = ImportancePerformance.Classify(Enumerable.Range(0, k)
            .Select(i => (itemCodes[i], importance[i]?.Rho, n == 0 ? (double?)null : (double)topTwo[i] / n)).ToList());
        return table.Select((row, i) => new Driver(row.Item, importance[i], row.Performance, row.Quadrant)).ToList();
    }
}
