namespace GlosKlienta.Documents;

// Tabular data for export (register, raw survey data, figures): one model, written as CSV, XLSX and ODS.

/// <summary>A column with its header and optional description (the codebook line for raw data).</summary>
public sealed record SheetColumn(string Header, string? Description = null);

/// <summary>
/// One sheet. Cells are null (empty), string, a number (int, long, double, decimal), bool,
/// DateOnly or DateTimeOffset; writers keep numbers and dates typed in XLSX/ODS and
/// write them invariantly (ISO dates, dot decimals) in CSV.
/// </summary>
public sealed record Sheet(string Name, IReadOnlyList<SheetColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

public sealed record Workbook(IReadOnlyList<Sheet> Sheets)
{
    public string? Title { get; init; }
    public DateTimeOffset CreatedAt { get; init; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
