using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

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
    /// Posts whose name, unit, room number or holder matches every word of <paramref name="query"/>,
    /// ignoring case and Polish diacritics ("lodz" finds "Łódź"); a word that is a number matches a whole room number.
    /// </summary>
    public IReadOnlyList<PostView> Search(string? query)
    {
        var words = Fold(query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0) return [];
        return ActivePosts().Where(p =>
        {
            var haystack = Fold(string.Join(' ',
                p.Post.Name, p.Unit?.Name ?? "", p.Room is null ? "" : "pokój pok " + p.Room.Number, p.Room?.Description ?? "",
                string.Join(' ', p.People.Select(e => e.FullName))));
            var tokens = haystack.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // A number is a room number: "2" finds room 2, not rooms 12 and 21.
            return words.All(w => w.All(char.IsAsciiDigit) ? tokens.Contains(w) : haystack.Contains(w, StringComparison.Ordinal));
        }).ToList();
    }

    public static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    /// <summary>Lower case without diacritics; "ł" is not a combining mark, so it is mapped by hand.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLower(Polish).Replace('ł', 'l').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return sb.ToString();
    }
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
