using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GlosKlienta.Domain.Analysis;

/// <summary>
/// A reporting period of the survey analysis: a half-year ("2026H1" = January–June, "2026H2" =
/// July–December), for the F2 protocol written at the start of the next half-year (procedure
/// row 9), or a whole year ("2026"), for the annual analysis.
/// </summary>
public readonly record struct ReportingPeriod
{
    private ReportingPeriod(int year, int half)
    {
        Year = year;
        Half = half;
    }

    public int Year { get; }
    /// <summary>1 or 2 for a half-year, 0 for a whole year.</summary>
    public int Half { get; }

    public bool IsYear => Half == 0;

    public static ReportingPeriod HalfYear(int year, int half)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        if (half is not (1 or 2)) throw new ArgumentOutOfRangeException(nameof(half), half, "A half-year is 1 or 2.");
        return new ReportingPeriod(year, half);
    }

    public static ReportingPeriod WholeYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        return new ReportingPeriod(year, 0);
    }

    /// <summary>The half-year a date falls in.</summary>
    public static ReportingPeriod Containing(DateOnly date) => HalfYear(date.Year, date.Month <= 6 ? 1 : 2);

    /// <summary>The half-year that ended most recently before <paramref name="today"/> (the one whose F2 is due).</summary>
    public static ReportingPeriod JustEnded(DateOnly today) => Containing(today).Previous;

    /// <summary>The year that ended most recently before <paramref name="today"/> (the one whose annual analysis is due).</summary>
    public static ReportingPeriod YearJustEnded(DateOnly today) => WholeYear(today.Year - 1);

    public DateOnly Start => new(Year, Half == 2 ? 7 : 1, 1);
    public DateOnly End => Half == 1 ? new DateOnly(Year, 6, 30) : new DateOnly(Year, 12, 31);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>First days of the months in the period, in order.</summary>
    public IReadOnlyList<DateOnly> Months
    {
        get
        {
            var months = new List<DateOnly>(12);
            for (var m = Start; m <= End; m = m.AddMonths(1)) months.Add(m);
            return months;
        }
    }

    /// <summary>The period just before: 2026H1 → 2025H2, 2026H2 → 2026H1, 2026 → 2025.</summary>
    /// <summary>The period after this one: the next half-year, or the next year.</summary>
    public ReportingPeriod Next => IsYear ? WholeYear(Year + 1) : Half == 1 ? HalfYear(Year, 2) : HalfYear(Year + 1, 1);

    public ReportingPeriod Previous => IsYear ? WholeYear(Year - 1) : Half == 2 ? HalfYear(Year, 1) : HalfYear(Year - 1, 2);

    /// <summary>The same period a year earlier: 2026H1 → 2025H1, 2026 → 2025.</summary>
    public ReportingPeriod YearEarlier => IsYear ? WholeYear(Year - 1) : HalfYear(Year - 1, Half);

    /// <summary>The two half-years of a year (empty for a half-year).</summary>
    public IReadOnlyList<ReportingPeriod> Halves => IsYear ? [HalfYear(Year, 1), HalfYear(Year, 2)] : [];

    /// <summary>"2026H1", "2026H2" or "2026": the form used in URLs, the CLI and stored records.</summary>
    public override string ToString() => IsYear
        ? Year.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Year}H{Half}");

    /// <summary>Polish wording for documents: "I półrocze 2026", "II półrocze 2026", "rok 2026".</summary>
    public string PolishName => Half switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"rok {Year}"),
        1 => string.Create(CultureInfo.InvariantCulture, $"I półrocze {Year}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"II półrocze {Year}"),
    };

    /// <summary>Reads "2026H1", "2026h2" or "2026" (spaces around are ignored); anything else is refused.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReportingPeriod period)
    {
        period = default;
        if (text is null) return false;
        var s = text.Trim();
        if (s.Length == 4 && IsDigits(s) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 2000)
        {
            period = WholeYear(y);
            return true;
        }
        if (s.Length == 6 && IsDigits(s.AsSpan(0, 4)) && (s[4] is 'H' or 'h') && s[5] is '1' or '2'
            && int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 2000)
        {
            period = HalfYear(year, s[5] - '0');
            return true;
        }
        return false;
    }

    public static ReportingPeriod Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"'{text}' is not a period: use 2026H1, 2026H2 or 2026.");

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (c is < '0' or > '9') return false;
        return true;
    }

}
