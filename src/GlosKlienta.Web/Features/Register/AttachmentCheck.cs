using System.IO.Compression;
using System.Text;

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
/// <see cref="MaxFiles"/> per case. The type is decided by the content (magic numbers, the inside of the ZIP
/// for ODT and DOCX, valid UTF-8 for text), and the name's extension must agree with it.
/// </summary>
public static class AttachmentCheck
{
    public const int MaxFiles = 5;
    public const long MaxBytes = 10 * 1024 * 1024;
    /// <summary>What a request with the maximum files may weigh, with room for the other fields.</summary>
    public const long MaxRequestBytes = MaxFiles * MaxBytes + 1024 * 1024;

    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Odt = "application/vnd.oasis.opendocument.text";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Text = "text/plain";

    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = Pdf,
        [".jpg"] = Jpeg,
        [".jpeg"] = Jpeg,
        [".png"] = Png,
        [".odt"] = Odt,
        [".docx"] = Docx,
        [".txt"] = Text,
    };

    /// <summary>The accept attribute of the file input.</summary>
    public static string Accept => string.Join(",", Extensions.Keys);

    /// <summary>The media type of the content, or the problem with it.</summary>
    public static (string? MediaType, AttachmentProblem? Problem) Inspect(string fileName, byte[] content)
    {
        if (content.Length == 0) return (null, AttachmentProblem.Empty);
        if (content.LongLength > MaxBytes) return (null, AttachmentProblem.TooLarge);
        if (!Extensions.TryGetValue(Path.GetExtension(fileName), out var claimed)) return (null, AttachmentProblem.TypeNotAllowed);
        var sniffed = Sniff(content);
        return sniffed == claimed ? (sniffed, null) : (null, AttachmentProblem.ContentDoesNotMatch);
    }

    public static string? Sniff(byte[] c)
    {
        if (StartsWith(c, "%PDF-"u8)) return Pdf;
        if (c.Length >= 3 && c[0] == 0xFF && c[1] == 0xD8 && c[2] == 0xFF) return Jpeg;
        if (StartsWith(c, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Png;
        if (StartsWith(c, "PK\u0003\u0004"u8)) return ZipKind(c);
        return IsPlainText(c) ? Text : null;
    }

    private static bool StartsWith(byte[] c, ReadOnlySpan<byte> prefix) => c.AsSpan().StartsWith(prefix);

    private static string? ZipKind(byte[] c)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(c, writable: false), ZipArchiveMode.Read);
            var mimetype = zip.GetEntry("mimetype");
            if (mimetype is not null && mimetype.Length < 200)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                return reader.ReadToEnd().Trim() == Odt && zip.GetEntry("content.xml") is not null ? Odt : null;
            }
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null ? Docx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Valid UTF-8 (BOM allowed) with no control characters other than tab, line feed, carriage return and form feed.</summary>
    private static bool IsPlainText(byte[] c)
    {
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        string text;
        try { text = decoder.GetString(c); }
        catch (DecoderFallbackException) { return false; }
        foreach (var ch in text)
        {
            if (char.IsControl(ch) && ch is not ('\t' or '\n' or '\r' or '\f')) return false;
        }
        return true;
    }

    /// <summary>The file's own name without any folder a browser may send, shortened to fit the column.</summary>
    public static string CleanName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string(name.Where(ch => !char.IsControl(ch) && ch is not ('"' or '/' or '\\')).ToArray()).Trim();
        if (name.Length == 0) name = "zalacznik";
        if (name.Length > 200)
        {
            var ext = Path.GetExtension(name);
            name = name[..(200 - ext.Length)] + ext;
        }
        return name;
    }
}
