using GlosKlienta.Domain.Files;

namespace GlosKlienta.Domain.Press;

/// <summary>
/// Which files may be attached to releases and conferences: open and common office formats (PDF,
/// ODF, OOXML) and photographs (JPEG, PNG), at most <see cref="MaxBytes"/>. The content decides
/// (<see cref="FileTypes"/>): a file named .pdf that is not a PDF is refused, so nothing else is
/// served under an office document's name.
/// </summary>
public static class AttachmentRules
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static readonly IReadOnlyList<FileType> Allowed =
        [FileTypes.Pdf, FileTypes.Odt, FileTypes.Ods, FileTypes.Odp, FileTypes.Docx, FileTypes.Xlsx, FileTypes.Pptx, FileTypes.Jpeg, FileTypes.Png];

    public static readonly string AcceptedExtensions = string.Join(", ", FileTypes.Extensions(Allowed));

    /// <summary>The file's type, or null when its content is not an accepted type or does not match its extension.</summary>
    public static FileType? Identify(string fileName, byte[] content) => FileTypes.Identify(fileName, content, [.. Allowed]);

    /// <summary>The stored name: safe (<see cref="FileTypes.SafeName"/>) and with the type's usual extension.</summary>
    public static string SafeName(string fileName, FileType type) =>
        FileTypes.SafeName(Path.ChangeExtension(fileName.Replace('\\', '/').Split('/')[^1], type.Extension));
}
