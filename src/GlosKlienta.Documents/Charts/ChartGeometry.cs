using System.Globalization;

namespace GlosKlienta.Documents.Charts;

internal enum Anchor { Start, Middle, End }

internal enum Dash { Solid, Dashed, Dotted, DashDot }

internal enum Hatch { None, Diagonal, Cross, Horizontal, BackDiagonal, Vertical }

/// <summary>How a bar series is filled: a grey shade and a hatching, so series differ without colour.</summary>
internal readonly record struct BarFill(double Gray, Hatch Hatch)
{
    private static readonly BarFill[] Fills =
    [
        new(0.25, Hatch.None),
        new(1.0, Hatch.Diagonal),
        new(0.72, Hatch.None),
        new(1.0, Hatch.Cross),
        new(0.5, Hatch.Horizontal),
        new(1.0, Hatch.BackDiagonal),
        new(0.85, Hatch.Vertical),
    ];

    public static BarFill For(int index) => Fills[index % Fills.Length];
}

internal abstract record Prim;

/// <summary>A rectangle; <paramref name="Fill"/> is a bar series index, -1 for white, -2 for no fill.</summary>
internal sealed record PRect(double X, double Y, double W, double H, int Fill, bool Stroke = true) : Prim;

internal sealed record PLine(double X1, double Y1, double X2, double Y2, double Width, Dash Dash, double Gray) : Prim;

internal sealed record PPolyline(IReadOnlyList<(double X, double Y)> Points, double Width, Dash Dash) : Prim;

/// <summary>A marker: shape 0 circle, 1 square, 2 triangle, 3 diamond, 4 cross.</summary>
internal sealed record PMarker(double X, double Y, int Shape, double Size) : Prim;

/// <summary>Text with its baseline at Y.</summary>
internal sealed record PText(double X, double Y, string Text, Anchor Anchor, double Size, bool Bold) : Prim;

internal sealed record ChartDrawing(double Width, double Height, IReadOnlyList<Prim> Items);

/// <summary>
/// Lays a <see cref="Chart"/> out once as simple primitives, so the SVG (HTML, ODT) and the PDF
/// vectors look the same. Readable without colour: bars carry grey shades and hatching plus a value
/// label each; lines differ by dash style and marker shape; a legend names every series.
/// </summary>
internal static class ChartGeometry
{
    public static readonly CultureInfo Pl = CultureInfo.GetCultureInfo("pl-PL");

    /// <summary>Rough width of text in DejaVu Sans (average advance); only used for layout decisions.</summary>
    public static double TextWidth(string text, double size, bool bold = false) => text.Length * size * (bold ? 0.64 : 0.58);

    public static string FormatValue(Chart chart, double value) =>
        chart.Percent ? value.ToString("0.#%", Pl) : value.ToString(chart.ValueFormat, Pl);

    private static string FormatTick(Chart chart, double value, double step) =>
        chart.Percent
            ? value.ToString(step * 100 < 1 ? "0.#%" : "0%", Pl)
            : value.ToString(step < 1 ? "0.##" : Math.Abs(step - Math.Round(step)) > 1e-9 ? "0.#" : "0", Pl);

    public static bool IsBar(Chart chart, ChartSeries s) => chart.Kind == ChartKind.HorizontalBars || s.Style == SeriesStyle.Bars;

    public static Dash DashFor(int dashedIndex) => (dashedIndex % 3) switch
    {
        0 => Dash.Dashed,
        1 => Dash.DashDot,
        _ => Dash.Dotted,
    };

