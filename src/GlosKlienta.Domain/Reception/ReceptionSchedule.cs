namespace GlosKlienta.Domain.Reception;

/// <summary>One weekly slot in which the Burmistrz or the deputy receives citizens on complaints and requests.</summary>
/// <param name="OfficialRole">Whose slot: the role name of the Burmistrz or of the Zastępca Burmistrza.</param>
/// <param name="BuildingId">Where; null means the main building, whose hours then decide what "after working hours" is.</param>
public sealed record ReceptionSlot(string OfficialRole, DayOfWeek Day, TimeOnly From, TimeOnly To, int? BuildingId = null);

/// <summary>
/// A reception held on a given date in place of a weekly slot that falls on a day off (art. 253 § 2 and § 3 KPA still
/// require one a week, and one after working hours).
/// </summary>
public sealed record ReceptionSubstitute(DateOnly Date, string OfficialRole, TimeOnly From, TimeOnly To, int? BuildingId = null);

/// <summary>A week whose receptions fall short because weekly slots land on days off, and what is missing.</summary>
/// <param name="WeekStart">The Monday of the week.</param>
/// <param name="Missed">The slots' dates that are days off, with the holiday's name.</param>
/// <param name="NoReception">No reception at all is left that week (art. 253 § 2 KPA).</param>
/// <param name="NoAfterHours">No reception after working hours is left that week (art. 253 § 3 KPA).</param>
public sealed record WeekShortfall(DateOnly WeekStart, IReadOnlyList<(DateOnly Date, string Holiday)> Missed, bool NoReception, bool NoAfterHours);

/// <summary>The hours one building of the office is open on one weekday.</summary>
public sealed record WorkingDay(int BuildingId, DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);

public enum ReceptionProblemKind
{
    /// <summary>The slot belongs to someone other than the Burmistrz or the deputy.</summary>
    UnknownOfficial,
    /// <summary>The slot ends at or before its start.</summary>
    EndsBeforeStart,
    /// <summary>The slot overlaps another slot of the same official on the same day.</summary>
    Overlap,
    /// <summary>Nobody receives citizens in some week (art. 253 § 2 KPA).</summary>
    NoWeeklyReception,
    /// <summary>No slot in the week runs after working hours (art. 253 § 3 KPA).</summary>
    NoReceptionAfterWorkingHours,
}

/// <summary>A problem with the schedule; <see cref="SlotIndex"/> names the slot (0-based) or is null for the schedule as a whole.</summary>
public sealed record ReceptionProblem(ReceptionProblemKind Kind, int? SlotIndex = null);

/// <summary>
/// Art. 253 KPA as a check of the weekly schedule of receptions on complaints and requests:
/// § 2 "kierownicy organów ... lub wyznaczeni przez nich zastępcy obowiązani są przyjmować obywateli
/// ... co najmniej raz w tygodniu", § 3 "przynajmniej raz w tygodniu przyjęcia powinny się odbywać
/// w ustalonym dniu po godzinach pracy". The duty falls on the head of the body <em>or</em> a deputy
/// the head designates, so the schedule of the two together must meet it; the statute does not
/// require each of them to hold receptions. A slot counts as after working hours when it lies wholly
/// outside its building's hours that day (a slot that starts before closing is partly within them),
/// or falls on a day the building is closed. A week in which slots fall on a public holiday needs a
/// substitute reception that week (<see cref="SubstitutesNeeded"/>).
/// </summary>
public static class ReceptionSchedule
{
    /// <summary>The roles whose receptions art. 253 § 2 KPA is about, in the order they are shown.</summary>
    public static IReadOnlyList<string> Officials { get; } = [Staff.Roles.Burmistrz, Staff.Roles.ZastepcaBurmistrza];

    public static IReadOnlyList<ReceptionProblem> Check(IReadOnlyList<ReceptionSlot> slots, IReadOnlyList<WorkingDay> workingHours, int mainBuildingId)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(workingHours);

