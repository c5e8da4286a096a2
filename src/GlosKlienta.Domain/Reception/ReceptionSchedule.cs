namespace GlosKlienta.Domain.Reception;

/// <summary>One weekly slot in which the Burmistrz or the deputy receives citizens on complaints and requests.</summary>
/// <param name="OfficialRole">Whose slot: the role name of the Burmistrz or of the Zastępca Burmistrza.</param>
/// <param name="BuildingId">Where; null means the main building, whose hours then decide what "after working hours" is.</param>
public sealed record ReceptionSlot(string OfficialRole, DayOfWeek Day, TimeOnly From, TimeOnly To, int? BuildingId = null);

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
/// require each of them to hold receptions. A slot counts as after working hours when it runs past
/// the closing time of its building on its day, or falls on a day the building is closed.
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

    /// <summary>Whether the slot runs past the building's closing time that day, or the building is closed that day.</summary>
    public static bool IsAfterWorkingHours(ReceptionSlot slot, IReadOnlyList<WorkingDay> workingHours, int mainBuildingId)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(workingHours);
        var building = slot.BuildingId ?? mainBuildingId;
        var day = workingHours.Where(h => h.BuildingId == building && h.Day == slot.Day).ToList();
        if (day.Count == 0) return true;
        return slot.To > day.Max(h => h.Closes);
    }
}
