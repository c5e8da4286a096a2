using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using GlosKlienta.Domain.Search;

namespace GlosKlienta.Domain.Directory;

/// <summary>What kind of organisational unit: a department, an independent post, or another body housed in the building.</summary>
public enum UnitKind { Referat, SamodzielneStanowisko, JednostkaWBudynku }

/// <summary>
/// The whole directory of the office at one moment: buildings, rooms, units, posts and the people
/// who hold them, office and cash-desk hours. Boards, door signs and public pages are made from it;
/// a copy of it is kept after every change, so what it said on any day can be shown again.
/// </summary>
public sealed record DirectoryState(
    IReadOnlyList<DirectoryState.BuildingEntry> Buildings,
    IReadOnlyList<DirectoryState.UnitEntry> Units,
    IReadOnlyList<DirectoryState.RoomEntry> Rooms,
    IReadOnlyList<DirectoryState.PostEntry> Posts,
    IReadOnlyList<DirectoryState.EmployeeEntry> Employees,
    IReadOnlyList<DirectoryState.HoursEntry> OfficeHours,
    IReadOnlyList<DirectoryState.HoursEntry> CashDeskHours)
{
    public sealed record BuildingEntry(int Id, string Code, string Name, string Address, bool IsMain, int SortOrder);
    public sealed record UnitEntry(int Id, string Code, string Name, UnitKind Kind, int SortOrder, bool IsActive);
    public sealed record RoomEntry(int Id, int BuildingId, int Floor, string Number, string? Description);
    public sealed record PostEntry(
        int Id, string Name, string? Tasks, int? UnitId, int? RoomId, string? Phones, string? Email,
        int SortOrder, bool IsActive, bool IsAccessibilityContact, IReadOnlyList<int> EmployeeIds);
    public sealed record EmployeeEntry(int Id, string FirstName, string LastName, bool IsActive)
    {
        public string FullName => FirstName + " " + LastName;
    }
    public sealed record HoursEntry(int BuildingId, DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);

    /// <summary>One post as a citizen sees it: with its unit, room, building and the people who hold it now.</summary>
    public sealed record PostView(PostEntry Post, UnitEntry? Unit, RoomEntry? Room, BuildingEntry? Building, IReadOnlyList<EmployeeEntry> People);

    /// <summary>A room and the active posts in it: one door sign.</summary>
    public sealed record RoomView(RoomEntry Room, BuildingEntry Building, IReadOnlyList<PostView> Posts);

    public static readonly DirectoryState Empty = new([], [], [], [], [], [], []);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DirectoryState FromJson(string json) => JsonSerializer.Deserialize<DirectoryState>(json, Json) ?? Empty;

    /// <summary>Active units in their order.</summary>
    public IReadOnlyList<UnitEntry> ActiveUnits => Units.Where(u => u.IsActive).OrderBy(u => u.SortOrder).ThenBy(u => u.Id).ToList();

    public IEnumerable<BuildingEntry> OrderedBuildings => Buildings.OrderBy(b => b.SortOrder).ThenBy(b => b.Id);

    /// <summary>Active posts with everything a reader needs, ordered by unit, then the post's own order.</summary>
    public IReadOnlyList<PostView> ActivePosts()
    {
        var units = Units.ToDictionary(u => u.Id);
        var rooms = Rooms.ToDictionary(r => r.Id);
        var buildings = Buildings.ToDictionary(b => b.Id);
        var people = Employees.Where(e => e.IsActive).ToDictionary(e => e.Id);
        return Posts.Where(p => p.IsActive)
            .Select(p =>
            {
                var unit = p.UnitId is int u && units.TryGetValue(u, out var ue) ? ue : null;
                var room = p.RoomId is int r && rooms.TryGetValue(r, out var re) ? re : null;
                var building = room is not null && buildings.TryGetValue(room.BuildingId, out var be) ? be : null;
                var holders = p.EmployeeIds.Where(people.ContainsKey).Select(id => people[id])
                    .OrderBy(e => e.LastName, StringComparer.Create(Polish, false)).ThenBy(e => e.FirstName, StringComparer.Create(Polish, false)).ToList();
                return new PostView(p, unit, room, building, holders);
            })
            .OrderBy(v => v.Unit?.SortOrder ?? int.MaxValue).ThenBy(v => v.Unit?.Id ?? int.MaxValue)
            .ThenBy(v => v.Post.SortOrder).ThenBy(v => v.Post.Id)
            .ToList();
    }

    /// <summary>Rooms of a building that hold at least one active post, by floor and number: the lines of board A and the door signs.</summary>
    public IReadOnlyList<RoomView> OccupiedRooms(int? buildingId = null)
    {
        var posts = ActivePosts();
        var buildings = Buildings.ToDictionary(b => b.Id);
        return Rooms.Where(r => (buildingId is null || r.BuildingId == buildingId) && buildings.ContainsKey(r.BuildingId))
            .Select(r => new RoomView(r, buildings[r.BuildingId], posts.Where(p => p.Room?.Id == r.Id).ToList()))
            .Where(v => v.Posts.Count > 0)
            .OrderBy(v => v.Building.SortOrder).ThenBy(v => v.Room.Floor).ThenBy(v => v.Room.Number, RoomNumberComparer.Instance)
            .ToList();
    }

    public IReadOnlyList<HoursEntry> OfficeHoursOf(int buildingId) => Week(OfficeHours.Where(h => h.BuildingId == buildingId));

    public IReadOnlyList<HoursEntry> CashDeskHoursOf(int buildingId) => Week(CashDeskHours.Where(h => h.BuildingId == buildingId));

    private static List<HoursEntry> Week(IEnumerable<HoursEntry> hours) => hours.OrderBy(h => ((int)h.Day + 6) % 7).ThenBy(h => h.Opens).ToList();

    /// <summary>
    /// Active posts in which every word of <paramref name="query"/> is found in some form (see
    /// <see cref="TextMatcher"/>): in the post's name, its holders, its unit, its room, its tasks or
    /// its e-mail's name, ignoring case, Polish letters and endings ("podatku" finds "Stanowisko ds.
    /// wymiaru podatków", "lukasik" finds "Łukasik"); a word that is a number matches a whole room
    /// number. The best matches come first (a word in the name or a holder's name before one in the
    /// tasks), then in the directory's order.
    /// </summary>
    public IReadOnlyList<PostView> Search(string? query) =>
        TextMatcher.Rank(ActivePosts(), SearchQuery.Parse(query), SearchText);

    /// <summary>What search reads of a post, and how much each part weighs.</summary>
    public static SearchableText SearchText(PostView post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return SearchableText.Of(
            (post.Post.Name, 4),
            (string.Join(' ', post.People.Select(e => e.FullName)), 4),
            (post.Unit?.Name, 3),
            (post.Room is null ? null : "pokój pok " + post.Room.Number + " " + post.Room.Description, 3),
            (post.Post.Tasks, 2),
            // "usc@…", "podatki@…": the name of the mailbox is a word people use; the domain would match every post.
            (post.Post.Email?.Split('@')[0], 1));
    }

    public static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");
}

/// <summary>Orders room numbers as people read them: "2" before "10", "12a" after "12".</summary>
public sealed class RoomNumberComparer : IComparer<string>
{
    public static readonly RoomNumberComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var (nx, rx) = Split(x ?? "");
        var (ny, ry) = Split(y ?? "");
        var byNumber = nx.CompareTo(ny);
        return byNumber != 0 ? byNumber : string.CompareOrdinal(rx, ry);
    }

    private static (long Number, string Suffix) Split(string s)
    {
        var digits = new string(s.TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length is > 0 and < 18 ? (long.Parse(digits, CultureInfo.InvariantCulture), s[digits.Length..]) : (long.MaxValue, s);
    }
}
