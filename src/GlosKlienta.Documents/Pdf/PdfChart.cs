using GlosKlienta.Documents.Charts;
using PdfSharp.Drawing;

namespace GlosKlienta.Documents.Pdf;

/// <summary>Draws a laid-out chart with PDFsharp vectors: grey shades, hatching, dashes and markers.</summary>
internal static class PdfChart
{
    public static void Draw(XGraphics g, ChartDrawing d, double fs, Func<double, bool, bool, XFont> font)
    {
        foreach (var p in d.Items)
        {
            switch (p)
            {
                case PRect r:
                    Rect(g, r);
                    break;
                case PLine l:
                    g.DrawLine(Pen(l.Width, l.Dash, l.Gray), l.X1, l.Y1, l.X2, l.Y2);
                    break;
                case PPolyline pl:
                    g.DrawLines(Pen(pl.Width, pl.Dash, 0), pl.Points.Select(q => new XPoint(q.X, q.Y)).ToArray());
                    break;
                case PMarker m:
                    Marker(g, m);
                    break;
                case PText t:
                    g.DrawString(t.Text, font(t.Size, t.Bold, false), XBrushes.Black, t.X, t.Y, PdfRenderer.Format(t.Anchor));
                    break;
            }
        }
    }

    private static XColor Gray(double v)
    {
        int c = (int)Math.Round(Math.Clamp(v, 0, 1) * 255);
        return XColor.FromArgb(c, c, c);
    }

    private static XPen Pen(double width, Dash dash, double gray)
    {
        var pen = new XPen(Gray(gray), width);
        double[]? pattern = dash switch
        {
            Dash.Dashed => [7, 4],
            Dash.DashDot => [9, 3, 2, 3],
            Dash.Dotted => [2, 3],
            _ => null,
        };
        if (pattern is not null)
        {
            pen.DashStyle = XDashStyle.Custom;
            pen.DashPattern = pattern.Select(v => v / width).ToArray();
        }
        return pen;
    }

    private static void Rect(XGraphics g, PRect r)
    {
        var rect = new XRect(r.X, r.Y, Math.Max(r.W, 0.01), Math.Max(r.H, 0.01));
        if (r.Fill >= 0)
        {
            var f = BarFill.For(r.Fill);
            g.DrawRectangle(new XSolidBrush(Gray(f.Gray)), rect);
            if (f.Hatch != Hatch.None)
            {
                var state = g.Save();
                g.IntersectClip(rect);
                var pen = new XPen(XColors.Black, 1.0);
                const double step = 4.5;
                switch (f.Hatch)
                {
                    case Hatch.Horizontal:
                        for (double yy = rect.Top + step / 2; yy < rect.Bottom; yy += step) g.DrawLine(pen, rect.Left, yy, rect.Right, yy);
                        break;
                    case Hatch.Vertical:
                        for (double xx = rect.Left + step / 2; xx < rect.Right; xx += step) g.DrawLine(pen, xx, rect.Top, xx, rect.Bottom);
                        break;
                    case Hatch.Cross:
                        for (double yy = rect.Top + step / 2; yy < rect.Bottom; yy += step) g.DrawLine(pen, rect.Left, yy, rect.Right, yy);
                        for (double xx = rect.Left + step / 2; xx < rect.Right; xx += step) g.DrawLine(pen, xx, rect.Top, xx, rect.Bottom);
                        break;
                    default:
                        double span = rect.Width + rect.Height;
                        bool back = f.Hatch == Hatch.BackDiagonal;
                        for (double o = 0; o < span; o += step * 1.3)
                        {
                            if (back) g.DrawLine(pen, rect.Left + o - rect.Height, rect.Top, rect.Left + o, rect.Bottom);
                            else g.DrawLine(pen, rect.Left + o, rect.Top, rect.Left + o - rect.Height, rect.Bottom);
                        }
                        break;
                }
                g.Restore(state);
            }
        }
        else if (r.Fill == -1) g.DrawRectangle(XBrushes.White, rect);
        if (r.Stroke) g.DrawRectangle(new XPen(XColors.Black, 0.8), rect);
    }

    private static void Marker(XGraphics g, PMarker m)
    {
        double r = m.Size / 2;
        var pen = new XPen(XColors.Black, 1.2);
        switch (m.Shape)
        {
            case 0:
                g.DrawEllipse(XBrushes.Black, m.X - r, m.Y - r, m.Size, m.Size);
                break;
            case 1:
                g.DrawRectangle(pen, XBrushes.White, m.X - r, m.Y - r, m.Size, m.Size);
                break;
            case 2:
                g.DrawPolygon(XBrushes.Black, [new(m.X, m.Y - r * 1.15), new(m.X + r * 1.1, m.Y + r * 0.85), new(m.X - r * 1.1, m.Y + r * 0.85)], XFillMode.Winding);
                break;
            case 3:
                g.DrawPolygon(pen, XBrushes.White, [new(m.X, m.Y - r * 1.2), new(m.X + r * 1.2, m.Y), new(m.X, m.Y + r * 1.2), new(m.X - r * 1.2, m.Y)], XFillMode.Winding);
                break;
            default:
                var cross = new XPen(XColors.Black, 1.6);
                g.DrawLine(cross, m.X - r, m.Y - r, m.X + r, m.Y + r);
                g.DrawLine(cross, m.X - r, m.Y + r, m.X + r, m.Y - r);
                break;
        }
    }
}
