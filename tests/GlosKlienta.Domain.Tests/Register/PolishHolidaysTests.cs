using GlosKlienta.Domain.Register;

namespace GlosKlienta.Domain.Tests.Register;

public sealed class PolishHolidaysTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    // Easter Sundays as printed in church calendars; 1818 and 2285 are the earliest possible date
    // (22 March), 1943 and 2038 the latest (25 April).
    [Theory]
    [InlineData(1818, "1818-03-22")]
    [InlineData(1943, "1943-04-25")]
    [InlineData(2011, "2011-04-24")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2030, "2030-04-21")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void EasterSunday_ForKnownYear_MatchesThePublishedDate(int year, string expected)
    {
        Assert.Equal(D(expected), PolishHolidays.EasterSunday(year));
    }

    // Movable holidays: Easter, Easter + 1, Easter + 49 (Pentecost), Easter + 60 (Corpus Christi),
    // counted by hand from the Easter dates above, e.g. 2026: 5 April -> 6 April, 24 May, 4 June.
    [Theory]
    [InlineData("2024-03-31", "pierwszy dzień Wielkiej Nocy")]
    [InlineData("2024-04-01", "drugi dzień Wielkiej Nocy")]
    [InlineData("2024-05-19", "pierwszy dzień Zielonych Świątek")]
    [InlineData("2024-05-30", "dzień Bożego Ciała")]
    [InlineData("2025-04-20", "pierwszy dzień Wielkiej Nocy")]
    [InlineData("2025-04-21", "drugi dzień Wielkiej Nocy")]
    [InlineData("2025-06-08", "pierwszy dzień Zielonych Świątek")]
    [InlineData("2025-06-19", "dzień Bożego Ciała")]
    [InlineData("2026-04-05", "pierwszy dzień Wielkiej Nocy")]
    [InlineData("2026-04-06", "drugi dzień Wielkiej Nocy")]
    [InlineData("2026-05-24", "pierwszy dzień Zielonych Świątek")]
    [InlineData("2026-06-04", "dzień Bożego Ciała")]
    [InlineData("2027-03-28", "pierwszy dzień Wielkiej Nocy")]
    [InlineData("2027-03-29", "drugi dzień Wielkiej Nocy")]
    [InlineData("2027-05-16", "pierwszy dzień Zielonych Świątek")]
    [InlineData("2027-05-27", "dzień Bożego Ciała")]
    public void IsHoliday_OnMovableHoliday_IsTrueWithItsName(string date, string expectedName)
    {
        Assert.True(PolishHolidays.IsHoliday(D(date), out var name));
        Assert.Equal(expectedName, name);
    }

    [Theory]
    [InlineData("2026-01-01", "Nowy Rok")]
    [InlineData("2026-01-06", "Święto Trzech Króli")]
    [InlineData("2026-05-01", "Święto Państwowe")]
    [InlineData("2026-05-03", "Święto Narodowe Trzeciego Maja")]
    [InlineData("2026-08-15", "Wniebowzięcie Najświętszej Marii Panny")]
    [InlineData("2026-11-01", "Wszystkich Świętych")]
    [InlineData("2026-11-11", "Narodowe Święto Niepodległości")]
    [InlineData("2026-12-24", "Wigilia Bożego Narodzenia")]
    [InlineData("2026-12-25", "pierwszy dzień Bożego Narodzenia")]
    [InlineData("2026-12-26", "drugi dzień Bożego Narodzenia")]
    public void IsHoliday_OnFixedHoliday_IsTrueWithItsName(string date, string expectedName)
    {
        Assert.True(PolishHolidays.IsHoliday(D(date), out var name));
        Assert.Equal(expectedName, name);
    }

    // 24 December became a day free from work by the ustawa of 6 December 2024, from 2025 on.
    [Fact]
    public void IsHoliday_On24December2024_IsFalse()
    {
        Assert.False(PolishHolidays.IsHoliday(D("2024-12-24"), out var name));
        Assert.Equal("", name);
    }

    [Fact]
    public void IsHoliday_On24December2025_IsTrue()
    {
        Assert.True(PolishHolidays.IsHoliday(D("2025-12-24"), out var name));
        Assert.Equal("Wigilia Bożego Narodzenia", name);
    }

    [Fact]
    public void For_Year2024_Has13HolidaysWithout24December()
    {
        var holidays = PolishHolidays.For(2024);

        Assert.Equal(13, holidays.Count);
        Assert.DoesNotContain(holidays, h => h.Date == D("2024-12-24"));
    }

    [Fact]
    public void For_Year2025_Has14HolidaysWith24December()
    {
        var holidays = PolishHolidays.For(2025);

        Assert.Equal(14, holidays.Count);
        Assert.Contains(new Holiday(D("2025-12-24"), "Wigilia Bożego Narodzenia"), holidays);
    }

    [Fact]
    public void For_EveryYearTo2300_IsInCalendarOrderWithinTheYear()
    {
        for (var year = PolishHolidays.FirstSupportedYear; year <= 2300; year++)
        {
            var dates = PolishHolidays.For(year).Select(h => h.Date).ToList();
            Assert.Equal(dates.Order(), dates);
            Assert.All(dates, d => Assert.Equal(year, d.Year));
            Assert.Equal(dates.Count, dates.Distinct().Count());
        }
    }

    // 2026-03-08 is an ordinary Sunday and 2026-03-10 an ordinary Tuesday: Sundays are free from work,
    // but they are not named holidays, so the list does not hold them.
    [Theory]
    [InlineData("2026-03-08")]
    [InlineData("2026-03-10")]
    [InlineData("2026-12-23")]
    [InlineData("2026-12-27")]
    public void IsHoliday_OnOrdinaryDayOrSunday_IsFalse(string date)
    {
        Assert.False(PolishHolidays.IsHoliday(D(date), out _));
    }

    [Fact]
    public void For_YearBefore2011_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PolishHolidays.For(2010));
    }
}
