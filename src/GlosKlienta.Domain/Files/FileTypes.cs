using System.IO.Compression;
using System.Text;

namespace GlosKlienta.Domain.Files;

/// <summary>A kind of file the office accepts from people: its usual extension, media type and whether it is a picture.</summary>
public sealed record FileType(string Extension, string MediaType, bool IsImage);

/// <summary>
/// The one place that tells what an uploaded file really is (press attachments, complaint attachments):
/// by its content, never by its name alone. PDF, JPEG and PNG by their signatures; ODF by the
/// <c>mimetype</c> entry of the ZIP; OOXML by its content-types part and main part; plain text as valid
/// UTF-8 without control characters. A file is accepted only when its content and its extension agree
/// and the caller allows that type.
/// </summary>
public static class FileTypes
{
    /// <summary>The longest stored file name (the columns are this wide).</summary>
    public const int MaxNameLength = 200;

    public static readonly FileType Pdf = new(".pdf", "application/pdf", false);
    public static readonly FileType Jpeg = new(".jpg", "image/jpeg", true);
    public static readonly FileType Png = new(".png", "image/png", true);
    public static readonly FileType Odt = new(".odt", "application/vnd.oasis.opendocument.text", false);
    public static readonly FileType Ods = new(".ods", "application/vnd.oasis.opendocument.spreadsheet", false);
    public static readonly FileType Odp = new(".odp", "application/vnd.oasis.opendocument.presentation", false);
    public static readonly FileType Docx = new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false);
    public static readonly FileType Xlsx = new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false);
    public static readonly FileType Pptx = new(".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", false);
    public static readonly FileType Text = new(".txt", "text/plain", false);

    private static readonly Dictionary<string, FileType> ByExtensionTable = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = Pdf, [".jpg"] = Jpeg, [".jpeg"] = Jpeg, [".png"] = Png,
        [".odt"] = Odt, [".ods"] = Ods, [".odp"] = Odp,
        [".docx"] = Docx, [".xlsx"] = Xlsx, [".pptx"] = Pptx, [".txt"] = Text,
    };

    /// <summary>OOXML main parts: the part whose presence says which kind of package it is.</summary>
    private static readonly (string Part, FileType Type)[] OoxmlMainParts =
        [("word/document.xml", Docx), ("xl/workbook.xml", Xlsx), ("ppt/presentation.xml", Pptx)];

    /// <summary>The type a file name claims, or null for an extension the office never accepts.</summary>
    public static FileType? ByExtension(string fileName) =>
        ByExtensionTable.TryGetValue(Path.GetExtension(fileName), out var t) ? t : null;

    /// <summary>The extensions of <paramref name="allowed"/> for an input's accept attribute or a hint (".pdf, .jpg, .jpeg, ...").</summary>
    public static IReadOnlyList<string> Extensions(IEnumerable<FileType> allowed)
    {
        var set = allowed.ToHashSet();
        return ByExtensionTable.Where(p => set.Contains(p.Value)).Select(p => p.Key).ToList();
    }

    /// <summary>What the content is, or null when it is none of the known types.</summary>
    public static FileType? Sniff(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream(content, writable: false);
        return Sniff(stream);
    }

    /// <summary>
    /// What the content of a seekable stream is (an upload spooled to a file is checked without being loaded into memory),
    /// or null when it is none of the known types. Reads from the start; leaves the position anywhere.
    /// </summary>
    public static FileType? Sniff(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.Position = 0;
        Span<byte> head = stackalloc byte[8];
        var c = head[..content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        content.Position = 0;
        if (c.StartsWith("%PDF-"u8)) return Pdf;
        if (c.StartsWith([(byte)0xFF, (byte)0xD8, (byte)0xFF])) return Jpeg;
        if (c.StartsWith([(byte)0x89, (byte)0x50, (byte)0x4E, (byte)0x47, (byte)0x0D, (byte)0x0A, (byte)0x1A, (byte)0x0A])) return Png;
        if (c.StartsWith("PK\u0003\u0004"u8)) return Zipped(content);
        return IsPlainText(content) ? Text : null;
    }

    /// <summary>The type when the content is what the name says and the type is in <paramref name="allowed"/>; otherwise null.</summary>
    public static FileType? Identify(string fileName, byte[] content, IReadOnlyCollection<FileType> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var claimed = ByExtension(fileName);
        return claimed is not null && allowed.Contains(claimed) && Sniff(content) == claimed ? claimed : null;
    }

    /// <summary>
    /// The file's own name, safe to store and to send back in Content-Disposition: no folders a browser
    /// may send, no control characters or characters Windows refuses, at most <paramref name="maxLength"/>
    /// characters with the extension kept; "zalacznik" when nothing is left.
    /// </summary>
    public static string SafeName(string fileName, int maxLength = MaxNameLength)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName.Replace('\\', '/').Split('/')[^1];
        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        static string Clean(string s) => new string(Input.SafeText.Clean(s).Where(ch => !char.IsControl(ch) && ch is not ('"' or ':' or '*' or '?' or '<' or '>' or '|')).ToArray());
        stem = Clean(stem).Trim(' ', '.');
        extension = Clean(extension);
        if (stem.Length == 0) stem = "zalacznik";
        var room = Math.Max(1, maxLength - extension.Length);
        return (stem.Length > room ? stem[..room] : stem) + extension;
    }

    private static FileType? Zipped(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var mimetype = zip.GetEntry("mimetype");
            if (mimetype is not null)
            {
                if (mimetype.Length > 200) return null;
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                var declared = reader.ReadToEnd().Trim();
                var odf = new[] { Odt, Ods, Odp }.FirstOrDefault(t => t.MediaType == declared);
                return odf is not null && zip.GetEntry("content.xml") is not null ? odf : null;
            }
            if (zip.GetEntry("[Content_Types].xml") is null) return null;
            foreach (var (part, type) in OoxmlMainParts)
                if (zip.GetEntry(part) is not null) return type;
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Valid UTF-8 (BOM allowed) with no control characters other than tab, line feed, carriage return and form feed.</summary>
    private static bool IsPlainText(Stream content)
    {
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[16 * 1024];
        var chars = new char[bytes.Length + 4];
        var any = false;
        try
        {
            while (true)
            {
                var n = content.Read(bytes, 0, bytes.Length);
                var count = decoder.GetChars(bytes, 0, n, chars, 0, flush: n == 0);
                for (var i = 0; i < count; i++)
                    if (char.IsControl(chars[i]) && chars[i] is not ('\t' or '\n' or '\r' or '\f')) return false;
                if (n == 0) return any;
                any = true;
            }
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
