using System.Globalization;
using System.Text;

namespace GlosKlienta.Paper;

/// <summary>
/// What the QR code of one printed page says, so that a scanned page is known without reading a word of it:
/// <c>GK1|lesko|v3|p1|s201</c> — the format's name and generation (GK1), the office (<see cref="OfficeCode"/>),
/// the survey version's number, the page of the form and, on forms printed for a box, the serial number of the
/// form (the same on both pages of one form). A blank form downloaded by a citizen has no serial:
/// <c>GK1|lesko|v3|p2</c>. Only ASCII, so the code stays small (QR version 2–3 at level Q).
/// </summary>
public sealed record FormCode(string Office, int Version, int Page, int? Serial)
{
    public const string Prefix = "GK1";

    public string Text => Serial is { } s
        ? string.Create(CultureInfo.InvariantCulture, $"{Prefix}|{Office}|v{Version}|p{Page}|s{s}")
        : string.Create(CultureInfo.InvariantCulture, $"{Prefix}|{Office}|v{Version}|p{Page}");

    public override string ToString() => Text;

    /// <summary>Reads a code back; false for anything that is not a GK1 code (another form's QR, a damaged read).</summary>
    public static bool TryParse(string? text, out FormCode? code)
    {
        code = null;
        if (string.IsNullOrEmpty(text)) return false;
        var parts = text.Split('|');
        if (parts.Length is not (4 or 5) || parts[0] != Prefix || parts[1].Length == 0) return false;
        if (!Number(parts[2], 'v', out var version) || !Number(parts[3], 'p', out var page)) return false;
        int? serial = null;
        if (parts.Length == 5)
        {
            if (!Number(parts[4], 's', out var s)) return false;
            serial = s;
        }
        code = new FormCode(parts[1], version, page, serial);
        return true;

        static bool Number(string part, char letter, out int value)
        {
            value = 0;
            return part.Length > 1 && part[0] == letter
                && int.TryParse(part.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
        }
    }

    /// <summary>
    /// The office as the code names it: its locality folded to lower-case ASCII ("Lesko" → <c>lesko</c>,
    /// "Łańcut" → <c>lancut</c>), short and stable while the office's full name may be edited.
    /// </summary>
    public static string OfficeCode(string locality)
    {
        ArgumentNullException.ThrowIfNull(locality);
        var sb = new StringBuilder(locality.Length);
        foreach (var c in locality.Trim().ToLowerInvariant().Replace('ł', 'l').Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var code = sb.ToString().Trim('-');
        return code.Length == 0 ? "urzad" : code;
    }
}
