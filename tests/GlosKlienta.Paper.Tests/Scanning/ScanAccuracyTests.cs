using GlosKlienta.Paper.Scanning;
using Xunit.Abstractions;

namespace GlosKlienta.Paper.Tests.Scanning;

/// <summary>The targets on a small generated set: ≥ 99.9 % of boxes decided right (queued counts as not wrong), no silent error, ≤ 2 % queued.</summary>
public sealed class ScanAccuracyTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Generated_forms_are_read_within_the_targets()
    {
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        var layout = SeededF1.Layout();
        var reader = new PageReader(code => code.Office == "lesko" && code.Version == 1 ? layout : null);
        var score = new ScanScore();
        var rng = new Random(20261206);
        int[] dpis = [150, 200, 300];
        for (int form = 0; form < 12; form++)
        {
            var marks = ScanSimulator.RandomMarks(layout, rng, circledShare: 0.01);
            int dpi = dpis[form % 3];
            var opts = new ScanOptions(Dpi: dpi, RotationDeg: (rng.NextDouble() - 0.5) * 6, Scale: 0.94 + rng.NextDouble() * 0.06,
                Noise: 3 + rng.NextDouble() * 5, JpegQuality: 60 + rng.Next(30), Seed: form);
            var pages = ScanSimulator.Fill(layout, 300 + form, marks, new Dictionary<string, string>(), opts);
            for (int p = 0; p < pages.Length; p++)
                score.Add(reader.Read(pages[p]), marks, $"form {form} ({dpi} dpi, {opts.RotationDeg:0.0}°, {opts.Scale:P0}) page {p + 1}");
        }
        output.WriteLine(score.Summary());
        foreach (var e in score.Errors.Take(30)) output.WriteLine(e);
        Assert.Equal(0, score.PagesNotRead);
        Assert.Equal(0, score.SilentErrors);
        Assert.True(score.RightShare >= 0.999, score.Summary());
        Assert.True(score.QueuedShare <= 0.02, score.Summary());
    }
}