    public static ChartDrawing Layout(Chart chart, double width, double fontSize)
    {
        var items = new List<Prim>();
        double fs = fontSize, pad = fs * 0.6, lh = fs * 1.25;
        double y = pad;

        foreach (var line in Wrap(chart.Title, width - 2 * pad, fs * 1.1, true))
        {
            y += fs * 1.1;
            items.Add(new PText(width / 2, y, line, Anchor.Middle, fs * 1.1, true));
            y += fs * 0.2;
        }
        y += fs * 0.4;

        var (lo, hi, ticks, step) = Scale(chart);
        if (!string.IsNullOrWhiteSpace(chart.ValueAxisLabel))
        {
            y += fs * 0.9;
            items.Add(new PText(pad, y, chart.ValueAxisLabel!, Anchor.Start, fs * 0.9, false));
            y += fs * 0.3;
        }

        double legendTop;
        if (chart.Kind == ChartKind.HorizontalBars)
            legendTop = LayoutHorizontal(chart, items, width, fs, pad, lh, y, lo, hi, ticks, step);
        else
            legendTop = LayoutVertical(chart, items, width, fs, pad, lh, y, lo, hi, ticks, step);

        double bottom = Legend(chart, items, width, fs, pad, legendTop + fs * 0.6);
        return new ChartDrawing(width, bottom + pad, items);
    }

    private static (double Lo, double Hi, List<double> Ticks, double Step) Scale(Chart chart)
    {
        var values = chart.Series.SelectMany(s => s.Values).Where(v => v.HasValue).Select(v => v!.Value).ToList();
        double dataMin = values.Count == 0 ? 0 : values.Min(), dataMax = values.Count == 0 ? 1 : values.Max();
        double lo = chart.Min ?? Math.Min(0, dataMin);
        double hi = chart.Max ?? (chart.Percent && dataMax <= 1 && dataMax > 0.9 ? 1 : dataMax);
        if (hi <= lo) hi = lo + (chart.Percent ? 0.1 : 1);
        double step = NiceStep((hi - lo) / 5);
        if (chart.Min is null) lo = Math.Floor(lo / step + 1e-9) * step;
        if (chart.Max is null) hi = Math.Ceiling(hi / step - 1e-9) * step;
        var ticks = new List<double>();
        for (double t = Math.Ceiling(lo / step - 1e-9) * step; t <= hi + step * 1e-6; t += step)
            ticks.Add(Math.Abs(t) < step * 1e-9 ? 0 : t);
        return (lo, hi, ticks, step);
    }

    private static double NiceStep(double raw)
    {
        double mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double n = raw / mag;
        // 2.5 only below 1 (25%, 0.25): whole-number axes step by 1, 2, 5.
        double nice = n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 && mag < 1 ? 2.5 : n <= 5 ? 5 : 10;
        return nice * mag;
    }

