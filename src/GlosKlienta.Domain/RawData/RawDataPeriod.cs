using System.Globalization;
using System.Text.RegularExpressions;

namespace GlosKlienta.Domain.RawData;

/// <summary>
/// The days whose responses an export holds, both ends included: a half-year (<c>2026H1</c>) or
/// any two office-local dates. <see cref="Slug"/> names the files.
/// </summary>
public sealed partial record RawDataPeriod(DateOnly From, DateOnly To)
{
    public string? HalfYear { get; private init; }

    public string Slug => HalfYear
        ?? string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}_{To:yyyy-MM-dd}");

    /// <summary>Readable form for pages and the codebook: "2026H1 (2026-01-01 – 2026-06-30)".</summary>
    public string Description => string.Create(CultureInfo.InvariantCulture,
        $"{(HalfYear is null ? "" : HalfYear + " ")}({From:yyyy-MM-dd} – {To:yyyy-MM-dd})");

    public static RawDataPeriod OfHalfYear(int year, int half) =>
        half == 1
            ? new RawDataPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 6, 30)) { HalfYear = Name(year, 1) }
            : new RawDataPeriod(new DateOnly(year, 7, 1), new DateOnly(year, 12, 31)) { HalfYear = Name(year, 2) };

    private static string Name(int year, int half) => string.Create(CultureInfo.InvariantCulture, $"{year}H{half}");

    [GeneratedRegex("^([0-9]{4})[Hh]([12])$")]
    private static partial Regex HalfYearPattern();

    /// <summary>Reads "2026H1" / "2026h2"; null when the text is not a half-year.</summary>
    public static RawDataPeriod? ParseHalfYear(string? text)
    {
        var m = HalfYearPattern().Match(text?.Trim() ?? "");
        if (!m.Success) return null;
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (year < 2000) return null;
        return OfHalfYear(year, m.Groups[2].Value == "1" ? 1 : 2);
    }

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The longest period one export may cover; longer ones are almost always a typing mistake.</summary>
    public const int MaxDays = 3 * 366;
}
