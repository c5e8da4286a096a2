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
                OpenDocument.OdtRenderer.Render(Pdf.PdfRenderer.WithChosenScale(document), output);
                break;
            case DocumentFormat.Docx:
                Docx.DocxRenderer.Render(Pdf.PdfRenderer.WithChosenScale(document), output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
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
            case SpreadsheetFormat.Ods:
                OpenDocument.OdsWriter.Write(workbook, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    /// <summary>
    /// For an HTTP response (which refuses synchronous writes): renders in memory, then copies
    /// asynchronously. Documents are small; exports use <see cref="WriteAsync"/>.
    /// </summary>
    public static async Task RenderAsync(Document document, DocumentFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = RenderToBytes(document, format);
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// For an HTTP response (which refuses synchronous writes): writes to a temporary file, then
    /// copies it asynchronously, so a 500,000-row export neither blocks on the network nor sits in memory.
    /// </summary>
    public static async Task WriteAsync(Workbook workbook, SpreadsheetFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (temp.ConfigureAwait(false))
        {
            Write(workbook, format, temp);
            temp.Position = 0;
            await temp.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
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
