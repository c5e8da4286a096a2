using GlosKlienta.Domain.Directory;

namespace GlosKlienta.Web.Features.Directory;

/// <summary>Office hours (the existing <see cref="OfficeHours"/>) and cash-desk hours of one building, one line per weekday; an empty line is a closed day.</summary>
[Authorize(Policy = Policies.DirectoryEdit)]
public sealed class HoursModel(AppDbContext db, DirectoryStore store, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>Posted as Office[Monday].Opens etc.; the field ids are <c>urzad-Monday-od</c>.</summary>
    public sealed class DayHours
    {
        public string? Opens { get; set; }
        public string? Closes { get; set; }
    }

    [BindProperty] public Dictionary<DayOfWeek, DayHours> Office { get; set; } = [];
    [BindProperty] public Dictionary<DayOfWeek, DayHours> Cash { get; set; } = [];

    public Building Building { get; private set; } = null!;
    public FormErrors Errors { get; } = new();

    public static string FieldId(string kind, DayOfWeek day, bool opens) => $"{kind}-{day}-{(opens ? "od" : "do")}";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken)) return NotFound();
        var office = await db.OfficeHours.AsNoTracking().Where(h => h.BuildingId == Building.Id).ToListAsync(cancellationToken);
        var cash = await db.CashDeskHours.AsNoTracking().Where(h => h.BuildingId == Building.Id).ToListAsync(cancellationToken);
        foreach (var day in DirectoryForms.Week)
        {
            var o = office.FirstOrDefault(h => h.Day == day);
            Office[day] = new DayHours { Opens = DirectoryForms.Time(o?.Opens), Closes = DirectoryForms.Time(o?.Closes) };
            var c = cash.FirstOrDefault(h => h.Day == day);
            Cash[day] = new DayHours { Opens = DirectoryForms.Time(c?.Opens), Closes = DirectoryForms.Time(c?.Closes) };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken)) return NotFound();
        var office = Read("urzad", Office);
        var cash = Read("kasa", Cash);
        if (Errors.Any) return Page();

        db.OfficeHours.RemoveRange(await db.OfficeHours.Where(h => h.BuildingId == Building.Id).ToListAsync(cancellationToken));
        db.CashDeskHours.RemoveRange(await db.CashDeskHours.Where(h => h.BuildingId == Building.Id).ToListAsync(cancellationToken));
        db.OfficeHours.AddRange(office.Select(h => new OfficeHours { BuildingId = Building.Id, Day = h.Day, Opens = h.Opens, Closes = h.Closes }));
        db.CashDeskHours.AddRange(cash.Select(h => new CashDeskHours { BuildingId = Building.Id, Day = h.Day, Opens = h.Opens, Closes = h.Closes }));
        await store.SaveAsync(DirectoryActions.HoursSaved, DirectoryStore.SubjectBuilding, () => Building.Code, text["Directory.Summary.Hours", Building.Name],
            new { Office = office.Select(h => $"{h.Day} {h.Opens:HH\\:mm}-{h.Closes:HH\\:mm}"), Cash = cash.Select(h => $"{h.Day} {h.Opens:HH\\:mm}-{h.Closes:HH\\:mm}") }, cancellationToken);
        return Redirect("/personel/spis?zapisano=tak#budynki");
    }

    private List<(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)> Read(string kind, Dictionary<DayOfWeek, DayHours> posted)
    {
        var result = new List<(DayOfWeek, TimeOnly, TimeOnly)>();
        foreach (var day in DirectoryForms.Week)
        {
            var h = posted.GetValueOrDefault(day) ?? new DayHours();
            posted[day] = h;
            var opensOk = DirectoryForms.TryTime(h.Opens, out var opens);
            var closesOk = DirectoryForms.TryTime(h.Closes, out var closes);
            var dayName = DirectoryForms.Day(day);
            if (!opensOk) Errors.Add(FieldId(kind, day, true), text["Directory.Error.Time", dayName]);
            if (!closesOk) Errors.Add(FieldId(kind, day, false), text["Directory.Error.Time", dayName]);
            if (!opensOk || !closesOk) continue;
            if (opens is null && closes is null) continue;
            if (opens is null || closes is null) Errors.Add(FieldId(kind, day, opens is null), text["Directory.Error.TimeHalf", dayName]);
            else if (!DirectoryRules.IsValidHours(opens.Value, closes.Value)) Errors.Add(FieldId(kind, day, false), text["Directory.Error.TimeOrder", dayName]);
            else result.Add((day, opens.Value, closes.Value));
        }
        return result;
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var building = await db.Buildings.AsNoTracking().SingleOrDefaultAsync(b => b.Code == code, cancellationToken);
        if (building is null) return false;
        Building = building;
        return true;
    }
}
