using GlosKlienta.Paper.Scanning;

namespace GlosKlienta.Paper.Tests.Scanning;

/// <summary>Writes a simulated scan and the reader's crops for looking at (set GLOSKLIENTA_SCAN_SAMPLES to a folder).</summary>
public sealed class ScanSamples
{
    [SkippableFact]
    public void WriteSamples()
    {
        var dir = Environment.GetEnvironmentVariable("GLOSKLIENTA_SCAN_SAMPLES");
        Skip.If(string.IsNullOrEmpty(dir), "Set GLOSKLIENTA_SCAN_SAMPLES to a folder to write a simulated scan and its crops for looking at.");
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        Directory.CreateDirectory(dir);
        var layout = SeededF1.Layout();
        var marks = ScanSimulator.RandomMarks(layout, new Random(5), pencilShare: 0.2);
        marks["plec=kobieta"] = MarkStyle.CircledOut;
        marks["plec=mezczyzna"] = MarkStyle.Tick;
        marks["wiek=18-25"] = MarkStyle.Tick;
        marks["wiek=26-35"] = MarkStyle.Cross;
        var writing = layout.Pages.SelectMany(p => p.Texts).ToDictionary(t => t.Key, _ => "bardzo miła obsługa w urzędzie dziękuję");
        var pages = ScanSimulator.Fill(layout, 777, marks, writing, new ScanOptions(Dpi: 200, RotationDeg: 2.5, Scale: 0.95));
        var reader = new PageReader(_ => layout);
        for (int p = 0; p < pages.Length; p++)
        {
            File.WriteAllBytes(Path.Combine(dir, $"page-{p + 1}.jpg"), ScanSimulator.EncodeJpeg(pages[p], 80));
            var read = reader.Read(pages[p]);
            foreach (var q in read.Questions.Where(q => q.Image is not null))
                File.WriteAllBytes(Path.Combine(dir, $"q-{q.Key}-{q.Reason}.png"), q.Image!);
            foreach (var t in read.Texts.Where(t => t.Image is not null))
                File.WriteAllBytes(Path.Combine(dir, $"t-{t.Key}.png"), t.Image!);
            File.WriteAllText(Path.Combine(dir, $"page-{p + 1}.txt"), $"{read.Problem} {read.Code}\n{read.Answers}\nqueued: {string.Join(", ", read.Queued)}\n");
        }
        Assert.NotEmpty(Directory.GetFiles(dir, "q-*.png"));
    }
}

/// <summary>Reads the pages the bench could not read (its <c>--dump</c> folder, set GLOSKLIENTA_SCAN_DUMP) and writes their code's corner, for looking at.</summary>
public sealed class ScanDumps(Xunit.Abstractions.ITestOutputHelper output)
{
    [SkippableFact]
    public void ReadDumped()
    {
        var dir = Environment.GetEnvironmentVariable("GLOSKLIENTA_SCAN_DUMP");
        Skip.If(string.IsNullOrEmpty(dir), "Set GLOSKLIENTA_SCAN_DUMP to the bench's --dump folder to look at the pages it could not read.");
        var layout = SeededF1.Layout();
        var reader = new PageReader(_ => layout);
        foreach (var path in Directory.GetFiles(dir, "form*NoCode.png"))
        {
            using var file = ScanFile.Open(path);
            var image = file.Decode(1)!;
            var read = reader.Read(image);
            output.WriteLine($"{Path.GetFileName(path)}: {read.Problem} {read.Code}");
            int x0 = (int)(image.Width * 0.62), h = (int)(image.Height * 0.2), w = image.Width - x0;
            var px = new byte[w * h];
            for (int y = 0; y < h; y++) Buffer.BlockCopy(image.Pixels, y * image.Width + x0, px, y * w, w);
            File.WriteAllBytes(path + ".corner.png", Imaging.EncodePng(px, w, h));
            var src = new ZXing.RGBLuminanceSource(px, w, h, ZXing.RGBLuminanceSource.BitmapFormat.Gray8);
            try
            {
                var r = new ZXing.QrCode.QRCodeReader().decode(new ZXing.BinaryBitmap(new ZXing.Common.HybridBinarizer(src)), new Dictionary<ZXing.DecodeHintType, object> { [ZXing.DecodeHintType.TRY_HARDER] = true });
                output.WriteLine("  corner decodes: " + r?.Text);
            }
            catch (ZXing.ReaderException e)
            {
                output.WriteLine("  corner: " + e.GetType().Name);
            }
        }
    }
}
