namespace GlosKlienta.Documents.OpenDocument;

internal static class Odf
{
    public const string Namespaces =
        " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"" +
        " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"" +
        " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"" +
        " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"" +
        " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"" +
        " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"" +
        " xmlns:xlink=\"http://www.w3.org/1999/xlink\"" +
        " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"" +
        " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"" +
        " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\"" +
        " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"";

    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    /// <summary>The first entry of every OpenDocument zip: stored, uncompressed, no extra fields.</summary>
    public static void WriteMimetype(Zip zip, string mediaType) => zip.Add("mimetype", System.Text.Encoding.ASCII.GetBytes(mediaType), stored: true);

    public static string Manifest(string mediaType, IEnumerable<(string Path, string Type)> files)
    {
        var x = new XmlText();
        x.Raw(Declaration).Raw("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">");
        x.Empty("manifest:file-entry", "manifest:full-path", "/", "manifest:version", "1.3", "manifest:media-type", mediaType);
        foreach (var (path, type) in files)
            x.Empty("manifest:file-entry", "manifest:full-path", path, "manifest:media-type", type);
        return x.Raw("</manifest:manifest>").ToString();
    }

    public static string Meta(string? title, string? author, string? subject, string language, DateTimeOffset created)
    {
        string when = created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var x = new XmlText();
        x.Raw(Declaration).Raw("<office:document-meta" + Namespaces + " office:version=\"1.3\"><office:meta>");
        x.Start("meta:generator").Text("Głos Klienta").End();
        if (!string.IsNullOrEmpty(title)) x.Start("dc:title").Text(title).End();
        if (!string.IsNullOrEmpty(subject)) x.Start("dc:subject").Text(subject).End();
        if (!string.IsNullOrEmpty(author)) x.Start("meta:initial-creator").Text(author).End().Start("dc:creator").Text(author).End();
        x.Start("dc:language").Text(language).End();
        x.Start("meta:creation-date").Text(when).End();
        x.Start("dc:date").Text(when).End();
        return x.Raw("</office:meta></office:document-meta>").ToString();
    }
}
