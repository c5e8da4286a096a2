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
