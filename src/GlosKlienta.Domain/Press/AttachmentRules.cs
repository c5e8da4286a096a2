namespace GlosKlienta.Domain.Press;

/// <summary>A file type the office accepts as an attachment, told by its first bytes, not by its name.</summary>
public sealed record AttachmentType(string Extension, string ContentType, bool IsImage);

/// <summary>
/// Which files may be attached to releases and conferences: open and common office formats (PDF,
/// ODF, OOXML) and photographs (JPEG, PNG), at most <see cref="MaxBytes"/>. The content decides: a
/// file named .pdf that does not start like a PDF is refused, so nothing else is served under an
/// office document's name.
/// </summary>
public static class AttachmentRules
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxNameLength = 200;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    private static readonly AttachmentType Pdf = new(".pdf", "application/pdf", false);
    private static readonly AttachmentType Png = new(".png", "image/png", true);
    private static readonly AttachmentType Jpeg = new(".jpg", "image/jpeg", true);

    /// <summary>Zipped formats: the extension says which one, the zip signature says it is one.</summary>
    private static readonly Dictionary<string, AttachmentType> Zipped = new(StringComparer.OrdinalIgnoreCase)
    {
        [".odt"] = new(".odt", "application/vnd.oasis.opendocument.text", false),
        [".ods"] = new(".ods", "application/vnd.oasis.opendocument.spreadsheet", false),
        [".odp"] = new(".odp", "application/vnd.oasis.opendocument.presentation", false),
        [".docx"] = new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
        [".xlsx"] = new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false),
        [".pptx"] = new(".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", false),
    };

    public static readonly string AcceptedExtensions = ".pdf, .odt, .ods, .odp, .docx, .xlsx, .pptx, .jpg, .jpeg, .png";

    /// <summary>The type of the file, or null when its content is not one of the accepted types (or does not match its extension).</summary>
    public static AttachmentType? Sniff(string fileName, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (head.StartsWith("%PDF-"u8)) return extension == ".pdf" ? Pdf : null;
        if (head.StartsWith(PngSignature)) return extension == ".png" ? Png : null;
        if (head.StartsWith(JpegSignature)) return extension is ".jpg" or ".jpeg" ? Jpeg : null;
        if (head.StartsWith("PK\u0003\u0004"u8) && Zipped.TryGetValue(extension, out var zipped)) return zipped;
        return null;
    }

    /// <summary>
    /// A file name safe to store and to send back in Content-Disposition: the base name only,
    /// without control characters or path separators, shortened to <see cref="MaxNameLength"/>.
    /// </summary>
    public static string SafeName(string fileName, AttachmentType type)
    {
        var name = Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/').Split('/')[^1]);
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '/' or '\\' or ':' or '*' or '?' or '<' or '>' or '|')).ToArray()).Trim(' ', '.');
        if (name.Length == 0) name = "zalacznik";
        var max = MaxNameLength - type.Extension.Length;
        return (name.Length > max ? name[..max] : name) + type.Extension;
    }
}
