namespace GlosKlienta.Paper.Scanning;

// CONTRACT ONLY: the bodies are written on the reader's branch; nothing here is called before it lands.

/// <summary>
/// A scanner's file opened for reading page by page: a PDF whose pages are images (JPEG, CCITT G3/G4, Flate), a TIFF
/// (one or many pages, any compression scanners use), a PNG or a JPEG. Never holds more than a few pages' pixels.
/// </summary>
public sealed class ScanFile : IDisposable
{
    /// <summary>Opens <paramref name="path"/>; throws <see cref="ScanFileException"/> when it is none of the kinds above or is damaged beyond reading.</summary>
    public static ScanFile Open(string path) => throw new NotImplementedException();

    /// <summary>The number of pages, known without decoding an image (for the progress count).</summary>
    public int PageCount => throw new NotImplementedException();

    public void Dispose() => throw new NotImplementedException();
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

/// <summary>
/// Reads one page against the layout its code names: finds the QR code and the four corner marks, turns a page scanned
/// upside down, corrects rotation, skew and scale, measures every tick box and decides marked, empty or uncertain. Immutable
/// and safe to call from several threads at once.
/// </summary>
public sealed class PageReader(Func<FormCode, FormLayout?> layoutFor)
{
    private readonly Func<FormCode, FormLayout?> layoutFor = layoutFor;

    public PageReading Read(GreyImage image) => throw new NotImplementedException(layoutFor.ToString());
}

/// <summary>All pages of a file read in file order, decoding and reading on <c>parallelism</c> threads with a bounded number of pages in flight.</summary>
public static class ScanPipeline
{
    public static IEnumerable<PageResult> Read(ScanFile file, PageReader reader, int parallelism = 2, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