        var problems = new List<ReceptionProblem>();
        for (var i = 0; i < slots.Count; i++)
        {
            var s = slots[i];
            if (!Officials.Contains(s.OfficialRole)) problems.Add(new(ReceptionProblemKind.UnknownOfficial, i));
            if (s.To <= s.From) problems.Add(new(ReceptionProblemKind.EndsBeforeStart, i));
        }
        for (var i = 0; i < slots.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (a, b) = (slots[i], slots[j]);
                if (a.OfficialRole == b.OfficialRole && a.Day == b.Day && a.From < b.To && b.From < a.To && a.From < a.To && b.From < b.To)
                {
                    problems.Add(new(ReceptionProblemKind.Overlap, i));
                    break;
                }
            }
        }

        var valid = slots.Where(s => Officials.Contains(s.OfficialRole) && s.From < s.To).ToList();
        if (valid.Count == 0) problems.Add(new(ReceptionProblemKind.NoWeeklyReception));
        else if (!valid.Any(s => IsAfterWorkingHours(s, workingHours, mainBuildingId)))
            problems.Add(new(ReceptionProblemKind.NoReceptionAfterWorkingHours));
        return problems;
    }

    /// <summary>Whether the slot lies wholly outside its building's working hours that day, or the building is closed that day.</summary>
    public static bool IsAfterWorkingHours(ReceptionSlot slot, IReadOnlyList<WorkingDay> workingHours, int mainBuildingId)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(workingHours);
        var building = slot.BuildingId ?? mainBuildingId;
        return !workingHours.Any(h => h.BuildingId == building && h.Day == slot.Day && slot.From < h.Closes && h.Opens < slot.To);
    }

    /// <summary>
    /// The weeks from <paramref name="from"/> to <paramref name="to"/> in which weekly slots fall on public holidays
    /// (PolishHolidays) so that, with the substitutes already set that week, no reception is left (§ 2) or none after
    /// working hours (§ 3). A substitute on a holiday counts as after working hours (the office is closed).
    /// </summary>
    public static IReadOnlyList<WeekShortfall> SubstitutesNeeded(IReadOnlyList<ReceptionSlot> slots, IReadOnlyList<WorkingDay> workingHours, int mainBuildingId,
        DateOnly from, DateOnly to, IReadOnlyList<ReceptionSubstitute> substitutes)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(substitutes);
        var valid = slots.Where(s => Officials.Contains(s.OfficialRole) && s.From < s.To).ToList();
        var result = new List<WeekShortfall>();
        if (valid.Count == 0) return result;
        var weekStart = from.AddDays(-(((int)from.DayOfWeek + 6) % 7));
        for (; weekStart <= to; weekStart = weekStart.AddDays(7))
        {
            var missed = new List<(DateOnly, string)>();
            var held = new List<ReceptionSlot>();
            foreach (var slot in valid)
            {
                var date = weekStart.AddDays(((int)slot.Day + 6) % 7);
                if (Register.PolishHolidays.IsHoliday(date, out var name)) missed.Add((date, name));
                else held.Add(slot);
            }
            if (missed.Count == 0) continue;
            var replacements = substitutes.Where(x => x.Date >= weekStart && x.Date < weekStart.AddDays(7) && Officials.Contains(x.OfficialRole) && x.From < x.To).ToList();
            var noReception = held.Count == 0 && replacements.Count == 0;
            var noAfterHours = !held.Any(s => IsAfterWorkingHours(s, workingHours, mainBuildingId))
                && !replacements.Any(x => Register.PolishHolidays.IsHoliday(x.Date, out _)
                    || IsAfterWorkingHours(new ReceptionSlot(x.OfficialRole, x.Date.DayOfWeek, x.From, x.To, x.BuildingId), workingHours, mainBuildingId));
            if (noReception || noAfterHours) result.Add(new WeekShortfall(weekStart, missed.Distinct().OrderBy(m => m.Item1).ToList(), noReception, noAfterHours));
        }
        return result;
    }
}
