using System.Globalization;
using System.Security;
using System.Text;

namespace GlosKlienta.Documents.Pdf;

/// <summary>What the XMP packet says of a document: the same as its Info dictionary, plus its language.</summary>
internal sealed record XmpFacts(string Title, string? Author, string? Subject, string Language, DateTimeOffset CreatedAt)
{
    internal static XmpFacts Of(Document doc) => new(doc.Title, doc.Author, doc.Subject, doc.Language, doc.CreatedAt);
}

/// <summary>
/// The XMP metadata packet of a saved PDF, rewritten in place. PDFsharp writes it on save with a new random
/// UUID each time, with the title and author unescaped (a title with "&amp;" made it malformed XML), and without
/// the PDF/UA identification (pdfuaid:part) that a tagged PDF declares. The packet is plain text inside the
/// file, so it is replaced by one of the same length (XMP allows padding before the packet's end), which keeps
/// every cross-reference offset valid: same document, same bytes.
/// </summary>
internal static class Xmp
{
    private static readonly byte[] Begin = Encoding.ASCII.GetBytes("<?xpacket begin=");
    private static readonly byte[] End = Encoding.ASCII.GetBytes("<?xpacket end=\"w\"?>");

    /// <summary>The packet for <paramref name="doc"/>; <paramref name="producer"/> as the library wrote it.</summary>
    internal static string Packet(XmpFacts doc, string producer, Guid id)
    {
        static string X(string? s) => SecurityElement.Escape(Esc.XmlSafe(s ?? "")) ?? "";
        string date = doc.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
          .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
          .Append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
          .Append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
          .Append("<pdfuaid:part>1</pdfuaid:part>\n")
          .Append("<pdf:Producer>").Append(X(producer)).Append("</pdf:Producer>\n")
          .Append("<dc:format>application/pdf</dc:format>\n")
          .Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(X(doc.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!string.IsNullOrEmpty(doc.Author)) sb.Append("<dc:creator><rdf:Seq><rdf:li>").Append(X(doc.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (!string.IsNullOrEmpty(doc.Subject)) sb.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(X(doc.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        sb.Append("<dc:language><rdf:Bag><rdf:li>").Append(X(doc.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n")
          .Append("<xmp:CreatorTool>Głos Klienta</xmp:CreatorTool>\n")
          .Append("<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n")
          .Append("<xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n")
          .Append("<xmpMM:DocumentID>uuid:").Append(id.ToString("D")).Append("</xmpMM:DocumentID>\n")
          .Append("<xmpMM:InstanceID>uuid:").Append(id.ToString("D")).Append("</xmpMM:InstanceID>\n")
          .Append("</rdf:Description>\n</rdf:RDF></x:xmpmeta>\n");
        return sb.ToString();
    }

    /// <summary>
    /// Replaces the packet in <paramref name="pdf"/>; false (the file unchanged) when there is none or the new
    /// one would not fit in the old one's length.
    /// </summary>
    internal static bool Rewrite(Span<byte> pdf, Document doc, Guid id) => Rewrite(pdf, XmpFacts.Of(doc), id);

    /// <summary>The same for a PDF drawn without the document model (the printed survey form).</summary>
    internal static bool Rewrite(Span<byte> pdf, XmpFacts doc, Guid id)
    {
        int start = pdf.IndexOf(Begin);
        if (start < 0) return false;
        int endAt = pdf[start..].IndexOf(End);
        if (endAt < 0) return false;
        int length = endAt + End.Length;
        var old = Encoding.UTF8.GetString(pdf.Slice(start, length));
        string producer = Between(old, "<pdf:Producer>", "</pdf:Producer>") ?? "PDFsharp";
        var body = Encoding.UTF8.GetBytes(Packet(doc, producer, id));
        if (body.Length + End.Length > length) return false;
        var target = pdf.Slice(start, length);
        body.CopyTo(target);
        // Padding: whitespace up to the packet's end marker, which keeps its place.
        target[body.Length..^End.Length].Fill((byte)' ');
        target[^(End.Length + 1)] = (byte)'\n';
        End.CopyTo(target[^End.Length..]);
        return true;
    }

    private static string? Between(string s, string open, string close)
    {
        int a = s.IndexOf(open, StringComparison.Ordinal);
        if (a < 0) return null;
        a += open.Length;
        int b = s.IndexOf(close, a, StringComparison.Ordinal);
        return b < 0 ? null : s[a..b];
    }
}
