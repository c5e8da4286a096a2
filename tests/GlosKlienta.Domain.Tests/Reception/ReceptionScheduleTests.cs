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
    public void OneSlotWhollyAfterClosing_MeetsBothDuties()
    {
        Assert.Empty(Kinds(Slot(Roles.Burmistrz, DayOfWeek.Monday, "15:30", "17:30")));
    }

    // Art. 253 § 3 KPA: "po godzinach pracy" – a slot that starts within working hours lies partly within them, so it is
    // not the after-hours reception (issue 18: the slot lies wholly outside working hours).
    [Fact]
    public void ASlotStraddlingClosingTime_Article253Par3_IsNotAfterWorkingHours()
    {
        Assert.Equal([ReceptionProblemKind.NoReceptionAfterWorkingHours], Kinds(Slot(Roles.Burmistrz, DayOfWeek.Monday, "14:00", "16:30")));
        Assert.Empty(Kinds(Slot(Roles.Burmistrz, DayOfWeek.Monday, "06:30", "07:30")));
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
        // 15:30-16:30 is after 15:30 at Parkowa but within the Ratusz's Monday hours (until 17:00).
        Assert.Empty(Kinds(Slot(Roles.Burmistrz, DayOfWeek.Monday, "15:30", "16:30", Main)));
        Assert.Equal([ReceptionProblemKind.NoReceptionAfterWorkingHours], Kinds(Slot(Roles.Burmistrz, DayOfWeek.Monday, "15:30", "16:30", Ratusz)));
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
                Slot(Roles.Burmistrz, DayOfWeek.Monday, "15:30", "16:30"),
                Slot(Roles.Burmistrz, DayOfWeek.Monday, "16:00", "17:00"),
                Slot(Roles.ZastepcaBurmistrza, DayOfWeek.Monday, "15:30", "16:30"),
            ], Office, Main);
        Assert.Equal([new ReceptionProblem(ReceptionProblemKind.Overlap, 1)], problems);
    }

    // Art. 253 § 2-3 KPA hold every week: when the weekly slots fall on a public holiday the week needs a substitute.
    // Easter Monday 2027 is 29 March; 3 May 2027 (Święto Konstytucji) is a Monday too.
    private static readonly ReceptionSlot MondayAfterHours = Slot(Roles.Burmistrz, DayOfWeek.Monday, "15:30", "17:30");
    private static readonly ReceptionSlot WednesdayMorning = Slot(Roles.ZastepcaBurmistrza, DayOfWeek.Wednesday, "10:00", "12:00");

    [Fact]
    public void SubstitutesNeeded_AHolidayOnTheAfterHoursDay_LeavesTheWeekWithoutOne()
    {
        var weeks = ReceptionSchedule.SubstitutesNeeded([MondayAfterHours, WednesdayMorning], Office, Main, new DateOnly(2027, 3, 1), new DateOnly(2027, 5, 31), []);
        Assert.Equal([new DateOnly(2027, 3, 29), new DateOnly(2027, 5, 3)], weeks.Select(w => w.WeekStart));
        var easter = weeks[0];
        Assert.False(easter.NoReception);
        Assert.True(easter.NoAfterHours);
        Assert.Equal(new DateOnly(2027, 3, 29), Assert.Single(easter.Missed).Date);
    }

    [Fact]
    public void SubstitutesNeeded_ASubstituteAfterHoursThatWeek_MeetsIt_OneWithinHoursDoesNot()
    {
        ReceptionSlot[] slots = [MondayAfterHours];
        var from = new DateOnly(2027, 3, 29);
        var to = new DateOnly(2027, 4, 4);
        var within = ReceptionSchedule.SubstitutesNeeded(slots, Office, Main, from, to, [new(new DateOnly(2027, 3, 31), Roles.Burmistrz, T("10:00"), T("12:00"))]);
        var w = Assert.Single(within);
        Assert.False(w.NoReception);
        Assert.True(w.NoAfterHours);
        Assert.Empty(ReceptionSchedule.SubstitutesNeeded(slots, Office, Main, from, to, [new(new DateOnly(2027, 3, 31), Roles.Burmistrz, T("15:30"), T("17:30"))]));
        // A substitute in another week does not help this one.
        Assert.Single(ReceptionSchedule.SubstitutesNeeded(slots, Office, Main, from, to, [new(new DateOnly(2027, 4, 7), Roles.Burmistrz, T("15:30"), T("17:30"))]));
    }

    [Fact]
    public void SubstitutesNeeded_WeeksWithoutHolidays_NeedNothing() =>
        Assert.Empty(ReceptionSchedule.SubstitutesNeeded([MondayAfterHours], Office, Main, new DateOnly(2027, 6, 7), new DateOnly(2027, 6, 20), []));
}