    private static double LayoutVertical(Chart chart, List<Prim> items, double width, double fs, double pad, double lh,
        double top, double lo, double hi, List<double> ticks, double step)
    {
        double tickFs = fs * 0.85;
        double tickW = ticks.Count == 0 ? 0 : ticks.Max(t => TextWidth(FormatTick(chart, t, step), tickFs));
        double left = pad + tickW + fs * 0.5, right = width - pad - fs * 0.5;
        int n = Math.Max(1, chart.Categories.Count);
        double slot = (right - left) / n;
        double catFs = fs * 0.85;
        var catLines = chart.Categories.Select(c => Wrap(c, slot - 2, catFs, false).Take(3).ToList()).ToList();
        int maxLines = catLines.Count == 0 ? 1 : Math.Max(1, catLines.Max(l => l.Count));
        double plotTop = top + fs * 1.2; // room for the value label over the highest bar
        double plotH = Math.Max(fs * 10, (right - left) * 0.42);
        double plotBottom = plotTop + plotH;
        double Y(double v) => plotBottom - (Math.Clamp(v, lo, hi) - lo) / (hi - lo) * plotH;

        foreach (var t in ticks)
        {
            double ty = Y(t);
            items.Add(new PLine(left, ty, right, ty, 0.5, Dash.Solid, 0.82));
            items.Add(new PText(left - fs * 0.3, ty + tickFs * 0.35, FormatTick(chart, t, step), Anchor.End, tickFs, false));
        }

        var bars = chart.Series.Select((s, i) => (s, i)).Where(p => IsBar(chart, p.s)).ToList();
        double groupW = slot * 0.78, barW = bars.Count == 0 ? 0 : groupW / bars.Count;
        double baseY = Y(Math.Max(lo, Math.Min(0, hi)));
        for (int c = 0; c < chart.Categories.Count; c++)
        {
            double gx = left + slot * c + (slot - groupW) / 2;
            for (int b = 0; b < bars.Count; b++)
            {
                var v = At(bars[b].s.Values, c);
                if (v is null) continue;
                double vy = Y(v.Value), x = gx + barW * b;
                items.Add(new PRect(x, Math.Min(vy, baseY), barW, Math.Abs(baseY - vy), b));
                string label = FormatValue(chart, v.Value);
                double lfs = Math.Max(fs * 0.45, Math.Min(fs * 0.8, (barW + 2) / (label.Length * 0.58)));
                double ly = v.Value >= 0 ? vy - fs * 0.25 : vy + lfs * 1.05;
                items.Add(new PText(x + barW / 2, ly, label, Anchor.Middle, lfs, false));
            }
            double cy = plotBottom + catFs * 1.15;
            foreach (var line in catLines[c])
            {
                items.Add(new PText(left + slot * c + slot / 2, cy, line, Anchor.Middle, catFs, false));
                cy += catFs * 1.15;
            }
        }

        int lineNo = 0, dashedNo = 0;
        // Value labels on points only while they cannot collide: a few categories and at most two measured lines
        // (a p-chart, one trend). With more lines the labels would overprint each other; the data table carries the numbers.
        int measuredLines = chart.Series.Count(s => !IsBar(chart, s) && s.Style != SeriesStyle.Dashed);
        bool labelPoints = chart.Categories.Count <= 24 && measuredLines <= 2;
        foreach (var s in chart.Series)
        {
            if (IsBar(chart, s)) continue;
            var style = s.Style;
            int marker = style == SeriesStyle.Dashed ? -1 : lineNo++;
            var dash = style == SeriesStyle.Dashed ? DashFor(dashedNo++) : Dash.Solid;
            var run = new List<(double, double)>();
            void Flush()
            {
                if (run.Count > 1 && style != SeriesStyle.Points)
                    items.Add(new PPolyline(run.ToList(), style == SeriesStyle.Dashed ? 1.2 : 1.8, dash));
                run.Clear();
            }
            for (int c = 0; c < chart.Categories.Count; c++)
            {
                var v = At(s.Values, c);
                if (v is null) { Flush(); continue; }
                double x = left + slot * c + slot / 2, vy = Y(v.Value);
                run.Add((x, vy));
            }
            Flush();
            if (marker < 0) continue;
            for (int c = 0; c < chart.Categories.Count; c++)
            {
                var v = At(s.Values, c);
                if (v is null) continue;
                double x = left + slot * c + slot / 2, vy = Y(v.Value);
                items.Add(new PMarker(x, vy, marker % 5, fs * 0.55));
                if (labelPoints)
                    items.Add(new PText(x, vy - fs * 0.6, FormatValue(chart, v.Value), Anchor.Middle, fs * 0.7, false));
            }
        }

        items.Add(new PLine(left, plotTop, left, plotBottom, 0.8, Dash.Solid, 0));
        items.Add(new PLine(left, baseY, right, baseY, 0.8, Dash.Solid, 0));
        return plotBottom + maxLines * catFs * 1.15 + fs * 0.3;
    }

