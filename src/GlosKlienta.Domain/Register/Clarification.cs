namespace GlosKlienta.Domain.Register;

/// <summary>
/// A call to clarify or complete a letter whose subject cannot be established (§ 8 ust. 2 of the rozporządzenie of
/// 8 January 2002: 7 days from the call's receipt, with the warning that the letter will otherwise be left without
/// examination) or an incomplete petycja (art. 7 ust. 2 ustawy o petycjach: the call within 30 days of filing, 14 days
/// to complete, with the warning that it will otherwise not be examined). A petycja's 3-month term then runs from its completion (art. 10 ust. 2). Pure.
/// </summary>
public static class Clarification
{
    public static bool Applies(CaseKind kind) => kind is CaseKind.Skarga or CaseKind.Wniosek or CaseKind.Petycja;

    /// <summary>The sender's term to answer, counted from the day the call was delivered.</summary>
    public static TermKind AnswerTerm(CaseKind kind) => kind == CaseKind.Petycja ? TermKind.UzupelnieniePetycji : TermKind.Wyjasnienie;

    /// <summary>The last day to send the call: only a petycja has one (30 days from filing, art. 7 ust. 2 ustawy o petycjach).</summary>
    public static Deadline? CallDeadline(CaseKind kind, DateOnly received) =>
        kind == CaseKind.Petycja ? StatutoryDeadline.For(TermKind.WezwanieDoUzupelnieniaPetycji, received) : null;

    /// <summary>The sender's last day to answer, or null while the call's delivery date is not known.</summary>
    public static Deadline? AnswerDeadline(CaseKind kind, DateOnly? deliveredOn) =>
        deliveredOn is { } d ? StatutoryDeadline.For(AnswerTerm(kind), d) : null;

    /// <summary>
    /// Whether the case may be closed without examination because the call went unanswered: a call was sent and
    /// delivered, no answer is recorded, and the sender's term has passed (it ends with its last day, so the day after).
    /// </summary>
    public static bool Unanswered(CaseKind kind, DateOnly? calledOn, DateOnly? deliveredOn, DateOnly? answeredOn, DateOnly today) =>
        Applies(kind) && calledOn is not null && answeredOn is null && AnswerDeadline(kind, deliveredOn) is { } due && due.Due < today;

    /// <summary>
    /// The day the handling term counts from: a completed petycja's term runs from its completion (art. 10 ust. 2 ustawy o
    /// petycjach); a skarga's or wniosek's from its receipt.
    /// </summary>
    public static DateOnly TermStart(CaseKind kind, DateOnly received, DateOnly? answeredOn) =>
        kind == CaseKind.Petycja && answeredOn is { } a && a > received ? a : received;

    /// <summary>The checks of recording the call, its delivery and the answer (dates the form could not read are null).</summary>
    public static IReadOnlyList<StepProblem> Check(CaseKind kind, DateOnly received, DateOnly? calledOn, DateOnly? deliveredOn, DateOnly? answeredOn)
    {
        var problems = new List<StepProblem>();
        if (!Applies(kind)) problems.Add(StepProblem.ClarificationNotApplicable);
        if (calledOn is null) problems.Add(StepProblem.ClarificationCallMissing);
        if (calledOn is { } c && c < received) problems.Add(StepProblem.ClarificationBeforeReceived);
        if (deliveredOn is { } d && calledOn is { } c2 && d < c2) problems.Add(StepProblem.ClarificationDeliveredBeforeCall);
        if (answeredOn is { } a && calledOn is { } c3 && a < c3) problems.Add(StepProblem.ClarificationAnsweredBeforeCall);
        return problems;
    }
}
