using GlosKlienta.Domain.Register;
using GlosKlienta.Web.Features.Directory;

namespace GlosKlienta.Web.Features.Register;

/// <summary>
/// One skarga, wniosek or petycja in the register (art. 254 KPA), or a letter classified as none of them.
/// Numbered per year without gaps (<see cref="Year"/>, <see cref="Number"/>, unique together); a case is
/// never deleted. Every change is also written to <see cref="History"/> and to the audit log.
/// Names of the entity and its properties are shared with other branches: add, never rename.
/// </summary>
public sealed class RegisterCase
{
    public int Id { get; set; }
    public int Year { get; set; }
    /// <summary>1, 2, 3, ... within <see cref="Year"/>, allocated in the transaction that inserts the case.</summary>
    public int Number { get; set; }
    /// <summary>The number as written on letters, e.g. "12/2026".</summary>
    public required string RegisterNumber { get; set; }
    /// <summary>The case mark (znak sprawy) of the instrukcja kancelaryjna, e.g. OR.1510.3.2026, fixed at registration.</summary>
    public string? CaseMark { get; set; }
    /// <summary>The JRWA class the mark was numbered in.</summary>
    public string? CaseMarkClass { get; set; }
    /// <summary>The case's number within its JRWA class and year.</summary>
    public int CaseMarkNumber { get; set; }

