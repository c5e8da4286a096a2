using GlosKlienta.Web.Data;

namespace GlosKlienta.Web.Features.Press;

public enum PressReleaseStatus
{
    /// <summary>Being written (also a correction of a published release before it is approved).</summary>
    Draft,
    AwaitingApproval,
    Returned,
    /// <summary>Approved and frozen as a version; public from its publication moment.</summary>
    Approved,
}

/// <summary>
/// A press release (procedure row 1): the working copy the press officer writes and the
/// Burmistrz or a deputy approves. What citizens see is never this row but its frozen
/// <see cref="PressReleaseVersion"/>s; a correction (sprostowanie) reopens the working copy and
/// its approval adds a version, the earlier ones kept.
/// </summary>
public sealed class PressRelease
{
    public int Id { get; set; }
    /// <summary>Stable identity of the release, used in the Atom ids (urn:uuid).</summary>
    public Guid Key { get; set; }
    public PressReleaseStatus Status { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>Comma-separated, as <see cref="Domain.Press.Topics.Join"/> writes them.</summary>
    public string Topics { get; set; } = "";
    public DateTimeOffset? PublishAt { get; set; }
    /// <summary>What a correction changes and why; required for every version after the first.</summary>
    public string? CorrectionNote { get; set; }
    public string CreatedById { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecidedById { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? ReturnComment { get; set; }
    public List<PressReleaseVersion> Versions { get; set; } = [];
    public List<PressFile> Files { get; set; } = [];
}

/// <summary>
/// A published version of a release, frozen: the document-control record of procedure P/4/1.
/// Never changed or deleted (AppDbContext refuses it, database triggers refuse it too);
/// <see cref="ContentHash"/> is the SHA-256 of <see cref="Domain.Press.FrozenRelease.CanonicalText"/>.
/// </summary>
public sealed class PressReleaseVersion : IAppendOnly
{
    public int Id { get; set; }
    public int PressReleaseId { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string Topics { get; set; } = "";
    public DateTimeOffset PublishAt { get; set; }
    public string? CorrectionNote { get; set; }
    public string Author { get; set; } = "";
    public string ApprovedBy { get; set; } = "";
    public string ApprovedById { get; set; } = "";
    public DateTimeOffset ApprovedAt { get; set; }
    /// <summary>JSON list of the attachments as frozen (id, name, length, SHA-256).</summary>
    public string Attachments { get; set; } = "[]";
    public string ContentHash { get; set; } = "";
}

/// <summary>
/// A file attached to a release or to a press conference, kept in the database (they are few and
/// small, and so they are in every backup). Once part of a published release version it is frozen.
/// </summary>
public sealed class PressFile : IFrozenOnceSet
{
    public int Id { get; set; }
    public int? PressReleaseId { get; set; }
    public int? PressConferenceId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
    /// <summary>Set when a published version includes the file; from then on it is never changed or removed.</summary>
    public DateTimeOffset? FrozenAt { get; set; }
}

/// <summary>
/// A journalist or newsroom the office contacts (procedure row 5). Personal data kept for one
/// purpose, stated with the record; deleting the contact erases it (invitations keep the outlet only).
/// </summary>
public sealed class MediaContact
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Outlet { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string Purpose { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }
    public string AddedBy { get; set; } = "";
    public DateTimeOffset? ChangedAt { get; set; }
}

/// <summary>A press conference called by the Burmistrz (procedure row 5).</summary>
public sealed class PressConference
{
    public int Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string Place { get; set; } = "";
    public string Topic { get; set; } = "";
    public string? Notes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public List<PressConferenceInvitation> Invitations { get; set; } = [];
    public List<PressFile> Files { get; set; } = [];
    public List<PressRelease> Releases { get; set; } = [];
}

/// <summary>One invited contact; the outlet is copied so the list still says who was invited after the contact is erased.</summary>
public sealed class PressConferenceInvitation
{
    public int Id { get; set; }
    public int PressConferenceId { get; set; }
    public int? MediaContactId { get; set; }
    public MediaContact? MediaContact { get; set; }
    public string Outlet { get; set; } = "";
}
