
namespace GlosKlienta.Web.Features.Register;

public static class RegisterActions
{
    public const string Subject = "RegisterCase";
    public const string AttachmentSubject = "RegisterAttachment";

    public const string CaseRegistered = "register.case-registered";
    public const string CaseRead = "register.case-read";
    public const string ListRead = "register.list-read";
    public const string CaseChanged = "register.case-changed";
    public const string CaseClosed = "register.case-closed";
    public const string AttachmentRead = "register.attachment-read";
    public const string Exported = "register.exported";
    public const string DisposalListRead = "register.disposal-list-read";
    public const string CaseDisposed = "register.case-disposed";
    public const string DisposalProtocolWritten = "register.disposal-protocol-written";
    public const string DisposalProtocolRead = "register.disposal-protocol-read";
    public const string RemovalProposed = "register.removal-proposed";
    public const string RemovalRejected = "register.removal-rejected";
    public const string CaseRemovedAsAbuse = "register.case-removed-as-abuse";
    public const string RemovalListRead = "register.removal-list-read";
    public const string ProtocolSubject = "DisposalProtocol";

    // Codes of the case history (RegisterCaseEvent.Action).
    public const string Registered = "registered";
    public const string Classified = "classified";
    public const string Routed = "routed";
    public const string Assigned = "assigned";
    public const string Forwarded = "forwarded";
    public const string DelayNotice = "delay-notice";
    public const string Linked = "linked";
    public const string Remarked = "remarked";
    public const string Closed = "closed";
    public const string MemberNotified = "member-notified";
    public const string ForwardedToCouncil = "forwarded-to-council";
    public const string Clarification = "clarification";
    public const string ScanUploaded = "scan-uploaded";
    public const string ScanPublished = "scan-published";
    public const string JointOrdered = "joint-ordered";
    public const string JointJoined = "joint-joined";
    public const string PartForwarded = "part-forwarded";
    public const string ReplyDrafted = "reply-drafted";
    public const string Disposed = "disposed";
    public const string RemovalProposal = "removal-proposed";
    public const string RemovalRejection = "removal-rejected";
    public const string RemovedAsAbuse = "removed-as-abuse";
}
