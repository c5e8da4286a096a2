using GlosKlienta.Domain.Survey;
using GlosKlienta.Paper.Scanning;
using QRCoder;
using SkiaSharp;

namespace GlosKlienta.Paper.Tests.Scanning;

/// <summary>The reader on simulated scans: every file kind, a page upside down, pages it must not read, and the queue's cases.</summary>
public sealed class ScanReaderTests : IDisposable
{
    private static readonly FormLayout Layout = SeededF1.Layout();
    private readonly PageReader reader = new(code => code.Office == "lesko" && code.Version == 1 ? Layout : null);
    private readonly string dir = Directory.CreateTempSubdirectory("glosklienta-scantest-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    /// <summary>Pen marks on both pages: a single choice, a multiple choice with two, rating items, a matrix item.</summary>
    private static readonly Dictionary<string, MarkStyle> PenMarks = new(StringComparer.Ordinal)
    {
        ["plec=kobieta"] = MarkStyle.Cross,
        ["wiek=36-45"] = MarkStyle.Tick,
        ["sprawa=decyzja"] = MarkStyle.Cross,
        ["trudnosci=brak-informacji"] = MarkStyle.Tick,
        ["trudnosci=inny-termin"] = MarkStyle.Cross,
        [Box("oceny.uprzejmosc=", first: true)] = MarkStyle.Filled,
        [Box("oceny.kompetencja=", first: false)] = MarkStyle.Tick,
        [Box("informacje.prasa=", first: true)] = MarkStyle.Cross,
    };

    private static string Box(string prefix, bool first)
    {
        var boxes = Layout.Pages.SelectMany(p => p.Boxes).Where(b => b.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        return (first ? boxes[0] : boxes[^1]).Key;
    }

    private static string Expected(LayoutPage page, Dictionary<string, MarkStyle> marks)
    {
        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var q in page.Questions)
        {
            var values = page.Boxes.Select(b => StoredChoices.Decode(b.Key).Single())
                .Where(c => c.Key == q.Key && marks.ContainsKey(q.Key + "=" + c.Value.Single()))
                .Select(c => c.Value.Single()).ToList();
            if (values.Count > 0) answers[q.Key] = values;
        }
        return StoredChoices.Encode(answers);
    }

    private static GreyImage[] Scan(IReadOnlyDictionary<string, MarkStyle> marks, ScanOptions opts, int serial = 201, IReadOnlyDictionary<string, string>? writing = null) =>
        ScanSimulator.Fill(Layout, serial, marks, writing ?? new Dictionary<string, string>(), opts);

    private List<PageResult> ReadFile(string name, byte[] bytes, int parallelism = 2)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        using var file = ScanFile.Open(path);
        return ScanPipeline.Read(file, reader, parallelism).ToList();
    }

    private static void AssertReadAsMarked(List<PageResult> results, int pages, int serial = 201)
    {
        Assert.Equal(pages, results.Count);
        for (int i = 0; i < pages; i++)
        {
            var r = results[i].Reading;
            Assert.Equal(PageProblem.None, r.Problem);
            Assert.Equal(i + 1, results[i].Page);
            Assert.Equal(new FormCode("lesko", 1, i + 1, serial), r.Code);
            Assert.True(r.Queued.Count == 0, Describe(r));
            Assert.Equal(Expected(Layout.Pages[i], PenMarks), r.Answers);
            Assert.Equal(Layout.Pages[i].Boxes.Count, r.Boxes.Count);
            Assert.Equal(Layout.Pages[i].Questions.Count, r.Questions.Count);
            Assert.Equal(Layout.Pages[i].Texts.Count, r.Texts.Count);
        }
    }

