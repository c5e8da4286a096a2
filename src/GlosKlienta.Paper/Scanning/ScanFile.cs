using BitMiracle.LibTiff.Classic;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace GlosKlienta.Paper.Scanning;

/// <summary>
/// A scanner's file opened for reading page by page: a PDF whose pages are images (JPEG, CCITT G3/G4, Flate), a TIFF
/// (one or many pages, any compression scanners use), a PNG or a JPEG. Never holds more than a few pages' pixels: a PDF
/// or TIFF is read from its file as pages are asked for, and a page's encoded bytes are decoded only when it is read.
/// </summary>
public sealed class ScanFile : IDisposable
{
    private readonly Stream? stream;
    private readonly PdfDocument? pdf;
    private readonly Tiff? tiff;
    private readonly byte[]? image;
    private readonly object gate = new();

    private ScanFile(Stream? stream, PdfDocument? pdf, Tiff? tiff, byte[]? image, int pages)
    {
        this.stream = stream;
        this.pdf = pdf;
        this.tiff = tiff;
        this.image = image;
        PageCount = pages;
    }

    /// <summary>Opens <paramref name="path"/>; throws <see cref="ScanFileException"/> when it is none of the kinds above or is damaged beyond reading.</summary>
    public static ScanFile Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScanFileException(ScanFileProblem.Damaged, "The file cannot be opened.", e);
        }
        try
        {
            return Open(file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static ScanFile Open(FileStream file)
    {
        Span<byte> head = stackalloc byte[8];
        int n = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        file.Position = 0;
        var kind = Sniff(head[..n]);
        switch (kind)
        {
            case FileKind.Pdf:
                PdfDocument doc;
                try
                {
                    doc = PdfDocument.Open(file, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
                }
                catch (Exception e)
                {
                    throw new ScanFileException(ScanFileProblem.Damaged, "The PDF is damaged or encrypted.", e);
                }
                int pages;
                try
                {
                    pages = doc.NumberOfPages;
                }
                catch (Exception e)
                {
                    doc.Dispose();
                    throw new ScanFileException(ScanFileProblem.Damaged, "The PDF's pages cannot be read.", e);
                }
                if (pages == 0)
                {
                    doc.Dispose();
                    throw new ScanFileException(ScanFileProblem.Empty, "The PDF has no pages.");
                }
                return new ScanFile(file, doc, null, null, pages);
            case FileKind.Tiff:
                Tiff.SetErrorHandler(QuietTiff.Instance);
                var t = Tiff.ClientOpen("scan", "r", file, new TiffStream());
                if (t is null) throw new ScanFileException(ScanFileProblem.Damaged, "The TIFF is damaged.");
                int dirs = t.NumberOfDirectories();
                if (dirs == 0)
                {
                    t.Dispose();
                    throw new ScanFileException(ScanFileProblem.Empty, "The TIFF has no pages.");
                }
                return new ScanFile(file, null, t, null, dirs);
            case FileKind.Png:
            case FileKind.Jpeg:
                if (file.Length > 256L << 20) throw new ScanFileException(ScanFileProblem.Damaged, "The image is too large.");
                var bytes = new byte[file.Length];
                file.ReadExactly(bytes);
                file.Dispose();
                return new ScanFile(null, null, null, bytes, 1);
            default:
                throw new ScanFileException(ScanFileProblem.UnknownKind, "Not a PDF, TIFF, PNG or JPEG file.");
        }
    }

    private enum FileKind { Unknown, Pdf, Tiff, Png, Jpeg }

    private static FileKind Sniff(ReadOnlySpan<byte> h)
    {
        if (h.Length >= 4 && h[0] == '%' && h[1] == 'P' && h[2] == 'D' && h[3] == 'F') return FileKind.Pdf;
        if (h.Length >= 4 && ((h[0] == 'I' && h[1] == 'I' && h[2] == 42 && h[3] == 0) || (h[0] == 'M' && h[1] == 'M' && h[2] == 0 && h[3] == 42))) return FileKind.Tiff;
        if (h.Length >= 8 && h[0] == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') return FileKind.Png;
        if (h.Length >= 3 && h[0] == 0xFF && h[1] == 0xD8 && h[2] == 0xFF) return FileKind.Jpeg;
        return FileKind.Unknown;
    }

    /// <summary>The number of pages, known without decoding an image (for the progress count).</summary>
    public int PageCount { get; }

    /// <summary>
    /// Page <paramref name="number"/> (from 1) as the file holds it, not yet decoded; called on one thread at a time (the
    /// file is read in order), while <see cref="EncodedPage.Decode"/> may then run on any thread.
    /// </summary>
    internal EncodedPage Fetch(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, PageCount);
        lock (gate)
        {
            try
            {
                if (image is not null) return new EncodedPage.Encoded(image, null);
                if (pdf is not null) return PdfPage(pdf, number);
                return TiffPage(tiff!, number);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return new EncodedPage.Broken(e.Message);
            }
        }
    }

    /// <summary>Page <paramref name="number"/> decoded to grey; null when it cannot be.</summary>
    public GreyImage? Decode(int number) => Fetch(number).TryDecode();

    private static EncodedPage PdfPage(PdfDocument pdf, int number)
    {
        var page = pdf.GetPage(number);
        var img = page.GetImages().OrderByDescending(i => (long)i.WidthInSamples * i.HeightInSamples).FirstOrDefault();
        if (img is null) return new EncodedPage.Broken("The page has no image.");
        double? dpi = page.Width > 0 ? img.WidthInSamples / (page.Width / 72.0) : null;
        var dict = img.ImageDictionary;
        var filters = Filters(dict);
        bool invert = img.Decode is { Count: >= 2 } d && d[0] > d[1];
        var last = filters.Count > 0 ? filters[^1] : null;
        if (filters.Count == 1 && last == "DCTDecode")
            return new EncodedPage.Encoded(img.RawMemory.ToArray(), dpi, invert);
        if (filters.Count == 1 && last == "CCITTFaxDecode")
        {
            var parms = DecodeParms(dict);
            int k = Int(parms, "K", 0);
            int columns = Int(parms, "Columns", 1728);
            int rows = Int(parms, "Rows", img.HeightInSamples);
            if (rows <= 0) rows = img.HeightInSamples;
            bool blackIs1 = Bool(parms, "BlackIs1");
            bool align = Bool(parms, "EncodedByteAlign");
            return new EncodedPage.Fax(img.RawMemory.ToArray(), columns, rows, k, blackIs1 ^ invert, align, dpi);
        }
        if (filters.Count == 0 || filters.All(f => f is "FlateDecode" or "LZWDecode" or "RunLengthDecode" or "ASCIIHexDecode" or "ASCII85Decode"))
        {
            if (!img.TryGetBytesAsMemory(out var raw))
                return img.TryGetPng(out var png) ? new EncodedPage.Encoded(png, dpi) : new EncodedPage.Broken("The image's data cannot be read.");
            int comps = img.ColorSpaceDetails?.NumberOfColorComponents ?? 1;
            if ((img.BitsPerComponent == 8 && comps is 1 or 3) || (img.BitsPerComponent == 1 && comps == 1))
                return new EncodedPage.Samples(raw.ToArray(), img.WidthInSamples, img.HeightInSamples, img.BitsPerComponent, comps, invert, dpi);
            return img.TryGetPng(out var png2) ? new EncodedPage.Encoded(png2, dpi) : new EncodedPage.Broken("The image's colour space is not supported.");
        }
        return new EncodedPage.Broken("The image's encoding (" + string.Join(",", filters) + ") is not supported.");
    }

    private static List<string> Filters(DictionaryToken dict)
    {
        if (!dict.TryGet(NameToken.Filter, out var f) && !dict.TryGet(NameToken.F, out f)) return [];
        return f switch
        {
            NameToken n => [n.Data],
            ArrayToken a => a.Data.OfType<NameToken>().Select(x => x.Data).ToList(),
            _ => [],
        };
    }

    private static DictionaryToken? DecodeParms(DictionaryToken dict)
    {
        if (!dict.TryGet(NameToken.DecodeParms, out var p) && !dict.TryGet(NameToken.Dp, out p)) return null;
        return p switch
        {
            DictionaryToken d => d,
            ArrayToken a => a.Data.OfType<DictionaryToken>().LastOrDefault(),
            _ => null,
        };
    }

    private static int Int(DictionaryToken? d, string name, int fallback) =>
        d is not null && d.TryGet(NameToken.Create(name), out var t) && t is NumericToken n ? n.Int : fallback;

    private static bool Bool(DictionaryToken? d, string name) =>
        d is not null && d.TryGet(NameToken.Create(name), out var t) && t is BooleanToken { Data: true };

    private static EncodedPage TiffPage(Tiff t, int number)
    {
        if (!t.SetDirectory((short)(number - 1))) return new EncodedPage.Broken("The TIFF page cannot be read.");
        return new EncodedPage.Decoded(TiffImaging.ReadCurrent(t));
    }

    public void Dispose()
    {
        pdf?.Dispose();
        tiff?.Dispose();
        stream?.Dispose();
    }

    private sealed class QuietTiff : TiffErrorHandler
    {
        public static readonly QuietTiff Instance = new();
        public override void WarningHandler(Tiff tif, string method, string format, params object[] args) { }
        public override void WarningHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args) { }
        public override void ErrorHandler(Tiff tif, string method, string format, params object[] args) { }
        public override void ErrorHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args) { }
    }
}

