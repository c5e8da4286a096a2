namespace GlosKlienta.Web.Features.Register;

// The input of each step form on the case page. A handler binds only its own step (a handler parameter binds
// its properties by their plain names, so the form fields keep the names "Kind", "Outcome", ...). Fill starts
// what was not posted from what the case holds, so a failed step shows what was typed and the other forms
// show the case.

/// <summary>One step form: its id on the page (the details element it opens) and how it starts from the case.</summary>
public abstract class CaseStepForm
{
    public abstract string FormId { get; }
    public abstract void Fill(RegisterCase c, DateOnly today, string defaultBodyName);
}

public sealed class ClassifyStep : CaseStepForm
{
    public override string FormId => "rodzaj";
    public string? Kind { get; set; }
    public string? KindReason { get; set; }
    public string? NotHandledReason { get; set; }

    public override void Fill(RegisterCase c, DateOnly today, string defaultBodyName)
    {
        Kind ??= c.Kind.ToString();
        KindReason ??= c.KindReason;
        NotHandledReason ??= c.NotHandledReason?.ToString();
    }
}

public sealed class RouteStep : CaseStepForm
{
    public override string FormId => "wlasciwosc";
    public string? Concerns { get; set; }
    public string? ConcernsStaffUserId { get; set; }
    public int? ConcernsUnitId { get; set; }
    public string? ConcernsText { get; set; }
    public string? CompetentBodyName { get; set; }

    public override void Fill(RegisterCase c, DateOnly today, string defaultBodyName)
    {
        Concerns ??= c.Concerns?.ToString();
        ConcernsStaffUserId ??= c.ConcernsStaffUserId;
        ConcernsUnitId ??= c.ConcernsUnitId;
        ConcernsText ??= c.ConcernsText;
        CompetentBodyName ??= c.CompetentBodyName;
    }
}

public sealed class AssignStep : CaseStepForm
{
    public override string FormId => "przydzial";
    public string? AssigneeId { get; set; }

    public override void Fill(RegisterCase c, DateOnly today, string defaultBodyName) => AssigneeId ??= c.AssignedToId;
}

public sealed class ForwardStep : CaseStepForm
{
    public override string FormId => "przekazanie";
    public string? ForwardedTo { get; set; }
    public string? ForwardedOn { get; set; }

    public override void Fill(RegisterCase c, DateOnly today, string defaultBodyName)
    {
        ForwardedTo ??= c.ForwardedTo ?? c.CompetentBodyName;
        ForwardedOn ??= RegisterForms.Iso(c.ForwardedOn ?? today);
    }
}

public sealed class DelayStep : CaseStepForm
{
    public override string FormId => "zwloka";
    public string? DelayNoticeOn { get; set; }
    public string? DelayReason { get; set; }
    public string? NewDueOn { get; set; }

    public override void Fill(RegisterCase c, DateOnly today, string defaultBodyName)
    {
        DelayNoticeOn ??= RegisterForms.Iso(c.DelayNoticeOn ?? today);
        DelayReason ??= c.DelayReason;
        NewDueOn ??= c.NewDueOn is { } n ? RegisterForms.Iso(n) : null;
    }
}

public sealed class LinkStep : CaseStepForm
{
    public override string FormId => "powiazanie";
    public string? EarlierCaseNumber { get; set; }

    // The number is typed each time; the linked case is shown in the case's data.
    public override void Fill(RegisterCase c, DateOnly today, string defaultBodyName) { }
}

public sealed class RemarksStep : CaseStepForm
{
    public override string FormId => "uwagi";
    public string? Remarks { get; set; }

    public override void Fill(RegisterCase c, DateOnly today, string defaultBodyName) => Remarks ??= c.Remarks;
}

/// <summary>Leaving a case without examination takes no input beyond the version.</summary>
public sealed class LeaveStep : CaseStepForm
{
    public override string FormId => "bez-rozpoznania";
    public override void Fill(RegisterCase c, DateOnly today, string defaultBodyName) { }
}

/// <summary>Uploading or publishing a petycja's copy: the file is not kept on failure (a browser never refills a file field).</summary>
public sealed class PublishScanStep : CaseStepForm
{
    public override string FormId => "publikacja";
    public override void Fill(RegisterCase c, DateOnly today, string defaultBodyName) { }
}

public sealed class MemberNoticeStep : CaseStepForm
{
    public override string FormId => "zawiadomienie-237";
    public string? MemberNoticeOn { get; set; }

    public override void Fill(RegisterCase c, DateOnly today, string defaultBodyName) =>
        MemberNoticeOn ??= RegisterForms.Iso(c.MemberNoticeOn ?? today);
}

