using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using GlosKlienta.Paper.Scanning;
using GlosKlienta.Paper.Tests;
using GlosKlienta.Paper.Tests.Scanning;

// The scan reader's benchmark (issue 14, "Measured, not assumed"): accuracy on a larger generated set, pages per second at
// 200 dpi, peak memory while reading a 500-page PDF, and the imaging libraries compared. Not a test: it reports numbers.
//
//   dotnet run -c Release --project bench/GlosKlienta.Bench.Scan -- accuracy [--forms 150]
//   dotnet run -c Release --project bench/GlosKlienta.Bench.Scan -- speed [--pages 40]
//   dotnet run -c Release --project bench/GlosKlienta.Bench.Scan -- make --pages 500 --out /tmp/scan500.pdf
//   dotnet run -c Release --project bench/GlosKlienta.Bench.Scan -- memory --file /tmp/scan500.pdf   (a process of its own)
//   dotnet run -c Release --project bench/GlosKlienta.Bench.Scan -- libs

var mode = args.Length > 0 ? args[0] : "accuracy";
int Arg(string name, int fallback) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
string? Str(string name) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {RuntimeInformation.ProcessArchitecture}");
if (!ScanSimulator.CanRasterize && mode != "memory")
{
    Console.WriteLine(ScanSimulator.SkipReason);
    return 1;
}
var layout = SeededF1.Layout();
var reader = new PageReader(code => code.Office == "lesko" && code.Version == 1 ? layout : null);

switch (mode)
{
    case "accuracy":
        Accuracy(Arg("--forms", 150));
        break;
    case "speed":
        Speed(Arg("--pages", 40));
        break;
    case "make":
        Make(Arg("--pages", 500), Str("--out") ?? Path.Combine(Path.GetTempPath(), "scan500.pdf"));
        break;
    case "memory":
        Memory(Str("--file") ?? Path.Combine(Path.GetTempPath(), "scan500.pdf"));
        break;
    case "libs":
        Libs();
        break;
    default:
        Console.WriteLine("modes: accuracy, speed, make, memory, libs");
        return 1;
}
return 0;

ScanOptions RandomScan(Random rng, int dpi, int seed) => new(Dpi: dpi, RotationDeg: (rng.NextDouble() - 0.5) * 6, Scale: 0.94 + rng.NextDouble() * 0.06,
    Noise: 2 + rng.NextDouble() * 8, JpegQuality: 50 + rng.Next(45), Seed: seed);

void Accuracy(int forms)
{
    var rng = new Random(14);
    int[] dpis = [150, 200, 300];
    var byDpi = dpis.ToDictionary(d => d, _ => new ScanScore());
    var all = new ScanScore();
    var sw = Stopwatch.StartNew();
    for (int form = 0; form < forms; form++)
    {
        int dpi = dpis[form % 3];
        // One form in ten black and white (as a CCITT scan is), filled in pen: a black-and-white scan loses light pencil
        // altogether (its threshold turns it to paper), which no reader can see; scan pencil in grey.
        bool bw = form % 10 == 9;
        var marks = ScanSimulator.RandomMarks(layout, rng, pencilShare: bw ? 0 : 0.1, filledShare: 0.1, circledShare: 0.02);
        var opts = RandomScan(rng, dpi, form);
        if (bw) opts = opts with { BlackAndWhite = true, JpegQuality = null };
        var pages = ScanSimulator.Fill(layout, 1000 + form, marks, new Dictionary<string, string>(), opts);
        for (int p = 0; p < pages.Length; p++)
        {
            var reading = reader.Read(pages[p]);
            if (reading.Problem != PageProblem.None && Str("--dump") is { } dump)
            {
                Directory.CreateDirectory(dump);
                File.WriteAllBytes(Path.Combine(dump, $"form{form}-p{p + 1}-{reading.Problem}.png"), ScanSimulator.EncodePng(pages[p]));
            }
            var label = $"form {form} ({dpi} dpi, {opts.RotationDeg:0.0}°, {opts.Scale:P0}, q{opts.JpegQuality}{(opts.BlackAndWhite ? " b/w" : "")}) page {p + 1}";
            all.Add(reading, marks, label);
            byDpi[dpi].Add(reading, marks, label);
        }
    }
    Console.WriteLine($"accuracy: {forms} forms in {sw.Elapsed.TotalSeconds:0.0} s (generation included)");
    Console.WriteLine("all: " + all.Summary());
    foreach (var (dpi, s) in byDpi) Console.WriteLine($"{dpi} dpi: " + s.Summary().Split('\n')[0]);
    foreach (var e in all.Errors.Take(40)) Console.WriteLine("  " + e);
}

string MakePdf(int pages, string path, int dpi = 200)
{
    var rng = new Random(7);
    // Twenty distinct forms (forty pages) cycled: generating every page afresh would take longer than reading them.
    var distinct = new List<GreyImage>();
    for (int form = 0; distinct.Count < Math.Min(pages, 40); form++)
        distinct.AddRange(ScanSimulator.Fill(layout, 2000 + form, ScanSimulator.RandomMarks(layout, rng), new Dictionary<string, string>(), RandomScan(rng, dpi, form)));
    using (var file = File.Create(path))
        ScanSimulator.WritePdf(file, Enumerable.Range(0, pages).Select(i => distinct[i % distinct.Count]), ScanEncoding.Jpeg, 80);
    return path;
}

