namespace GlosKlienta.Domain.Register;

/// <summary>What stops one step of a case's handling. Dates that cannot be read are the form's business, not these rules'.</summary>
public enum StepProblem
{
    KindMissing,
    NotHandledReasonMissing,
    KindReasonMissing,
    ConcernsMissing,
    /// <summary>A complaint about an employee or a unit's head names neither the person nor the unit.</summary>
    ConcernsWhoMissing,
    OtherBodyNameMissing,
    /// <summary>The person the case is about is the one it is assigned to (art. 256 KPA).</summary>
    ConcernedPersonIsAssignee,
    AssigneeMissing,
    /// <summary>The chosen assignee is the person the case is about (art. 256 KPA).</summary>
    AssigneeIsConcerned,
    ForwardedToMissing,
    DelayReasonMissing,
    NewDueNotLater,
    NoticeBeforeReceived,
    EarlierCaseNumberMissing,
    EarlierCaseIsItself,
    RemarksTooLong,
    OutcomeMissing,
    /// <summary>Forwarding and leaving without examination are their own steps, with their own checks.</summary>
    OutcomeHasOwnStep,
    /// <summary>The case owes no art. 237 § 2 notice: not a skarga or wniosek of a poseł, senator or radny.</summary>
    MemberNoticeNotOwed,
    MemberNoticeBeforeReceived,
    /// <summary>Only a case the council is competent for is passed to the council's chair (art. 231 KPA).</summary>
    NotACouncilCase,
    CouncilForwardingBeforeReceived,
    /// <summary>A petycja's handling may be extended by at most 3 months beyond its term (art. 10 ust. 3 ustawy o petycjach).</summary>
    PetitionExtensionTooLong,
    /// <summary>A petycja is never oral (art. 4 ust. 1 ustawy o petycjach): a letter received orally cannot be classified as one.</summary>
    OralPetition,
    /// <summary>Only a skarga, wniosek or petycja is called to be clarified or completed.</summary>
    ClarificationNotApplicable,
    ClarificationCallMissing,
    ClarificationBeforeReceived,
    ClarificationDeliveredBeforeCall,
    ClarificationAnsweredBeforeCall,
    /// <summary>Only petitions are handled jointly (art. 11 ustawy o petycjach).</summary>
    JointNotPetitions,
    /// <summary>The petition to join is already closed, forwarded, or part of another joint handling.</summary>
    JointPetitionNotOpen,
    JointPetitionIsItself,
    /// <summary>The further petition was filed neither within a month of the first one's receipt nor within the announced waiting period (art. 11 ust. 1).</summary>
    JointFiledTooLate,
    JointAnnouncementMissing,
    JointAnnouncedBeforeReceived,
    /// <summary>The waiting period for further petitions must end after its announcement and within 2 months of it (art. 11 ust. 2).</summary>
    JointWaitingTooLong,
    JointWaitingEndMissing,
    JointWaitingNotAfterAnnouncement,
    /// <summary>Only a petycja is forwarded in part (art. 6 ust. 2 ustawy o petycjach); a skarga or wniosek is forwarded whole.</summary>
    PartForwardingNotPetition,
    /// <summary>The part forwarded is not described: the letter must say which matters go to the other body.</summary>
    PartScopeMissing,
    /// <summary>A petition's part is already forwarded (one part per case; a further body is named in the same scope).</summary>
    PartAlreadyForwarded,
}

/// <summary>
/// The checks of each step of a case's handling on the case page (classify, route, assign, forward, delay, link,
/// remarks, close), apart from reading the form. Closing and forwarding go on to <see cref="ClosingValidation"/>. Pure.
/// </summary>
public static class CaseSteps
{
    public const int RemarksMaxLength = 4000;

    /// <summary>The kind follows the content (art. 222 KPA), so the reason for it is required.</summary>
    public static IReadOnlyList<StepProblem> Classify(CaseKind? kind, NotHandledReason? notHandledReason, string? kindReason, CaseChannel channel = CaseChannel.Papier)
    {
        var problems = new List<StepProblem>();
        if (kind is null) problems.Add(StepProblem.KindMissing);
        if (kind == CaseKind.Petycja && channel == CaseChannel.Ustnie) problems.Add(StepProblem.OralPetition);
        if (kind == CaseKind.NieRozpatrywanaWTrybieDzialuVIII && notHandledReason is null) problems.Add(StepProblem.NotHandledReasonMissing);
        if (Blank(kindReason)) problems.Add(StepProblem.KindReasonMissing);
        return problems;
    }

