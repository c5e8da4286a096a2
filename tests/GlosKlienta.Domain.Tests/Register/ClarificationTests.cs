using GlosKlienta.Domain.Register;

namespace GlosKlienta.Domain.Tests.Register;

/// <summary>
/// The call to clarify or complete: § 8 ust. 2 of the rozporządzenie RM of 8 January 2002 (7 days from the call's
/// receipt, then the letter is left without examination) and art. 7 ust. 2 ustawy o petycjach ("wzywa, w terminie
/// 30 dni od dnia złożenia petycji, ... do uzupełnienia lub wyjaśnienia treści petycji w terminie 14 dni z pouczeniem,
/// że petycja ... nie będzie rozpatrzona", as quoted by poradypremium.pl and gov.pl), with art. 10 ust. 2 (the 3 months
/// run from the completion).
/// </summary>
public sealed class ClarificationTests
{
    private static readonly DateOnly Received = new(2026, 3, 2);

    [Fact]
    public void AnswerTerm_IsSevenDaysForASkargaOrWniosek_AndFourteenForAPetycja_FromTheCallsDelivery()
    {
        var delivered = new DateOnly(2026, 3, 9); // Monday
        Assert.Equal(new DateOnly(2026, 3, 16), Clarification.AnswerDeadline(CaseKind.Skarga, delivered)!.Due);
        Assert.Equal(new DateOnly(2026, 3, 16), Clarification.AnswerDeadline(CaseKind.Wniosek, delivered)!.Due);
        Assert.Equal(new DateOnly(2026, 3, 23), Clarification.AnswerDeadline(CaseKind.Petycja, delivered)!.Due);
        Assert.Contains("art. 7 ust. 2", Clarification.AnswerDeadline(CaseKind.Petycja, delivered)!.LegalBasis);
        Assert.Null(Clarification.AnswerDeadline(CaseKind.Skarga, null));
    }

    [Fact]
    public void CallDeadline_Article7Ust2_OnlyAPetitionHasOne_ThirtyDaysFromFiling()
    {
        Assert.Equal(new DateOnly(2026, 4, 1), Clarification.CallDeadline(CaseKind.Petycja, Received)!.Due);
        Assert.Null(Clarification.CallDeadline(CaseKind.Skarga, Received));
    }

    [Fact]
    public void Unanswered_OnlyOnceTheTermAfterTheKnownDeliveryHasPassed_AndNoAnswerCame()
    {
        var called = new DateOnly(2026, 3, 4);
        var delivered = new DateOnly(2026, 3, 9);
        Assert.False(Clarification.Unanswered(CaseKind.Skarga, called, null, null, new DateOnly(2026, 6, 1)));
        Assert.False(Clarification.Unanswered(CaseKind.Skarga, called, delivered, null, new DateOnly(2026, 3, 16)));
        Assert.True(Clarification.Unanswered(CaseKind.Skarga, called, delivered, null, new DateOnly(2026, 3, 17)));
        Assert.False(Clarification.Unanswered(CaseKind.Skarga, called, delivered, new DateOnly(2026, 3, 12), new DateOnly(2026, 3, 17)));
        Assert.False(Clarification.Unanswered(CaseKind.Petycja, called, delivered, null, new DateOnly(2026, 3, 17)));
        Assert.True(Clarification.Unanswered(CaseKind.Petycja, called, delivered, null, new DateOnly(2026, 3, 24)));
        Assert.False(Clarification.Unanswered(CaseKind.NieRozpatrywanaWTrybieDzialuVIII, called, delivered, null, new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void TermStart_Article10Ust2_APetitionsTermRunsFromItsCompletion()
    {
        var completed = new DateOnly(2026, 3, 20);
        Assert.Equal(completed, Clarification.TermStart(CaseKind.Petycja, Received, completed));
        Assert.Equal(Received, Clarification.TermStart(CaseKind.Petycja, Received, null));
        Assert.Equal(Received, Clarification.TermStart(CaseKind.Skarga, Received, completed));
    }

    [Fact]
    public void Check_NeedsTheCallsDate_AndDatesInOrder()
    {
        Assert.Equal([StepProblem.ClarificationCallMissing], Clarification.Check(CaseKind.Skarga, Received, null, null, null));
        Assert.Equal([StepProblem.ClarificationBeforeReceived], Clarification.Check(CaseKind.Skarga, Received, Received.AddDays(-1), null, null));
        Assert.Equal([StepProblem.ClarificationDeliveredBeforeCall, StepProblem.ClarificationAnsweredBeforeCall],
            Clarification.Check(CaseKind.Wniosek, Received, Received.AddDays(3), Received.AddDays(2), Received.AddDays(1)));
        Assert.Equal([StepProblem.ClarificationNotApplicable], Clarification.Check(CaseKind.NieRozpatrywanaWTrybieDzialuVIII, Received, Received, null, null));
        Assert.Empty(Clarification.Check(CaseKind.Petycja, Received, Received.AddDays(3), Received.AddDays(6), Received.AddDays(10)));
    }
}