    [SkippableTheory]
    [InlineData("pdf-jpeg")]
    [InlineData("pdf-ccitt")]
    [InlineData("tiff-g4")]
    [InlineData("tiff-lzw")]
    [InlineData("tiff-jpeg")]
    [InlineData("tiff-none")]
    [InlineData("png")]
    [InlineData("jpeg")]
    public void Every_kind_of_scanner_file_is_read(string kind)
    {
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        bool bw = kind is "pdf-ccitt" or "tiff-g4";
        var pages = Scan(PenMarks, new ScanOptions(Dpi: kind == "png" ? 150 : 200, RotationDeg: 1.2, Scale: 0.97, BlackAndWhite: bw, JpegQuality: bw ? null : 75));
        var results = kind switch
        {
            "pdf-jpeg" => ReadFile("s.pdf", ScanSimulator.WritePdf(pages, ScanEncoding.Jpeg)),
            "pdf-ccitt" => ReadFile("s.pdf", ScanSimulator.WritePdf(pages, ScanEncoding.Ccitt)),
            "tiff-g4" => ReadFile("s.tif", ScanSimulator.WriteTiff(pages, TiffEncoding.G4)),
            "tiff-lzw" => ReadFile("s.tif", ScanSimulator.WriteTiff(pages, TiffEncoding.Lzw)),
            "tiff-jpeg" => ReadFile("s.tif", ScanSimulator.WriteTiff(pages, TiffEncoding.Jpeg)),
            "tiff-none" => ReadFile("s.tif", ScanSimulator.WriteTiff(pages, TiffEncoding.None)),
            "png" => ReadFile("s.png", ScanSimulator.EncodePng(pages[0])),
            _ => ReadFile("s.jpg", ScanSimulator.EncodeJpeg(pages[0], 80)),
        };
        AssertReadAsMarked(results, kind is "png" or "jpeg" ? 1 : pages.Length);
    }

    [SkippableFact]
    public void A_page_scanned_upside_down_is_turned_and_read()
    {
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        var pages = Scan(PenMarks, new ScanOptions(RotationDeg: -2, UpsideDown: true));
        AssertReadAsMarked(pages.Select((p, i) => new PageResult(i + 1, reader.Read(p))).ToList(), pages.Length);
    }

    [SkippableFact]
    public void Light_pencil_and_a_slanted_shrunken_300_dpi_scan_are_read()
    {
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        var marks = PenMarks.ToDictionary(m => m.Key, _ => MarkStyle.LightPencil, StringComparer.Ordinal);
        var pages = Scan(marks, new ScanOptions(Dpi: 300, RotationDeg: 3, Scale: 0.94, Noise: 8, JpegQuality: 60));
        for (int i = 0; i < pages.Length; i++)
        {
            var r = reader.Read(pages[i]);
            Assert.Equal(PageProblem.None, r.Problem);
            // Light pencil sits near the line between faint and marked: a mark may go to the queue as faint (never as
            // anything else, and only a few), but every mark decided is decided right.
            var queued = r.Questions.Where(q => q.Queued).ToList();
            Assert.All(queued, q => Assert.Equal(QueueReason.Faint, q.Reason));
            Assert.True(queued.Count <= 2, $"{queued.Count} pencil marks queued on page {i + 1}");
            var expected = StoredChoices.Decode(Expected(Layout.Pages[i], marks))
                .Where(e => queued.All(q => q.Key != e.Key))
                .ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
            Assert.Equal(StoredChoices.Encode(expected), r.Answers);
        }
    }

    [Fact]
    public void A_blank_sheet_or_another_QR_code_is_no_code()
    {
        var blank = new GreyImage(1240, 1754, Enumerable.Repeat((byte)245, 1240 * 1754).ToArray(), 150);
        Assert.Equal(PageProblem.NoCode, reader.Read(blank).Problem);

        var other = (byte[])blank.Pixels.Clone();
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode("https://example.org/ankieta", QRCodeGenerator.ECCLevel.Q);
        var m = data.ModuleMatrix;
        int module = 5, x0 = 1240 - 90 - m.Count * module, y0 = 60;
        for (int y = 0; y < m.Count * module; y++)
            for (int x = 0; x < m.Count * module; x++)
                if (m[y / module][x / module]) other[(y0 + y) * 1240 + x0 + x] = 20;
        var read = reader.Read(blank with { Pixels = other });
        Assert.Equal(PageProblem.NoCode, read.Problem);
        Assert.Null(read.Code);
        Assert.Empty(read.Boxes);
    }