/// <summary>One page's image as the file holds it; <see cref="TryDecode"/> is safe on any thread.</summary>
internal abstract record EncodedPage
{
    public abstract GreyImage Decode();

    public GreyImage? TryDecode()
    {
        try
        {
            return Decode();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>JPEG or PNG bytes.</summary>
    public sealed record Encoded(byte[] Bytes, double? Dpi, bool Invert = false) : EncodedPage
    {
        public override GreyImage Decode()
        {
            var g = Imaging.DecodeGrey(Bytes, Dpi);
            if (Invert) Imaging.Invert(g.Pixels);
            return g;
        }
    }

    /// <summary>CCITT fax data from a PDF (K &lt; 0: G4; 0: G3 1-D; &gt; 0: G3 2-D).</summary>
    public sealed record Fax(byte[] Data, int Columns, int Rows, int K, bool BlackIs1, bool ByteAlign, double? Dpi) : EncodedPage
    {
        public override GreyImage Decode() => TiffImaging.DecodeFax(this);
    }

    /// <summary>Filter-decoded samples: 1 or 8 bits, grey or RGB.</summary>
    public sealed record Samples(byte[] Data, int Width, int Height, int Bits, int Components, bool Invert, double? Dpi) : EncodedPage
    {
        public override GreyImage Decode()
        {
            var px = new byte[checked(Width * Height)];
            if (Bits == 1)
            {
                int stride = (Width + 7) / 8;
                for (int y = 0; y < Height; y++)
                    for (int x = 0; x < Width; x++)
                        px[y * Width + x] = (Data[y * stride + (x >> 3)] & (0x80 >> (x & 7))) != 0 ? (byte)255 : (byte)0;
            }
            else if (Components == 1)
            {
                Buffer.BlockCopy(Data, 0, px, 0, px.Length);
            }
            else
            {
                for (int i = 0; i < px.Length; i++)
                    px[i] = (byte)((Data[3 * i] * 77 + Data[3 * i + 1] * 150 + Data[3 * i + 2] * 29) >> 8);
            }
            if (Invert) Imaging.Invert(px);
            return new GreyImage(Width, Height, px, Dpi);
        }
    }

    /// <summary>Already decoded while fetched (a TIFF's page: the library reads one directory at a time).</summary>
    public sealed record Decoded(GreyImage Image) : EncodedPage
    {
        public override GreyImage Decode() => Image;
    }

    public sealed record Broken(string Why) : EncodedPage
    {
        public override GreyImage Decode() => throw new InvalidDataException(Why);
    }
}

/// <summary>A file the reader cannot open at all; <see cref="Kind"/> says why, for the person's message.</summary>
public sealed class ScanFileException(ScanFileProblem kind, string message, Exception? inner = null) : Exception(message, inner)
{
    public ScanFileProblem Kind { get; } = kind;
}

public enum ScanFileProblem
{
    /// <summary>Not a PDF, TIFF, PNG or JPEG.</summary>
    UnknownKind,
    /// <summary>A known kind, but damaged or encrypted.</summary>
    Damaged,
    /// <summary>No pages.</summary>
    Empty,
}
