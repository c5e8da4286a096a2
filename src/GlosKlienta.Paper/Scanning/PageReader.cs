using System.Runtime.CompilerServices;
using GlosKlienta.Domain.Survey;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace GlosKlienta.Paper.Scanning;

/// <summary>
/// Reads one page against the layout its code names: finds the QR code and the four corner marks, turns a page scanned
/// upside down, corrects rotation, skew and scale (an affine fit of the four marks, sampled through, never a warped page),
/// measures every tick box and decides marked, empty or uncertain. Immutable and safe to call from several threads at once.
/// </summary>
/// <remarks>
/// The thresholds (<see cref="Thresholds"/>) were set by measurement with the test suite's scan simulator (see
/// docs/benchmarks.md): a box's <em>fill</em> is the darkness-weighted share of its inside (inset from the printed border)
/// covered by ink; its <em>ring</em> is the ink just outside it, away from anything printed, counted in eight sectors.
/// </remarks>
public sealed class PageReader(Func<FormCode, FormLayout?> layoutFor)
{
    private readonly Func<FormCode, FormLayout?> layoutFor = layoutFor ?? throw new ArgumentNullException(nameof(layoutFor));
    private static readonly ConditionalWeakTable<LayoutPage, PagePlan> Plans = [];

    /// <summary>The decision limits, in one place so that the benchmark and the tests name the same numbers.</summary>
    public static class Thresholds
    {
        /// <summary>Below this fill a box is empty (when nothing is beside it).</summary>
        public const double EmptyBelow = 0.012;
        /// <summary>From this fill a box is marked; between the two it is uncertain (faint).</summary>
        public const double MarkedFrom = 0.03;
        /// <summary>A sample darker than this share of the paper-to-ink range counts toward the fill (JPEG noise stays below).</summary>
        public const float InkFloor = 0.15f;
        /// <summary>A sample darker than this counts as ink outside a box or in a text area.</summary>
        public const float StrokeFloor = 0.45f;
        /// <summary>Ink around a box in at least this many of its eight sectors is a circle: perhaps cancelled.</summary>
        public const int CircleSectors = 5;
        /// <summary>Ink in one sector from this area (mm²) counts.</summary>
        public const double SectorInkMm2 = 0.2;
        /// <summary>Ink beside an empty box from this area (mm²) sends it to the queue.</summary>
        public const double BesideInkMm2 = 0.6;
        /// <summary>Ink in a text area from this area (mm²) is writing.</summary>
        public const double TextInkMm2 = 1.0;
        /// <summary>The box's inside starts this far (mm) inside its printed rectangle: the border never counts.</summary>
        public const double BoxInsetMm = 0.85;
    }

    public PageReading Read(GreyImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Width < 100 || image.Height < 100 || image.Pixels.Length < image.Width * image.Height)
            return PageReading.Failed(PageProblem.Unreadable);
        var lut = DarknessLut(image);
        var (code, upsideDown) = FindCode(image, lut);
        if (code is null) return PageReading.Failed(PageProblem.NoCode);
        var layout = layoutFor(code);
        var page = layout?.Pages.FirstOrDefault(p => p.Page == code.Page);
        if (page is null) return PageReading.Failed(PageProblem.NoLayout, code);
        if (upsideDown) image = Rotate180(image);

        var transform = Place(image, lut, page);
        if (transform is null) return PageReading.Failed(PageProblem.NotPlaced, code);
        var t = transform.Value;
        var plan = Plans.GetValue(page, p => new PagePlan(p));

        var boxes = new BoxReading[page.Boxes.Count];
        var reasons = new QueueReason[page.Boxes.Count];
        for (int i = 0; i < page.Boxes.Count; i++)
        {
            var (fill, state, reason) = MeasureBox(image, lut, t, page.Boxes[i].Rect, plan.Exclusions[i]);
            boxes[i] = new BoxReading(page.Boxes[i].Key, Math.Round(fill, 4), state);
            reasons[i] = reason;
        }

