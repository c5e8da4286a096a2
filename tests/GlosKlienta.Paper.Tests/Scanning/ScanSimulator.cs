using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using BitMiracle.LibTiff.Classic;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Paper.Scanning;
using QRCoder;
using SkiaSharp;

namespace GlosKlienta.Paper.Tests.Scanning;

/// <summary>How a person marked one box (or did not).</summary>
public enum MarkStyle
{
    None,
    /// <summary>A pen tick (✓), its long arm sometimes a little over the border.</summary>
    Tick,
    /// <summary>A pen cross (x), as the form asks.</summary>
    Cross,
    /// <summary>The box filled in.</summary>
    Filled,
    /// <summary>A light pencil tick.</summary>
    LightPencil,
    /// <summary>A tick circled out: cancelled, as the form's instruction says.</summary>
    CircledOut,
    /// <summary>A tick beside the box, not in it.</summary>
    BesideBox,
    /// <summary>A short faint stroke in the box: too little to call either way.</summary>
    Faint,
}

/// <summary>How the simulated scanner writes a page into a PDF.</summary>
public enum ScanEncoding { Jpeg, Ccitt }

/// <summary>How a simulated scanner writes a TIFF.</summary>
public enum TiffEncoding { None, Lzw, Jpeg, G4 }

/// <summary>
/// What the simulated printer and scanner do to a page: resolution, rotation (degrees), printer's "fit to page" scale,
/// paper tone and sensor noise, JPEG quality (null: no JPEG round trip), upside down, black-and-white (threshold, as a
/// CCITT scan is), a corner cut off (0 top left, 1 top right, 2 bottom left, 3 bottom right), the random seed.
/// </summary>
public sealed record ScanOptions(
    int Dpi = 200,
    double RotationDeg = 0,
    double Scale = 1,
    double Noise = 5,
    int? JpegQuality = 80,
    bool UpsideDown = false,
    bool BlackAndWhite = false,
    int? CutCorner = null,
    int Seed = 1);

/// <summary>
/// Prints, fills in and scans forms without paper: the form rendered by <see cref="FormRenderer"/> and rasterized once
/// per layout and resolution by pdftoppm (its QR code then painted for each serial), marks drawn where the layout puts the
/// boxes, as people make them, then the page turned, scaled, toned, noised and JPEG-compressed as a scanner would; and
/// the scanner's files written (PDF with JPEG or CCITT G4 pages, TIFF, PNG, JPEG). Linked into other test projects: only
/// public types of the Paper project are used.
/// </summary>
public static class ScanSimulator
{
    public const string Pdftoppm = "/usr/bin/pdftoppm";

    /// <summary>False when pdftoppm (poppler-utils) is missing: tests that need pages skip with <see cref="SkipReason"/>.</summary>
    public static bool CanRasterize => File.Exists(Pdftoppm);

    public const string SkipReason = "pdftoppm (poppler-utils) is not installed: the forms cannot be rasterized to simulate scans.";

    private static readonly ConcurrentDictionary<(FormLayout, int), GreyImage[]> Blanks = new();

