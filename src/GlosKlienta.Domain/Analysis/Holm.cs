namespace GlosKlienta.Domain.Analysis;

/// <summary>Holm–Bonferroni step-down adjustment of a family of p-values.</summary>
public static class Holm
{
    /// <summary>
    /// Adjusted p-values in the input order: sorted ascending, the i-th smallest (0-based) becomes
    /// max over j ≤ i of min(1, (m − j)·p₍ⱼ₎), as statsmodels multipletests(method="holm"). A
    /// hypothesis is rejected at level α when its adjusted p is below α. NaN marks a test that was
    /// not run: it stays NaN and does not count in m.
    /// </summary>
    public static double[] Adjust(ReadOnlySpan<double> pValues)
    {
        var adjusted = new double[pValues.Length];
        var order = new List<int>(pValues.Length);
        for (int i = 0; i < pValues.Length; i++)
        {
            if (double.IsNaN(pValues[i])) { adjusted[i] = double.NaN; continue; }
            if (pValues[i] < 0 || pValues[i] > 1) throw new ArgumentOutOfRangeException(nameof(pValues), pValues[i], "A p-value lies in [0, 1].");
            order.Add(i);
        }
        var values = pValues.ToArray();
        order.Sort((x, y) => values[x].CompareTo(values[y]) is var c && c != 0 ? c : x.CompareTo(y));
        int m = order.Count;
        double running = 0;
        for (int j = 0; j < m; j++)
        {
            running = Math.Max(running, Math.Min(1, (m - j) * values[order[j]]));
            adjusted[order[j]] = running;
        }
        return adjusted;
    }
}
