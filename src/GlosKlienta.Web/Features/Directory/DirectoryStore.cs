using GlosKlienta.Domain.Directory;

namespace GlosKlienta.Web.Features.Directory;

/// <summary>
/// Reads the directory as one <see cref="DirectoryState"/> and saves changes to it: each change is
/// saved with its audit entry and a new dated copy of the whole directory, in one transaction.
/// </summary>
public sealed class DirectoryStore(AppDbContext db, AuditLog audit, OfficeProfileProvider office, TimeProvider time)
{
    public const string SubjectUnit = "unit";
    public const string SubjectPost = "post";
    public const string SubjectEmployee = "employee";
    public const string SubjectRoom = "room";
    public const string SubjectBuilding = "building";
    public const string SubjectPrint = "print";

    /// <summary>The directory as it is now.</summary>
    public Task<DirectoryState> CurrentAsync(CancellationToken cancellationToken) => LoadAsync(db, cancellationToken);

    public static async Task<DirectoryState> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var buildings = await db.Buildings.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Id)
            .Select(b => new DirectoryState.BuildingEntry(b.Id, b.Code, b.Name, b.Address, b.IsMain, b.SortOrder)).ToListAsync(cancellationToken);
        var units = await db.OrganisationalUnits.AsNoTracking().OrderBy(u => u.SortOrder).ThenBy(u => u.Id)
            .Select(u => new DirectoryState.UnitEntry(u.Id, u.Code, u.Name, u.Kind, u.SortOrder, u.IsActive)).ToListAsync(cancellationToken);
        var rooms = await db.Rooms.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => new DirectoryState.RoomEntry(r.Id, r.BuildingId, r.Floor, r.Number, r.Description)).ToListAsync(cancellationToken);
        var holders = await db.PostHolders.AsNoTracking().OrderBy(h => h.EmployeeId).ToListAsync(cancellationToken);
        var posts = (await db.Posts.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken))
            .Select(p => new DirectoryState.PostEntry(p.Id, p.Name, p.Tasks, p.OrganisationalUnitId, p.RoomId, p.Phones, p.Email,
                p.SortOrder, p.IsActive, p.IsAccessibilityContact, holders.Where(h => h.PostId == p.Id).Select(h => h.EmployeeId).ToList()))
            .ToList();
        var employees = await db.Employees.AsNoTracking().OrderBy(e => e.Id)
            .Select(e => new DirectoryState.EmployeeEntry(e.Id, e.FirstName, e.LastName, e.IsActive)).ToListAsync(cancellationToken);
        var hours = (await db.OfficeHours.AsNoTracking().ToListAsync(cancellationToken))
            .Select(h => new DirectoryState.HoursEntry(h.BuildingId, h.Day, h.Opens, h.Closes))
            .OrderBy(h => h.BuildingId).ThenBy(h => ((int)h.Day + 6) % 7).ThenBy(h => h.Opens).ToList();
        var cash = (await db.CashDeskHours.AsNoTracking().ToListAsync(cancellationToken))
            .Select(h => new DirectoryState.HoursEntry(h.BuildingId, h.Day, h.Opens, h.Closes))
            .OrderBy(h => h.BuildingId).ThenBy(h => ((int)h.Day + 6) % 7).ThenBy(h => h.Opens).ToList();
        return new DirectoryState(buildings, units, rooms, posts, employees, hours, cash);
    }

    /// <summary>
    /// Saves the pending changes of <see cref="AppDbContext"/> with an audit entry and a dated copy of the
    /// directory after them. Either all three are stored or none.
    /// </summary>
    public async Task SaveAsync(string action, string subjectType, Func<string> subjectId, string summary, object? details, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var entry = audit.Record(action, subjectType, subjectId(), details);
        await RecordSnapshotAsync(db, entry.Actor, summary, (await office.GetAsync(cancellationToken)).Today(time), time.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        office.Invalidate();
    }

    public static async Task RecordSnapshotAsync(AppDbContext db, string actor, string summary, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = await LoadAsync(db, cancellationToken);
        db.DirectorySnapshots.Add(new DirectorySnapshot
        {
            RecordedAt = now,
            RecordedOn = today,
            RecordedBy = actor,
            Summary = summary.Length > 500 ? summary[..500] : summary,
            State = state.ToJson(),
        });
    }

    /// <summary>The directory as it stood at the end of <paramref name="day"/>, with the copy it came from; null before the first copy.</summary>
    public async Task<(DirectoryState State, DirectorySnapshot Copy)?> OnAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var copies = await db.DirectorySnapshots.AsNoTracking().Where(s => s.RecordedOn <= day)
            .Select(s => new { s.Id, s.RecordedOn }).ToListAsync(cancellationToken);
        var chosen = DirectoryRules.StateOn(copies, c => c.RecordedOn, c => c.Id, day);
        var copy = chosen is null ? null : await db.DirectorySnapshots.AsNoTracking().SingleAsync(s => s.Id == chosen.Id, cancellationToken);
        return copy is null ? null : (DirectoryState.FromJson(copy.State), copy);
    }
}
