namespace GlosKlienta.Documents.Charts;

/// <summary>The numbers of a chart as a table: one row per category, one column per series.</summary>
internal static class ChartData
{
    public static Table AsTable(Chart chart)
    {
        var header = new List<string> { "Kategoria" };
        header.AddRange(chart.Series.Select(s => s.Name));
        var rows = new List<IReadOnlyList<string>>(chart.Categories.Count);
        for (int c = 0; c < chart.Categories.Count; c++)
        {
            var row = new List<string> { chart.Categories[c] };
            foreach (var s in chart.Series)
                row.Add(c < s.Values.Count && s.Values[c] is { } v ? ChartGeometry.FormatValue(chart, v) : "–");
            rows.Add(row);
        }
        var align = new List<ColumnAlign> { ColumnAlign.Left };
        align.AddRange(chart.Series.Select(_ => ColumnAlign.Right));
        return new Table(header, rows) { Caption = "Dane wykresu: " + chart.Title, Align = align };
    }
}
