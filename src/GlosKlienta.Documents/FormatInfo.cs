namespace GlosKlienta.Documents;

public static class FormatInfo
{
    /// <summary>
    /// Whether the PDF renderer writes a tagged PDF (a structure tree of headings, lists, tables and alternative text that
    /// screen readers use, PDF/UA). It does (Pdf/Tagging.cs); the accessibility statement lists untagged PDFs only while
    /// this is false.
    /// </summary>
    public static bool PdfIsTagged => true;

    public static string MediaType(DocumentFormat f) => f switch
    {
        DocumentFormat.Html => "text/html; charset=utf-8",
        DocumentFormat.Pdf => "application/pdf",
        DocumentFormat.Odt => "application/vnd.oasis.opendocument.text",
        DocumentFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    public static string Extension(DocumentFormat f) => f switch
    {
        DocumentFormat.Html => ".html",
        DocumentFormat.Pdf => ".pdf",
        DocumentFormat.Odt => ".odt",
        DocumentFormat.Docx => ".docx",
    };

    public static string MediaType(SpreadsheetFormat f) => f switch
    {
        SpreadsheetFormat.Csv => "text/csv; charset=utf-8",
        SpreadsheetFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        SpreadsheetFormat.Ods => "application/vnd.oasis.opendocument.spreadsheet",
    };

    public static string Extension(SpreadsheetFormat f) => f switch
    {
        SpreadsheetFormat.Csv => ".csv",
        SpreadsheetFormat.Xlsx => ".xlsx",
        SpreadsheetFormat.Ods => ".ods",
    };
}
