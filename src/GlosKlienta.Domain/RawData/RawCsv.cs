using System.Text;

namespace GlosKlienta.Domain.RawData;

/// <summary>One record of a CSV file and the physical line it starts on (1 = the header).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// Reads CSV as the shared spreadsheet writer produces it (RFC 4180: comma, CRLF, a field quoted with
/// doubled quotes when it holds a comma, a quote, CR, LF or edge spaces) and, leniently, LF line ends;
/// it reports the line each record starts on, for error messages. The caller strips the BOM.
/// </summary>
public static class RawCsv
{
    /// <summary>Reads records one by one; a malformed quote throws <see cref="FormatException"/> naming the line.</summary>
    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var line = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        var recordLine = 1;
        var inQuotes = false;
        var fieldStarted = false;
        var afterQuote = false;
        int ch;
        while ((ch = reader.Read()) >= 0)
        {
            var c = (char)ch;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else { inQuotes = false; afterQuote = true; }
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldStarted = true;
                    afterQuote = false;
                    break;
                case '\r':
                    if (reader.Peek() == '\n') reader.Read();
                    goto case '\n';
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return new CsvRecord(recordLine, fields);
                    fields = [];
                    line++;
                    recordLine = line;
                    fieldStarted = false;
                    afterQuote = false;
                    break;
                case '"':
                    if (field.Length > 0 || afterQuote)
                        throw new FormatException($"wiersz {recordLine}: cudzysłów w środku pola bez ujęcia całego pola w cudzysłów.");
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                default:
                    if (afterQuote)
                        throw new FormatException($"wiersz {recordLine}: znaki po zamykającym cudzysłowie pola.");
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }
        if (inQuotes) throw new FormatException($"wiersz {recordLine}: pole w cudzysłowie nie jest zamknięte do końca pliku.");
        if (fieldStarted || field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(recordLine, fields);
        }
    }
}