void Speed(int pages)
{
    var path = MakePdf(pages, Path.Combine(Path.GetTempPath(), $"glosklienta-speed-{Environment.ProcessId}.pdf"));
    try
    {
        Console.WriteLine($"speed: {pages}-page PDF of 200 dpi JPEG pages, {new FileInfo(path).Length / 1024.0 / pages:0} KB a page");
        // Where the time goes, one thread: fetch + decode, then read (the second pass: the first one warms the JIT up).
        for (int pass = 0; pass < 2; pass++)
        {
            using var file = ScanFile.Open(path);
            var images = new List<GreyImage>();
            var sw = Stopwatch.StartNew();
            for (int i = 1; i <= file.PageCount; i++) images.Add(file.Decode(i)!);
            double decode = sw.Elapsed.TotalMilliseconds / file.PageCount;
            sw.Restart();
            foreach (var img in images) reader.Read(img);
            double read = sw.Elapsed.TotalMilliseconds / images.Count;
            if (pass == 1) Console.WriteLine($"one thread, warm: decode {decode:0.0} ms a page, read {read:0.0} ms a page");
        }
        foreach (int parallelism in new[] { 1, 2, 1, 2, 1, 2 })
        {
            using var file = ScanFile.Open(path);
            var sw = Stopwatch.StartNew();
            int read = ScanPipeline.Read(file, reader, parallelism).Count(r => r.Reading.Problem == PageProblem.None);
            Console.WriteLine($"parallelism {parallelism}: {file.PageCount / sw.Elapsed.TotalSeconds:0.0} pages/s ({read}/{file.PageCount} read)");
        }
    }
    finally
    {
        File.Delete(path);
    }
}

void Make(int pages, string path)
{
    var sw = Stopwatch.StartNew();
    MakePdf(pages, path);
    Console.WriteLine($"made {path}: {pages} pages, {new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MB, {sw.Elapsed.TotalSeconds:0.0} s");
}

void Memory(string path)
{
    using var process = Process.GetCurrentProcess();
    var sw = Stopwatch.StartNew();
    int pages = 0, read = 0;
    long peakSampled = 0;
    using (var file = ScanFile.Open(path))
        foreach (var r in ScanPipeline.Read(file, reader, 2))
        {
            pages++;
            if (r.Reading.Problem == PageProblem.None) read++;
            if (pages % 25 == 0)
            {
                process.Refresh();
                peakSampled = Math.Max(peakSampled, process.WorkingSet64);
            }
        }
    process.Refresh();
    Console.WriteLine($"memory: {pages} pages ({read} read) in {sw.Elapsed.TotalSeconds:0.0} s, {pages / sw.Elapsed.TotalSeconds:0.0} pages/s; " +
        $"peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB (sampled {peakSampled / 1024.0 / 1024.0:0} MB), managed heap now {GC.GetTotalMemory(false) / 1024.0 / 1024.0:0} MB");
}

void Libs()
{
    var rng = new Random(3);
    var page = ScanSimulator.Fill(layout, 3000, ScanSimulator.RandomMarks(layout, rng), new Dictionary<string, string>(), RandomScan(rng, 200, 1))[0];
    var jpeg = ScanSimulator.EncodeJpeg(page, 80);
    var png = ScanSimulator.EncodePng(page);
    var tiffG4 = ScanSimulator.WriteTiff([page with { Pixels = page.Pixels.Select(v => v < 150 ? (byte)0 : (byte)255).ToArray() }], TiffEncoding.G4);
    Console.WriteLine($"libs: one A4 page at 200 dpi ({page.Width}×{page.Height}), JPEG {jpeg.Length / 1024} KB, PNG {png.Length / 1024} KB, TIFF G4 {tiffG4.Length / 1024} KB; decode to 8-bit grey, median of 15");
    static double Time(Action a)
    {
        for (int i = 0; i < 3; i++) a();
        var t = new List<double>();
        for (int i = 0; i < 15; i++)
        {
            var sw = Stopwatch.StartNew();
            a();
            t.Add(sw.Elapsed.TotalMilliseconds);
        }
        return t.Order().ElementAt(t.Count / 2);
    }
    var dir = Directory.CreateTempSubdirectory("glosklienta-libs-").FullName;
    try
    {
        File.WriteAllBytes(Path.Combine(dir, "p.jpg"), jpeg);
        File.WriteAllBytes(Path.Combine(dir, "p.png"), png);
        File.WriteAllBytes(Path.Combine(dir, "p.tif"), tiffG4);
        foreach (var name in new[] { "p.jpg", "p.png", "p.tif" })
        {
            var path = Path.Combine(dir, name);
            Console.WriteLine($"  {name}: reader's ScanFile (SkiaSharp / LibTiff.NET) {Time(() => { using var f = ScanFile.Open(path); f.Decode(1); }):0.0} ms");
            var bytes = File.ReadAllBytes(path);
            Console.WriteLine($"  {name}: ImageSharp 2.1.13 to L8 {Time(() => { using var img = SixLabors.ImageSharp.Image.Load<SixLabors.ImageSharp.PixelFormats.L8>(bytes); }):0.0} ms");
        }
        Console.WriteLine($"  reading the decoded page (code, marks, boxes): {Time(() => reader.Read(page)):0.0} ms");
    }
    finally
    {
        Directory.Delete(dir, recursive: true);
    }
}
