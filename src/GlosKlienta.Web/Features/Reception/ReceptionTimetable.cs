using GlosKlienta.Domain.Reception;

namespace GlosKlienta.Web.Features.Reception;

/// <summary>One slot of the reception hours as citizens see it.</summary>
public sealed record ReceptionEntry(
    string OfficialRole,
    string? OfficialName,
    DayOfWeek Day,
    TimeOnly From,
    TimeOnly To,
    string? BuildingName,
    string? BuildingAddress,
    string? Place,
    string? Notes,
    bool AfterWorkingHours);

/// <summary>Reads the single record of the art. 253 reception hours for pages, letters and notice boards.</summary>
public static class ReceptionTimetable
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    /// <summary>Monday first, as Polish calendars are.</summary>
    public static int DayOrder(DayOfWeek day) => ((int)day + 6) % 7;

    public static IReadOnlyList<DayOfWeek> Week { get; } = Enum.GetValues<DayOfWeek>().OrderBy(DayOrder).ToList();

    public static string DayName(DayOfWeek day) => Polish.DateTimeFormat.GetDayName(day);

    public static string Time(TimeOnly t) => t.ToString("H:mm", Polish);

    /// <summary>The building hours as the art. 253 rule needs them, and the id of the main building.</summary>
    public static async Task<(IReadOnlyList<WorkingDay> Hours, int MainBuildingId)> WorkingHoursAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var hours = await db.OfficeHours.AsNoTracking().Select(h => new WorkingDay(h.BuildingId, h.Day, h.Opens, h.Closes)).ToListAsync(cancellationToken);
        var main = await db.Buildings.AsNoTracking().OrderByDescending(b => b.IsMain).ThenBy(b => b.SortOrder).Select(b => b.Id).FirstOrDefaultAsync(cancellationToken);
        return (hours, main);
    }

    public static async Task<IReadOnlyList<ReceptionEntry>> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.ReceptionHours.AsNoTracking().Include(r => r.Building).ToListAsync(cancellationToken);
        var (hours, main) = await WorkingHoursAsync(db, cancellationToken);
        var mainBuilding = await db.Buildings.AsNoTracking().FirstOrDefaultAsync(b => b.Id == main, cancellationToken);
        return rows
            .OrderBy(r => ReceptionSchedule.Officials.ToList().IndexOf(r.OfficialRole))
            .ThenBy(r => DayOrder(r.Day)).ThenBy(r => r.From)
            .Select(r =>
            {
                var building = r.Building ?? mainBuilding;
                return new ReceptionEntry(r.OfficialRole, r.OfficialName, r.Day, r.From, r.To, building?.Name, building?.Address, r.Place, r.Notes,
                    ReceptionSchedule.IsAfterWorkingHours(new ReceptionSlot(r.OfficialRole, r.Day, r.From, r.To, r.BuildingId), hours, main));
            })
            .ToList();
    }

    /// <summary>The weekly slots as the domain rule reads them.</summary>
    public static async Task<IReadOnlyList<ReceptionSlot>> SlotsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.ReceptionHours.AsNoTracking().Select(r => new ReceptionSlot(r.OfficialRole, r.Day, r.From, r.To, r.BuildingId)).ToListAsync(cancellationToken);

    /// <summary>The substitute receptions from <paramref name="from"/> on, by date.</summary>
    public static async Task<IReadOnlyList<SubstituteReception>> SubstitutesAsync(AppDbContext db, DateOnly from, CancellationToken cancellationToken) =>
        await db.SubstituteReceptions.AsNoTracking().Include(x => x.Building).Where(x => x.Date >= from)
            .OrderBy(x => x.Date).ThenBy(x => x.From).ToListAsync(cancellationToken);

    /// <summary>
    /// The weeks from <paramref name="from"/> to <paramref name="to"/> whose weekly slots fall on a public holiday and that
    /// lack, even with the substitutes set, a reception (art. 253 § 2 KPA) or one after working hours (§ 3).
    /// </summary>
    public static async Task<IReadOnlyList<WeekShortfall>> ShortfallsAsync(AppDbContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (hours, main) = await WorkingHoursAsync(db, cancellationToken);
        var slots = await SlotsAsync(db, cancellationToken);
        var substitutes = (await SubstitutesAsync(db, from.AddDays(-7), cancellationToken))
            .Select(x => new ReceptionSubstitute(x.Date, x.OfficialRole, x.From, x.To, x.BuildingId)).ToList();
        return ReceptionSchedule.SubstitutesNeeded(slots, hours, main, from, to, substitutes);
    }
}
