using GlosKlienta.Domain.Directory;

namespace GlosKlienta.Web.Features.Directory;

/// <summary>
/// The <c>directory</c> part of an office seed: kinds of the seeded units, rooms, employees, posts and
/// cash-desk hours. Rooms are named <c>building/number</c>, holders by the employee's key.
/// </summary>
public sealed record DirectorySeed(
    IReadOnlyDictionary<string, UnitKind>? UnitKinds,
    IReadOnlyList<DirectorySeed.RoomPart> Rooms,
    IReadOnlyList<DirectorySeed.EmployeePart> Employees,
    IReadOnlyList<DirectorySeed.PostPart> Posts,
    IReadOnlyList<OfficeSeed.HoursPart>? CashDeskHours)
{
    public sealed record RoomPart(string Building, int Floor, string Number, string? Description);
    public sealed record EmployeePart(string Key, string FirstName, string LastName);
    public sealed record PostPart(string? Unit, string Name, string? Room, string? Phones, string? Email, IReadOnlyList<string>? Holders, string? Tasks, bool AccessibilityContact);

    /// <summary>Adds the directory to a database whose buildings and units were just seeded, and records its first dated copy.</summary>
    public async Task ApplyAsync(AppDbContext db, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var buildings = await db.Buildings.ToDictionaryAsync(b => b.Code, cancellationToken);
        var units = await db.OrganisationalUnits.ToDictionaryAsync(u => u.Code, cancellationToken);
        foreach (var (code, kind) in UnitKinds ?? new Dictionary<string, UnitKind>())
            units[code].Kind = kind;
        var rooms = Rooms.ToDictionary(r => r.Building + "/" + r.Number, r => new Room
        {
            BuildingId = buildings[r.Building].Id,
            Floor = r.Floor,
            Number = r.Number,
            Description = r.Description,
        });
        db.Rooms.AddRange(rooms.Values);
        var employees = Employees.ToDictionary(e => e.Key, e => new Employee { FirstName = e.FirstName, LastName = e.LastName });
        db.Employees.AddRange(employees.Values);
        await db.SaveChangesAsync(cancellationToken);
        var order = 0;
        foreach (var p in Posts)
        {
            db.Posts.Add(new Post
            {
                Name = p.Name,
                Tasks = p.Tasks,
                OrganisationalUnitId = p.Unit is null ? null : units[p.Unit].Id,
                RoomId = p.Room is null ? null : rooms[p.Room].Id,
                Phones = p.Phones,
                Email = p.Email,
                SortOrder = ++order,
                IsAccessibilityContact = p.AccessibilityContact,
                Holders = (p.Holders ?? []).Select(k => new PostHolder { EmployeeId = employees[k].Id }).ToList(),
            });
        }
        foreach (var h in CashDeskHours ?? [])
        {
            db.CashDeskHours.Add(new CashDeskHours
            {
                BuildingId = buildings[h.Building].Id,
                Day = h.Day,
                Opens = TimeOnly.Parse(h.Opens, CultureInfo.InvariantCulture),
                Closes = TimeOnly.Parse(h.Closes, CultureInfo.InvariantCulture),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        await DirectoryStore.RecordSnapshotAsync(db, AuditLog.SystemActor, "Spis z danych początkowych urzędu", today, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