public sealed class ForwardToCouncilStep : CaseStepForm
{
    public override string FormId => "przekazanie-radzie";
    public string? CouncilForwardedOn { get; set; }

    public override void Fill(RegisterCase c, DateOnly today, string defaultBodyName) =>
        CouncilForwardedOn ??= RegisterForms.Iso(c.CouncilForwardedOn ?? today);
}

/// <summary>A call to clarify or complete: when it went out, when the sender received it, when the answer came.</summary>
public sealed class ClarifyStep : CaseStepForm
{
    public override string FormId => "wezwanie";
    public string? CalledOn { get; set; }
    public string? DeliveredOn { get; set; }
    public string? AnsweredOn { get; set; }

    public override void Fill(RegisterCase c, DateOnly today, string defaultBodyName)
    {
        CalledOn ??= RegisterForms.Iso(c.ClarificationCalledOn ?? today);
        DeliveredOn ??= c.ClarificationDeliveredOn is { } d ? RegisterForms.Iso(d) : null;
        AnsweredOn ??= c.ClarificationAnsweredOn is { } a ? RegisterForms.Iso(a) : null;
    }
}

/// <summary>Forwarding a part of a petycja to the body competent for it (art. 6 ust. 2 ustawy o petycjach); the case stays open.</summary>
public sealed class ForwardPartStep : CaseStepForm
{
    public override string FormId => "przekazanie-czesci";
    public string? ForwardedTo { get; set; }
    public string? Scope { get; set; }
    public string? ForwardedOn { get; set; }

    public override void Fill(RegisterCase c, DateOnly today, string defaultBodyName)
    {
        ForwardedTo ??= c.PartForwardedTo;
        Scope ??= c.PartForwardedScope;
        ForwardedOn ??= RegisterForms.Iso(c.PartForwardedOn ?? today);
    }
}

/// <summary>Joint handling of petitions (art. 11 ustawy o petycjach): the announcement and waiting period, and a further petition to join.</summary>
public sealed class JointStep : CaseStepForm
{
    public override string FormId => "wielokrotna";
    public string? AnnouncedOn { get; set; }
    public string? WaitingEndsOn { get; set; }
    /// <summary>The register number of the further petition, e.g. "14/2026".</summary>
    public string? FurtherNumber { get; set; }

    public override void Fill(RegisterCase c, DateOnly today, string defaultBodyName)
    {
        AnnouncedOn ??= RegisterForms.Iso(c.JointAnnouncedOn ?? today);
        WaitingEndsOn ??= c.JointWaitingEndsOn is { } w ? RegisterForms.Iso(w) : null;
    }
}

public sealed class CloseStep : CaseStepForm
{
    public override string FormId => "zamkniecie";
    public string? Outcome { get; set; }
    public string? ReplyBodyName { get; set; }
    public string? ReplyContent { get; set; }
    public string? FactualGrounds { get; set; }
    public string? LegalGrounds { get; set; }
    public string? SignerName { get; set; }
    public string? SignerPost { get; set; }
    public string? ClosedOn { get; set; }
    public string? FileNote { get; set; }
    public string? ResolutionNumber { get; set; }
    public string? ResolutionOn { get; set; }
    /// <summary>Art. 239 § 1 KPA: the handler's two findings about a repeated complaint.</summary>
    public bool RepeatSameMatter { get; set; }
    public bool RepeatNoNewCircumstances { get; set; }
    public string? ReplyDelivery { get; set; }
    public string? ReplySignature { get; set; }

    public override void Fill(RegisterCase c, DateOnly today, string defaultBodyName)
    {
        Outcome ??= (c.Outcome ?? c.DraftOutcome)?.ToString();
        ReplyDelivery ??= c.ReplyDelivery.ToString();
        ReplySignature ??= c.ReplySignature.ToString();
        ReplyBodyName ??= c.ReplyBodyName ?? defaultBodyName;
        ReplyContent ??= c.ReplyContent;
        FactualGrounds ??= c.FactualGrounds;
        LegalGrounds ??= c.LegalGrounds;
        SignerName ??= c.SignerName;
        SignerPost ??= c.SignerPost;
        ClosedOn ??= RegisterForms.Iso(c.ClosedOn ?? c.ReplyOn ?? today);
        FileNote ??= c.FileNote;
        ResolutionNumber ??= c.ResolutionNumber;
        ResolutionOn ??= c.ResolutionOn is { } r ? RegisterForms.Iso(r) : null;
    }
}