    [SkippableFact]
    public void A_form_the_caller_has_no_layout_for_is_no_layout_with_its_code()
    {
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        var pages = Scan(PenMarks, new ScanOptions(), serial: 999);
        var read = new PageReader(code => code.Serial == 999 ? null : Layout).Read(pages[1]);
        Assert.Equal(PageProblem.NoLayout, read.Problem);
        Assert.Equal(new FormCode("lesko", 1, 2, 999), read.Code);
    }

    [SkippableFact]
    public void A_page_with_a_corner_cut_off_is_not_placed()
    {
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        var pages = Scan(PenMarks, new ScanOptions(CutCorner: 3));
        var read = reader.Read(pages[0]);
        Assert.Equal(PageProblem.NotPlaced, read.Problem);
        Assert.Equal(new FormCode("lesko", 1, 1, 201), read.Code);
        Assert.Empty(read.Questions);
    }

    [SkippableFact]
    public void Two_marks_in_a_single_choice_go_to_the_queue()
    {
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        var marks = new Dictionary<string, MarkStyle>(PenMarks, StringComparer.Ordinal) { ["plec=mezczyzna"] = MarkStyle.Tick };
        var read = reader.Read(Scan(marks, new ScanOptions(RotationDeg: 0.8))[0]);
        var plec = read.Questions.Single(q => q.Key == "plec");
        Assert.True(plec.Queued);
        Assert.Equal(QueueReason.TwoMarks, plec.Reason);
        Assert.Single(plec.Values);
        AssertPng(plec.Image);
        Assert.Contains("plec", read.Queued);
        Assert.DoesNotContain("plec=", read.Answers, StringComparison.Ordinal);
        // The other questions are decided as marked; a multiple choice with two marks is not in doubt.
        Assert.Contains("wiek=36-45", read.Answers, StringComparison.Ordinal);
        var both = reader.Read(Scan(marks, new ScanOptions(RotationDeg: 0.8))[Layout.Pages.First(p => p.Questions.Any(q => q.Key == "trudnosci")).Page - 1]);
        Assert.Contains("trudnosci=brak-informacji,inny-termin", both.Answers, StringComparison.Ordinal);
        Assert.False(both.Questions.Single(q => q.Key == "trudnosci").Queued);
    }

    [SkippableFact]
    public void A_circled_mark_goes_to_the_queue_proposing_the_other_one()
    {
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        var marks = new Dictionary<string, MarkStyle>(PenMarks, StringComparer.Ordinal) { ["wiek=18-25"] = MarkStyle.CircledOut };
        var read = reader.Read(Scan(marks, new ScanOptions(RotationDeg: -1.5, Scale: 0.96))[0]);
        var wiek = read.Questions.Single(q => q.Key == "wiek");
        Assert.True(wiek.Queued);
        Assert.Equal(QueueReason.Cancelled, wiek.Reason);
        Assert.Equal(["36-45"], wiek.Values);
        AssertPng(wiek.Image);
        Assert.Equal(MarkState.Uncertain, read.Boxes.Single(b => b.Key == "wiek=18-25").State);
    }

    [SkippableFact]
    public void A_mark_beside_a_box_goes_to_the_queue()
    {
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        var marks = new Dictionary<string, MarkStyle>(StringComparer.Ordinal) { ["plec=kobieta"] = MarkStyle.BesideBox };
        var read = reader.Read(Scan(marks, new ScanOptions())[0]);
        var plec = read.Questions.Single(q => q.Key == "plec");
        Assert.True(plec.Queued);
        Assert.Equal(QueueReason.OutsideBox, plec.Reason);
    }

