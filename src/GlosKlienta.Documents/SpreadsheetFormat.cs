namespace GlosKlienta.Documents;

/// <summary>The formats a <see cref="Workbook"/> is written to (CSV takes the first sheet).</summary>
public enum SpreadsheetFormat { Csv, Xlsx, Ods }
