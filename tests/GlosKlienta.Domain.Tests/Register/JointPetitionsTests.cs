using System.Globalization;
using GlosKlienta.Domain.Register;

namespace GlosKlienta.Domain.Tests.Register;

/// <summary>
/// Art. 11 ustawy o petycjach (Dz.U. 2018 poz. 870; text read at lexlege.pl/petycje/art-11): further petitions on the
/// same matter filed within a month of the first one's receipt may be handled jointly (ust. 1); the announced waiting
/// period lasts at most 2 months from the announcement, and the term runs from its end (ust. 2).
/// </summary>
public sealed class JointPetitionsTests
{
    private static readonly DateOnly First = new(2026, 3, 10);

    [Theory]
    [InlineData("2026-03-10", null, true)]    // the same day
    [InlineData("2026-04-10", null, true)]    // a month from the receipt, the last day (art. 11 ust. 1)
    [InlineData("2026-04-11", null, false)]
    [InlineData("2026-05-20", "2026-05-20", true)]   // later, but within the announced waiting period
    [InlineData("2026-05-21", "2026-05-20", false)]
    [InlineData("2026-03-09", "2026-05-20", false)]  // filed before the first one: that one would lead
    public void MayJoin_Article11Ust1And2(string received, string? waitingEnds, bool expected) =>
        Assert.Equal(expected, JointPetitions.MayJoin(First, waitingEnds is null ? null : DateOnly.Parse(waitingEnds, CultureInfo.InvariantCulture), DateOnly.Parse(received, CultureInfo.InvariantCulture)));

    [Fact]
    public void Order_WaitingPeriodOfAtMostTwoMonthsFromTheAnnouncement_Article11Ust2()
    {
        var announced = new DateOnly(2026, 3, 20);
        Assert.Empty(JointPetitions.CheckOrder(CaseKind.Petycja, First, announced, new DateOnly(2026, 5, 20)));
        Assert.Equal([StepProblem.JointWaitingTooLong], JointPetitions.CheckOrder(CaseKind.Petycja, First, announced, new DateOnly(2026, 5, 21)));
        Assert.Equal([StepProblem.JointWaitingNotAfterAnnouncement], JointPetitions.CheckOrder(CaseKind.Petycja, First, announced, announced));
        Assert.Equal([StepProblem.JointAnnouncedBeforeReceived], JointPetitions.CheckOrder(CaseKind.Petycja, First, First.AddDays(-1), new DateOnly(2026, 4, 1)));
        Assert.Equal([StepProblem.JointAnnouncementMissing, StepProblem.JointWaitingEndMissing], JointPetitions.CheckOrder(CaseKind.Petycja, First, null, null));
        Assert.Contains(StepProblem.JointNotPetitions, JointPetitions.CheckOrder(CaseKind.Skarga, First, announced, new DateOnly(2026, 4, 1)));
    }

    [Fact]
    public void Join_OnlyAnOpenFurtherPetition_FiledInTime()
    {
        var lead = new JointCandidate(1, CaseKind.Petycja, First, true);
        var end = new DateOnly(2026, 5, 20);
        Assert.Empty(JointPetitions.CheckJoin(lead, new JointCandidate(2, CaseKind.Petycja, new DateOnly(2026, 5, 1), true), end));
        Assert.Equal([StepProblem.JointPetitionIsItself], JointPetitions.CheckJoin(lead, lead, end));
        Assert.Equal([StepProblem.JointNotPetitions], JointPetitions.CheckJoin(lead, new JointCandidate(2, CaseKind.Wniosek, First, true), end));
        Assert.Equal([StepProblem.JointPetitionNotOpen], JointPetitions.CheckJoin(lead, new JointCandidate(2, CaseKind.Petycja, First, false), end));
        Assert.Equal([StepProblem.JointFiledTooLate], JointPetitions.CheckJoin(lead, new JointCandidate(2, CaseKind.Petycja, new DateOnly(2026, 6, 1), true), end));
    }

    [Fact]
    public void Due_ThreeMonthsFromTheWaitingPeriodsEnd_Article11Ust2_WithArticle10Ust1()
    {
        Assert.Equal(new DateOnly(2026, 8, 20), JointPetitions.Due(new DateOnly(2026, 5, 20)).Due);
        // Not from the first petition's receipt: that would be 10 June.
        Assert.NotEqual(StatutoryDeadline.For(TermKind.Petycja, First).Due, JointPetitions.Due(new DateOnly(2026, 5, 20)).Due);
    }
}
