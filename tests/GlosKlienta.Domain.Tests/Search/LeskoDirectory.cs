using System.Text.Json;
using GlosKlienta.Domain.Directory;

namespace GlosKlienta.Domain.Tests.Search;

/// <summary>
/// The directory of the Lesko seed (<c>lesko.json</c>, the file the application seeds from) as a
/// <see cref="DirectoryState"/>, read without a database. Also compiled into the search benchmark,
/// which measures over the same directory.
/// </summary>
public static class LeskoDirectory
{
    public static DirectoryState Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var directory = root.GetProperty("directory");
        var kinds = directory.TryGetProperty("unitKinds", out var k)
            ? k.EnumerateObject().ToDictionary(p => p.Name, p => Enum.Parse<UnitKind>(p.Value.GetString()!))
            : [];

        var buildings = root.GetProperty("buildings").EnumerateArray().Select((b, i) => new DirectoryState.BuildingEntry(
            i + 1, b.GetProperty("code").GetString()!, b.GetProperty("name").GetString()!, b.GetProperty("address").GetString()!,
            b.GetProperty("isMain").GetBoolean(), i + 1)).ToList();
        var units = root.GetProperty("units").EnumerateArray().Select((u, i) =>
        {
            var code = u.GetProperty("code").GetString()!;
            return new DirectoryState.UnitEntry(100 + i, code, u.GetProperty("name").GetString()!, kinds.GetValueOrDefault(code, UnitKind.Referat), i + 1, true);
        }).ToList();
        var rooms = directory.GetProperty("rooms").EnumerateArray().Select((r, i) => new DirectoryState.RoomEntry(
            200 + i, buildings.Single(b => b.Code == r.GetProperty("building").GetString()).Id, r.GetProperty("floor").GetInt32(),
            r.GetProperty("number").GetString()!, r.TryGetProperty("description", out var d) ? d.GetString() : null)).ToList();
        var employeeKeys = new Dictionary<string, int>();
        var employees = directory.GetProperty("employees").EnumerateArray().Select((e, i) =>
        {
            employeeKeys[e.GetProperty("key").GetString()!] = 300 + i;
            return new DirectoryState.EmployeeEntry(300 + i, e.GetProperty("firstName").GetString()!, e.GetProperty("lastName").GetString()!, true);
        }).ToList();
        var posts = directory.GetProperty("posts").EnumerateArray().Select((p, i) =>
        {
            string? Text(string name) => p.TryGetProperty(name, out var v) ? v.GetString() : null;
            var room = Text("room")?.Split('/');
            return new DirectoryState.PostEntry(
                400 + i, Text("name")!, Text("tasks"),
                Text("unit") is { } unit ? units.Single(u => u.Code == unit).Id : null,
                room is null ? null : rooms.Single(r => r.Number == room[1] && r.BuildingId == buildings.Single(b => b.Code == room[0]).Id).Id,
                Text("phones"), Text("email"), i + 1, true,
                p.TryGetProperty("accessibilityContact", out var a) && a.GetBoolean(),
                p.TryGetProperty("holders", out var h) ? h.EnumerateArray().Select(x => employeeKeys[x.GetString()!]).ToList() : []);
        }).ToList();
        return new DirectoryState(buildings, units, rooms, posts, employees, [], []);
    }
}
