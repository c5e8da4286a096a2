namespace GlosKlienta.Documents;

/// <summary>
/// The entry points every caller uses. Implementations live beside this file
/// (HtmlRenderer, PdfRenderer, OdtRenderer, DocxRenderer, spreadsheet writers).
/// </summary>
public static class Renderers
{
    /// <summary>Writes <paramref name="document"/> in <paramref name="format"/> to <paramref name="output"/>.</summary>
    public static void Render(Document document, DocumentFormat format, Stream output) =>
        throw new NotImplementedException($"Renderer for {format} is being written (documents branch).");

    /// <summary>The document's body as an HTML fragment (no html/head), for embedding in a page; charts as inline SVG.</summary>
    public static string HtmlFragment(Document document) =>
        throw new NotImplementedException("HTML fragment renderer is being written (documents branch).");

    /// <summary>Writes <paramref name="workbook"/> in <paramref name="format"/> to <paramref name="output"/>.</summary>
    public static void Write(Workbook workbook, SpreadsheetFormat format, Stream output) =>
        throw new NotImplementedException($"Spreadsheet writer for {format} is being written (documents branch).");

    public static byte[] RenderToBytes(Document document, DocumentFormat format)
    {
        using var ms = new MemoryStream();
        Render(document, format, ms);
        return ms.ToArray();
    }

    public static byte[] WriteToBytes(Workbook workbook, SpreadsheetFormat format)
    {
        using var ms = new MemoryStream();
        Write(workbook, format, ms);
        return ms.ToArray();
    }
}