    private static double LayoutHorizontal(Chart chart, List<Prim> items, double width, double fs, double pad, double lh,
        double top, double lo, double hi, List<double> ticks, double step)
    {
        double catFs = fs * 0.85, tickFs = fs * 0.85;
        double maxLabelW = chart.Categories.Count == 0 ? 0 : chart.Categories.Max(c => TextWidth(c, catFs));
        double labelW = Math.Min(width * 0.38, maxLabelW);
        var catLines = chart.Categories.Select(c => Wrap(c, labelW, catFs, false).Take(3).ToList()).ToList();
        double valueW = chart.Series.SelectMany(s => s.Values).Where(v => v.HasValue)
            .Select(v => TextWidth(FormatValue(chart, v!.Value), fs * 0.8)).DefaultIfEmpty(0).Max();
        double left = pad + labelW + fs * 0.5, right = width - pad - valueW - fs * 0.4;
        int nb = Math.Max(1, chart.Series.Count);
        double barH = fs * 1.2;
        double X(double v) => left + (Math.Clamp(v, lo, hi) - lo) / (hi - lo) * (right - left);
        double baseX = X(Math.Max(lo, Math.Min(0, hi)));

        double y = top + fs * 0.4, plotTop = y;
        for (int c = 0; c < chart.Categories.Count; c++)
        {
            double groupH = Math.Max(nb * barH + barH * 0.6, catLines[c].Count * catFs * 1.15 + fs * 0.5);
            double by = y + (groupH - nb * barH) / 2;
            for (int s = 0; s < chart.Series.Count; s++)
            {
                var v = At(chart.Series[s].Values, c);
                if (v is null) continue;
                double vx = X(v.Value);
                items.Add(new PRect(Math.Min(vx, baseX), by + barH * s, Math.Abs(vx - baseX), barH, s));
                items.Add(new PText(Math.Max(vx, baseX) + fs * 0.25, by + barH * s + barH * 0.72, FormatValue(chart, v.Value), Anchor.Start, fs * 0.8, false));
            }
            double ly = y + (groupH - catLines[c].Count * catFs * 1.15) / 2 + catFs;
            foreach (var line in catLines[c])
            {
                items.Add(new PText(left - fs * 0.4, ly, line, Anchor.End, catFs, false));
                ly += catFs * 1.15;
            }
            y += groupH;
        }
        double plotBottom = y;
        foreach (var t in ticks)
        {
            double tx = X(t);
            items.Insert(0, new PLine(tx, plotTop, tx, plotBottom, 0.5, Dash.Solid, 0.82));
            items.Add(new PText(tx, plotBottom + tickFs * 1.2, FormatTick(chart, t, step), Anchor.Middle, tickFs, false));
        }
        items.Add(new PLine(baseX, plotTop, baseX, plotBottom, 0.8, Dash.Solid, 0));
        items.Add(new PLine(left, plotBottom, right, plotBottom, 0.8, Dash.Solid, 0));
        return plotBottom + tickFs * 1.5;
    }

    private static double Legend(Chart chart, List<Prim> items, double width, double fs, double pad, double top)
    {
        double lfs = fs * 0.85, sw = lfs * 2.6, x = pad, y = top + lfs;
        int bar = 0, line = 0, dashed = 0;
        foreach (var s in chart.Series)
        {
            double itemW = sw + lfs * 0.4 + TextWidth(s.Name, lfs) + lfs * 1.2;
            if (x > pad && x + itemW > width - pad) { x = pad; y += lfs * 1.6; }
            if (IsBar(chart, s))
                items.Add(new PRect(x, y - lfs * 0.85, sw, lfs, bar++));
            else if (s.Style == SeriesStyle.Dashed)
                items.Add(new PPolyline([(x, y - lfs * 0.35), (x + sw, y - lfs * 0.35)], 1.2, DashFor(dashed++)));
            else
            {
                int m = line++;
                if (s.Style == SeriesStyle.Line)
                    items.Add(new PPolyline([(x, y - lfs * 0.35), (x + sw, y - lfs * 0.35)], 1.8, Dash.Solid));
                items.Add(new PMarker(x + sw / 2, y - lfs * 0.35, m % 5, fs * 0.55));
            }
            items.Add(new PText(x + sw + lfs * 0.4, y, s.Name, Anchor.Start, lfs, false));
            x += itemW;
        }
        return y + lfs * 0.4;
    }

    private static double? At(IReadOnlyList<double?> values, int i) => i < values.Count ? values[i] : null;

    /// <summary>Greedy word wrap by estimated width.</summary>
    public static List<string> Wrap(string text, double maxWidth, double size, bool bold)
    {
        var lines = new List<string>();
        foreach (var para in text.Split('\n'))
        {
            var current = "";
            foreach (var word in para.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && TextWidth(candidate, size, bold) > maxWidth)
                {
                    lines.Add(current);
                    current = word;
                }
                else current = candidate;
            }
            lines.Add(current);
        }
        return lines;
    }
}
