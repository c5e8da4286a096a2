using GlosKlienta.Domain.Register;

namespace GlosKlienta.Domain.Tests.Register;

// Every expected date below was counted by hand from the calendar; the comment next to each
// case gives the weekdays and holidays the count passes through.
public sealed class StatutoryDeadlineTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertShifts(Deadline deadline, params string[] expected) =>
        Assert.Equal(expected, deadline.Shifts.Select(s => s.Description));

    [Fact]
    public void For_SkargaEndingOnAWorkingDay_IsDueOnTheSameDayNumberNextMonth()
    {
        // Tue 2026-03-10 + 1 month = Fri 2026-04-10, a working day.
        var deadline = StatutoryDeadline.For(TermKind.Skarga, D("2026-03-10"));

        Assert.Equal(D("2026-04-10"), deadline.NominalEnd);
        Assert.Equal(D("2026-04-10"), deadline.Due);
        Assert.Empty(deadline.Shifts);
        Assert.Equal("art. 237 § 1 KPA", deadline.LegalBasis);
        Assert.Equal(TermLength.Months(1), deadline.Length);
    }

    [Fact]
    public void For_WniosekFromACitizen_IsOneMonthUnderArt244()
    {
        // Tue 2026-03-10 + 1 month = Fri 2026-04-10.
        var deadline = StatutoryDeadline.For(TermKind.Wniosek, D("2026-03-10"));

        Assert.Equal(D("2026-04-10"), deadline.Due);
        Assert.Equal("art. 244 § 1 w zw. z art. 237 § 1 KPA", deadline.LegalBasis);
    }

    [Theory]
    // 2024 is a leap year: 31 January + 1 month = Thu 29 February.
    [InlineData("2024-01-31", "2024-02-29")]
    // 2028 is a leap year: 31 January + 1 month = Tue 29 February.
    [InlineData("2028-01-31", "2028-02-29")]
    // 30 January 2024 + 1 month = Thu 29 February (no 30 February either).
    [InlineData("2024-01-30", "2024-02-29")]
    // 31 March 2026 + 1 month = Thu 30 April (April has no 31st).
    [InlineData("2026-03-31", "2026-04-30")]
    public void For_SkargaReceivedOnADayTheNextMonthLacks_EndsOnThatMonthsLastDay(string received, string expected)
    {
        var deadline = StatutoryDeadline.For(TermKind.Skarga, D(received));

        Assert.Equal(D(expected), deadline.NominalEnd);
        Assert.Equal(D(expected), deadline.Due);
        Assert.Empty(deadline.Shifts);
    }

    [Fact]
    public void For_SkargaReceived31January2026_EndsOnSaturday28FebruaryAndMovesToMonday()
    {
        // 2026 is not a leap year: 31 January + 1 month = Sat 28 February; Sun 1 March; Mon 2 March.
        var deadline = StatutoryDeadline.For(TermKind.Skarga, D("2026-01-31"));

        Assert.Equal(D("2026-02-28"), deadline.NominalEnd);
        Assert.Equal(D("2026-03-02"), deadline.Due);
        AssertShifts(deadline, "2026-02-28 to sobota", "2026-03-01 to niedziela");
    }

    [Fact]
    public void For_SkargaReceived31January2100_EndsOn28FebruaryBecause2100IsNotLeap()
    {
        // 2100 is divisible by 100 and not by 400, so not leap: 31 January + 1 month = Sun 28 February;
        // Mon 1 March is a working day.
        var deadline = StatutoryDeadline.For(TermKind.Skarga, D("2100-01-31"));

        Assert.Equal(D("2100-02-28"), deadline.NominalEnd);
        Assert.Equal(D("2100-03-01"), deadline.Due);
        AssertShifts(deadline, "2100-02-28 to niedziela");
    }

    [Fact]
    public void For_SkargaEndingOnSaturdayBeforeAHolidaySunday_MovesToMonday()
    {
        // Thu 2026-04-02 + 1 month = Sat 2026-05-02; Sun 3 May is also Święto Konstytucji 3 Maja; Mon 4 May.
        var deadline = StatutoryDeadline.For(TermKind.Skarga, D("2026-04-02"));

        Assert.Equal(D("2026-05-02"), deadline.NominalEnd);
        Assert.Equal(D("2026-05-04"), deadline.Due);
        AssertShifts(deadline,
            "2026-05-02 to sobota",
            "2026-05-03 to dzień ustawowo wolny od pracy (Święto Narodowe Trzeciego Maja)");
        Assert.Equal([ShiftReason.Saturday, ShiftReason.Holiday], deadline.Shifts.Select(s => s.Reason));
    }

    [Fact]
    public void For_WniosekEndingOnAnOrdinarySunday_MovesToMonday()
    {
        // Sun 2026-02-08 (e-mail on a Sunday) + 1 month = Sun 2026-03-08; Mon 9 March.
        var deadline = StatutoryDeadline.For(TermKind.Wniosek, D("2026-02-08"));

        Assert.Equal(D("2026-03-09"), deadline.Due);
        AssertShifts(deadline, "2026-03-08 to niedziela");
    }

    [Fact]
    public void For_SkargaEndingOnHolySaturday_MovesPastEasterSundayAndEasterMonday()
    {
        // Wed 2026-03-04 + 1 month = Sat 2026-04-04; Sun 5 April Wielkanoc; Mon 6 April Poniedziałek
        // Wielkanocny; Tue 7 April.
        var deadline = StatutoryDeadline.For(TermKind.Skarga, D("2026-03-04"));

        Assert.Equal(D("2026-04-04"), deadline.NominalEnd);
        Assert.Equal(D("2026-04-07"), deadline.Due);
        AssertShifts(deadline,
            "2026-04-04 to sobota",
            "2026-04-05 to dzień ustawowo wolny od pracy (pierwszy dzień Wielkiej Nocy)",
            "2026-04-06 to dzień ustawowo wolny od pracy (drugi dzień Wielkiej Nocy)");
    }

    [Fact]
    public void For_PrzekazanieEndingOnEasterMonday_MovesToTuesday()
    {
        // Mon 2026-03-30 + 7 days = Mon 2026-04-06, Poniedziałek Wielkanocny; Tue 7 April.
        var deadline = StatutoryDeadline.For(TermKind.Przekazanie, D("2026-03-30"));

        Assert.Equal(D("2026-04-07"), deadline.Due);
        AssertShifts(deadline, "2026-04-06 to dzień ustawowo wolny od pracy (drugi dzień Wielkiej Nocy)");
    }

    [Fact]
    public void MemberNotice_ForRadnyEndingOnPentecost_MovesToMonday_Art237Par2()
    {
        // Art. 237 § 2 KPA: the radny's 14-day notice. Sun 2026-05-10 + 14 days = Sun 2026-05-24, Zielone Świątki
        // (Easter 5 April + 49); Mon 25 May. The handling term stays one month: Wed 10 June.
        var notice = MemberNotice.For(CaseKind.Skarga, SenderKind.Radny, D("2026-05-10"))!;
        var handling = StatutoryDeadline.For(TermKind.Skarga, D("2026-05-10"), SenderKind.Radny);

        Assert.Equal(D("2026-05-25"), notice.Due);
        AssertShifts(notice, "2026-05-24 to dzień ustawowo wolny od pracy (pierwszy dzień Zielonych Świątek)");
        Assert.Equal(D("2026-06-10"), handling.Due);
    }

    [Theory]
    // Thu 2026-05-28 + 7 days = Thu 2026-06-04, Boże Ciało (Easter 5 April + 60); Fri 5 June.
    [InlineData("2026-05-28", "2026-06-04", "2026-06-05")]
    // Thu 2025-06-12 + 7 days = Thu 2025-06-19, Boże Ciało (Easter 20 April + 60); Fri 20 June.
    [InlineData("2025-06-12", "2025-06-19", "2025-06-20")]
    public void For_PrzekazanieEndingOnCorpusChristi_MovesToFriday(string received, string corpusChristi, string expected)
    {
        var deadline = StatutoryDeadline.For(TermKind.Przekazanie, D(received));

        Assert.Equal(D(expected), deadline.Due);
        AssertShifts(deadline, $"{corpusChristi} to dzień ustawowo wolny od pracy (dzień Bożego Ciała)");
    }

    [Fact]
    public void For_PrzekazanieEndingOnAHolidaySaturday_NamesTheHolidayAndMovesPastTheLongWeekend()
    {
        // Sat 2027-04-24 + 7 days = Sat 2027-05-01, Święto Pracy; Sun 2 May; Mon 3 May Święto Konstytucji
        // 3 Maja; Tue 4 May.
        var deadline = StatutoryDeadline.For(TermKind.Przekazanie, D("2027-04-24"));

        Assert.Equal(D("2027-05-04"), deadline.Due);
        AssertShifts(deadline,
            "2027-05-01 to dzień ustawowo wolny od pracy (Święto Państwowe)",
            "2027-05-02 to niedziela",
            "2027-05-03 to dzień ustawowo wolny od pracy (Święto Narodowe Trzeciego Maja)");
    }

    [Fact]
    public void For_SkargaEndingOn24December2024_IsDueThatDay()
    {
        // Sun 2024-11-24 + 1 month = Tue 2024-12-24, a working day in 2024.
        var deadline = StatutoryDeadline.For(TermKind.Skarga, D("2024-11-24"));

        Assert.Equal(D("2024-12-24"), deadline.Due);
        Assert.Empty(deadline.Shifts);
    }

    [Fact]
    public void For_SkargaEndingOn24December2025_MovesPastChristmasAndTheWeekend()
    {
        // Mon 2025-11-24 + 1 month = Wed 2025-12-24 (a holiday from 2025); Thu 25 and Fri 26 December;
        // Sat 27; Sun 28; Mon 29 December.
        var deadline = StatutoryDeadline.For(TermKind.Skarga, D("2025-11-24"));

        Assert.Equal(D("2025-12-24"), deadline.NominalEnd);
        Assert.Equal(D("2025-12-29"), deadline.Due);
        AssertShifts(deadline,
            "2025-12-24 to dzień ustawowo wolny od pracy (Wigilia Bożego Narodzenia)",
            "2025-12-25 to dzień ustawowo wolny od pracy (pierwszy dzień Bożego Narodzenia)",
            "2025-12-26 to dzień ustawowo wolny od pracy (drugi dzień Bożego Narodzenia)",
            "2025-12-27 to sobota",
            "2025-12-28 to niedziela");
    }

    [Fact]
    public void For_PetycjaAcrossTheYearEnd_IsThreeMonthsOnTheSameDayNumber()
    {
        // Wed 2025-10-15 + 3 months = Thu 2026-01-15, a working day.
        var deadline = StatutoryDeadline.For(TermKind.Petycja, D("2025-10-15"));

        Assert.Equal(D("2026-01-15"), deadline.Due);
        Assert.Empty(deadline.Shifts);
        Assert.Equal("art. 10 ust. 1 ustawy o petycjach", deadline.LegalBasis);
        Assert.Equal(TermLength.Months(3), deadline.Length);
    }

    [Fact]
    public void For_PetycjaReceived30November_EndsOnLastDayOfFebruaryAndMovesPastTheWeekend()
    {
        // Sun 2025-11-30 + 3 months = February 2026 has no 30th -> Sat 2026-02-28; Sun 1 March; Mon 2 March.
        var deadline = StatutoryDeadline.For(TermKind.Petycja, D("2025-11-30"));

        Assert.Equal(D("2026-02-28"), deadline.NominalEnd);
        Assert.Equal(D("2026-03-02"), deadline.Due);
        AssertShifts(deadline, "2026-02-28 to sobota", "2026-03-01 to niedziela");
    }

    // Art. 237 § 2 KPA (domain guide § 4, issue 18): "Posłowi, senatorowi lub radnemu, który wniósł skargę we własnym imieniu
    // albo przekazał do załatwienia skargę innej osoby, zawiadomienie o sposobie załatwienia skargi, a w razie potrzeby
    // o stanie rozpatrywania skargi, przesyła się w terminie czternastu dni": a notice, not a shorter handling term.
    [Theory]
    [InlineData(SenderKind.Posel)]
    [InlineData(SenderKind.Senator)]
    [InlineData(SenderKind.Radny)]
    public void For_SkargaFromAMemberOfParliamentSenatorOrCouncillor_StaysOneMonth_Art237Par1(SenderKind sender)
    {
        // Wed 2026-03-04 + 1 month = Sat 4 April; Sun 5 April Wielkanoc; Mon 6 April Poniedziałek Wielkanocny; Tue 7 April.
        var deadline = StatutoryDeadline.For(TermKind.Skarga, D("2026-03-04"), sender);

        Assert.Equal(TermLength.Months(1), deadline.Length);
        Assert.Equal(D("2026-04-07"), deadline.Due);
        Assert.Equal("art. 237 § 1 KPA", deadline.LegalBasis);
    }

    [Theory]
    [InlineData(SenderKind.Posel)]
    [InlineData(SenderKind.Senator)]
    [InlineData(SenderKind.Radny)]
    public void MemberNotice_ForSkargaOfAMember_Is14DaysFromFiling_Art237Par2(SenderKind sender)
    {
        // Wed 2026-03-04 + 14 days = Wed 2026-03-18, a working day.
        var notice = MemberNotice.For(CaseKind.Skarga, sender, D("2026-03-04"))!;

        Assert.Equal(TermKind.ZawiadomienieArt237, notice.Kind);
        Assert.Equal(TermLength.Days(14), notice.Length);
        Assert.Equal(D("2026-03-18"), notice.Due);
        Assert.Equal("art. 237 § 2 KPA", notice.LegalBasis);
    }

    [Theory]
    [InlineData(SenderKind.Posel)]
    [InlineData(SenderKind.Radny)]
    public void Wniosek_OfAMember_StaysOneMonth_Art244_AndOwesTheNoticeThroughArt247(SenderKind sender)
    {
        var handling = StatutoryDeadline.For(TermKind.Wniosek, D("2026-03-04"), sender);
        var notice = MemberNotice.For(CaseKind.Wniosek, sender, D("2026-03-04"))!;

        Assert.Equal(D("2026-04-07"), handling.Due);
        Assert.Equal("art. 244 § 1 w zw. z art. 237 § 1 KPA", handling.LegalBasis);
        Assert.Equal(D("2026-03-18"), notice.Due);
        Assert.Equal("art. 237 § 2 w zw. z art. 247 KPA", notice.LegalBasis);
    }

    [Theory]
    [InlineData(CaseKind.Skarga, SenderKind.Obywatel)]
    [InlineData(CaseKind.Wniosek, SenderKind.Obywatel)]
    [InlineData(CaseKind.Petycja, SenderKind.Posel)]
    [InlineData(CaseKind.NieRozpatrywanaWTrybieDzialuVIII, SenderKind.Radny)]
    public void MemberNotice_IsOwedOnlyForASkargaOrWniosekOfAMember_Art237Par2_Art247(CaseKind kind, SenderKind sender)
    {
        Assert.False(MemberNotice.Applies(kind, sender));
        Assert.Null(MemberNotice.For(kind, sender, D("2026-03-04")));
    }

    [Theory]
    [InlineData(TermKind.Skarga, SenderKind.Posel)]
    [InlineData(TermKind.Wniosek, SenderKind.Senator)]
    [InlineData(TermKind.Petycja, SenderKind.Posel)]
    [InlineData(TermKind.Petycja, SenderKind.Radny)]
    [InlineData(TermKind.Przekazanie, SenderKind.Senator)]
    [InlineData(TermKind.PrzekazaniePetycji, SenderKind.Posel)]
    [InlineData(TermKind.Wyjasnienie, SenderKind.Radny)]
    public void For_AnyKind_IgnoresTheSender_Art237Par2IsANoticeNotATerm(TermKind kind, SenderKind sender)
    {
        var citizen = StatutoryDeadline.For(kind, D("2026-03-04"));
        var official = StatutoryDeadline.For(kind, D("2026-03-04"), sender);

        Assert.Equal(citizen.Length, official.Length);
        Assert.Equal(citizen.Due, official.Due);
        Assert.Equal(citizen.LegalBasis, official.LegalBasis);
    }

    [Fact]
    public void For_PrzekazanieReceivedOnFriday_IsDueTheNextFriday()
    {
        // Fri 2026-03-13: the count starts on Sat 14 March, day 7 is Fri 20 March.
        var deadline = StatutoryDeadline.For(TermKind.Przekazanie, D("2026-03-13"));

        Assert.Equal(TermLength.Days(7), deadline.Length);
        Assert.Equal(D("2026-03-20"), deadline.Due);
        Assert.Empty(deadline.Shifts);
        Assert.Equal("art. 231 KPA, dla wniosków art. 243 KPA", deadline.LegalBasis);
    }

    [Fact]
    public void For_PrzekazaniePetycji_Is30Days()
    {
        // Sat 2026-01-10 + 30 days: 21 days to 31 January, 9 more to Mon 2026-02-09.
        var deadline = StatutoryDeadline.For(TermKind.PrzekazaniePetycji, D("2026-01-10"));

        Assert.Equal(D("2026-02-09"), deadline.Due);
        Assert.Empty(deadline.Shifts);
        Assert.Equal("art. 6 ust. 1 ustawy o petycjach", deadline.LegalBasis);
    }

    [Fact]
    public void For_WyjasnienieEndingOnIndependenceDay_MovesToThursday()
    {
        // Call delivered Wed 2026-11-04 + 7 days = Wed 2026-11-11, Narodowe Święto Niepodległości; Thu 12 November.
        var deadline = StatutoryDeadline.For(TermKind.Wyjasnienie, D("2026-11-04"));

        Assert.Equal(D("2026-11-12"), deadline.Due);
        AssertShifts(deadline, "2026-11-11 to dzień ustawowo wolny od pracy (Narodowe Święto Niepodległości)");
        Assert.StartsWith("§ 8 ust. 2 rozporządzenia Rady Ministrów z 8 stycznia 2002 r.", deadline.LegalBasis);
    }

    [Fact]
    public void Compute_TermInDays_DoesNotCountTheDayOfTheEvent()
    {
        // Tue 2026-03-10 + 1 day = Wed 11 March.
        var (nominal, due, shifts) = StatutoryDeadline.Compute(D("2026-03-10"), TermLength.Days(1));

        Assert.Equal(D("2026-03-11"), nominal);
        Assert.Equal(nominal, due);
        Assert.Empty(shifts);
    }

    [Fact]
    public void Compute_TermInWeeks_EndsOnTheSameWeekday()
    {
        // Tue 2026-03-10 + 2 weeks = Tue 2026-03-24.
        var (nominal, due, _) = StatutoryDeadline.Compute(D("2026-03-10"), TermLength.Weeks(2));

        Assert.Equal(D("2026-03-24"), nominal);
        Assert.Equal(DayOfWeek.Tuesday, due.DayOfWeek);
    }

    [Fact]
    public void Compute_StartBeforeJune2017_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StatutoryDeadline.Compute(D("2017-05-31"), TermLength.Months(1)));
    }

    [Fact]
    public void Compute_NonPositiveLength_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StatutoryDeadline.Compute(D("2026-03-10"), TermLength.Days(0)));
    }

    [Fact]
    public void Explanation_WithShifts_IsTheSummaryThenOneLinePerShift()
    {
        var deadline = StatutoryDeadline.For(TermKind.Skarga, D("2026-04-02"));

        Assert.Equal(
            [
                "Koniec nominalny 2026-05-02: 1 miesiąc od 2026-04-02 (art. 237 § 1 KPA).",
                "Przesunięcie: 2026-05-02 to sobota",
                "Przesunięcie: 2026-05-03 to dzień ustawowo wolny od pracy (Święto Narodowe Trzeciego Maja)",
            ],
            deadline.Explanation);
    }

    [Theory]
    [InlineData(1, TermUnit.Months, "1 miesiąc")]
    [InlineData(3, TermUnit.Months, "3 miesiące")]
    [InlineData(5, TermUnit.Months, "5 miesięcy")]
    [InlineData(12, TermUnit.Months, "12 miesięcy")]
    [InlineData(22, TermUnit.Months, "22 miesiące")]
    [InlineData(1, TermUnit.Days, "1 dzień")]
    [InlineData(14, TermUnit.Days, "14 dni")]
    [InlineData(2, TermUnit.Weeks, "2 tygodnie")]
    [InlineData(5, TermUnit.Weeks, "5 tygodni")]
    public void ToPolish_ForCount_UsesThePolishPlural(int count, TermUnit unit, string expected)
    {
        Assert.Equal(expected, new TermLength(count, unit).ToPolish());
    }
}
