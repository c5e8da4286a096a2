namespace GlosKlienta.Domain.Register;

/// <summary>What a petycja's filing lacks (art. 4 ustawy o petycjach).</summary>
public enum PetitionProblem
{
    /// <summary>A petycja is filed in writing or electronically only (art. 4 ust. 1): there are no oral petitions.</summary>
    Oral,
    /// <summary>An electronic petycja gives the filer's e-mail address (art. 4 ust. 5).</summary>
    ElectronicWithoutEmail,
    /// <summary>A petycja in a third party's interest names it (art. 4 ust. 2 pkt 2).</summary>
    ThirdPartyNameMissing,
    /// <summary>... and is filed with its consent (art. 4 ust. 2 pkt 2).</summary>
    ThirdPartyConsentMissing,
    /// <summary>A group's petycja names the person representing the group (art. 4 ust. 2 pkt 1).</summary>
    GroupRepresentativeMissing,
}

/// <summary>What a petycja's filing says about its filer (art. 4 ustawy o petycjach).</summary>
public sealed record PetitionFiling(
    CaseChannel Channel,
    string? Email,
    bool ForThirdParty,
    string? ThirdPartyName,
    bool ThirdPartyConsent,
    bool Group,
    string? Representative);

/// <summary>Where a petycja stands for the art. 14 yearly summary of a year.</summary>
public enum PetitionYearStatus
{
    /// <summary>Closed in an earlier year, or filed after the year: not in this year's summary.</summary>
    OutsideTheYear,
    /// <summary>Examined and answered in the year (granted or not): what art. 14 summarises.</summary>
    Rozpatrzona,
    /// <summary>Forwarded to the competent body in the year (art. 6): counted apart, not examined here.</summary>
    Przekazana,
    /// <summary>Withdrawn in the year: counted apart.</summary>
    Wycofana,
    /// <summary>Left unexamined in the year (art. 7): counted apart.</summary>
    PozostawionaBezRozpatrzenia,
    /// <summary>Open at the year's end.</summary>
    WToku,
}

/// <summary>The rules of the ustawa o petycjach of 11 July 2014 that are not terms. Pure.</summary>
public static class PetitionRules
{
    /// <summary>The channels that are electronic (art. 4 ust. 1: "za pomocą środków komunikacji elektronicznej").</summary>
    public static bool IsElectronic(CaseChannel channel) => channel is CaseChannel.Email or CaseChannel.EDoreczenia or CaseChannel.FormularzOnline;

    /// <summary>
    /// The filing's problems. An electronic petycja by e-mail or the online form needs an e-mail address; one through
    /// ePUAP or e-Doręczenia has its electronic address in the delivery itself.
    /// </summary>
    public static IReadOnlyList<PetitionProblem> CheckFiling(PetitionFiling f)
    {
        var problems = new List<PetitionProblem>();
        if (f.Channel == CaseChannel.Ustnie) problems.Add(PetitionProblem.Oral);
        if (f.Channel is CaseChannel.Email or CaseChannel.FormularzOnline && string.IsNullOrWhiteSpace(f.Email)) problems.Add(PetitionProblem.ElectronicWithoutEmail);
        if (f.ForThirdParty && string.IsNullOrWhiteSpace(f.ThirdPartyName)) problems.Add(PetitionProblem.ThirdPartyNameMissing);
        if (f.ForThirdParty && !f.ThirdPartyConsent) problems.Add(PetitionProblem.ThirdPartyConsentMissing);
        if (f.Group && string.IsNullOrWhiteSpace(f.Representative)) problems.Add(PetitionProblem.GroupRepresentativeMissing);
        return problems;
    }

    /// <summary>How much longer than its term a petycja may take: up to 3 more months, with reasons (art. 10 ust. 3).</summary>
    public static readonly TermLength MaxExtension = TermLength.Months(3);

    /// <summary>
    /// Forwarding a part of a petycja (art. 6 ust. 2 ustawy o petycjach): a petition on several matters for different
    /// bodies is examined here in the part that is this body's, and the rest is forwarded to the competent body within
    /// 30 days of receipt, with a notice to the petitioner; the case stays open for the part examined here.
    /// </summary>
    public static IReadOnlyList<StepProblem> CheckPartForwarding(CaseKind kind, bool alreadyForwarded, string? forwardedTo, string? scope, DateOnly? on, DateOnly received)
    {
        var problems = new List<StepProblem>();
        if (kind != CaseKind.Petycja) problems.Add(StepProblem.PartForwardingNotPetition);
        else if (alreadyForwarded) problems.Add(StepProblem.PartAlreadyForwarded);
        if (string.IsNullOrWhiteSpace(forwardedTo)) problems.Add(StepProblem.ForwardedToMissing);
        if (string.IsNullOrWhiteSpace(scope)) problems.Add(StepProblem.PartScopeMissing);
        if (on is { } d && d < received) problems.Add(StepProblem.NoticeBeforeReceived);
        return problems;
    }

    /// <summary>The last day to forward a petition, whole or in part: 30 days from its receipt (art. 6 ust. 1 and 2).</summary>
    public static Deadline ForwardingDeadline(DateOnly received) => StatutoryDeadline.For(TermKind.PrzekazaniePetycji, received);

    /// <summary>The latest date an extension may set: the statutory last day plus 3 months (art. 10 ust. 3, art. 57 KPA counted alike).</summary>
    public static DateOnly LatestExtendedDue(DateOnly statutoryDue) => StatutoryDeadline.Compute(statutoryDue, MaxExtension).Due;

    /// <summary>
    /// The petycja's place in the art. 14 summary of <paramref name="year"/> ("zbiorczą informację o petycjach
    /// rozpatrzonych w roku poprzednim"): only those answered on the merits in the year are "rozpatrzone"; forwarded,
    /// withdrawn and unexamined ones are counted apart, and those open on 31 December are pending.
    /// </summary>
    public static PetitionYearStatus StatusInYear(DateOnly filedOn, CaseOutcome? outcome, DateOnly? closedOn, int year)
    {
        var end = new DateOnly(year, 12, 31);
        if (filedOn > end) return PetitionYearStatus.OutsideTheYear;
        if (closedOn is null || outcome is null || closedOn > end) return PetitionYearStatus.WToku;
        if (closedOn.Value.Year < year) return PetitionYearStatus.OutsideTheYear;
        return outcome switch
        {
            CaseOutcome.PetycjaUwzgledniona or CaseOutcome.PetycjaNieuwzgledniona => PetitionYearStatus.Rozpatrzona,
            CaseOutcome.Przekazana => PetitionYearStatus.Przekazana,
            CaseOutcome.Wycofana => PetitionYearStatus.Wycofana,
            _ => PetitionYearStatus.PozostawionaBezRozpatrzenia,
        };
    }
}
