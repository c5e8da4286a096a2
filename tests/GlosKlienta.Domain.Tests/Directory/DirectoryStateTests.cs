using GlosKlienta.Domain.Directory;

namespace GlosKlienta.Domain.Tests.Directory;

public sealed class DirectoryStateTests
{
    private static DirectoryState Sample(params DirectoryState.PostEntry[] posts) => new(
        [new(1, "parkowa", "Urząd", "ul. Parkowa 1", true, 1), new(2, "ratusz", "Ratusz", "ul. Rynek 21", false, 2)],
        [new(10, "finansowy", "Referat Finansowy", UnitKind.Referat, 1, true), new(11, "usc", "Urząd Stanu Cywilnego", UnitKind.SamodzielneStanowisko, 2, true)],
        [new(100, 1, 2, "21", null), new(101, 1, 0, "2", "kasa"), new(102, 1, 0, "10", null), new(103, 2, 1, "5", null), new(104, 1, 0, "3a", null)],
        posts,
        [new(1000, "Joanna", "Łukasik", true), new(1001, "Grzegorz", "Pączek", true), new(1002, "Adam", "Odszedł", false)],
        [new(1, DayOfWeek.Friday, new(7, 30), new(15, 30)), new(1, DayOfWeek.Monday, new(7, 30), new(15, 30))],
        []);

    private static DirectoryState.PostEntry Post(int id, string name, int? unit, int? room, params int[] people) =>
        new(id, name, null, unit, room, null, null, id, true, false, people);

    [Fact]
    public void Search_IgnoresCaseAndPolishLetters_AndNeedsEveryWord()
    {
        var state = Sample(Post(1, "Stanowisko ds. wymiaru podatków", 10, 100, 1000), Post(2, "Kasa", 10, 101, 1001));

        Assert.Equal([1], state.Search("PODATKOW").Select(p => p.Post.Id));
        Assert.Equal([1], state.Search("lukasik").Select(p => p.Post.Id));
        Assert.Equal([2], state.Search("pokój 2").Select(p => p.Post.Id));
        Assert.Empty(state.Search("podatków pączek"));
        Assert.Empty(state.Search("   "));
    }

    [Fact]
    public void OccupiedRooms_AreOrderedByBuildingFloorAndNumberAsRead_AndSkipEmptyRoomsAndInactivePosts()
    {
        var state = Sample(
            Post(1, "A", 10, 102), Post(2, "B", 10, 101), Post(3, "C", 11, 103), Post(4, "D", 10, 104),
            Post(5, "E", 10, 100) with { IsActive = false });

        Assert.Equal(["2", "3a", "10", "5"], state.OccupiedRooms().Select(r => r.Room.Number));
        Assert.Equal(["2", "3a", "10"], state.OccupiedRooms(1).Select(r => r.Room.Number));
    }

    [Fact]
    public void ActivePosts_ShowOnlyPeopleStillEmployed_SoAPostWhoseHolderLeftIsVacant()
    {
        var state = Sample(Post(1, "Kasa", 10, 101, 1002), Post(2, "Podatki", 10, 100, 1001, 1000));

        var posts = state.ActivePosts();
        Assert.Empty(posts.Single(p => p.Post.Id == 1).People);
        Assert.Equal(["Joanna Łukasik", "Grzegorz Pączek"], posts.Single(p => p.Post.Id == 2).People.Select(e => e.FullName));
    }

    [Fact]
    public void Hours_AreInWeekOrderFromMonday()
    {
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Friday], Sample().OfficeHoursOf(1).Select(h => h.Day));
    }

    [Fact]
    public void Json_RoundTripsTheWholeState()
    {
        var state = Sample(Post(1, "Stanowisko ds. wymiaru podatków", 10, 100, 1000, 1001));

        var back = DirectoryState.FromJson(state.ToJson());

        Assert.Equal(state.ToJson(), back.ToJson());
        Assert.Equal(UnitKind.SamodzielneStanowisko, back.Units[1].Kind);
        Assert.Equal([1000, 1001], back.Posts[0].EmployeeIds);
        Assert.Contains("\"Łukasik\"", state.ToJson());
    }
}

public sealed class DirectoryRulesTests
{
    [Theory]
    [InlineData("13 469 62 21", true)]
    [InlineData("+48 13 469 62 00 wew. 21", true)]
    [InlineData("13 469 62 21, 13 469 62 22", true)]
    [InlineData("(13) 469-62-21", true)]
    [InlineData("sekretariat", false)]
    [InlineData("123", false)]
    public void Phones(string phones, bool valid) => Assert.Equal(valid, DirectoryRules.IsValidPhones(phones));

    [Theory]
    [InlineData("12", true)]
    [InlineData("3a", true)]
    [InlineData("12 b", false)]
    [InlineData("", false)]
    [InlineData("pokój 12", false)]
    public void RoomNumbers(string number, bool valid) => Assert.Equal(valid, DirectoryRules.IsValidRoomNumber(number));

    [Fact]
    public void Hours_MustOpenBeforeTheyClose()
    {
        Assert.True(DirectoryRules.IsValidHours(new(7, 30), new(15, 30)));
        Assert.False(DirectoryRules.IsValidHours(new(15, 30), new(7, 30)));
        Assert.False(DirectoryRules.IsValidHours(new(8, 0), new(8, 0)));
    }

    [Fact]
    public void APrintIsOutOfDate_OnlyWhenPrintedAndTheTextDiffers()
    {
        var printed = DirectoryRules.ContentHash("Pokój 21\nStanowisko ds. wymiaru podatków");
        Assert.False(DirectoryRules.IsOutOfDate(null, printed));
        Assert.False(DirectoryRules.IsOutOfDate(printed, DirectoryRules.ContentHash("Pokój 21\nStanowisko ds. wymiaru podatków")));
        Assert.True(DirectoryRules.IsOutOfDate(printed, DirectoryRules.ContentHash("Pokój 21\nStanowisko ds. podatków")));
        Assert.Equal(64, printed.Length);
    }

    private sealed record Copy(long Id, DateOnly On);

    [Fact]
    public void StateOn_TakesTheLastCopyOfThatDayOrBefore()
    {
        Copy[] copies = [new(1, new(2026, 1, 5)), new(2, new(2026, 1, 5)), new(3, new(2026, 2, 1))];

        Assert.Null(DirectoryRules.StateOn(copies, c => c.On, c => c.Id, new(2026, 1, 4)));
        Assert.Equal(2, DirectoryRules.StateOn(copies, c => c.On, c => c.Id, new(2026, 1, 5))!.Id);
        Assert.Equal(2, DirectoryRules.StateOn(copies, c => c.On, c => c.Id, new(2026, 1, 31))!.Id);
        Assert.Equal(3, DirectoryRules.StateOn(copies.Reverse(), c => c.On, c => c.Id, new(2027, 1, 1))!.Id);
    }
}
