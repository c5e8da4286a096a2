namespace GlosKlienta.Domain.Analysis;

/// <summary>
/// Tests of independence for r×c tables of counts (rows = periods or groups, columns = options).
/// </summary>
/// <remarks>
/// Rows and columns that are all zero are dropped first (an option nobody chose in either period
/// says nothing about a difference, and scipy refuses zero expected counts). With fewer than two
/// rows or columns left there is nothing to test and the result is null. A 2×2 table with any
/// expected count under 5 is tested with Fisher's exact test; otherwise Pearson's chi-square
/// without Yates's correction (the small-count case it was meant for goes to Fisher instead).
/// </remarks>
public static class ContingencyTest
{
    public const double MinimumExpectedCount = 5;

    public static ContingencyResult? Test(int[,] table)
    {
        var (counts, rows, columns) = Compact(table);
        if (rows < 2 || columns < 2) return null;
        var (minimum, below) = ExpectedCounts(counts, rows, columns);
        if (rows == 2 && columns == 2 && minimum < MinimumExpectedCount)
        {
            var fisher = FisherExact.TwoSided((int)counts[0], (int)counts[1], (int)counts[2], (int)counts[3]);
            return new ContingencyResult(ContingencyMethod.FisherExact, fisher.OddsRatio, 1, fisher.PValue, minimum, below, true);
        }
        var chi = ChiSquare(counts, rows, columns);
        return new ContingencyResult(ContingencyMethod.ChiSquare, chi.Statistic, chi.DegreesOfFreedom, chi.PValue, minimum, below, below == 0);
    }

    /// <summary>Two samples over the same options (two periods): a 2×c table.</summary>
    public static ContingencyResult? Test(ReadOnlySpan<int> counts1, ReadOnlySpan<int> counts2)
    {
        if (counts1.Length != counts2.Length) throw new ArgumentException("Both samples must have the same options.", nameof(counts2));
        var table = new int[2, counts1.Length];
        for (int j = 0; j < counts1.Length; j++) { table[0, j] = counts1[j]; table[1, j] = counts2[j]; }
        return Test(table);
    }

    /// <summary>
    /// Pearson's chi-square test of independence, whatever the expected counts (as
    /// scipy.stats.chi2_contingency(table, correction=False)). Null with fewer than two non-empty rows or columns.
    /// </summary>
    public static (double Statistic, int DegreesOfFreedom, double PValue)? ChiSquareIndependence(int[,] table)
    {
        var (counts, rows, columns) = Compact(table);
        if (rows < 2 || columns < 2) return null;
        return ChiSquare(counts, rows, columns);
    }

    private static (double Statistic, int DegreesOfFreedom, double PValue) ChiSquare(long[] counts, int rows, int columns)
    {
        var (rowTotals, columnTotals, total) = Margins(counts, rows, columns);
        double statistic = 0;
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++)
            {
                double expected = (double)rowTotals[i] * columnTotals[j] / total;
                double d = counts[i * columns + j] - expected;
                statistic += d * d / expected;
            }
        int df = (rows - 1) * (columns - 1);
        return (statistic, df, Probability.ChiSquareUpperTail(statistic, df));
    }

    private static (double Minimum, int Below) ExpectedCounts(long[] counts, int rows, int columns)
    {
        var (rowTotals, columnTotals, total) = Margins(counts, rows, columns);
        double minimum = double.PositiveInfinity;
        int below = 0;
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++)
            {
                double expected = (double)rowTotals[i] * columnTotals[j] / total;
                minimum = Math.Min(minimum, expected);
                if (expected < MinimumExpectedCount) below++;
            }
        return (minimum, below);
    }

    private static (long[] Rows, long[] Columns, double Total) Margins(long[] counts, int rows, int columns)
    {
        var rowTotals = new long[rows];
        var columnTotals = new long[columns];
        long total = 0;
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++)
            {
                long c = counts[i * columns + j];
                rowTotals[i] += c; columnTotals[j] += c; total += c;
            }
        return (rowTotals, columnTotals, total);
    }

    /// <summary>The table without all-zero rows and columns, row-major.</summary>
    private static (long[] Counts, int Rows, int Columns) Compact(int[,] table)
    {
        ArgumentNullException.ThrowIfNull(table);
        int r = table.GetLength(0), c = table.GetLength(1);
        var keepRow = new List<int>();
        var keepColumn = new List<int>();
        for (int i = 0; i < r; i++)
        {
            long sum = 0;
            for (int j = 0; j < c; j++)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(table[i, j], nameof(table));
                sum += table[i, j];
            }
            if (sum > 0) keepRow.Add(i);
        }
        for (int j = 0; j < c; j++)
        {
            long sum = 0;
            for (int i = 0; i < r; i++) sum += table[i, j];
            if (sum > 0) keepColumn.Add(j);
        }
        var counts = new long[keepRow.Count * keepColumn.Count];
        for (int i = 0; i < keepRow.Count; i++)
            for (int j = 0; j < keepColumn.Count; j++)
                counts[i * keepColumn.Count + j] = table[keepRow[i], keepColumn[j]];
        return (counts, keepRow.Count, keepColumn.Count);
    }
}
