using System.Globalization;
using System.Text;

namespace GlosKlienta.Documents.Charts;

/// <summary>Writes a chart as SVG (inline in HTML, or a standalone image in ODT).</summary>
internal static class SvgChart
{
    public const double Width = 640;
    public const double FontSize = 12;

    private static string N(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Gray(double g)
    {
        int c = (int)Math.Round(Math.Clamp(g, 0, 1) * 255);
        return "#" + c.ToString("x2", CultureInfo.InvariantCulture) + c.ToString("x2", CultureInfo.InvariantCulture) + c.ToString("x2", CultureInfo.InvariantCulture);
    }

    private static string? DashArray(Dash d) => d switch
    {
        Dash.Solid => null,
        Dash.Dashed => "7 4",
        Dash.DashDot => "9 3 2 3",
        Dash.Dotted => "2 3",
    };

    /// <param name="id">Unique id prefix within the page (title, desc and pattern ids derive from it).</param>
    /// <param name="standalone">Adds the XML declaration for a file of its own.</param>
    public static string Write(Chart chart, string id, bool standalone = false, string? cssClass = "gk-chart-svg")
    {
        var d = ChartGeometry.Layout(chart, Width, FontSize);
        var sb = new StringBuilder(4096);
        if (standalone) sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        if (cssClass is not null) sb.Append(" class=\"").Append(cssClass).Append('"');
        sb.Append(" viewBox=\"0 0 ").Append(N(d.Width)).Append(' ').Append(N(d.Height))
          .Append("\" width=\"").Append(N(d.Width)).Append("\" height=\"").Append(N(d.Height))
          .Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\"")
          .Append(" font-family=\"DejaVu Sans, Verdana, sans-serif\">");
        sb.Append("<title id=\"").Append(id).Append("-title\">").Append(Esc.Xml(chart.Title)).Append("</title>");
        sb.Append("<desc id=\"").Append(id).Append("-desc\">").Append(Esc.Xml(chart.Description)).Append("</desc>");

        int bars = chart.Series.Count(s => ChartGeometry.IsBar(chart, s));
        sb.Append("<defs>");
        for (int i = 0; i < Math.Max(bars, 1); i++)
        {
            var f = BarFill.For(i);
            if (f.Hatch == Hatch.None) continue;
            sb.Append("<pattern id=\"").Append(id).Append("-p").Append(i).Append("\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\"");
            double rot = f.Hatch switch { Hatch.Diagonal => 45, Hatch.BackDiagonal => -45, Hatch.Vertical => 90, _ => 0 };
            if (rot != 0) sb.Append(" patternTransform=\"rotate(").Append(N(rot)).Append(")\"");
            sb.Append("><rect width=\"6\" height=\"6\" fill=\"").Append(Gray(f.Gray)).Append("\"/>");
            sb.Append("<line x1=\"0\" y1=\"3\" x2=\"6\" y2=\"3\" stroke=\"#000\" stroke-width=\"1.3\"/>");
            if (f.Hatch == Hatch.Cross) sb.Append("<line x1=\"3\" y1=\"0\" x2=\"3\" y2=\"6\" stroke=\"#000\" stroke-width=\"1.3\"/>");
            sb.Append("</pattern>");
        }
        sb.Append("</defs>");
        sb.Append("<rect x=\"0\" y=\"0\" width=\"").Append(N(d.Width)).Append("\" height=\"").Append(N(d.Height)).Append("\" fill=\"#fff\"/>");

        foreach (var p in d.Items)
        {
            switch (p)
            {
                case PRect r:
                    sb.Append("<rect x=\"").Append(N(r.X)).Append("\" y=\"").Append(N(r.Y)).Append("\" width=\"").Append(N(r.W))
                      .Append("\" height=\"").Append(N(r.H)).Append("\" fill=\"");
                    if (r.Fill >= 0)
                    {
                        var f = BarFill.For(r.Fill);
                        sb.Append(f.Hatch == Hatch.None ? Gray(f.Gray) : "url(#" + id + "-p" + r.Fill.ToString(CultureInfo.InvariantCulture) + ")");
                    }
                    else sb.Append(r.Fill == -1 ? "#fff" : "none");
                    sb.Append('"');
                    if (r.Stroke) sb.Append(" stroke=\"#000\" stroke-width=\"0.8\"");
                    sb.Append("/>");
                    break;
                case PLine l:
                    sb.Append("<line x1=\"").Append(N(l.X1)).Append("\" y1=\"").Append(N(l.Y1)).Append("\" x2=\"").Append(N(l.X2))
                      .Append("\" y2=\"").Append(N(l.Y2)).Append("\" stroke=\"").Append(Gray(l.Gray)).Append("\" stroke-width=\"").Append(N(l.Width)).Append('"');
                    AppendDash(sb, l.Dash);
                    sb.Append("/>");
                    break;
                case PPolyline pl:
                    sb.Append("<polyline fill=\"none\" stroke=\"#000\" stroke-width=\"").Append(N(pl.Width)).Append("\" points=\"");
                    for (int i = 0; i < pl.Points.Count; i++)
                    {
                        if (i > 0) sb.Append(' ');
                        sb.Append(N(pl.Points[i].X)).Append(',').Append(N(pl.Points[i].Y));
                    }
                    sb.Append('"');
                    AppendDash(sb, pl.Dash);
                    sb.Append("/>");
                    break;
                case PMarker m:
                    AppendMarker(sb, m);
                    break;
                case PText t:
                    sb.Append("<text x=\"").Append(N(t.X)).Append("\" y=\"").Append(N(t.Y)).Append("\" font-size=\"").Append(N(t.Size)).Append('"');
                    if (t.Anchor != Anchor.Start) sb.Append(" text-anchor=\"").Append(t.Anchor == Anchor.Middle ? "middle" : "end").Append('"');
                    if (t.Bold) sb.Append(" font-weight=\"bold\"");
                    sb.Append('>').Append(Esc.Xml(t.Text)).Append("</text>");
                    break;
            }
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static void AppendDash(StringBuilder sb, Dash dash)
    {
        var a = DashArray(dash);
        if (a is not null) sb.Append(" stroke-dasharray=\"").Append(a).Append('"');
    }

    private static void AppendMarker(StringBuilder sb, PMarker m)
    {
        double r = m.Size / 2;
        string x = N(m.X), y = N(m.Y);
        switch (m.Shape)
        {
            case 0:
                sb.Append("<circle cx=\"").Append(x).Append("\" cy=\"").Append(y).Append("\" r=\"").Append(N(r)).Append("\" fill=\"#000\"/>");
                break;
            case 1:
                sb.Append("<rect x=\"").Append(N(m.X - r)).Append("\" y=\"").Append(N(m.Y - r)).Append("\" width=\"").Append(N(m.Size))
                  .Append("\" height=\"").Append(N(m.Size)).Append("\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.2\"/>");
                break;
            case 2:
                sb.Append("<polygon points=\"").Append(N(m.X)).Append(',').Append(N(m.Y - r * 1.15)).Append(' ')
                  .Append(N(m.X + r * 1.1)).Append(',').Append(N(m.Y + r * 0.85)).Append(' ')
                  .Append(N(m.X - r * 1.1)).Append(',').Append(N(m.Y + r * 0.85)).Append("\" fill=\"#000\"/>");
                break;
            case 3:
                sb.Append("<polygon points=\"").Append(N(m.X)).Append(',').Append(N(m.Y - r * 1.2)).Append(' ')
                  .Append(N(m.X + r * 1.2)).Append(',').Append(N(m.Y)).Append(' ')
                  .Append(N(m.X)).Append(',').Append(N(m.Y + r * 1.2)).Append(' ')
                  .Append(N(m.X - r * 1.2)).Append(',').Append(N(m.Y)).Append("\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.2\"/>");
                break;
            default:
                sb.Append("<path d=\"M").Append(N(m.X - r)).Append(',').Append(N(m.Y - r)).Append(" L").Append(N(m.X + r)).Append(',').Append(N(m.Y + r))
                  .Append(" M").Append(N(m.X - r)).Append(',').Append(N(m.Y + r)).Append(" L").Append(N(m.X + r)).Append(',').Append(N(m.Y - r))
                  .Append("\" stroke=\"#000\" stroke-width=\"1.6\" fill=\"none\"/>");
                break;
        }
    }
}
