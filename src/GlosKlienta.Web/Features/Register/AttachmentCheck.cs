using GlosKlienta.Domain.Files;

namespace GlosKlienta.Web.Features.Register;

public enum AttachmentProblem
{
    TooMany,
    TooLarge,
    Empty,
    TypeNotAllowed,
    ContentDoesNotMatch,
}

/// <summary>
/// The files a case may carry: PDF, JPEG, PNG, ODT, DOCX and plain text, at most <see cref="MaxBytes"/> each and
/// <see cref="MaxFiles"/> per case. The type is decided by the content (<see cref="FileTypes"/>), and the
/// name's extension must agree with it.
/// </summary>
public static class AttachmentCheck
{
    public const int MaxFiles = 5;
    public const long MaxBytes = 10 * 1024 * 1024;
    /// <summary>What a request with the maximum files may weigh, with room for the other fields.</summary>
    public const long MaxRequestBytes = MaxFiles * MaxBytes + 1024 * 1024;

    public static readonly IReadOnlyList<FileType> Allowed =
        [FileTypes.Pdf, FileTypes.Jpeg, FileTypes.Png, FileTypes.Odt, FileTypes.Docx, FileTypes.Text];

    /// <summary>The accept attribute of the file input.</summary>
    public static string Accept => string.Join(",", FileTypes.Extensions(Allowed));

    /// <summary>The media type of the content, or the problem with it.</summary>
    public static (string? MediaType, AttachmentProblem? Problem) Inspect(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream(content, writable: false);
        return Inspect(fileName, stream);
    }

    /// <summary>The same for a seekable stream (an upload waiting in a temporary file), read without loading it whole.</summary>
    public static (string? MediaType, AttachmentProblem? Problem) Inspect(string fileName, Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0) return (null, AttachmentProblem.Empty);
        if (content.Length > MaxBytes) return (null, AttachmentProblem.TooLarge);
        var claimed = FileTypes.ByExtension(fileName);
        if (claimed is null || !Allowed.Contains(claimed)) return (null, AttachmentProblem.TypeNotAllowed);
        return FileTypes.Sniff(content) == claimed ? (claimed.MediaType, null) : (null, AttachmentProblem.ContentDoesNotMatch);
    }

    /// <summary>The file's own name without any folder a browser may send, shortened to fit the column.</summary>
    public static string CleanName(string fileName) => FileTypes.SafeName(fileName);
}
