using System.Text;

namespace GlosKlienta.Documents.Spreadsheets;

/// <summary>
/// RFC 4180 CSV of the first sheet: comma, CRLF, UTF-8 with BOM (so Excel reads Polish letters),
/// invariant numbers, ISO dates. Text that a spreadsheet would run as a formula (=, +, -, @ first)
/// gets a leading apostrophe: register exports carry text typed by the public.
/// </summary>
internal static class CsvWriter
{
    public static void Write(Workbook workbook, Stream output)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(true), 65536, leaveOpen: true) { NewLine = "\r\n" };
        if (workbook.Sheets.Count == 0) return;
        var sheet = workbook.Sheets[0];
        for (int c = 0; c < sheet.Columns.Count; c++)
        {
            if (c > 0) w.Write(',');
            WriteField(w, sheet.Columns[c].Header);
        }
        if (sheet.Columns.Count > 0) w.Write("\r\n");
        foreach (var row in sheet.Rows)
        {
            for (int c = 0; c < row.Count; c++)
            {
                if (c > 0) w.Write(',');
                var v = row[c];
                switch (SheetCells.Kind(v))
                {
                    case CellKind.Empty: break;
                    case CellKind.Number: w.Write(SheetCells.Number(v!) ?? ""); break;
                    case CellKind.Bool: w.Write((bool)v! ? "true" : "false"); break;
                    case CellKind.Date: w.Write(SheetCells.IsoDate((DateOnly)v!)); break;
                    case CellKind.DateTime: w.Write(SheetCells.IsoDateTime(v!)); break;
                    default: WriteField(w, Defuse(SheetCells.Text(v!))); break;
                }
            }
            w.Write("\r\n");
        }
    }

    internal static string Defuse(string s) =>
        s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + s : s;

    private static void WriteField(StreamWriter w, string s)
    {
        if (s.AsSpan().IndexOfAny(",\"\r\n") < 0 && (s.Length == 0 || (s[0] != ' ' && s[^1] != ' ')))
        {
            w.Write(s);
            return;
        }
        w.Write('"');
        w.Write(s.Replace("\"", "\"\"", StringComparison.Ordinal));
        w.Write('"');
    }
}