    [SkippableFact]
    public void Writing_in_a_text_area_is_ink_with_its_crop_and_an_empty_area_is_not()
    {
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        var pageWithText = Layout.Pages.First(p => p.Texts.Count >= 2);
        var written = pageWithText.Texts[^1];
        var writing = new Dictionary<string, string> { [written.Key] = "bardzo dobra obsługa dziękuję" };
        var pages = Scan(PenMarks, new ScanOptions(RotationDeg: 2, Scale: 0.95), writing: writing);
        var read = reader.Read(pages[pageWithText.Page - 1]);
        var text = read.Texts.Single(t => t.Key == written.Key);
        Assert.True(text.HasInk);
        var (w, h) = AssertPng(text.Image);
        // The area with 3 mm of paper left and right and 1 mm above and below, upright.
        double ratio = (written.Rect.W + 6) / (written.Rect.H + 2);
        Assert.InRange(w / (double)h, ratio * 0.95, ratio * 1.05);
        Assert.Contains(written.Key, read.Queued);
        foreach (var other in read.Texts.Where(t => t.Key != written.Key))
        {
            Assert.False(other.HasInk, other.Key);
            Assert.Null(other.Image);
        }
    }

    [SkippableFact]
    public void The_pipeline_gives_pages_in_file_order_with_a_broken_page_unreadable()
    {
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        var pages = new List<GreyImage>();
        for (int serial = 501; serial <= 504; serial++) pages.AddRange(Scan(PenMarks, new ScanOptions(RotationDeg: serial % 3 - 1, Seed: serial), serial));
        var pdf = ScanSimulator.WritePdf(pages, ScanEncoding.Jpeg);
        // The third page's JPEG damaged: its start-of-image marker overwritten.
        int at = IndexOf(pdf, [0xFF, 0xD8, 0xFF], IndexOf(pdf, [0xFF, 0xD8, 0xFF], IndexOf(pdf, [0xFF, 0xD8, 0xFF], 0) + 1) + 1);
        pdf[at] = pdf[at + 1] = pdf[at + 2] = 0;
        var two = ReadFile("p.pdf", pdf, parallelism: 2);
        var one = ReadFile("p1.pdf", pdf, parallelism: 1);
        Assert.Equal(Enumerable.Range(1, 8), two.Select(r => r.Page));
        Assert.Equal(PageProblem.Unreadable, two[2].Reading.Problem);
        for (int i = 0; i < 8; i++)
        {
            if (i == 2) continue;
            Assert.Equal(new FormCode("lesko", 1, i % 2 + 1, 501 + i / 2), two[i].Reading.Code);
            Assert.Equal(Expected(Layout.Pages[i % 2], PenMarks), two[i].Reading.Answers);
        }
        Assert.Equal(one.Select(r => (r.Page, r.Reading.Problem, r.Reading.Code, r.Reading.Answers)), two.Select(r => (r.Page, r.Reading.Problem, r.Reading.Code, r.Reading.Answers)));
    }

    [Fact]
    public void A_file_of_another_kind_is_refused_with_its_reason()
    {
        var path = Path.Combine(dir, "x.docx");
        File.WriteAllText(path, "PK not a scan");
        Assert.Equal(ScanFileProblem.UnknownKind, Assert.Throws<ScanFileException>(() => ScanFile.Open(path)).Kind);
        File.WriteAllText(path, "%PDF-1.4\n garbage");
        Assert.Equal(ScanFileProblem.Damaged, Assert.Throws<ScanFileException>(() => ScanFile.Open(path)).Kind);
    }

    private static string Describe(PageReading r)
    {
        var queued = r.Questions.Where(q => q.Queued).Select(q => $"{q.Key} {q.Reason} [{string.Join(",", q.Values)}] boxes " +
            string.Join(" ", r.Boxes.Where(b => b.Key.StartsWith(q.Key + "=", StringComparison.Ordinal)).Select(b => $"{b.Key}:{b.State}:{b.Fill:0.000}")));
        return string.Join("; ", queued) + " texts " + string.Join(",", r.Texts.Where(t => t.HasInk).Select(t => t.Key));
    }

