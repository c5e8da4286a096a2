namespace GlosKlienta.Documents;

/// <summary>
/// How the columns of a table share the text width so that no word is split across lines: every
/// column gets at least its longest word (its minimum), and the rest of the width is shared in
/// proportion to the relative widths asked for. Used by every renderer that lays out tables itself.
/// </summary>
public static class ColumnWidths
{
    /// <summary>
    /// The widths of the columns: <paramref name="relative"/> shares of <paramref name="total"/>, raised
    /// to each column's <paramref name="minimum"/> and taken from the columns with room to spare.
    /// Null when the minimums alone are wider than the total (the table needs smaller type or another shape).
    /// </summary>
    public static double[]? Fit(IReadOnlyList<double> minimum, IReadOnlyList<double> relative, double total)
    {
        ArgumentNullException.ThrowIfNull(minimum);
        ArgumentNullException.ThrowIfNull(relative);
        int n = minimum.Count;
        if (relative.Count != n) throw new ArgumentException("One relative width per column.", nameof(relative));
        if (minimum.Sum() > total + 1e-9) return null;
        var widths = new double[n];
        var fixedAtMinimum = new bool[n];
        // Columns whose share is under their minimum are set to it; the rest share what is left, again
        // in proportion; repeat until no share falls under its minimum (at most n rounds).
        while (true)
        {
            double left = total, weight = 0;
            for (int c = 0; c < n; c++)
            {
                if (fixedAtMinimum[c]) left -= minimum[c];
                else weight += relative[c];
            }
            bool changed = false;
            for (int c = 0; c < n; c++)
            {
                if (fixedAtMinimum[c]) { widths[c] = minimum[c]; continue; }
                widths[c] = weight > 0 ? left * relative[c] / weight : 0;
                if (widths[c] < minimum[c] - 1e-9)
                {
                    fixedAtMinimum[c] = true;
                    changed = true;
                }
            }
            if (!changed) return widths;
        }
    }
}
