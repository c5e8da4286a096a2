using GlosKlienta.Documents.Html;

namespace GlosKlienta.Documents;

/// <summary>
/// The entry points every caller uses. Implementations live beside this file
/// (HtmlRenderer, PdfRenderer, OdtRenderer, DocxRenderer, spreadsheet writers).
/// </summary>
public static class Renderers
{
    /// <summary>Writes <paramref name="document"/> in <paramref name="format"/> to <paramref name="output"/>.</summary>
    public static void Render(Document document, DocumentFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case DocumentFormat.Html:
                HtmlRenderer.Document(document, output);
                break;
            case DocumentFormat.Pdf:
                Pdf.PdfRenderer.Render(document, output);
                break;
            case DocumentFormat.Odt:
                OpenDocument.OdtRenderer.Render(document, output);
                break;
            case DocumentFormat.Docx:
                Docx.DocxRenderer.Render(document, output);
                break;
            default:
                throw new NotImplementedException($"Renderer for {format} is being written (documents branch).");
        }
    }

    /// <summary>The document's body as an HTML fragment (no html/head), for embedding in a page; charts as inline SVG.</summary>
    /// <remarks>Class names only: link <see cref="HtmlStyles.Stylesheet"/> from the page. Images become data: URIs; see <see cref="HtmlFragment(Document, HtmlOptions)"/>.</remarks>
    public static string HtmlFragment(Document document) => HtmlFragment(document, new HtmlOptions());

    /// <summary>The fragment with options (id prefix, image URLs for pages whose CSP forbids data: images).</summary>
    public static string HtmlFragment(Document document, HtmlOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        return HtmlRenderer.Fragment(document, options);
    }

    /// <summary>Writes <paramref name="workbook"/> in <paramref name="format"/> to <paramref name="output"/>.</summary>
    /// <remarks>
    /// Writes synchronously; XLSX and ODS stream row by row (through a temporary file when the output
    /// cannot seek), so big exports keep memory flat.
    /// </remarks>
    public static void Write(Workbook workbook, SpreadsheetFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case SpreadsheetFormat.Csv:
                Spreadsheets.CsvWriter.Write(workbook, output);
                break;
            case SpreadsheetFormat.Xlsx:
                Spreadsheets.XlsxWriter.Write(workbook, output);
                break;
            default:
                throw new NotImplementedException($"Spreadsheet writer for {format} is being written (documents branch).");
        }
    }

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
