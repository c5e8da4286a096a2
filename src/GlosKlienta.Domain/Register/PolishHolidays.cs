namespace GlosKlienta.Domain.Register;

/// <summary>One day statutorily free from work, with its Polish name as the law names it.</summary>
public sealed record Holiday(DateOnly Date, string Name);

/// <summary>
/// The holidays of the ustawa z 18 stycznia 1951 r. o dniach wolnych od pracy (art. 1 pkt 1; Sundays,
/// which the same article also lists, are not repeated here). The list is the law as it stands:
/// 6 January is a holiday again since 2011 and 24 December only from 2025 (ustawa z 6 grudnia 2024 r.),
/// so years before <see cref="FirstSupportedYear"/> are refused rather than answered wrongly.
/// </summary>
public static class PolishHolidays
{
    /// <summary>The first year the list describes (Święto Trzech Króli restored).</summary>
    public const int FirstSupportedYear = 2011;

    /// <summary>The first year in which 24 December is a holiday.</summary>
    public const int ChristmasEveFromYear = 2025;

    /// <summary>The holidays of the year, in calendar order.</summary>
    public static IReadOnlyList<Holiday> For(int year)
    {
        if (year is < FirstSupportedYear or > 9999)
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Polish holidays are known for years {FirstSupportedYear}-9999.");

        var easter = EasterSunday(year);
        // Names as art. 1 pkt 1 of the ustawa z 18 stycznia 1951 r. o dniach wolnych od pracy writes them.
        var list = new List<Holiday>(14)
        {
            new(new DateOnly(year, 1, 1), "Nowy Rok"),
            new(new DateOnly(year, 1, 6), "Święto Trzech Króli"),
            new(easter, "pierwszy dzień Wielkiej Nocy"),
            new(easter.AddDays(1), "drugi dzień Wielkiej Nocy"),
            new(new DateOnly(year, 5, 1), "Święto Państwowe"),
            new(new DateOnly(year, 5, 3), "Święto Narodowe Trzeciego Maja"),
            new(easter.AddDays(49), "pierwszy dzień Zielonych Świątek"),
            new(easter.AddDays(60), "dzień Bożego Ciała"),
            new(new DateOnly(year, 8, 15), "Wniebowzięcie Najświętszej Marii Panny"),
            new(new DateOnly(year, 11, 1), "Wszystkich Świętych"),
            new(new DateOnly(year, 11, 11), "Narodowe Święto Niepodległości"),
        };
        if (year >= ChristmasEveFromYear) list.Add(new(new DateOnly(year, 12, 24), "Wigilia Bożego Narodzenia"));
        list.Add(new(new DateOnly(year, 12, 25), "pierwszy dzień Bożego Narodzenia"));
        list.Add(new(new DateOnly(year, 12, 26), "drugi dzień Bożego Narodzenia"));
        // The order written is the calendar order in every year: Easter falls 22 March-25 April, so Easter
        // Monday is before 1 May, Pentecost (10 May-13 June) after 3 May and Corpus Christi
        // (21 May-24 June) before 15 August.
        return list;
    }

    /// <summary>Whether the day is a holiday (Sundays excluded: they are not named holidays); <paramref name="name"/> is its name, or empty.</summary>
    public static bool IsHoliday(DateOnly date, out string name)
    {
        foreach (var holiday in For(date.Year))
        {
            if (holiday.Date == date)
            {
                name = holiday.Name;
                return true;
            }
        }
        name = "";
        return false;
    }

    /// <summary>
    /// Easter Sunday in the Gregorian calendar (the anonymous computus as given by Meeus,
    /// "Astronomical Algorithms", ch. 8), valid for every Gregorian year.
    /// </summary>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);

        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var n = h + l - (7 * m) + 114;
        return new DateOnly(year, n / 31, (n % 31) + 1);
    }
}
