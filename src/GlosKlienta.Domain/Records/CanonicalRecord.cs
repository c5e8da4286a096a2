using System.Globalization;
using System.Text;

namespace GlosKlienta.Domain.Records;

/// <summary>
/// One stored row as bytes, the same on SQLite and PostgreSQL, so that its hash can be recomputed from whatever database
/// holds it (<see cref="RecordChain"/>). Format <c>gk-record/1</c>, all text UTF-8:
/// <code>
/// gk-record/1\n
/// table=&lt;table name&gt;\n
/// then one line per column, columns in ordinal order of their names:
/// &lt;column&gt;=&lt;tag&gt;:&lt;byte length of payload&gt;:&lt;payload&gt;\n
/// </code>
/// A null is left out: a column added to a kept table later is null in every older row, so the older rows' bytes, and
/// their hashes, stay as they were sealed (a value changed to null still changes the bytes).
/// Tags and payloads (the value as stored, after any conversion the mapping applies, e.g. an enum kept as its name):
/// <list type="bullet">
/// <item><c>s</c> text: the characters as stored, no normalisation.</item>
/// <item><c>i</c> whole number (any integer type): decimal digits, invariant culture.</item>
/// <item><c>b</c> yes/no: <c>1</c> or <c>0</c>.</item>
/// <item><c>t</c> instant (<see cref="DateTimeOffset"/>, <see cref="DateTime"/>): UTC, truncated to the microsecond
/// (PostgreSQL's precision), <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>; a <see cref="DateTime"/> of unspecified kind is read as UTC
/// (that is how both databases give a UTC time back).</item>
/// <item><c>d</c> date: <c>yyyy-MM-dd</c>; <c>h</c> time of day: <c>HH:mm:ss.ffffff</c>.</item>
/// <item><c>m</c> decimal: invariant, without trailing zeros (<c>1.50</c> and <c>1.5</c> are one value); <c>f</c> floating
/// point: the shortest round-trip form.</item>
/// <item><c>x</c> bytes: the bytes themselves; <c>g</c> GUID: 36 lower-case characters.</item>
/// </list>
/// The length prefix makes the encoding unambiguous whatever a text contains (a newline, an equals sign). A type outside
/// this list is refused, so a new column of an unknown kind fails in the first test, not in a verification years later.
/// </summary>
public static class CanonicalRecord
{
    public const string Version = "gk-record/1";

    public static byte[] Encode(string table, IEnumerable<KeyValuePair<string, object?>> columns)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        using var stream = new MemoryStream();
        Write(stream, Version + "\n");
        Write(stream, "table=" + table + "\n");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in columns.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (!names.Add(name)) throw new ArgumentException($"Column {name} is given twice.", nameof(columns));
            if (value is null) continue;
            var (tag, payload) = Payload(name, value);
            Write(stream, string.Create(CultureInfo.InvariantCulture, $"{name}={tag}:{payload.Length}:"));
            stream.Write(payload);
            stream.WriteByte((byte)'\n');
        }
        return stream.ToArray();
    }

    /// <summary>An instant as the encoding writes it: UTC, to the microsecond.</summary>
    public static string Instant(DateTimeOffset value)
    {
        var ticks = value.UtcTicks - value.UtcTicks % 10;
        return new DateTime(ticks, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
    }

    private static (char Tag, byte[] Payload) Payload(string name, object value) => value switch
    {
        string s => ('s', Encoding.UTF8.GetBytes(s)),
        byte[] bytes => ('x', bytes),
        bool b => ('b', [(byte)(b ? '1' : '0')]),
        sbyte or byte or short or ushort or int or uint or long or ulong => ('i', Ascii(Convert.ToString(value, CultureInfo.InvariantCulture)!)),
        DateTimeOffset dto => ('t', Ascii(Instant(dto))),
        DateTime dt => ('t', Ascii(Instant(dt.Kind switch
        {
            DateTimeKind.Local => new DateTimeOffset(dt.ToUniversalTime(), TimeSpan.Zero),
            _ => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc), TimeSpan.Zero),
        }))),
        DateOnly d => ('d', Ascii(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        TimeOnly t => ('h', Ascii(new TimeOnly(t.Ticks - t.Ticks % 10).ToString("HH:mm:ss.ffffff", CultureInfo.InvariantCulture))),
        decimal m => ('m', Ascii(Normalised(m))),
        double f => ('f', Ascii(f.ToString("R", CultureInfo.InvariantCulture))),
        float f => ('f', Ascii(((double)f).ToString("R", CultureInfo.InvariantCulture))),
        Guid g => ('g', Ascii(g.ToString("D"))),
        _ => throw new ArgumentException($"Column {name}: a value of type {value.GetType().Name} has no canonical form (gk-record/1).", nameof(value)),
    };

    private static string Normalised(decimal m)
    {
        var text = m.ToString("0.############################", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    private static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));
}
