using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Register;

namespace GlosKlienta.Domain.Actions;

/// <summary>What the data say about an action's effect; a person confirms it.</summary>
public enum EffectProposal
{
    /// <summary>The figure improved significantly, or no justified complaint of the same kind recurred.</summary>
    Effective,
    /// <summary>The figure did not improve (no significant change or worse), or a justified complaint recurred.</summary>
    NotEffective,
    /// <summary>Nothing to judge by yet: the next figures do not exist, too few answers, complaints still open, too little time.</summary>
    CannotJudge,
}

/// <summary>Why the data propose what they propose (the page words it; tests read it).</summary>
public enum EffectReason
{
    Improved,
    NoSignificantChange,
    Worse,
    NoNextFigures,
    TooFewAnswers,
    NotMeasurable,
    NoRecurrence,
    Recurred,
    RecurrenceOpen,
    TooEarly,
}

public sealed record EffectFinding(EffectProposal Proposal, EffectReason Reason);

/// <summary>A complaint about the same unit received after the action: when, and whether it was found justified (null while open).</summary>
public sealed record LaterComplaint(int CaseId, string RegisterNumber, DateOnly ReceivedOn, bool? Justified);

/// <summary>
/// The effectiveness check proposed from data. For an action that answered a survey area: the same figure in the
/// protocol it came from and in the next one, compared with the two-proportion test (<see cref="ActionFollowUp"/>).
/// For an action that answered a justified complaint: whether a complaint about the same unit recurred and was found
/// justified in the months after the action was done. Pure.
/// </summary>
public static class Effectiveness
{
    /// <summary>How long after an action is done complaints are watched before "no recurrence" counts as effective.</summary>
    public const int RecurrenceWatchDays = 90;

    /// <summary>From the follow-up figure of a survey area (null when the next protocol's figures do not exist yet).</summary>
    public static EffectFinding FromSurvey(ActionFollowUpFigure? figure)
    {
        if (figure is null) return new(EffectProposal.CannotJudge, EffectReason.NoNextFigures);
        return figure.Verdict switch
        {
            null => new(EffectProposal.CannotJudge, EffectReason.NotMeasurable),
            ChangeVerdict.TooSmallToJudge or ChangeVerdict.NotTestable => new(EffectProposal.CannotJudge, EffectReason.TooFewAnswers),
            ChangeVerdict.NoChange => new(EffectProposal.NotEffective, EffectReason.NoSignificantChange),
            _ => figure.Improved == true
                ? new(EffectProposal.Effective, EffectReason.Improved)
                : new(EffectProposal.NotEffective, EffectReason.Worse),
        };
    }

    /// <summary>
    /// From complaints about the same unit received after <paramref name="doneOn"/>: one found justified makes the action
    /// not effective; one still open leaves it undecided; none at all, once <see cref="RecurrenceWatchDays"/> have
    /// passed, makes it effective.
    /// </summary>
    public static EffectFinding FromComplaints(DateOnly doneOn, DateOnly today, IReadOnlyList<LaterComplaint> later)
    {
        ArgumentNullException.ThrowIfNull(later);
        var after = later.Where(c => c.ReceivedOn > doneOn).ToList();
        if (after.Any(c => c.Justified == true)) return new(EffectProposal.NotEffective, EffectReason.Recurred);
        if (after.Any(c => c.Justified is null)) return new(EffectProposal.CannotJudge, EffectReason.RecurrenceOpen);
        if (today.DayNumber - doneOn.DayNumber < RecurrenceWatchDays) return new(EffectProposal.CannotJudge, EffectReason.TooEarly);
        return new(EffectProposal.Effective, EffectReason.NoRecurrence);
    }

    /// <summary>Whether a closed case's outcome found the skarga justified, wholly or in part; null for any other outcome.</summary>
    public static bool? Justified(CaseOutcome? outcome) => outcome switch
    {
        null => null,
        CaseOutcome.SkargaZasadna or CaseOutcome.SkargaCzesciowoZasadna => true,
        _ => false,
    };

    /// <summary>A corrective action can be started from a skarga found justified, wholly or in part.</summary>
    public static bool CanStartFrom(CaseKind kind, CaseOutcome? outcome) => kind == CaseKind.Skarga && Justified(outcome) == true;
}