    private static int IndexOf(byte[] data, byte[] what, int from)
    {
        for (int i = from; i <= data.Length - what.Length; i++)
            if (data.AsSpan(i, what.Length).SequenceEqual(what)) return i;
        return -1;
    }

    private static (int Width, int Height) AssertPng(byte[]? png)
    {
        Assert.NotNull(png);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.True(png.AsSpan(0, 4).SequenceEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }));
        return (bitmap.Width, bitmap.Height);
    }
}

/// <summary>The reader's parts on their own: the code found through the corner marks, a colour scan, a faint mark.</summary>
public sealed class ScanReaderPartsTests
{
    private static readonly FormLayout Layout = SeededF1.Layout();

    [SkippableFact]
    public void The_code_is_found_through_the_corner_marks_either_way_up()
    {
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        var marks = new Dictionary<string, MarkStyle> { ["plec=kobieta"] = MarkStyle.Cross };
        foreach (bool upside in new[] { false, true })
        {
            var page = ScanSimulator.Fill(Layout, 321, marks, new Dictionary<string, string>(), new ScanOptions(Dpi: 150, RotationDeg: 2.2, Scale: 0.96, UpsideDown: upside))[1];
            var (code, turned) = PageReader.CodeThroughCorners(page, PageReader.DarknessLut(page));
            Assert.Equal(new FormCode("lesko", 1, 2, 321), code);
            Assert.Equal(upside, turned);
        }
    }

    [SkippableFact]
    public void A_colour_scan_is_read_in_grey()
    {
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        var marks = new Dictionary<string, MarkStyle> { ["plec=mezczyzna"] = MarkStyle.Tick, ["wiek=26-35"] = MarkStyle.Cross };
        var page = ScanSimulator.Fill(Layout, 322, marks, new Dictionary<string, string>(), new ScanOptions(RotationDeg: -1))[0];
        // The grey page tinted (cream paper, blue ink) and written as an RGB PNG.
        using var bitmap = new SKBitmap(page.Width, page.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        var rgba = new byte[page.Width * page.Height * 4];
        for (int i = 0; i < page.Pixels.Length; i++)
        {
            int v = page.Pixels[i];
            rgba[4 * i] = (byte)Math.Min(255, v + 4);
            rgba[4 * i + 1] = (byte)Math.Min(255, v + 2);
            rgba[4 * i + 2] = (byte)Math.Max(0, v - 12 + (255 - v) / 4);
            rgba[4 * i + 3] = 255;
        }
        System.Runtime.InteropServices.Marshal.Copy(rgba, 0, bitmap.GetPixels(), rgba.Length);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        var path = Path.Combine(Path.GetTempPath(), $"glosklienta-colour-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(path, data.ToArray());
        try
        {
            using var file = ScanFile.Open(path);
            var read = Assert.Single(ScanPipeline.Read(file, new PageReader(_ => Layout))).Reading;
            Assert.Equal(PageProblem.None, read.Problem);
            Assert.Equal("plec=mezczyzna;wiek=26-35", read.Answers);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public void A_faint_mark_goes_to_the_queue_as_faint()
    {
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        var marks = new Dictionary<string, MarkStyle> { ["wiek=46-55"] = MarkStyle.Faint };
        var read = new PageReader(_ => Layout).Read(ScanSimulator.Fill(Layout, 323, marks, new Dictionary<string, string>(), new ScanOptions(RotationDeg: 1))[0]);
        Assert.Equal(MarkState.Uncertain, read.Boxes.Single(b => b.Key == "wiek=46-55").State);
        var wiek = read.Questions.Single(q => q.Key == "wiek");
        Assert.True(wiek.Queued);
        Assert.Equal(QueueReason.Faint, wiek.Reason);
        Assert.NotNull(wiek.Image);
    }
}
