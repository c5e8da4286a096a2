using GlosKlienta.Domain.Reception;
using GlosKlienta.Domain.Staff;

namespace GlosKlienta.Domain.Tests.Reception;

public sealed class ReceptionScheduleTests
{
    private const int Main = 1;
    private const int Ratusz = 2;

    private static TimeOnly T(string hhmm) => TimeOnly.Parse(hhmm, System.Globalization.CultureInfo.InvariantCulture);

    // Monday to Friday 7:30-15:30 in both buildings, except the Ratusz, open until 17:00 on Mondays.
    private static readonly IReadOnlyList<WorkingDay> Office =
    [
        .. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new WorkingDay(Main, d, T("07:30"), T("15:30"))),
        new WorkingDay(Ratusz, DayOfWeek.Monday, T("07:30"), T("17:00")),
        .. new[] { DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new WorkingDay(Ratusz, d, T("07:30"), T("15:30"))),
    ];

    private static ReceptionSlot Slot(string role, DayOfWeek day, string from, string to, int? building = null) => new(role, day, T(from), T(to), building);

    private static List<ReceptionProblemKind> Kinds(params ReceptionSlot[] slots) =>
        ReceptionSchedule.Check(slots, Office, Main).Select(p => p.Kind).ToList();

    [Fact]
    public void EmptySchedule_BreaksTheWeeklyDuty()
    {
        Assert.Equal([ReceptionProblemKind.NoWeeklyReception], Kinds());
    }

    [Fact]
    public void OnlyWithinWorkingHours_BreaksTheAfterHoursDuty()
    {
        Assert.Equal([ReceptionProblemKind.NoReceptionAfterWorkingHours],
            Kinds(Slot(Roles.Burmistrz, DayOfWeek.Monday, "10:00", "12:00"), Slot(Roles.ZastepcaBurmistrza, DayOfWeek.Wednesday, "13:00", "15:30")));
    }

    [Fact]
    public void OneSlotRunningPastClosing_MeetsBothDuties()
    {
        Assert.Empty(Kinds(Slot(Roles.Burmistrz, DayOfWeek.Monday, "14:00", "16:30")));
    }

    [Fact]
    public void DeputyAlone_MeetsTheDuty_BecauseTheStatuteAllowsADesignatedDeputy()
    {
        Assert.Empty(Kinds(Slot(Roles.ZastepcaBurmistrza, DayOfWeek.Thursday, "15:30", "17:00")));
    }

    [Fact]
    public void SlotEndingExactlyAtClosing_IsNotAfterWorkingHours()
    {
        Assert.Equal([ReceptionProblemKind.NoReceptionAfterWorkingHours], Kinds(Slot(Roles.Burmistrz, DayOfWeek.Monday, "13:30", "15:30")));
    }

    [Fact]
    public void SlotOnADayTheBuildingIsClosed_IsAfterWorkingHours()
    {
        Assert.Empty(Kinds(Slot(Roles.Burmistrz, DayOfWeek.Saturday, "09:00", "11:00")));
    }

    [Fact]
    public void TheSlotsOwnBuildingDecides_NotTheMainOne()
    {
        // 15:00-16:30 runs past 15:30 at Parkowa but not past 17:00 in the Ratusz on Mondays.
        Assert.Empty(Kinds(Slot(Roles.Burmistrz, DayOfWeek.Monday, "15:00", "16:30", Main)));
        Assert.Equal([ReceptionProblemKind.NoReceptionAfterWorkingHours], Kinds(Slot(Roles.Burmistrz, DayOfWeek.Monday, "15:00", "16:30", Ratusz)));
    }

    [Fact]
    public void SlotThatEndsBeforeItStarts_IsReportedAndDoesNotCount()
    {
        var problems = ReceptionSchedule.Check([Slot(Roles.Burmistrz, DayOfWeek.Monday, "16:00", "15:00")], Office, Main);
        Assert.Equal([new ReceptionProblem(ReceptionProblemKind.EndsBeforeStart, 0), new ReceptionProblem(ReceptionProblemKind.NoWeeklyReception)], problems);
    }

    [Fact]
    public void OtherOfficial_IsReportedAndDoesNotCount()
    {
        var problems = ReceptionSchedule.Check([Slot(Roles.KierownikReferatu, DayOfWeek.Monday, "15:00", "17:00")], Office, Main);
        Assert.Equal([new ReceptionProblem(ReceptionProblemKind.UnknownOfficial, 0), new ReceptionProblem(ReceptionProblemKind.NoWeeklyReception)], problems);
    }

    [Fact]
    public void OverlappingSlotsOfTheSameOfficial_AreReported_ButOfDifferentOfficialsAreFine()
    {
        var problems = ReceptionSchedule.Check(
            [
                Slot(Roles.Burmistrz, DayOfWeek.Monday, "14:00", "16:30"),
                Slot(Roles.Burmistrz, DayOfWeek.Monday, "16:00", "17:00"),
                Slot(Roles.ZastepcaBurmistrza, DayOfWeek.Monday, "14:00", "16:30"),
            ], Office, Main);
        Assert.Equal([new ReceptionProblem(ReceptionProblemKind.Overlap, 1)], problems);
    }
}
