namespace GlosKlienta.Paper.Tests;

/// <summary>Writes the pl and uk forms, blank and with serials, for looking at (set GLOSKLIENTA_PAPER_SAMPLES to a folder).</summary>
public sealed class Samples
{
    [SkippableFact]
    public void WriteSamples()
    {
        var dir = Environment.GetEnvironmentVariable("GLOSKLIENTA_PAPER_SAMPLES");
        Skip.If(string.IsNullOrEmpty(dir), "Set GLOSKLIENTA_PAPER_SAMPLES to a folder to write the sample forms for looking at.");
        Directory.CreateDirectory(dir);
        foreach (var language in new[] { "pl", "uk", "en" })
        {
            var layout = SeededF1.Layout(language);
            File.WriteAllBytes(Path.Combine(dir, $"f1-{language}-blank.pdf"), FormRenderer.Render(layout, [null], DateTimeOffset.UnixEpoch));
            File.WriteAllBytes(Path.Combine(dir, $"f1-{language}-run.pdf"), FormRenderer.Render(layout, [201, 202], DateTimeOffset.UnixEpoch));
            File.WriteAllText(Path.Combine(dir, $"f1-{language}.json"), LayoutJson.Write(layout));
            Assert.True(new FileInfo(Path.Combine(dir, $"f1-{language}-run.pdf")).Length > 0);
        }
    }
}
