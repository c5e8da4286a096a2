using System.Diagnostics;
using UglyToad.PdfPig;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace GlosKlienta.Paper.Tests;

public sealed class FormRendererTests
{
    [Fact]
    public void TheForm_IsA4_OnePairOfPagesPerSerial_NamingFormVersionAndOffice_QuestionsAtLeast11pt()
    {
        var pdf = FormRenderer.Render(SeededF1.Layout(), [201, 202], DateTimeOffset.UnixEpoch);

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(4, document.NumberOfPages);
        foreach (var page in document.GetPages())
        {
            Assert.Equal(595.28, page.Width, 0.5);
            Assert.Equal(841.89, page.Height, 0.5);
            var text = string.Join(" ", page.GetWords().Select(w => w.Text));
            Assert.Contains("F1-P/7/5", text);
            Assert.Contains("wersja 1", text);
            Assert.Contains("Urząd Miasta i Gminy Lesko", text);
        }
        var question = document.GetPage(2).GetWords().First(w => w.Text == "ocenia");
        Assert.All(question.Letters, l => Assert.True(l.PointSize >= 11, $"{l.Value} at {l.PointSize} pt"));
        Assert.Contains("Nr 202", string.Join(" ", document.GetPage(4).GetWords().Select(w => w.Text)));
    }

    [Fact]
    public void Ukrainian_IsPrintedInUkrainian()
    {
        using var document = PdfDocument.Open(FormRenderer.Render(SeededF1.Layout("uk"), [null], DateTimeOffset.UnixEpoch));
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Стать:", text);
        Assert.Contains("версія", text);
        Assert.Contains("сімейної", text);
    }

    [SkippableFact]
    public void EveryPagesQrCode_DecodesToOfficeVersionPageAndSerial()
    {
        Skip.If(!File.Exists("/usr/bin/pdftoppm"), "pdftoppm (poppler-utils) is not installed: the pages cannot be rasterized to read their QR codes.");
        var dir = System.IO.Directory.CreateTempSubdirectory("glosklienta-qr-").FullName;
        try
        {
            var pdf = Path.Combine(dir, "f.pdf");
            File.WriteAllBytes(pdf, FormRenderer.Render(SeededF1.Layout(), [201, 202], DateTimeOffset.UnixEpoch));
            File.WriteAllBytes(Path.Combine(dir, "b.pdf"), FormRenderer.Render(SeededF1.Layout(), [null], DateTimeOffset.UnixEpoch));
            Assert.Equal(["GK1|lesko|v1|p1|s201", "GK1|lesko|v1|p2|s201", "GK1|lesko|v1|p1|s202", "GK1|lesko|v1|p2|s202"], Decode(pdf, dir, "f"));
            Assert.Equal(["GK1|lesko|v1|p1", "GK1|lesko|v1|p2"], Decode(Path.Combine(dir, "b.pdf"), dir, "b"));
        }
        finally
        {
            System.IO.Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Rasterizes at 150 dpi in grey (PGM) and reads each page's QR code with ZXing.</summary>
    private static List<string> Decode(string pdf, string dir, string prefix)
    {
        using (var p = Process.Start(new ProcessStartInfo("/usr/bin/pdftoppm", ["-r", "150", "-gray", pdf, Path.Combine(dir, prefix)]) { RedirectStandardError = true })!)
        {
            p.WaitForExit();
            Assert.Equal(0, p.ExitCode);
        }
        var results = new List<string>();
        foreach (var file in System.IO.Directory.GetFiles(dir, prefix + "-*.pgm").Order(StringComparer.Ordinal))
        {
            var (pixels, w, h) = ReadPgm(File.ReadAllBytes(file));
            var source = new RGBLuminanceSource(pixels, w, h, RGBLuminanceSource.BitmapFormat.Gray8);
            var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true });
            Assert.NotNull(result);
            results.Add(result.Text);
        }
        return results;
    }

    private static (byte[] Pixels, int Width, int Height) ReadPgm(byte[] data)
    {
        int pos = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)data[pos])) pos++;
            int start = pos;
            while (!char.IsWhiteSpace((char)data[pos])) pos++;
            return System.Text.Encoding.ASCII.GetString(data, start, pos - start);
        }
        Assert.Equal("P5", Token());
        int w = int.Parse(Token()), h = int.Parse(Token());
        Token();
        pos++;
        return (data[pos..(pos + w * h)], w, h);
    }

    [Fact]
    public void TheCode_ReadsBack_AndTheOfficeCodeIsPlainAscii()
    {
        Assert.True(FormCode.TryParse("GK1|lesko|v3|p2|s201", out var code));
        Assert.Equal(new FormCode("lesko", 3, 2, 201), code);
        Assert.True(FormCode.TryParse("GK1|lesko|v3|p1", out var blank));
        Assert.Null(blank!.Serial);
        Assert.False(FormCode.TryParse("GK2|lesko|v3|p1", out _));
        Assert.False(FormCode.TryParse("https://lesko.pl", out _));
        Assert.Equal("lancut", FormCode.OfficeCode("Łańcut"));
        Assert.Equal("lesko", FormCode.OfficeCode("Lesko"));
    }
}