    /// <summary>
    /// The pages of one form (serial <paramref name="serial"/>; null: the blank form's code without one) with
    /// <paramref name="marks"/> (box key → style) and <paramref name="writing"/> (text area key → text, drawn as
    /// handwriting-like strokes) as a scanner would give them.
    /// </summary>
    public static GreyImage[] Fill(FormLayout layout, int? serial, IReadOnlyDictionary<string, MarkStyle> marks,
        IReadOnlyDictionary<string, string> writing, ScanOptions opts)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(opts);
        var blank = Blanks.GetOrAdd((layout, opts.Dpi), key => Rasterize(key.Item1, key.Item2));
        // Seeded the same in every process (HashCode.Combine is randomized per process), so a run can be repeated.
        var rng = new Random(unchecked(opts.Seed * 1_000_003 + (serial ?? 0)));
        var result = new GreyImage[layout.Pages.Count];
        for (int i = 0; i < layout.Pages.Count; i++)
        {
            var page = layout.Pages[i];
            var code = new FormCode(layout.Header.OfficeCode, layout.Header.VersionNumber, page.Page, serial);
            result[i] = Scan(blank[i], page, code.Text, marks, writing, opts, rng);
        }
        return result;
    }

    /// <summary>Random answers as people give them: one box for a single choice (sometimes none), one to three for multiple choice.</summary>
    public static Dictionary<string, MarkStyle> RandomMarks(FormLayout layout, Random rng, double pencilShare = 0.08, double filledShare = 0.1, double circledShare = 0)
    {
        var marks = new Dictionary<string, MarkStyle>(StringComparer.Ordinal);
        foreach (var page in layout.Pages)
            foreach (var q in page.Questions)
            {
                var boxes = page.Boxes.Where(b => StoredChoices.Decode(b.Key).Keys.Single() == q.Key).ToList();
                if (boxes.Count == 0 || rng.NextDouble() < 0.05) continue;
                int count = q.SingleChoice ? 1 : 1 + rng.Next(Math.Min(3, boxes.Count));
                foreach (var b in boxes.OrderBy(_ => rng.Next()).Take(count))
                {
                    double r = rng.NextDouble();
                    marks[b.Key] = r < pencilShare ? MarkStyle.LightPencil : r < pencilShare + filledShare ? MarkStyle.Filled : rng.Next(2) == 0 ? MarkStyle.Tick : MarkStyle.Cross;
                }
                if (circledShare > 0 && rng.NextDouble() < circledShare)
                {
                    // A tick circled out and another made.
                    var other = boxes.Where(b => !marks.ContainsKey(b.Key)).OrderBy(_ => rng.Next()).FirstOrDefault();
                    if (other is not null) marks[other.Key] = MarkStyle.CircledOut;
                }
            }
        return marks;
    }

    // ---- the form on paper -----------------------------------------------------------------------------------------

    private static GreyImage[] Rasterize(FormLayout layout, int dpi)
    {
        if (!CanRasterize) throw new InvalidOperationException(SkipReason);
        var dir = Directory.CreateTempSubdirectory("glosklienta-scan-").FullName;
        try
        {
            var pdf = Path.Combine(dir, "f.pdf");
            File.WriteAllBytes(pdf, FormRenderer.Render(layout, [1], DateTimeOffset.UnixEpoch));
            var psi = new ProcessStartInfo(Pdftoppm, ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", pdf, Path.Combine(dir, "p")])
            { RedirectStandardError = true };
            using (var p = Process.Start(psi)!)
            {
                p.StandardError.ReadToEnd();
                p.WaitForExit();
                if (p.ExitCode != 0) throw new InvalidOperationException("pdftoppm failed.");
            }
            return Directory.GetFiles(dir, "p-*.pgm").Order(StringComparer.Ordinal).Select(f => ReadPgm(File.ReadAllBytes(f), dpi)).ToArray();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static GreyImage ReadPgm(byte[] data, int dpi)
    {
        int pos = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)data[pos])) pos++;
            int start = pos;
            while (!char.IsWhiteSpace((char)data[pos])) pos++;
            return Encoding.ASCII.GetString(data, start, pos - start);
        }
        if (Token() != "P5") throw new InvalidDataException("Not a PGM.");
        int w = int.Parse(Token(), CultureInfo.InvariantCulture), h = int.Parse(Token(), CultureInfo.InvariantCulture);
        Token();
        pos++;
        return new GreyImage(w, h, data.AsSpan(pos, w * h).ToArray(), dpi);
    }

    private static GreyImage Scan(GreyImage blank, LayoutPage page, string code, IReadOnlyDictionary<string, MarkStyle> marks,
        IReadOnlyDictionary<string, string> writing, ScanOptions opts, Random rng)
    {
        float k = (float)(opts.Dpi / 25.4);
        int w = blank.Width, h = blank.Height;
        using var paper = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var rgba = new byte[w * h * 4];
        for (int i = 0; i < w * h; i++)
        {
            byte v = blank.Pixels[i];
            rgba[4 * i] = rgba[4 * i + 1] = rgba[4 * i + 2] = v;
            rgba[4 * i + 3] = 255;
        }
        Marshal.Copy(rgba, 0, paper.GetPixels(), rgba.Length);
        using (var canvas = new SKCanvas(paper))
        {
            canvas.Scale(k);
            PaintCode(canvas, page.Code, code);
            foreach (var box in page.Boxes)
                if (marks.TryGetValue(box.Key, out var style) && style != MarkStyle.None)
                    DrawMark(canvas, box.Rect, style, rng);
            foreach (var area in page.Texts)
                if (writing.TryGetValue(area.Key, out var text) && !string.IsNullOrWhiteSpace(text))
                    Scribble(canvas, area.Rect, text, rng);
        }

        // The scanner: the sheet turned, scaled by the printer, shifted a little, on slightly grey paper.
        using var scanned = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(scanned))
        {
            canvas.Clear(SKColors.White);
            canvas.Translate(w / 2f + (float)((rng.NextDouble() - 0.5) * 2 * k), h / 2f + (float)((rng.NextDouble() - 0.5) * 2 * k));
            canvas.RotateDegrees((float)opts.RotationDeg + (opts.UpsideDown ? 180 : 0));
            canvas.Scale((float)opts.Scale);
            canvas.Translate(-w / 2f, -h / 2f);
            using var image = SKImage.FromBitmap(paper);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear), null);
        }
        Marshal.Copy(scanned.GetPixels(), rgba, 0, rgba.Length);
        var px = new byte[w * h];
        int paperTone = 236 + rng.Next(16), inkTone = 10 + rng.Next(25);
        for (int i = 0; i < px.Length; i++)
        {
            double v = rgba[4 * i] / 255.0 * (paperTone - inkTone) + inkTone + Gaussian(rng) * opts.Noise;
            px[i] = (byte)Math.Clamp(v, 0, 255);
        }
        if (opts.CutCorner is { } corner)
        {
            // The sheet's corner folded or cut off: 30 mm of it missing (white).
            int cw = (int)(30 * k), ch = (int)(30 * k);
            int x0 = corner is 1 or 3 ? w - cw : 0, y0 = corner is 2 or 3 ? h - ch : 0;
            for (int y = y0; y < y0 + ch; y++) Array.Fill(px, (byte)paperTone, y * w + x0, cw);
        }
        if (opts.BlackAndWhite)
            for (int i = 0; i < px.Length; i++) px[i] = px[i] < 150 ? (byte)0 : (byte)255;
        var result = new GreyImage(w, h, px, opts.Dpi);
        if (opts.JpegQuality is { } q && !opts.BlackAndWhite)
            result = FromEncoded(EncodeJpeg(result, q), opts.Dpi);
        return result;
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private static void PaintCode(SKCanvas canvas, MmRect rect, string text)
    {
        using var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill };
        canvas.DrawRect(new SKRect((float)rect.X, (float)rect.Y, (float)rect.Right, (float)rect.Bottom), white);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        var m = data.ModuleMatrix;
        float module = (float)(rect.W / m.Count);
        using var black = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = false };
        for (int y = 0; y < m.Count; y++)
            for (int x = 0; x < m[y].Length; x++)
                if (m[y][x]) canvas.DrawRect(SKRect.Create((float)rect.X + x * module, (float)rect.Y + y * module, module + 0.01f, module + 0.01f), black);
    }

    private static void DrawMark(SKCanvas canvas, MmRect r, MarkStyle style, Random rng)
    {
        float J(double mm) => (float)((rng.NextDouble() - 0.5) * 2 * mm);
        float x = (float)r.X, y = (float)r.Y, s = (float)r.W;
        byte pen = (byte)(15 + rng.Next(50));
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round, Color = new SKColor(pen, pen, pen), StrokeWidth = 0.45f + J(0.12) };
        switch (style)
        {
            case MarkStyle.Tick:
            case MarkStyle.LightPencil:
            case MarkStyle.CircledOut:
                if (style == MarkStyle.LightPencil)
                {
                    byte g = (byte)(140 + rng.Next(55));
                    paint.Color = new SKColor(g, g, g);
                    paint.StrokeWidth = 0.35f + J(0.05);
                }
                Tick(canvas, paint, x, y, s, rng);
                if (style == MarkStyle.CircledOut)
                {
                    using var circle = new SKPath();
                    float cx = x + s / 2 + J(0.4), cy = y + s / 2 + J(0.4), rx = s / 2 + 1.3f + J(0.3), ry = s / 2 + 1.1f + J(0.3);
                    circle.AddOval(new SKRect(cx - rx, cy - ry, cx + rx, cy + ry));
                    var circlePaint = paint.Clone();
                    circlePaint.Color = new SKColor(pen, pen, pen);
                    circlePaint.StrokeWidth = 0.45f;
                    canvas.DrawPath(circle, circlePaint);
                    circlePaint.Dispose();
                }
                break;
            case MarkStyle.Cross:
                float a = 0.5f + J(0.5), b = 0.5f + J(0.5);
                canvas.DrawLine(x + a + J(0.3), y + b + J(0.3), x + s - a + J(0.3), y + s - b + J(0.3), paint);
                canvas.DrawLine(x + s - a + J(0.3), y + b + J(0.3), x + a + J(0.3), y + s - b + J(0.3), paint);
                break;
            case MarkStyle.Filled:
                using (var fill = new SKPaint { Style = SKPaintStyle.Fill, Color = new SKColor(pen, pen, pen), IsAntialias = true })
                    canvas.DrawRect(new SKRect(x + 0.5f + J(0.3), y + 0.5f + J(0.3), x + s - 0.5f + J(0.3), y + s - 0.5f + J(0.3)), fill);
                break;
            case MarkStyle.Faint:
                paint.Color = new SKColor(160, 160, 160);
                paint.StrokeWidth = 0.35f;
                canvas.DrawLine(x + s * 0.3f, y + s * 0.4f, x + s * 0.72f, y + s * 0.58f, paint);
                break;
            case MarkStyle.BesideBox:
                Tick(canvas, paint, x - s * 0.65f - 0.7f, y + s * 0.15f, s * 0.65f, rng);
                break;
        }
    }

    private static void Tick(SKCanvas canvas, SKPaint paint, float x, float y, float s, Random rng)
    {
        float J(double mm) => (float)((rng.NextDouble() - 0.5) * 2 * mm);
        using var path = new SKPath();
        path.MoveTo(x + 0.2f * s + J(0.3), y + 0.5f * s + J(0.3));
        path.LineTo(x + 0.42f * s + J(0.3), y + 0.82f * s + J(0.3));
        // The long arm sometimes runs a little over the border.
        path.LineTo(x + 0.88f * s + J(0.2) + (float)(rng.NextDouble() * 0.8), y + 0.12f * s + J(0.3) - (float)(rng.NextDouble() * 0.8));
        canvas.DrawPath(path, paint);
    }

    /// <summary>Handwriting-like strokes, a word's worth per word of <paramref name="text"/>, on the area's first lines.</summary>
    private static void Scribble(SKCanvas canvas, MmRect area, string text, Random rng)
    {
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.4f, Color = new SKColor(30, 30, 60), StrokeCap = SKStrokeCap.Round };
        float x = (float)area.X + 2, baseline = (float)area.Y + 6.5f;
        using var path = new SKPath();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            float len = Math.Min(word.Length * 1.9f, (float)area.W - 4);
            if (x + len > area.Right - 2)
            {
                x = (float)area.X + 2;
                baseline += 8;
                if (baseline > area.Bottom) break;
            }
            path.MoveTo(x, baseline);
            for (float u = 0; u < len; u += 0.9f)
                path.LineTo(x + u, baseline - (float)(rng.NextDouble() * 3.2));
            x += len + 3;
        }
        canvas.DrawPath(path, paint);
    }

    // ---- the scanner's files ---------------------------------------------------------------------------------------

    public static byte[] EncodeJpeg(GreyImage page, int quality) => Encode(page, SKEncodedImageFormat.Jpeg, quality);

    public static byte[] EncodePng(GreyImage page) => Encode(page, SKEncodedImageFormat.Png, 100);

    private static byte[] Encode(GreyImage page, SKEncodedImageFormat format, int quality)
    {
        var info = new SKImageInfo(page.Width, page.Height, SKColorType.Gray8, SKAlphaType.Opaque);
        var handle = GCHandle.Alloc(page.Pixels, GCHandleType.Pinned);
        try
        {
            using var pixmap = new SKPixmap(info, handle.AddrOfPinnedObject(), page.Width);
            using var data = pixmap.Encode(format, quality) ?? throw new InvalidOperationException("Encoding failed.");
            return data.ToArray();
        }
        finally
        {
            handle.Free();
        }
    }

    private static GreyImage FromEncoded(byte[] bytes, double? dpi)
    {
        using var bitmap = SKBitmap.Decode(bytes, new SKImageInfo(0, 0, SKColorType.Gray8, SKAlphaType.Opaque)) ?? SKBitmap.Decode(bytes);
        using var grey = bitmap.ColorType == SKColorType.Gray8 ? null : bitmap.Copy(SKColorType.Gray8);
        var src = grey ?? bitmap;
        return new GreyImage(src.Width, src.Height, src.GetPixelSpan().ToArray(), dpi);
    }

    /// <summary>A scanner's PDF: one image per A4 page, JPEG (DCTDecode) or black-and-white CCITT G4.</summary>
    public static byte[] WritePdf(IEnumerable<GreyImage> pages, ScanEncoding encoding, int jpegQuality = 80)
    {
        using var ms = new MemoryStream();
        WritePdf(ms, pages, encoding, jpegQuality);
        return ms.ToArray();
    }

    /// <summary>The same, streamed (a long file is never all in memory).</summary>
    public static void WritePdf(Stream output, IEnumerable<GreyImage> pages, ScanEncoding encoding, int jpegQuality = 80)
    {
        var offsets = new List<long>();
        long start = output.Position;
        void Raw(string s) => output.Write(Encoding.ASCII.GetBytes(s));
        void Begin(int id)
        {
            while (offsets.Count < id) offsets.Add(0);
            offsets[id - 1] = output.Position - start;
            Raw(id.ToString(CultureInfo.InvariantCulture) + " 0 obj\n");
        }
        Raw("%PDF-1.4\n%\u00e2\u00e3\n");
        var kids = new List<int>();
        int nextId = 3;
        foreach (var page in pages)
        {
            int pageId = nextId++, contentId = nextId++, imageId = nextId++;
            kids.Add(pageId);
            double dpi = page.Dpi ?? 200;
            string wPt = (page.Width / dpi * 72).ToString("0.###", CultureInfo.InvariantCulture), hPt = (page.Height / dpi * 72).ToString("0.###", CultureInfo.InvariantCulture);
            Begin(pageId);
            Raw($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {wPt} {hPt}] /Resources << /XObject << /Im0 {imageId} 0 R >> >> /Contents {contentId} 0 R >>\nendobj\n");
            var content = $"q {wPt} 0 0 {hPt} 0 0 cm /Im0 Do Q";
            Begin(contentId);
            Raw($"<< /Length {content.Length} >>\nstream\n{content}\nendstream\nendobj\n");
            byte[] data;
            string dict;
            if (encoding == ScanEncoding.Jpeg)
            {
                data = EncodeJpeg(page, jpegQuality);
                dict = $"/Width {page.Width} /Height {page.Height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode";
            }
            else
            {
                data = EncodeG4Strip(page);
                dict = $"/Width {page.Width} /Height {page.Height} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns {page.Width} /Rows {page.Height} /BlackIs1 false >>";
            }
            Begin(imageId);
            Raw($"<< /Type /XObject /Subtype /Image {dict} /Length {data.Length} >>\nstream\n");
            output.Write(data);
            Raw("\nendstream\nendobj\n");
        }
        Begin(1);
        Raw("<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        Begin(2);
        Raw($"<< /Type /Pages /Kids [{string.Join(" ", kids.Select(k => k + " 0 R"))}] /Count {kids.Count} >>\nendobj\n");
        long xref = output.Position - start;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Raw(sb.ToString());
    }

    /// <summary>One page as CCITT G4 data (a one-strip TIFF's strip): what a scanner's black-and-white PDF holds.</summary>
    private static byte[] EncodeG4Strip(GreyImage page)
    {
        using var ms = new MemoryStream();
        using (var t = Tiff.ClientOpen("g4", "w", ms, new TiffStream())!)
        {
            WriteTiffPage(t, page, TiffEncoding.G4, singleStrip: true);
            t.WriteDirectory();
        }
        using var written = new MemoryStream(ms.ToArray());
        using var r = Tiff.ClientOpen("g4", "r", written, new TiffStream())!;
        int size = (int)r.RawStripSize(0);
        var buf = new byte[size];
        int n = r.ReadRawStrip(0, buf, 0, size);
        return buf.AsSpan(0, n).ToArray();
    }

    /// <summary>A multi-page TIFF.</summary>
    public static byte[] WriteTiff(IEnumerable<GreyImage> pages, TiffEncoding encoding)
    {
        using var ms = new MemoryStream();
        using (var t = Tiff.ClientOpen("scan", "w", ms, new TiffStream())!)
        {
            foreach (var page in pages)
            {
                WriteTiffPage(t, page, encoding, singleStrip: false);
                t.WriteDirectory();
            }
        }
        return ms.ToArray();
    }

    private static void WriteTiffPage(Tiff t, GreyImage page, TiffEncoding encoding, bool singleStrip)
    {
        int w = page.Width, h = page.Height;
        t.SetField(TiffTag.IMAGEWIDTH, w);
        t.SetField(TiffTag.IMAGELENGTH, h);
        t.SetField(TiffTag.SAMPLESPERPIXEL, 1);
        t.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
        t.SetField(TiffTag.XRESOLUTION, page.Dpi ?? 200);
        t.SetField(TiffTag.YRESOLUTION, page.Dpi ?? 200);
        t.SetField(TiffTag.RESOLUTIONUNIT, ResUnit.INCH);
        if (encoding == TiffEncoding.G4)
        {
            t.SetField(TiffTag.BITSPERSAMPLE, 1);
            t.SetField(TiffTag.PHOTOMETRIC, Photometric.MINISWHITE);
            t.SetField(TiffTag.COMPRESSION, Compression.CCITTFAX4);
            t.SetField(TiffTag.FILLORDER, FillOrder.MSB2LSB);
            t.SetField(TiffTag.ROWSPERSTRIP, singleStrip ? h : 256);
            var line = new byte[(w + 7) / 8];
            for (int y = 0; y < h; y++)
            {
                Array.Clear(line);
                for (int x = 0; x < w; x++)
                    if (page.Pixels[y * w + x] < 128) line[x >> 3] |= (byte)(0x80 >> (x & 7));
                t.WriteScanline(line, y);
            }
            return;
        }
        t.SetField(TiffTag.BITSPERSAMPLE, 8);
        t.SetField(TiffTag.PHOTOMETRIC, Photometric.MINISBLACK);
        t.SetField(TiffTag.COMPRESSION, encoding switch { TiffEncoding.Lzw => Compression.LZW, TiffEncoding.Jpeg => Compression.JPEG, _ => Compression.NONE });
        if (encoding == TiffEncoding.Jpeg) t.SetField(TiffTag.JPEGQUALITY, 80);
        t.SetField(TiffTag.ROWSPERSTRIP, 64);
        var row = new byte[w];
        for (int y = 0; y < h; y++)
        {
            Buffer.BlockCopy(page.Pixels, y * w, row, 0, w);
            t.WriteScanline(row, y);
        }
    }
}
