using SkiaSharp;

namespace GlosKlienta.Documents.Charts;

/// <summary>
/// Rasterises the same chart layout as the SVG and PDF charts with SkiaSharp, for formats that
/// need a bitmap (DOCX). Returns null when the native Skia library cannot be loaded, so callers
/// fall back to the chart's numbers.
/// </summary>
internal static class PngChart
{
    // 2x the 640-unit layout: 1280 px over about 170 mm, near 190 dpi in print.
    private const float Scale = 2f;
    private static readonly string[] FaceNames = ["DejaVuSans", "DejaVuSans-Bold"];
    private static readonly Lazy<SKTypeface[]?> Faces = new(LoadFaces);

    private static SKTypeface[]? LoadFaces()
    {
        try
        {
            var resolver = new DocumentFontResolver();
            return FaceNames.Select(n => SKTypeface.FromData(SKData.CreateCopy(resolver.GetFont(n)!))).ToArray();
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or BadImageFormatException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    public static bool Available => Faces.Value is not null;

    public static (byte[] Png, double Width, double Height)? Render(Chart chart)
    {
        var faces = Faces.Value;
        if (faces is null) return null;
        var d = ChartGeometry.Layout(chart, SvgChart.Width, SvgChart.FontSize);
        int w = (int)Math.Ceiling(d.Width * Scale), h = (int)Math.Ceiling(d.Height * Scale);
        using var surface = SKSurface.Create(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(Scale);
        foreach (var p in d.Items)
        {
            switch (p)
            {
                case PRect r: Rect(canvas, r); break;
                case PLine l:
                    using (var paint = Stroke(l.Width, l.Dash, l.Gray)) canvas.DrawLine((float)l.X1, (float)l.Y1, (float)l.X2, (float)l.Y2, paint);
                    break;
                case PPolyline pl:
                    using (var paint = Stroke(pl.Width, pl.Dash, 0))
                    using (var path = new SKPath())
                    {
                        path.MoveTo((float)pl.Points[0].X, (float)pl.Points[0].Y);
                        foreach (var (x, y) in pl.Points.Skip(1)) path.LineTo((float)x, (float)y);
                        canvas.DrawPath(path, paint);
                    }
                    break;
                case PMarker m: Marker(canvas, m); break;
                case PText t:
                    using (var font = new SKFont(faces[t.Bold ? 1 : 0], (float)t.Size))
                    using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
                        canvas.DrawText(t.Text, (float)t.X, (float)t.Y, t.Anchor switch { Anchor.Middle => SKTextAlign.Center, Anchor.End => SKTextAlign.Right, _ => SKTextAlign.Left }, font, paint);
                    break;
            }
        }
        canvas.Flush();
        // The chart has no colour: an 8-bit grey PNG is a quarter of the pixels to compress.
        using var gray = new SKBitmap(new SKImageInfo(w, h, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var image = surface.Snapshot())
            image.ReadPixels(gray.Info, gray.GetPixels(), gray.RowBytes, 0, 0);
        using var pixmap = gray.PeekPixels();
        using var data = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 4))
            ?? throw new InvalidOperationException("PNG encoding failed.");
        return (data.ToArray(), d.Width, d.Height);
    }

    private static SKColor Gray(double g)
    {
        byte c = (byte)Math.Round(Math.Clamp(g, 0, 1) * 255);
        return new SKColor(c, c, c);
    }

    private static SKPaint Stroke(double width, Dash dash, double gray)
    {
        var paint = new SKPaint { Color = Gray(gray), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = (float)width };
        float[]? pattern = dash switch
        {
            Dash.Dashed => [7, 4],
            Dash.DashDot => [9, 3, 2, 3],
            Dash.Dotted => [2, 3],
            _ => null,
        };
        if (pattern is not null) paint.PathEffect = SKPathEffect.CreateDash(pattern, 0);
        return paint;
    }

    private static void Rect(SKCanvas canvas, PRect r)
    {
        var rect = SKRect.Create((float)r.X, (float)r.Y, (float)r.W, (float)r.H);
        if (r.Fill >= 0)
        {
            var f = BarFill.For(r.Fill);
            using (var fill = new SKPaint { Color = Gray(f.Gray), Style = SKPaintStyle.Fill }) canvas.DrawRect(rect, fill);
            if (f.Hatch != Hatch.None)
            {
                canvas.Save();
                canvas.ClipRect(rect);
                using var pen = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.1f };
                const float step = 4.5f;
                switch (f.Hatch)
                {
                    case Hatch.Horizontal:
                        for (float y = rect.Top + step / 2; y < rect.Bottom; y += step) canvas.DrawLine(rect.Left, y, rect.Right, y, pen);
                        break;
                    case Hatch.Vertical:
                        for (float x = rect.Left + step / 2; x < rect.Right; x += step) canvas.DrawLine(x, rect.Top, x, rect.Bottom, pen);
                        break;
                    case Hatch.Cross:
                        for (float y = rect.Top + step / 2; y < rect.Bottom; y += step) canvas.DrawLine(rect.Left, y, rect.Right, y, pen);
                        for (float x = rect.Left + step / 2; x < rect.Right; x += step) canvas.DrawLine(x, rect.Top, x, rect.Bottom, pen);
                        break;
                    default:
                        bool back = f.Hatch == Hatch.BackDiagonal;
                        for (float o = 0; o < rect.Width + rect.Height; o += step * 1.3f)
                        {
                            if (back) canvas.DrawLine(rect.Left + o - rect.Height, rect.Top, rect.Left + o, rect.Bottom, pen);
                            else canvas.DrawLine(rect.Left + o, rect.Top, rect.Left + o - rect.Height, rect.Bottom, pen);
                        }
                        break;
                }
                canvas.Restore();
            }
        }
        else if (r.Fill == -1)
            using (var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill }) canvas.DrawRect(rect, white);
        if (r.Stroke)
            using (var border = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Stroke, StrokeWidth = 0.8f, IsAntialias = true }) canvas.DrawRect(rect, border);
    }

    private static void Marker(SKCanvas canvas, PMarker m)
    {
        float x = (float)m.X, y = (float)m.Y, r = (float)m.Size / 2;
        using var black = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var pen = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.2f };
        using var path = new SKPath();
        switch (m.Shape)
        {
            case 0:
                canvas.DrawCircle(x, y, r, black);
                return;
            case 1:
                var sq = SKRect.Create(x - r, y - r, 2 * r, 2 * r);
                canvas.DrawRect(sq, white);
                canvas.DrawRect(sq, pen);
                return;
            case 2:
                path.MoveTo(x, y - r * 1.15f); path.LineTo(x + r * 1.1f, y + r * 0.85f); path.LineTo(x - r * 1.1f, y + r * 0.85f); path.Close();
                canvas.DrawPath(path, black);
                return;
            case 3:
                path.MoveTo(x, y - r * 1.2f); path.LineTo(x + r * 1.2f, y); path.LineTo(x, y + r * 1.2f); path.LineTo(x - r * 1.2f, y); path.Close();
                canvas.DrawPath(path, white);
                canvas.DrawPath(path, pen);
                return;
            default:
                using (var cross = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.6f })
                {
                    canvas.DrawLine(x - r, y - r, x + r, y + r, cross);
                    canvas.DrawLine(x - r, y + r, x + r, y - r, cross);
                }
                return;
        }
    }
}
