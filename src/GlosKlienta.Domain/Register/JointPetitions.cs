namespace GlosKlienta.Domain.Register;

/// <summary>
/// Joint handling of petitions on the same matter, a petycja wielokrotna (art. 11 ustawy o petycjach): when further
/// petitions on the same matter are filed within a month of the first one's receipt, the body may order them handled
/// together (ust. 1); it announces on its website a waiting period for further petitions of at most 2 months from the
/// announcement, and the handling term (3 months, art. 10 ust. 1) runs from the end of that period (ust. 2); the way
/// the joint petition was handled is announced on the same page, which replaces the notice of art. 13 ust. 1 (ust. 4).
/// A component petition whose sender does not complete it after the announced call is left without examination
/// (ust. 3). Pure.
/// </summary>
public static class JointPetitions
{
    /// <summary>Further petitions may be joined when filed within this many months of the first one's receipt (art. 11 ust. 1).</summary>
    public const int JoinWithinMonths = 1;
    /// <summary>The announced waiting period for further petitions lasts at most this many months from the announcement (art. 11 ust. 2).</summary>
    public const int MaxWaitingMonths = 2;

    /// <summary>
    /// Whether a petition received on <paramref name="received"/> may join the joint handling led by the petition received
    /// on <paramref name="leadReceived"/>: within a month of that receipt, or later but within the announced waiting period
    /// (which exists to collect further petitions).
    /// </summary>
    public static bool MayJoin(DateOnly leadReceived, DateOnly? waitingEndsOn, DateOnly received) =>
        received >= leadReceived
        && (received <= leadReceived.AddMonths(JoinWithinMonths) || (waitingEndsOn is { } end && received <= end));

    /// <summary>The checks of ordering joint handling of the leading petition: its kind, the announcement and the waiting period.</summary>
    public static IReadOnlyList<StepProblem> CheckOrder(CaseKind leadKind, DateOnly leadReceived, DateOnly? announcedOn, DateOnly? waitingEndsOn)
    {
        var problems = new List<StepProblem>();
        if (leadKind != CaseKind.Petycja) problems.Add(StepProblem.JointNotPetitions);
        if (announcedOn is null) problems.Add(StepProblem.JointAnnouncementMissing);
        else if (announcedOn < leadReceived) problems.Add(StepProblem.JointAnnouncedBeforeReceived);
        if (waitingEndsOn is null) problems.Add(StepProblem.JointWaitingEndMissing);
        else if (announcedOn is { } a && waitingEndsOn <= a) problems.Add(StepProblem.JointWaitingNotAfterAnnouncement);
        else if (announcedOn is { } b && waitingEndsOn > b.AddMonths(MaxWaitingMonths)) problems.Add(StepProblem.JointWaitingTooLong);
        return problems;
    }

    /// <summary>The checks of joining a further petition (its kind, state and filing date) to a joint handling.</summary>
    public static IReadOnlyList<StepProblem> CheckJoin(JointCandidate lead, JointCandidate further, DateOnly? waitingEndsOn)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(further);
        var problems = new List<StepProblem>();
        if (lead.Id == further.Id) problems.Add(StepProblem.JointPetitionIsItself);
        else if (further.Kind != CaseKind.Petycja || lead.Kind != CaseKind.Petycja) problems.Add(StepProblem.JointNotPetitions);
        else if (!further.Open) problems.Add(StepProblem.JointPetitionNotOpen);
        else if (!MayJoin(lead.ReceivedOn, waitingEndsOn, further.ReceivedOn)) problems.Add(StepProblem.JointFiledTooLate);
        return problems;
    }

    /// <summary>The last day to handle the joint petition: 3 months from the end of the waiting period (art. 11 ust. 2, art. 10 ust. 1).</summary>
    public static Deadline Due(DateOnly waitingEndsOn) => StatutoryDeadline.For(TermKind.Petycja, waitingEndsOn);
}

/// <summary>A petition as the joint-handling checks see it: open means not closed, not forwarded and not already joined elsewhere.</summary>
public sealed record JointCandidate(int Id, CaseKind Kind, DateOnly ReceivedOn, bool Open);
