namespace GlosKlienta.Domain.Actions;

/// <summary>What an entry of the action register is (ISO 9001:2015 10.2 and procedure P/7/5 rows 9 and 10).</summary>
public enum ActionKind
{
    /// <summary>Działanie korygujące: removes the cause of a nonconformity that happened (a justified complaint, an audit finding).</summary>
    Corrective,
    /// <summary>Działanie zapobiegawcze: removes the cause of a risk before it happens (a threatened area of the F2).</summary>
    Preventive,
    /// <summary>Audit wewnętrzny of an area: planned with an auditor and a date, its findings can raise actions.</summary>
    Audit,
}

/// <summary>Where an action came from; every source is kept as a link both ways.</summary>
public enum ActionSource
{
    /// <summary>A threatened area of a half-year F2 protocol (period and area key).</summary>
    ThreatenedArea,
    /// <summary>A skarga found justified (wholly or in part) in the register.</summary>
    Complaint,
    /// <summary>A finding of an audit in this register.</summary>
    AuditFinding,
    /// <summary>A decision of a management review (ISO 9001:2015 9.3.3).</summary>
    ReviewDecision,
    /// <summary>A member of staff's suggestion.</summary>
    Suggestion,
    /// <summary>The yearly programme of internal audits (an audit planned without another source).</summary>
    AuditProgramme,
}

/// <summary>Where an action stands. An action ends checked (effective or not) or cancelled with a reason.</summary>
public enum ActionStatus
{
    Planned,
    InProgress,
    /// <summary>Done by the owner, waiting for the effectiveness check.</summary>
    Done,
    /// <summary>Checked by the Pełnomocnik ds. SZJ: effective.</summary>
    Effective,
    /// <summary>Checked by the Pełnomocnik ds. SZJ: not effective (a new action should follow).</summary>
    NotEffective,
    Cancelled,
}

/// <summary>Who moves an action: the owner's side (a department head or the Pełnomocnik), or the Pełnomocnik alone.</summary>
public enum ActionActor
{
    /// <summary>A department head (kierownik referatu) reporting progress on an action of the register.</summary>
    UnitHead,
    /// <summary>The Pełnomocnik ds. SZJ, who keeps the register, checks effectiveness and cancels.</summary>
    QualityRepresentative,
}

/// <summary>Why a move is refused; null when allowed.</summary>
public enum ActionMoveProblem
{
    NotAllowed,
    /// <summary>Only the Pełnomocnik checks effectiveness and cancels.</summary>
    QualityRepresentativeOnly,
    /// <summary>A cancellation, a "not effective" and a reopening say why.</summary>
    ReasonRequired,
    /// <summary>An action with nothing recorded as done cannot be marked done: add a note or evidence first.</summary>
    EvidenceRequired,
}
