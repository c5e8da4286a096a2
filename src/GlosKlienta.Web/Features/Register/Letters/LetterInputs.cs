using GlosKlienta.Domain.Register;

namespace GlosKlienta.Web.Features.Register.Letters;

// Plain inputs of the letter builders, assembled from a case, the office profile and the signer
// (see CaseLetters). The builders read nothing else, so a letter can be rebuilt from these alone.

/// <summary>The office that writes, the case sign (znak sprawy) and the date on top of the letter.</summary>
public sealed record LetterHead(string OfficeName, string? OfficeAddress, string Locality, string CaseSign, DateOnly Date, string? RegisterNumber = null)
{
    /// <summary>The lines naming the case: its mark, and the register's number when it differs (both are shown).</summary>
    public string CaseLines => RegisterNumber is { Length: > 0 } n && n != CaseSign
        ? $"Znak sprawy: {CaseSign}\nNr w rejestrze skarg, wniosków i petycji: {n}"
        : $"Znak sprawy: {CaseSign}";
}

/// <summary>Who signs: name and post (art. 238 § 1 KPA).</summary>
public sealed record Signer(string Name, string Post);

/// <summary>A person or body the letter goes to or is about.</summary>
public sealed record Party(string Name, string? Address);

/// <summary>The letter being answered: its kind, when it was received and what it is about.</summary>
public sealed record Matter(CaseKind Kind, DateOnly Received, string Subject);

/// <summary>
/// Reply on the merits (art. 238 KPA; art. 13 ustawy o petycjach). <see cref="Resolution"/> is the council's resolution
/// that decided a case within its competence (art. 229 pkt 3 KPA), as "nr XII/85/2026 z dnia ...".
/// </summary>
public sealed record ReplyInput(
    LetterHead Head, Party Addressee, Matter Matter, string BodyName, string HowHandled, CaseOutcome Outcome,
    string? FactualGrounds, string? LegalGrounds, Signer Signer, string? Resolution = null,
    ElectronicSignature Signature = ElectronicSignature.Brak);

/// <summary>Forwarding to the competent body (art. 231, 243 KPA; art. 6 ust. 1 ustawy o petycjach).</summary>
public sealed record ForwardingInput(LetterHead Head, Party CompetentBody, Party Sender, Matter Matter, Signer Signer, string? Part = null, string? Examiner = null);

/// <summary>Data-protection facts for the art. 13 RODO annex.</summary>
public sealed record DataProtectionInfo(string Controller, string ControllerAddress, string? InspectorContact);

/// <summary>The notice to the sender that the matter was forwarded, with the art. 13 RODO annex.</summary>
public sealed record ForwardingNoticeInput(LetterHead Head, Party Sender, Matter Matter, string ForwardedTo, DateOnly ForwardedOn, DataProtectionInfo DataProtection, Signer Signer, string? Part = null, string? Examiner = null);

/// <summary>The art. 36 KPA notice (for a petition art. 10 ust. 2 ustawy o petycjach): reasons and the new date.</summary>
public sealed record DelayNoticeInput(LetterHead Head, Party Sender, Matter Matter, DateOnly OriginalDue, DateOnly NewDue, string Reasons, Signer Signer);

/// <summary>The protocol of a skarga or wniosek filed orally (§ 6 of the rozporządzenie of 8 January 2002).</summary>
public sealed record OralProtocolInput(LetterHead Head, Party Sender, Matter Matter, string Summary, string Place, string TakenBy);

/// <summary>The art. 239 § 1 KPA file note: a repeated unfounded complaint with no new circumstances.</summary>
/// <summary>
/// The art. 239 § 1 KPA file note on a repeated complaint, or for a petycja the art. 12 ust. 1 notice to its filer that a
/// repeat without new facts is left unexamined, naming how the earlier one was handled (<see cref="EarlierOutcome"/>).
/// </summary>
public sealed record FileNoteInput(LetterHead Head, Party Sender, Matter Matter, string EarlierCaseSign, DateOnly? EarlierReplyOn, string Note, Signer Signer,
    CaseOutcome? EarlierOutcome = null);

/// <summary>
/// The call to clarify or complete a skarga or wniosek within 7 days (§ 8 ust. 2 of the rozporządzenie of 8 January 2002),
/// or a petycja within 14 days (art. 7 ust. 2 ustawy o petycjach).
/// </summary>
public sealed record ClarificationInput(LetterHead Head, Party Sender, Matter Matter, string WhatIsNeeded, Signer Signer);

/// <summary>
/// The art. 237 § 2 KPA notice to the poseł, senator or radny: <see cref="Complainant"/> is the person whose case the member
/// passed on (null when the member filed it in their own name); <see cref="Outcome"/> null while the case is open.
/// </summary>
public sealed record MemberNoticeInput(
    LetterHead Head, Party Member, string? Complainant, Matter Matter, string BodyName, DateOnly HandlingDue,
    CaseOutcome? Outcome, DateOnly? RepliedOn, string? State, Signer Signer);
