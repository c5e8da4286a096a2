using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Tests.Survey;

public sealed class LiveVersionTests
{
    private sealed record V(int Number, DateOnly? LiveFrom);

    private static readonly V[] Approved =
    [
        new(1, new DateOnly(2026, 1, 1)),
        new(2, new DateOnly(2026, 6, 1)),
        new(3, new DateOnly(2026, 6, 1)),
        new(4, new DateOnly(2026, 9, 1)),
        new(5, null),
    ];

    [Theory]
    [InlineData("2026-01-01", 1)]
    [InlineData("2026-05-31", 1)]
    [InlineData("2026-06-01", 3)]
    [InlineData("2026-08-31", 3)]
    [InlineData("2026-09-01", 4)]
    [InlineData("2030-01-01", 4)]
    public void On_ADay_GivesTheLatestStartedVersion_HigherNumberOnATie(string day, int expected)
    {
        var live = LiveVersion.On(Approved, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), v => v.LiveFrom, v => v.Number);
        Assert.Equal(expected, live?.Number);
    }

    [Fact]
    public void On_BeforeAnyVersionStarted_GivesNone()
    {
        Assert.Null(LiveVersion.On(Approved, new DateOnly(2025, 12, 31), v => v.LiveFrom, v => v.Number));
        Assert.Null(LiveVersion.On(Array.Empty<V>(), new DateOnly(2026, 6, 1), v => v.LiveFrom, v => v.Number));
    }
}