    /// <param name="kind">The case's kind, which with the subject decides the body (art. 229 KPA).</param>
    /// <param name="concerns">Whom or what the case is about.</param>
    /// <param name="whoGiven">Whether a staff member, a unit or a description of the person was given.</param>
    /// <param name="otherBodyName">The competent body's name when it is another body.</param>
    /// <param name="concernedPersonIsAssignee">Whether the staff member named is the case's assignee (art. 256 KPA).</param>
    public static IReadOnlyList<StepProblem> Route(CaseKind kind, CaseConcerns? concerns, bool whoGiven, string? otherBodyName, bool concernedPersonIsAssignee)
    {
        var problems = new List<StepProblem>();
        if (concerns is null) problems.Add(StepProblem.ConcernsMissing);
        if (concerns is CaseConcerns.Pracownik or CaseConcerns.KierownikJednostki && !whoGiven) problems.Add(StepProblem.ConcernsWhoMissing);
        if (concerns is { } c && Competence.For(kind, c).Body == CompetentBody.InnyOrgan && Blank(otherBodyName)) problems.Add(StepProblem.OtherBodyNameMissing);
        if (concernedPersonIsAssignee) problems.Add(StepProblem.ConcernedPersonIsAssignee);
        return problems;
    }

    /// <param name="assigneeId">The chosen person's account, or null when none (or no active one) was chosen.</param>
    public static IReadOnlyList<StepProblem> Assign(string? assigneeId, IEnumerable<string> assigneeRoles, string? concernsStaffUserId, CaseConcerns? concerns)
    {
        if (assigneeId is null) return [StepProblem.AssigneeMissing];
        return AssignmentRule.MayAssign(assigneeId, assigneeRoles, concernsStaffUserId, concerns) ? [] : [StepProblem.AssigneeIsConcerned];
    }

    public static IReadOnlyList<StepProblem> Forward(string? forwardedTo) =>
        Blank(forwardedTo) ? [StepProblem.ForwardedToMissing] : [];

    /// <summary>
    /// The notice of a delay (art. 36 with art. 237 § 4 KPA for a skarga, art. 245 for a wniosek, art. 10 ust. 3 ustawy o
    /// petycjach for a petycja): the reasons, and a new date later than the one now in force; a petycja's by at most
    /// 3 months beyond its statutory term.
    /// </summary>
    /// <param name="noticeOn">The notice's date, or null when the form's date could not be read.</param>
    /// <param name="newDue">The new date, or null when the form's date could not be read.</param>
    /// <param name="statutoryDue">The term's last day before any extension.</param>
    public static IReadOnlyList<StepProblem> Delay(string? reason, DateOnly? noticeOn, DateOnly? newDue, DateOnly received, DateOnly effectiveDue,
        CaseKind kind = CaseKind.Skarga, DateOnly? statutoryDue = null)
    {
        var problems = new List<StepProblem>();
        if (Blank(reason)) problems.Add(StepProblem.DelayReasonMissing);
        if (newDue is { } nd && nd <= effectiveDue) problems.Add(StepProblem.NewDueNotLater);
        if (kind == CaseKind.Petycja && newDue is { } pd && pd > PetitionRules.LatestExtendedDue(statutoryDue ?? effectiveDue)) problems.Add(StepProblem.PetitionExtensionTooLong);
        if (noticeOn is { } on && on < received) problems.Add(StepProblem.NoticeBeforeReceived);
        return problems;
    }

    /// <param name="earlierCaseId">The case the number names, or null when it names none.</param>
    public static IReadOnlyList<StepProblem> Link(string? earlierCaseNumber, int? earlierCaseId, int caseId)
    {
        var problems = new List<StepProblem>();
        if (Blank(earlierCaseNumber)) problems.Add(StepProblem.EarlierCaseNumberMissing);
        if (earlierCaseId == caseId) problems.Add(StepProblem.EarlierCaseIsItself);
        return problems;
    }

    public static IReadOnlyList<StepProblem> Remarks(string? remarks) =>
        remarks is { Length: > RemarksMaxLength } ? [StepProblem.RemarksTooLong] : [];

    /// <summary>The outcome chosen in the closing step; <see cref="ClosingValidation.Check"/> then checks the rest.</summary>
    public static IReadOnlyList<StepProblem> Close(CaseOutcome? outcome)
    {
        var problems = new List<StepProblem>();
        if (outcome is null) problems.Add(StepProblem.OutcomeMissing);
        if (outcome is CaseOutcome.Przekazana or CaseOutcome.BezRozpoznania) problems.Add(StepProblem.OutcomeHasOwnStep);
        return problems;
    }

    /// <param name="sentOn">The notice's date, or null when the form's date could not be read.</param>
    public static IReadOnlyList<StepProblem> MemberNotice(CaseKind kind, SenderKind sender, DateOnly? sentOn, DateOnly received)
    {
        var problems = new List<StepProblem>();
        if (!Register.MemberNotice.Applies(kind, sender)) problems.Add(StepProblem.MemberNoticeNotOwed);
        if (sentOn is { } on && on < received) problems.Add(StepProblem.MemberNoticeBeforeReceived);
        return problems;
    }

    /// <param name="forwardedOn">The date the case was passed on, or null when the form's date could not be read.</param>
    public static IReadOnlyList<StepProblem> ForwardToCouncil(CompetentBody body, DateOnly? forwardedOn, DateOnly received)
    {
        var problems = new List<StepProblem>();
        if (body != CompetentBody.RadaGminy) problems.Add(StepProblem.NotACouncilCase);
        if (forwardedOn is { } on && on < received) problems.Add(StepProblem.CouncilForwardingBeforeReceived);
        return problems;
    }

    private static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);
}