        var questions = new List<QuestionReading>(plan.Questions.Count);
        foreach (var q in plan.Questions)
        {
            var marked = q.Boxes.Where(i => boxes[i].State == MarkState.Marked).ToList();
            var uncertain = q.Boxes.Where(i => boxes[i].State == MarkState.Uncertain).ToList();
            var reason = QueueReason.None;
            if (uncertain.Count > 0) reason = uncertain.Select(i => reasons[i]).OrderBy(Severity).First();
            else if (q.Question.SingleChoice && marked.Count > 1) reason = QueueReason.TwoMarks;

            // The best guess: what is marked, and a faint or beside mark that is more ink than not; never a circled one.
            var guess = q.Boxes.Where(i => boxes[i].State == MarkState.Marked
                    || (boxes[i].State == MarkState.Uncertain && reasons[i] is QueueReason.Faint or QueueReason.OutsideBox
                        && boxes[i].Fill >= (Thresholds.EmptyBelow + Thresholds.MarkedFrom) / 2))
                .ToList();
            if (q.Question.SingleChoice && guess.Count > 1) guess = [guess.MaxBy(i => boxes[i].Fill)];
            var values = guess.Select(i => q.Values[q.Boxes.IndexOf(i)]).ToList();
            bool queued = reason != QueueReason.None;
            byte[]? crop = queued ? Crop(image, t, q.Question.Area, q.Question.Heading) : null;
            questions.Add(new QuestionReading(q.Question.Key, values, queued, reason, crop));
        }

