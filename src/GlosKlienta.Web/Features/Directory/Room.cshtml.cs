using GlosKlienta.Domain.Directory;

namespace GlosKlienta.Web.Features.Directory;

/// <summary>A new or changed room: building, floor, number as on the door, and an optional description.</summary>
[Authorize(Policy = Policies.DirectoryEdit)]
public sealed class RoomModel(AppDbContext db, DirectoryStore store, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string BuildingField = "budynek";
    public const string FloorField = "pietro";
    public const string NumberField = "numer";
    public const string DescriptionField = "opis";

    [BindProperty] public string? Building { get; set; }
    [BindProperty] public string? Floor { get; set; }
    [BindProperty] public string? Number { get; set; }
    [BindProperty] public string? Description { get; set; }

    public int? Id { get; private set; }
    public FormErrors Errors { get; } = new();
    public IReadOnlyList<Building> Buildings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, string? budynek, CancellationToken cancellationToken)
    {
        Id = id;
        await LoadAsync(cancellationToken);
        if (id is null)
        {
            Building = Buildings.Any(b => b.Code == budynek) ? budynek : (Buildings.Count > 0 ? Buildings[0].Code : null);
            Floor = "0";
            return Page();
        }
        var room = await db.Rooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (room is null) return NotFound();
        Building = Buildings.Single(b => b.Id == room.BuildingId).Code;
        (Floor, Number, Description) = (room.Floor.ToString(CultureInfo.InvariantCulture), room.Number, room.Description);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        await LoadAsync(cancellationToken);
        Room? room = null;
        if (id is not null)
        {
            room = await db.Rooms.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (room is null) return NotFound();
        }
        Number = (Number ?? "").Trim();
        Description = DirectoryForms.Clean(Description);
        var building = Buildings.SingleOrDefault(b => b.Code == Building);
        if (building is null) Errors.Add(BuildingField, text["Directory.Error.Building"]);
        if (!int.TryParse((Floor ?? "").Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var floor) || !DirectoryRules.IsValidFloor(floor))
            Errors.Add(FloorField, text["Directory.Error.Floor", DirectoryRules.MinFloor, DirectoryRules.MaxFloor]);
        if (!DirectoryRules.IsValidRoomNumber(Number)) Errors.Add(NumberField, text["Directory.Error.RoomNumber"]);
        else if (building is not null && await db.Rooms.AnyAsync(r => r.BuildingId == building.Id && r.Number == Number && r.Id != (id ?? 0), cancellationToken))
            Errors.Add(NumberField, text["Directory.Error.RoomTaken"]);
        if (Description is { Length: > 200 }) Errors.Add(DescriptionField, text["Directory.Error.TooLong", 200]);
        if (Errors.Any) return Page();

        var before = room is null ? null : new { room.BuildingId, room.Floor, room.Number, room.Description };
        room ??= db.Rooms.Add(new Room { Number = Number, BuildingId = building!.Id }).Entity;
        room.BuildingId = building!.Id;
        room.Floor = floor;
        room.Number = Number;
        room.Description = Description;
        var saved = room;
        await store.SaveAsync(DirectoryActions.RoomSaved, DirectoryStore.SubjectRoom, () => saved.Id.ToString(CultureInfo.InvariantCulture),
            text["Directory.Summary.Room", Number, building.Name], new { Before = before, After = new { BuildingId = building.Id, Floor = floor, Number, Description } }, cancellationToken);
        return Redirect("/personel/spis?zapisano=tak#budynki");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Buildings = await db.Buildings.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync(cancellationToken);
}
