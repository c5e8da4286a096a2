using GlosKlienta.Domain.Reminders;

namespace GlosKlienta.Domain.Actions;

/// <summary>The action register's rules: which status follows which, who may move it, when it is late. Pure.</summary>
public static class ActionRules
{
    /// <summary>The statuses an action may move to from <paramref name="from"/>, whoever moves it.</summary>
    public static IReadOnlyList<ActionStatus> Next(ActionStatus from) => from switch
    {
        ActionStatus.Planned => [ActionStatus.InProgress, ActionStatus.Done, ActionStatus.Cancelled],
        ActionStatus.InProgress => [ActionStatus.Done, ActionStatus.Cancelled],
        // A done action is checked, or reopened when what was done is not enough to check.
        ActionStatus.Done => [ActionStatus.Effective, ActionStatus.NotEffective, ActionStatus.InProgress],
        _ => [],
    };

    /// <summary>The statuses <paramref name="actor"/> may move an action to from <paramref name="from"/>.</summary>
    public static IReadOnlyList<ActionStatus> Next(ActionStatus from, ActionActor actor) =>
        Next(from).Where(to => actor == ActionActor.QualityRepresentative || !RepresentativeOnly(to)).ToList();

    /// <summary>Checking effectiveness and cancelling close an action: only the Pełnomocnik does that.</summary>
    public static bool RepresentativeOnly(ActionStatus to) => to is ActionStatus.Effective or ActionStatus.NotEffective or ActionStatus.Cancelled;

    public static bool IsOpen(ActionStatus status) => status is ActionStatus.Planned or ActionStatus.InProgress;

    public static bool IsClosed(ActionStatus status) => status is ActionStatus.Effective or ActionStatus.NotEffective or ActionStatus.Cancelled;

    /// <summary>Whether a move needs a written reason: cancelling, "not effective", reopening a done action.</summary>
    public static bool NeedsReason(ActionStatus from, ActionStatus to) =>
        to is ActionStatus.Cancelled or ActionStatus.NotEffective || (from == ActionStatus.Done && to == ActionStatus.InProgress);

    /// <summary>Null when <paramref name="actor"/> may move the action; otherwise why not.</summary>
    public static ActionMoveProblem? Check(ActionStatus from, ActionStatus to, ActionActor actor, string? reason, int notesAndEvidence)
    {
        if (!Next(from).Contains(to)) return ActionMoveProblem.NotAllowed;
        if (RepresentativeOnly(to) && actor != ActionActor.QualityRepresentative) return ActionMoveProblem.QualityRepresentativeOnly;
        if (NeedsReason(from, to) && string.IsNullOrWhiteSpace(reason)) return ActionMoveProblem.ReasonRequired;
        if (to == ActionStatus.Done && notesAndEvidence == 0 && string.IsNullOrWhiteSpace(reason)) return ActionMoveProblem.EvidenceRequired;
        return null;
    }

    /// <summary>An open action whose due date has passed.</summary>
    public static bool IsOverdue(ActionStatus status, DateOnly due, DateOnly today) => IsOpen(status) && due < today;

    /// <summary>The reminder due today for an open action (<see cref="TermWarning"/>: days before, and once when past); null when none.</summary>
    public static string? Reminder(ActionStatus status, DateOnly due, DateOnly today, IReadOnlyList<int> daysBefore) =>
        IsOpen(status) ? TermWarning.Applicable(today, due, daysBefore) : null;
}