        var texts = new List<TextReading>(page.Texts.Count);
        for (int i = 0; i < page.Texts.Count; i++)
        {
            var area = page.Texts[i];
            bool ink = TextInk(image, lut, t, area.Rect, plan.TextExclusions[i]) >= Thresholds.TextInkMm2;
            texts.Add(new TextReading(area.Key, ink, ink ? Crop(image, t, area.Rect, null) : null));
        }
        return new PageReading(code, PageProblem.None, boxes, questions, texts);
    }

    private static int Severity(QueueReason r) => r switch
    {
        QueueReason.Cancelled => 0,
        QueueReason.TwoMarks => 1,
        QueueReason.OutsideBox => 2,
        _ => 3,
    };

    // ---- the code -------------------------------------------------------------------------------------------------

    private static readonly Dictionary<DecodeHintType, object> Hints = new()
    {
        [DecodeHintType.TRY_HARDER] = true,
        [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE },
    };

    /// <summary>The GK1 code where it is printed (top right), then where a page upside down has it, then anywhere.</summary>
    internal static (FormCode? Code, bool UpsideDown) FindCode(GreyImage image, float[] lut)
    {
        int w = image.Width, h = image.Height;
        var regions = new (int X, int Y, int W, int H, bool? Upside)[]
        {
            ((int)(w * 0.62), 0, w - (int)(w * 0.62), (int)(h * 0.2), false),
            (0, h - (int)(h * 0.2), (int)(w * 0.38), (int)(h * 0.2), true),
            (0, 0, w, h, null),
        };
        for (int i = 0; i < regions.Length; i++)
        {
            var (x, y, rw, rh, upside) = regions[i];
            var result = Decode(image, x, y, rw, rh);
            if (result is not null && FormCode.TryParse(result.Text, out var code))
            {
                bool turned = upside ?? (result.ResultPoints.Length > 0 && result.ResultPoints.Average(p => p.Y) + y > h / 2.0);
                return (code, turned);
            }
            if (i == 1 && CodeThroughCorners(image, lut) is { Code: not null } found) return found;
        }
        return (null, false);
    }

    /// <summary>
    /// The code when it is not read where it is printed: the corner marks placed, the code's square sampled upright, both
    /// ways round; sharp at 10 px/mm first, then smoothed (each pixel the mean of nine samples) against noise and JPEG blocks.
    /// </summary>
    internal static (FormCode? Code, bool UpsideDown) CodeThroughCorners(GreyImage image, float[] lut)
    {
        if (Placed(image, lut) is not { } t) return (null, false);
        foreach (var (k, smooth) in new[] { (10.0, false), (7.0, true), (5.0, true) })
            foreach (bool turned in new[] { false, true })
            {
                var square = Upright(image, t, FormLayout.CodeRect, turned, k, smooth);
                var r = Decode(square, 0, 0, square.Width, square.Height) ?? DecodeUpright(square);
                if (r is not null && FormCode.TryParse(r.Text, out var c)) return (c, turned);
            }
        return (null, false);
    }

    /// <summary>The corner marks (the same on every page) placed, whichever way up the page is.</summary>
    private static Affine? Placed(GreyImage image, float[] lut) => Place(image, lut, FormLayout.FiducialRects);

    /// <summary><paramref name="rect"/> with 3 mm around it sampled upright at <paramref name="k"/> px/mm (bilinear, or the mean of 3 × 3 samples); turned: from a page upside down.</summary>
    private static GreyImage Upright(GreyImage image, Affine t, MmRect rect, bool turned, double k, bool smooth)
    {
        var r = new MmRect(rect.X - 3, rect.Y - 3, rect.W + 6, rect.H + 6);
        if (turned) r = r with { X = FormLayout.PageWidthMm - r.Right, Y = FormLayout.PageHeightMm - r.Bottom };
        int w = (int)(r.W * k), h = (int)(r.H * k);
        var px = new byte[w * h];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                byte v;
                if (!smooth)
                {
                    var (sx, sy) = t.Map(r.X + (x + 0.5) / k, r.Y + (y + 0.5) / k);
                    v = Bilinear(image, sx - 0.5, sy - 0.5);
                }
                else
                {
                    int sum = 0;
                    for (int j = 0; j < 3; j++)
                        for (int i = 0; i < 3; i++)
                        {
                            var (sx, sy) = t.Map(r.X + (x + (i + 0.5) / 3) / k, r.Y + (y + (j + 0.5) / 3) / k);
                            sum += Bilinear(image, sx - 0.5, sy - 0.5);
                        }
                    v = (byte)(sum / 9);
                }
                px[turned ? (h - 1 - y) * w + (w - 1 - x) : y * w + x] = v;
            }
        return new GreyImage(w, h, px, null);
    }

    private static byte Bilinear(GreyImage image, double x, double y)
    {
        int x0 = (int)Math.Floor(x), y0 = (int)Math.Floor(y);
        if (x0 < 0 || y0 < 0 || x0 + 1 >= image.Width || y0 + 1 >= image.Height) return 255;
        double fx = x - x0, fy = y - y0;
        int i = y0 * image.Width + x0;
        double top = image.Pixels[i] * (1 - fx) + image.Pixels[i + 1] * fx;
        double bottom = image.Pixels[i + image.Width] * (1 - fx) + image.Pixels[i + image.Width + 1] * fx;
        return (byte)(top * (1 - fy) + bottom * fy + 0.5);
    }

    private static Result? Decode(GreyImage image, int x, int y, int w, int h)
    {
        if (w < 21 || h < 21) return null;
        byte[] pixels;
        if (x == 0 && y == 0 && w == image.Width && h == image.Height) pixels = image.Pixels;
        else
        {
            pixels = new byte[w * h];
            for (int r = 0; r < h; r++) Buffer.BlockCopy(image.Pixels, (y + r) * image.Width + x, pixels, r * w, w);
        }
        var source = new RGBLuminanceSource(pixels, w, h, RGBLuminanceSource.BitmapFormat.Gray8);
        try
        {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), Hints);
        }
        catch (ReaderException)
        {
            return null;
        }
    }

    private static readonly Dictionary<DecodeHintType, object> PureHints = new()
    {
        [DecodeHintType.PURE_BARCODE] = true,
        [DecodeHintType.TRY_HARDER] = true,
        [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE },
    };

    /// <summary>An upright sample of the code's square: a global threshold, then as a pure code (nothing but it and its margin).</summary>
    private static Result? DecodeUpright(GreyImage square)
    {
        var source = new RGBLuminanceSource(square.Pixels, square.Width, square.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        foreach (var (binary, hints) in new (Func<LuminanceSource, Binarizer>, Dictionary<DecodeHintType, object>)[]
        {
            (s => new GlobalHistogramBinarizer(s), Hints),
            (s => new HybridBinarizer(s), PureHints),
            (s => new GlobalHistogramBinarizer(s), PureHints),
        })
        {
            try
            {
                return new QRCodeReader().decode(new BinaryBitmap(binary(source)), hints);
            }
            catch (ReaderException)
            {
            }
        }
        return null;
    }

    internal static GreyImage Rotate180(GreyImage image)
    {
        var px = (byte[])image.Pixels.Clone();
        Array.Reverse(px, 0, image.Width * image.Height);
        return image with { Pixels = px };
    }

    // ---- levels and placement -------------------------------------------------------------------------------------

    /// <summary>Darkness 0..1 of each grey level between this page's paper (a high percentile) and its ink (a low one).</summary>
    internal static float[] DarknessLut(GreyImage image)
    {
        var hist = new int[256];
        int n = 0;
        for (int y = 0; y < image.Height; y += 5)
        {
            int row = y * image.Width;
            for (int x = 0; x < image.Width; x += 5, n++) hist[image.Pixels[row + x]]++;
        }
        int white = Percentile(hist, n, 0.90), black = Percentile(hist, n, 0.004);
        if (white - black < 96) black = Math.Max(0, white - 160);
        var lut = new float[256];
        for (int v = 0; v < 256; v++) lut[v] = Math.Clamp((white - v) / (float)(white - black), 0f, 1f);
        return lut;
    }

    private static int Percentile(int[] hist, int n, double p)
    {
        long target = (long)(n * p), sum = 0;
        for (int v = 0; v < 256; v++)
        {
            sum += hist[v];
            if (sum > target) return v;
        }
        return 255;
    }

    /// <summary>mm on the layout → pixels: X = A·x + B·y + C, Y = D·x + E·y + F.</summary>
    internal readonly record struct Affine(double A, double B, double C, double D, double E, double F)
    {
        public (double X, double Y) Map(double x, double y) => (A * x + B * y + C, D * x + E * y + F);
        /// <summary>Pixels per millimetre (the mean of the two axes).</summary>
        public double Scale => (Math.Sqrt(A * A + D * D) + Math.Sqrt(B * B + E * E)) / 2;
    }

    private static Affine? Place(GreyImage image, float[] lut, LayoutPage page) => Place(image, lut, page.Fiducials);

    private static Affine? Place(GreyImage image, float[] lut, IReadOnlyList<MmRect> fiducials)
    {
        double k0 = image.Dpi is > 50 and < 1300 ? image.Dpi.Value / 25.4 : image.Width / FormLayout.PageWidthMm;
        var found = new (double X, double Y)[fiducials.Count];
        for (int i = 0; i < fiducials.Count; i++)
        {
            var f = fiducials[i];
            var c = FindSquare(image, lut, (f.X + f.W / 2) * k0, (f.Y + f.H / 2) * k0, k0, f.W);
            if (c is null) return null;
            found[i] = c.Value;
        }
        var t = Fit(fiducials.Select(f => (f.X + f.W / 2, f.Y + f.H / 2)).ToArray(), found);
        if (t is null) return null;
        var a = t.Value;
        if (a.Scale < k0 * 0.85 || a.Scale > k0 * 1.1) return null;
        for (int i = 0; i < found.Length; i++)
        {
            var f = fiducials[i];
            var (x, y) = a.Map(f.X + f.W / 2, f.Y + f.H / 2);
            if (Math.Sqrt((x - found[i].X) * (x - found[i].X) + (y - found[i].Y) * (y - found[i].Y)) > 1.2 * a.Scale) return null;
        }
        return a;
    }

    /// <summary>
    /// The centre of the solid square nearest (<paramref name="cx"/>, <paramref name="cy"/>) within ±22 mm: the place where a
    /// square a little smaller than the mark is all ink and a ring around it all paper, then the centroid of its ink.
    /// </summary>
    private static (double X, double Y)? FindSquare(GreyImage image, float[] lut, double cx, double cy, double k, double sizeMm)
    {
        int reach = (int)(22 * k);
        int x0 = Math.Max(0, (int)cx - reach), y0 = Math.Max(0, (int)cy - reach);
        int x1 = Math.Min(image.Width, (int)cx + reach), y1 = Math.Min(image.Height, (int)cy + reach);
        int w = x1 - x0, h = y1 - y0;
        if (w < 10 || h < 10) return null;
        // Integral image of ink (darker than half way).
        var sat = new int[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++)
        {
            int run = 0, src = (y0 + y) * image.Width + x0, dst = (y + 1) * (w + 1);
            for (int x = 0; x < w; x++)
            {
                run += lut[image.Pixels[src + x]] > 0.5f ? 1 : 0;
                sat[dst + x + 1] = sat[dst - (w + 1) + x + 1] + run;
            }
        }
        int Sum(int ax, int ay, int bx, int by) => sat[by * (w + 1) + bx] - sat[ay * (w + 1) + bx] - sat[by * (w + 1) + ax] + sat[ay * (w + 1) + ax];
        int inner = Math.Max(2, (int)(sizeMm * 0.42 * k)), ringIn = (int)(sizeMm * 0.68 * k), ringOut = (int)(sizeMm * 0.92 * k);
        double innerArea = 4.0 * inner * inner, ringArea = 4.0 * (ringOut * ringOut - ringIn * ringIn);
        double best = 0.6;
        int bx0 = -1, by0 = -1;
        int step = k > 6 ? 2 : 1;
        for (int y = ringOut; y < h - ringOut; y += step)
            for (int x = ringOut; x < w - ringOut; x += step)
            {
                double fin = Sum(x - inner, y - inner, x + inner, y + inner) / innerArea;
                if (fin < 0.85) continue;
                double ring = (Sum(x - ringOut, y - ringOut, x + ringOut, y + ringOut) - Sum(x - ringIn, y - ringIn, x + ringIn, y + ringIn)) / ringArea;
                if (ring > 0.15) continue;
                double score = fin - ring - 0.002 * Math.Sqrt((x + x0 - cx) * (x + x0 - cx) + (y + y0 - cy) * (y + y0 - cy)) / k;
                if (score > best)
                {
                    best = score;
                    bx0 = x;
                    by0 = y;
                }
            }
        if (bx0 < 0) return null;
        // The centroid of the ink inside the ring.
        double sx = 0, sy = 0, sw = 0;
        for (int y = by0 - ringIn; y < by0 + ringIn; y++)
            for (int x = bx0 - ringIn; x < bx0 + ringIn; x++)
            {
                float d = lut[image.Pixels[(y0 + y) * image.Width + x0 + x]];
                if (d <= 0.5f) continue;
                sx += d * x;
                sy += d * y;
                sw += d;
            }
        double expected = sizeMm * sizeMm * k * k;
        if (sw < expected * 0.6 || sw > expected * 1.3) return null;
        return (x0 + sx / sw + 0.5, y0 + sy / sw + 0.5);
    }

    /// <summary>The least-squares affine map from the layout's points to the found ones.</summary>
    internal static Affine? Fit((double X, double Y)[] mm, (double X, double Y)[] px)
    {
        double sxx = 0, sxy = 0, syy = 0, sx = 0, sy = 0, n = mm.Length;
        double bx1 = 0, bx2 = 0, bx3 = 0, by1 = 0, by2 = 0, by3 = 0;
        for (int i = 0; i < mm.Length; i++)
        {
            var (x, y) = mm[i];
            sxx += x * x; sxy += x * y; syy += y * y; sx += x; sy += y;
            bx1 += x * px[i].X; bx2 += y * px[i].X; bx3 += px[i].X;
            by1 += x * px[i].Y; by2 += y * px[i].Y; by3 += px[i].Y;
        }
        var m = new double[,] { { sxx, sxy, sx }, { sxy, syy, sy }, { sx, sy, n } };
        var a = Solve(m, bx1, bx2, bx3);
        var d = Solve(m, by1, by2, by3);
        if (a is null || d is null) return null;
        return new Affine(a[0], a[1], a[2], d[0], d[1], d[2]);
    }

    private static double[]? Solve(double[,] m, double b1, double b2, double b3)
    {
        double det = Det(m[0, 0], m[0, 1], m[0, 2], m[1, 0], m[1, 1], m[1, 2], m[2, 0], m[2, 1], m[2, 2]);
        if (Math.Abs(det) < 1e-9) return null;
        return
        [
            Det(b1, m[0, 1], m[0, 2], b2, m[1, 1], m[1, 2], b3, m[2, 1], m[2, 2]) / det,
            Det(m[0, 0], b1, m[0, 2], m[1, 0], b2, m[1, 2], m[2, 0], b3, m[2, 2]) / det,
            Det(m[0, 0], m[0, 1], b1, m[1, 0], m[1, 1], b2, m[2, 0], m[2, 1], b3) / det,
        ];
        static double Det(double a, double b, double c, double d, double e, double f, double g, double h, double i) =>
            a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
    }

    // ---- measuring --------------------------------------------------------------------------------------------------

    private static (double Fill, MarkState State, QueueReason Reason) MeasureBox(GreyImage image, float[] lut, Affine t, MmRect rect, MmRect[] exclusions)
    {
        double k = t.Scale, step = 1 / k;
        double inset = Thresholds.BoxInsetMm;
        double sum = 0;
        int n = 0;
        for (double v = rect.Y + inset; v <= rect.Bottom - inset; v += step)
            for (double u = rect.X + inset; u <= rect.Right - inset; u += step)
            {
                float d = Sample(image, lut, t, u, v);
                if (d > Thresholds.InkFloor) sum += d;
                n++;
            }
        double fill = n == 0 ? 0 : sum / n;

        // Ink outside: a band from 0.5 to 2.4 mm around the box, away from everything printed, in eight sectors.
        var sectors = new int[8];
        double cxm = rect.X + rect.W / 2, cym = rect.Y + rect.H / 2;
        var outer = new MmRect(rect.X - 2.4, rect.Y - 2.4, rect.W + 4.8, rect.H + 4.8);
        var inner = new MmRect(rect.X - 0.5, rect.Y - 0.5, rect.W + 1, rect.H + 1);
        for (double v = outer.Y; v <= outer.Bottom; v += step)
            for (double u = outer.X; u <= outer.Right; u += step)
            {
                if (u > inner.X && u < inner.Right && v > inner.Y && v < inner.Bottom) continue;
                if (Excluded(exclusions, u, v)) continue;
                if (Sample(image, lut, t, u, v) <= Thresholds.StrokeFloor) continue;
                double angle = Math.Atan2(v - cym, u - cxm);
                sectors[(int)((angle + Math.PI) / (2 * Math.PI) * 8) & 7]++;
            }
        double px2 = 1 / (k * k);
        int inked = sectors.Count(s => s * px2 >= Thresholds.SectorInkMm2);
        double beside = sectors.Sum() * px2;

        if (inked >= Thresholds.CircleSectors) return (fill, MarkState.Uncertain, QueueReason.Cancelled);
        if (fill >= Thresholds.MarkedFrom) return (fill, MarkState.Marked, QueueReason.None);
        if (fill < Thresholds.EmptyBelow)
            return beside >= Thresholds.BesideInkMm2 ? (fill, MarkState.Uncertain, QueueReason.OutsideBox) : (fill, MarkState.Empty, QueueReason.None);
        return (fill, MarkState.Uncertain, beside >= Thresholds.BesideInkMm2 ? QueueReason.OutsideBox : QueueReason.Faint);
    }

    /// <summary>Ink (mm²) in a text area, its printed writing lines and any printed words left out.</summary>
    private static double TextInk(GreyImage image, float[] lut, Affine t, MmRect rect, MmRect[] exclusions)
    {
        double k = t.Scale, step = 1 / k;
        int ink = 0;
        for (double v = rect.Y + 0.5; v <= rect.Bottom - 0.3; v += step)
            for (double u = rect.X + 0.5; u <= rect.Right - 0.5; u += step)
            {
                if (Excluded(exclusions, u, v)) continue;
                if (Sample(image, lut, t, u, v) > Thresholds.StrokeFloor) ink++;
            }
        return ink / (k * k);
    }

    private static bool Excluded(MmRect[] exclusions, double u, double v)
    {
        foreach (var e in exclusions)
            if (u >= e.X && u <= e.Right && v >= e.Y && v <= e.Bottom) return true;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Sample(GreyImage image, float[] lut, Affine t, double u, double v)
    {
        int x = (int)(t.A * u + t.B * v + t.C), y = (int)(t.D * u + t.E * v + t.F);
        if ((uint)x >= (uint)image.Width || (uint)y >= (uint)image.Height) return 0;
        return lut[image.Pixels[y * image.Width + x]];
    }

    /// <summary>An upright grey PNG of <paramref name="area"/> (with <paramref name="heading"/> on top), at most 200 dpi.</summary>
    private static byte[] Crop(GreyImage image, Affine t, MmRect area, MmRect? heading)
    {
        double k = Math.Min(t.Scale, 200 / 25.4);
        // A little paper around it: a circle drawn round a box, a mark beside it, shows whole.
        area = new MmRect(area.X - 3, area.Y - 1, area.W + 6, area.H + 2);
        var parts = heading is { } hd ? new[] { hd with { X = area.X, W = area.W }, area } : [area];
        int w = (int)Math.Ceiling(area.W * k);
        int h = parts.Sum(p => (int)Math.Ceiling(p.H * k));
        var px = new byte[w * h];
        int row = 0;
        foreach (var p in parts)
        {
            int ph = (int)Math.Ceiling(p.H * k);
            for (int y = 0; y < ph; y++)
                for (int x = 0; x < w; x++)
                {
                    var (sx, sy) = t.Map(p.X + (x + 0.5) / k, p.Y + (y + 0.5) / k);
                    int ix = (int)sx, iy = (int)sy;
                    px[(row + y) * w + x] = (uint)ix < (uint)image.Width && (uint)iy < (uint)image.Height ? image.Pixels[iy * image.Width + ix] : (byte)255;
                }
            row += ph;
        }
        return Imaging.EncodePng(px, w, h);
    }

    /// <summary>What is worked out once per layout page: each box's printed neighbours, the questions' boxes.</summary>
    private sealed class PagePlan
    {
        public MmRect[][] Exclusions { get; }
        public MmRect[][] TextExclusions { get; }
        public List<(LayoutQuestion Question, List<int> Boxes, List<string> Values)> Questions { get; } = [];

        public PagePlan(LayoutPage page)
        {
            var printed = new List<MmRect>();
            printed.AddRange(page.Labels.Select(l => Grow(l.Rect, 0.4)));
            printed.AddRange(page.Rules.Select(r => new MmRect(Math.Min(r.X1, r.X2) - 0.6, Math.Min(r.Y1, r.Y2) - 0.7, Math.Abs(r.X2 - r.X1) + 1.2, Math.Abs(r.Y2 - r.Y1) + 1.4)));
            printed.AddRange(page.Texts.Select(x => Grow(x.Rect, 0.2)));
            printed.AddRange(page.Fiducials.Select(f => Grow(f, 1)));
            printed.Add(Grow(page.Code, 1));
            printed.Add(page.SerialLabel);
            Exclusions = page.Boxes.Select(b =>
            {
                var reach = Grow(b.Rect, 2.5);
                return printed.Concat(page.Boxes.Where(o => o != b).Select(o => Grow(o.Rect, 0.8))).Where(r => r.Overlaps(reach)).ToArray();
            }).ToArray();
            var rulesAndWords = page.Labels.Select(l => Grow(l.Rect, 0.3))
                .Concat(page.Rules.Select(r => new MmRect(Math.Min(r.X1, r.X2) - 1, Math.Min(r.Y1, r.Y2) - 0.8, Math.Abs(r.X2 - r.X1) + 2, Math.Abs(r.Y2 - r.Y1) + 1.6)))
                .Concat(page.Boxes.Select(b => Grow(b.Rect, 0.8))).ToList();
            TextExclusions = page.Texts.Select(x => rulesAndWords.Where(r => r.Overlaps(x.Rect)).ToArray()).ToArray();

            var keyed = page.Boxes.Select((b, i) => (Choice: StoredChoices.Decode(b.Key).Single(), Index: i)).ToList();
            var questions = page.Questions.Count > 0
                ? page.Questions
                // A layout without its questions (built elsewhere): each key one question, taken as single choice so that two marks are never accepted silently.
                : keyed.GroupBy(x => x.Choice.Key).Select(g =>
                {
                    var rects = g.Select(x => page.Boxes[x.Index].Rect).ToList();
                    double x0 = rects.Min(r => r.X) - 1, y0 = rects.Min(r => r.Y) - 1;
                    return new LayoutQuestion(g.Key, true, new MmRect(x0, y0, rects.Max(r => r.Right) + 1 - x0, rects.Max(r => r.Bottom) + 1 - y0));
                }).ToList();
            foreach (var q in questions)
            {
                var mine = keyed.Where(x => x.Choice.Key == q.Key).ToList();
                Questions.Add((q, mine.Select(x => x.Index).ToList(), mine.Select(x => x.Choice.Value.Single()).ToList()));
            }
        }

        private static MmRect Grow(MmRect r, double by) => new(r.X - by, r.Y - by, r.W + 2 * by, r.H + 2 * by);
    }
}