    /// <summary>The office-local date the letter was received; the terms run from it.</summary>
    public DateOnly ReceivedOn { get; set; }
    public CaseChannel Channel { get; set; }
    /// <summary>ePUAP / e-Doręczenia delivery identifier, the e-mail's message id, the press title (art. 248): whatever identifies the delivery.</summary>
    public string? DeliveryReference { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    public string? RegisteredById { get; set; }
    public required string RegisteredBy { get; set; }
    /// <summary>A random key carried by the public form, so a double submit stores one case.</summary>
    public Guid? SubmissionKey { get; set; }

    /// <summary>Null when not given; a case with neither name nor address is anonymous (closed "bez rozpoznania").</summary>
    public string? SenderName { get; set; }
    public string? SenderAddress { get; set; }
    public string? SenderEmail { get; set; }
    /// <summary>Whether a poseł, senator or radny filed the case in their own name or passed it on (art. 237 § 2 KPA).</summary>
    public SenderKind SenderKind { get; set; }
    /// <summary>
    /// The poseł, senator or radny who passed on another person's case (the sender above stays the complainant); null
    /// when the member filed it in their own name (then the sender is the member) or no member is involved.
    /// </summary>
    public string? MemberName { get; set; }
    public string? MemberAddress { get; set; }
    /// <summary>The last day of the 14-day notice to the member (art. 237 § 2, art. 247 KPA), computed by <see cref="MemberNotice"/>; null when none is owed.</summary>
    public DateOnly? MemberNoticeDueOn { get; set; }
    /// <summary>When the notice to the member was sent.</summary>
    public DateOnly? MemberNoticeOn { get; set; }

    public required string Subject { get; set; }
    /// <summary>The content (public form, e-mail) or its summary (paper, oral protocol).</summary>
    public required string Summary { get; set; }

    public CaseKind Kind { get; set; }
    /// <summary>Why the case is of this kind (art. 222: by content, not title).</summary>
    public string? KindReason { get; set; }
    /// <summary>Set when <see cref="Kind"/> is <see cref="CaseKind.NieRozpatrywanaWTrybieDzialuVIII"/>.</summary>
    public NotHandledReason? NotHandledReason { get; set; }

    /// <summary>Whom or what the case is about (art. 229 routing, art. 256 rule).</summary>
    public CaseConcerns? Concerns { get; set; }
    /// <summary>The staff account the case is about, if any: the case is never assigned to it (art. 256).</summary>
    public string? ConcernsStaffUserId { get; set; }
    public string? ConcernsStaffName { get; set; }
    public int? ConcernsUnitId { get; set; }
    /// <summary>Free words for a person or body not in the system.</summary>
    public string? ConcernsText { get; set; }

    public CompetentBody CompetentBody { get; set; }
    /// <summary>The body's name when <see cref="CompetentBody"/> is <see cref="Domain.Register.CompetentBody.InnyOrgan"/>.</summary>
    public string? CompetentBodyName { get; set; }
    /// <summary>Why this body is competent, as shown to staff (art. 229 reasoning).</summary>
    public string? CompetenceReason { get; set; }

    public string? AssignedToId { get; set; }
    public string? AssignedTo { get; set; }
    public DateTimeOffset? AssignedAt { get; set; }

    /// <summary>
    /// The term being watched and its last day, computed by <see cref="StatutoryDeadline"/>. A letter outside Dział VIII
    /// (<see cref="TermKind.BezTerminu"/>) has no term: its <see cref="DueOn"/> holds the receipt date and nothing reads
    /// it as a term (see <see cref="HasTerm"/>).
    /// </summary>
    public TermKind TermKind { get; set; }
    public DateOnly DueOn { get; set; }

    /// <summary>Art. 36 KPA notice: when sent, why, and the new date.</summary>
    public DateOnly? DelayNoticeOn { get; set; }
    public string? DelayReason { get; set; }
    public DateOnly? NewDueOn { get; set; }

    /// <summary>Forwarding to the competent body (art. 231, 243 KPA; art. 6 ustawy o petycjach).</summary>
    public string? ForwardedTo { get; set; }
    public DateOnly? ForwardedOn { get; set; }

    /// <summary>When a case for the council was passed to the council's chair (art. 231 KPA: within 7 days of receipt).</summary>
    public DateOnly? CouncilForwardedOn { get; set; }
    /// <summary>The council's resolution deciding a council case: its number and date.</summary>
    public string? ResolutionNumber { get; set; }
    public DateOnly? ResolutionOn { get; set; }

    /// <summary>The earlier case this one repeats (art. 239 KPA).</summary>
    public int? EarlierCaseId { get; set; }
    /// <summary>The art. 239 § 1 file note, when the case ends with one instead of a letter.</summary>
    public string? FileNote { get; set; }
    /// <summary>Art. 239 § 1 KPA: the handler confirmed the repeat is on the same matter as the earlier case.</summary>
    public bool RepeatSameMatter { get; set; }
    /// <summary>Art. 239 § 1 KPA: the handler confirmed the repeat gives no new circumstances.</summary>
    public bool RepeatNoNewCircumstances { get; set; }

    // A call to clarify or complete (§ 8 ust. 2 of the rozporządzenie; art. 7 ust. 2 ustawy o petycjach).
    public DateOnly? ClarificationCalledOn { get; set; }
    public DateOnly? ClarificationDeliveredOn { get; set; }
    public DateOnly? ClarificationAnsweredOn { get; set; }

    // The elements of the reply (art. 238 KPA); the letter itself is rendered from them.
    public string? ReplyBodyName { get; set; }
    /// <summary>How the matter was handled: the substance of the reply.</summary>
    public string? ReplyContent { get; set; }
    public string? FactualGrounds { get; set; }
    public string? LegalGrounds { get; set; }
    public string? SignerName { get; set; }
    public string? SignerPost { get; set; }
    public DateOnly? ReplyOn { get; set; }
    public ReplyDelivery ReplyDelivery { get; set; }
    public ElectronicSignature ReplySignature { get; set; }
    /// <summary>
    /// The outcome the reply drafted before closing proposes, and when that draft was saved: the reply fields above then hold
    /// the draft, whose letter can be downloaded for signature; closing sets <see cref="Outcome"/> and records whether what
    /// was sent is the draft as saved.
    /// </summary>
    public CaseOutcome? DraftOutcome { get; set; }
    public DateTimeOffset? ReplyDraftedAt { get; set; }

    public CaseOutcome? Outcome { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? ClosedById { get; set; }
    public string? Remarks { get; set; }

    // Petitions (ustawa o petycjach).
    /// <summary>The petitioner agreed to the publication of their name (art. 8 ust. 2).</summary>
    public bool PetitionNameConsent { get; set; }
    /// <summary>A petition in the interest of a third party (art. 4 ust. 3), with that person's name and consent.</summary>
    public bool PetitionForThirdParty { get; set; }
    public string? PetitionThirdPartyName { get; set; }
    /// <summary>The third party consented to the petycja being filed in its interest (art. 4 ust. 2 pkt 2).</summary>
    public bool PetitionThirdPartyConsent { get; set; }
    /// <summary>The third party consented to its name being published on the petitions page (art. 8 ust. 2).</summary>
    public bool PetitionThirdPartyNameConsent { get; set; }
    /// <summary>Filed by a group; <see cref="PetitionRepresentative"/> names who represents it (art. 4 ust. 2 pkt 1).</summary>
    public bool PetitionGroup { get; set; }
    public string? PetitionRepresentative { get; set; }

    // Joint handling of petitions on the same matter (art. 11 ustawy o petycjach): the first petition leads.
    /// <summary>On the leading petition: when joint handling and its waiting period were announced on the website (art. 11 ust. 2).</summary>
    public DateOnly? JointAnnouncedOn { get; set; }
    /// <summary>On the leading petition: the last day of the waiting period for further petitions; the term runs from it.</summary>
    public DateOnly? JointWaitingEndsOn { get; set; }
    /// <summary>On a further petition: the leading petition it is handled with.</summary>
    public int? JointLeadId { get; set; }

    // A petycja forwarded in part (art. 6 ust. 2 ustawy o petycjach); the case stays open for the rest.
    public string? PartForwardedTo { get; set; }
    /// <summary>Which matters of the petition were forwarded, in the words the letters use.</summary>
    public string? PartForwardedScope { get; set; }
    public DateOnly? PartForwardedOn { get; set; }

    // Retention and erasure (issue 16): the content goes, the numbered entry stays so the register's numbering stays whole.
    /// <summary>When the case's content and attachments were erased; null while the case is whole.</summary>
    public DateTimeOffset? ErasedAt { get; set; }
    /// <summary>Why the content was erased: disposal at the end of the retention period or removal as abuse.</summary>
    public CaseErasure? Erasure { get; set; }
    /// <summary>The disposal protocol (protokół brakowania) that disposed of the case.</summary>
    public int? DisposalProtocolId { get; set; }
    /// <summary>A removal as abuse: the register keeper's reason and proposal, then the Burmistrz's confirmation (two people).</summary>
    public string? RemovalReason { get; set; }
    public string? RemovalProposedById { get; set; }
    public string? RemovalProposedBy { get; set; }
    public DateTimeOffset? RemovalProposedAt { get; set; }
    public string? RemovalConfirmedById { get; set; }
    public string? RemovalConfirmedBy { get; set; }
    public DateTimeOffset? RemovalConfirmedAt { get; set; }

    /// <summary>Optimistic concurrency: two staff saving the same case do not overwrite each other silently.</summary>
    public Guid Version { get; set; }

    public List<RegisterCaseEvent> History { get; set; } = [];
    public List<RegisterAttachment> Attachments { get; set; } = [];

    /// <summary>Whether a statutory term is watched (not for a letter outside Dział VIII).</summary>
    public bool HasTerm => StatutoryDeadline.HasTerm(TermKind);

    /// <summary>The notice to the member is owed and not yet sent.</summary>
    public bool MemberNoticePending => MemberNoticeDueOn is not null && MemberNoticeOn is null;
    /// <summary>A council case not yet passed to the council's chair.</summary>
    public bool CouncilForwardingPending => CompetentBody == CompetentBody.RadaGminy && CouncilForwardedOn is null;
    /// <summary>Who gets the art. 237 § 2 notice: the member who passed the case on, else the sender who is the member.</summary>
    public string? MemberToNotify => MemberNoticeDueOn is null ? null : MemberName ?? SenderName;

    /// <summary>The sender's identity is missing as the office's <paramref name="rule"/> reads § 8 ust. 1 of the rozporządzenie.</summary>
    public bool LacksIdentity(AnonymityRule rule) => Anonymity.LeftWithoutExamination(Kind, SenderName, SenderAddress, rule);

    /// <summary>A call to clarify or complete went unanswered past the sender's term.</summary>
    public bool ClarificationUnanswered(DateOnly today) => Clarification.Unanswered(Kind, ClarificationCalledOn, ClarificationDeliveredOn, ClarificationAnsweredOn, today);
    public bool IsClosed => ClosedOn is not null;
    /// <summary>The content is gone (disposed of or removed as abuse); only the numbered entry remains.</summary>
    public bool IsErased => ErasedAt is not null;
    /// <summary>Removal as abuse was proposed and awaits the Burmistrz.</summary>
    public bool RemovalPending => RemovalProposedAt is not null && ErasedAt is null;
    /// <summary>The first petition of a joint handling (art. 11 ustawy o petycjach).</summary>
    public bool LeadsJointPetition => JointAnnouncedOn is not null;
    /// <summary>The date the case must be handled by: the art. 36 new date when one was notified, else the statutory one.</summary>
    public DateOnly EffectiveDueOn => NewDueOn ?? DueOn;
}

public sealed class RegisterCaseConfiguration : IEntityTypeConfiguration<RegisterCase>
{
    public void Configure(EntityTypeBuilder<RegisterCase> builder)
    {
        var e = builder;
        // Gap-free numbering rests on this index: two registrations that pick the same number cannot both commit.
        e.HasIndex(x => new { x.Year, x.Number }).IsUnique();
        e.HasIndex(x => x.SubmissionKey).IsUnique();
        e.HasIndex(x => x.ReceivedOn);
        e.HasIndex(x => x.AssignedToId);
        e.HasIndex(x => x.ClosedOn);
        e.Property(x => x.RegisterNumber).HasMaxLength(40);
        e.Property(x => x.CaseMark).HasMaxLength(60);
        e.Property(x => x.CaseMarkClass).HasMaxLength(20);
        e.HasIndex(x => new { x.Year, x.CaseMarkClass, x.CaseMarkNumber }).IsUnique();
        e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.DeliveryReference).HasMaxLength(200);
        e.Property(x => x.RegisteredById).HasMaxLength(450);
        e.Property(x => x.RegisteredBy).HasMaxLength(256);
        e.Property(x => x.SenderName).HasMaxLength(200);
        e.Property(x => x.SenderAddress).HasMaxLength(400);
        e.Property(x => x.SenderEmail).HasMaxLength(254);
        e.Property(x => x.SenderKind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.MemberName).HasMaxLength(200);
        e.Property(x => x.MemberAddress).HasMaxLength(400);
        e.Property(x => x.ResolutionNumber).HasMaxLength(100);
        e.Property(x => x.Subject).HasMaxLength(300);
        e.Property(x => x.Summary).HasMaxLength(20_000);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.KindReason).HasMaxLength(2000);
        e.Property(x => x.NotHandledReason).HasConversion<string>().HasMaxLength(60);
        e.Property(x => x.Concerns).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.ConcernsStaffUserId).HasMaxLength(450);
        e.Property(x => x.ConcernsStaffName).HasMaxLength(200);
        e.Property(x => x.ConcernsText).HasMaxLength(400);
        e.HasOne<OrganisationalUnit>().WithMany().HasForeignKey(x => x.ConcernsUnitId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.CompetentBody).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.CompetentBodyName).HasMaxLength(300);
        e.Property(x => x.CompetenceReason).HasMaxLength(1000);
        e.Property(x => x.AssignedToId).HasMaxLength(450);
        e.Property(x => x.AssignedTo).HasMaxLength(200);
        e.Property(x => x.TermKind).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.DelayReason).HasMaxLength(4000);
        e.Property(x => x.ForwardedTo).HasMaxLength(300);
        e.Property(x => x.PartForwardedTo).HasMaxLength(300);
        e.Property(x => x.PartForwardedScope).HasMaxLength(2000);
        e.HasOne<RegisterCase>().WithMany().HasForeignKey(x => x.EarlierCaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<RegisterCase>().WithMany().HasForeignKey(x => x.JointLeadId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.FileNote).HasMaxLength(4000);
        e.Property(x => x.ReplyBodyName).HasMaxLength(300);
        e.Property(x => x.ReplyContent).HasMaxLength(20_000);
        e.Property(x => x.FactualGrounds).HasMaxLength(10_000);
        e.Property(x => x.LegalGrounds).HasMaxLength(10_000);
        e.Property(x => x.SignerName).HasMaxLength(200);
        e.Property(x => x.SignerPost).HasMaxLength(200);
        e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.DraftOutcome).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.ClosedById).HasMaxLength(450);
        e.Property(x => x.Remarks).HasMaxLength(4000);
        e.Property(x => x.PetitionThirdPartyName).HasMaxLength(200);
        e.Property(x => x.PetitionRepresentative).HasMaxLength(200);
        e.Property(x => x.ReplyDelivery).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.ReplySignature).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Erasure).HasConversion<string>().HasMaxLength(30);
        e.HasOne<Disposal.DisposalProtocol>().WithMany().HasForeignKey(x => x.DisposalProtocolId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.RemovalReason).HasMaxLength(1000);
        e.Property(x => x.RemovalProposedById).HasMaxLength(450);
        e.Property(x => x.RemovalProposedBy).HasMaxLength(256);
        e.Property(x => x.RemovalConfirmedById).HasMaxLength(450);
        e.Property(x => x.RemovalConfirmedBy).HasMaxLength(256);
        e.Ignore(x => x.IsErased);
        e.Ignore(x => x.RemovalPending);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.Ignore(x => x.IsClosed);
        e.Ignore(x => x.LeadsJointPetition);
        e.Ignore(x => x.EffectiveDueOn);
        e.HasMany(x => x.History).WithOne().HasForeignKey(h => h.RegisterCaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Attachments).WithOne().HasForeignKey(a => a.RegisterCaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
