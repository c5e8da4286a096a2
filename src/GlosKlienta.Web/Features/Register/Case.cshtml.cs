using GlosKlienta.Domain.Register;
using GlosKlienta.Web.Features.Directory;

namespace GlosKlienta.Web.Features.Register;

/// <summary>
/// One case: its data, term with the reason for every shift, attachments and history, and the steps of its
/// handling. Every read and every change is in the audit log; who may see and do what is <see cref="RegisterAccess"/>.
/// A case someone may not see answers 404, so its existence is not revealed.
/// </summary>
public sealed class CaseModel(AppDbContext db, AuditLog audit, CaseChanges changes, OfficeProfileProvider office, TimeProvider time, IStringLocalizer<SharedResource> text,
    Microsoft.Extensions.Options.IOptions<RegisterOptions> options, IAuthorizationService authorization) : PageModel
{
    /// <summary>The corrective actions started from this skarga (the link kept both ways with the action register).</summary>
    public IReadOnlyList<Actions.ActionModel.QualityActionLink> CorrectiveActions { get; private set; } = [];
    /// <summary>Whether the person may start a corrective action here: the skarga was found justified and they keep the register or the quality system.</summary>
    public bool MayStartAction { get; private set; }
    /// <summary>Whether the person may propose or confirm the removal of the case as abuse (the register keeper, the Burmistrz).</summary>
    public bool MayRemove { get; private set; }

    public const string Flash = "Register.Flash";
    public static string PathOf(int id) => "/personel/rejestr/" + id.ToString(CultureInfo.InvariantCulture);

    public RegisterCase Case { get; private set; } = null!;
    public RegisterCase? EarlierCase { get; private set; }
    public IReadOnlyList<RegisterCase> LaterCases { get; private set; } = [];
    public string? UnitName { get; private set; }
    /// <summary>The statutory term, or null for a letter outside Dział VIII, which has none.</summary>
    public Deadline? Deadline { get; private set; }
    public DateOnly Today { get; private set; }
    public RegisterAccess Access { get; private set; } = null!;
    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];
    public IReadOnlyList<OrganisationalUnit> Units { get; private set; } = [];
    public CompetenceDecision? Suggested { get; private set; }
    public FormErrors Errors { get; } = new();
    /// <summary>Which form the errors belong to, so it opens with them.</summary>
    public string? FailedForm { get; private set; }
    public string OfficeName { get; private set; } = "";

    public bool Overdue => !Case.IsClosed && Case.HasTerm && Case.EffectiveDueOn < Today;

    /// <summary>The sender's identity is missing as this office reads § 8 ust. 1 of the rozporządzenie (a petycja: art. 7 ust. 1).</summary>
    public bool LacksIdentity => Case.LacksIdentity(options.Value.AnonymousWhen);

    /// <summary>A call to clarify or complete went unanswered past the sender's term.</summary>
    public bool ClarificationUnanswered => Case.ClarificationUnanswered(Today);

    /// <summary>Whether the case may be left without examination, for either reason.</summary>
    public bool MayLeave => LacksIdentity || ClarificationUnanswered;

    /// <summary>A petycja's last day to send the call to complete it (art. 7 ust. 2 ustawy o petycjach), else null.</summary>
    public Deadline? ClarificationCallDeadline => Clarification.CallDeadline(Case.Kind, Case.ReceivedOn);

    /// <summary>The sender's last day to answer the call, once its delivery is known.</summary>
    public Deadline? ClarificationAnswerDeadline => Clarification.AnswerDeadline(Case.Kind, Case.ClarificationDeliveredOn);

    /// <summary>Whether the office signs replies electronically (art. 238 § 1 KPA), so an e-mail reply may be chosen.</summary>
    public bool ElectronicReplies => options.Value.ElectronicReplies;

    [BindProperty] public Guid Version { get; set; }

    // One form per step; a handler binds its own step as a parameter, the others start from the case.
    public ClassifyStep Classify { get; private set; } = new();
    public RouteStep Route { get; private set; } = new();
    public AssignStep Assign { get; private set; } = new();
    public ForwardStep Forward { get; private set; } = new();
    public DelayStep Delay { get; private set; } = new();
    public LinkStep Link { get; private set; } = new();
    public RemarksStep Remarks { get; private set; } = new();
    public CloseStep Close { get; private set; } = new();
    public ClarifyStep ClarifyForm { get; private set; } = new();
    public JointStep JointForm { get; private set; } = new();
    public ForwardPartStep ForwardPart { get; private set; } = new();

    /// <summary>On a further petition of a joint handling: the leading one (art. 11 ustawy o petycjach).</summary>
    public RegisterCase? JointLead { get; private set; }
    /// <summary>On the leading petition of a joint handling: the further ones, in order of filing.</summary>
    public IReadOnlyList<RegisterCase> JointMembers { get; private set; } = [];
    public MemberNoticeStep MemberNoticeForm { get; private set; } = new();
    public ForwardToCouncilStep CouncilForm { get; private set; } = new();

    /// <summary>The 14-day notice to a poseł, senator or radny (art. 237 § 2 KPA), when the case owes one.</summary>
    public Deadline? MemberNoticeDeadline { get; private set; }
    /// <summary>The 7 days to pass a council case to the council's chair (art. 231 KPA).</summary>
    public Deadline? CouncilForwardingDeadline { get; private set; }
    public string ExecutiveName { get; private set; } = "";
    public string CouncilName { get; private set; } = "";
    public string? CouncilChairPost { get; private set; }

    public bool May(CaseStep step) => Access.May(step, Case);

    private OfficeProfile? Profile { get; set; }

    /// <summary>A moment in the office's time zone, as every time on the page is shown.</summary>
    public string When(DateTimeOffset at) => (Profile?.Local(at) ?? at.UtcDateTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The office-local day of a moment.</summary>
    public DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(Profile?.Local(at) ?? at.UtcDateTime);

    /// <summary>A petycja's copy for publication (art. 8 ust. 1 ustawy o petycjach), when one was uploaded.</summary>
    public Petitions.PetitionScanInfo? Scan { get; private set; }

    /// <summary>Staff look at the redacted copy before it goes out: the same download the public will get.</summary>
    public async Task<IActionResult> OnGetScanAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: false, cancellationToken) || Scan is null) return NotFound();
        audit.Record(RegisterActions.AttachmentRead, RegisterActions.Subject, Id, new { scan = Scan.Id });
        await db.SaveChangesAsync(cancellationToken);
        return Petitions.ScanModel.Download(Response, await db.PetitionScans.AsNoTracking().FirstAsync(x => x.Id == Scan.Id, cancellationToken));
    }

    /// <summary>Uploads the redacted copy; a new one withdraws the publication until it is confirmed again.</summary>
    public async Task<IActionResult> OnPostScanAsync(int id, List<IFormFile> scanFile, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: true, cancellationToken)) return NotFound();
        if (!May(CaseStep.PublishScan) || Case.Kind != CaseKind.Petycja) return Forbid();
        var files = await FileUploads.ReadAsync(scanFile ?? [], "skan", Errors, text, cancellationToken);
        if (!Errors.Any && files.Count != 1) Errors.Add("skan", text["Petitions.Scan.Missing"]);
        if (!Errors.Any && files[0].MediaType is not ("application/pdf" or "image/png" or "image/jpeg")) Errors.Add("skan", text["Petitions.Scan.Type"]);
        if (Errors.Any) return Failed(new PublishScanStep());
        var f = files[0];
        var bytes = await f.ReadAllBytesAsync(cancellationToken);
        var row = await db.PetitionScans.FirstOrDefaultAsync(x => x.RegisterCaseId == Case.Id, cancellationToken);
        if (row is null) db.PetitionScans.Add(row = new Petitions.PetitionScan { RegisterCaseId = Case.Id, FileName = f.FileName, MediaType = f.MediaType, Bytes = bytes, Sha256 = "", UploadedBy = "" });
        row.FileName = f.FileName;
        row.MediaType = f.MediaType;
        row.Bytes = bytes;
        row.Sha256 = f.Sha256;
        row.UploadedAt = time.GetUtcNow();
        row.UploadedBy = User.Identity?.Name ?? AuditLog.SystemActor;
        row.PublishedAt = null;
        row.PublishedBy = null;
        changes.Log(Case, RegisterActions.ScanUploaded, null, f.FileName);
        await changes.SaveAsync(cancellationToken);
        return SeeOther(id);
    }

    /// <summary>Publishes the uploaded copy once the person confirms the redaction was checked on that very copy.</summary>
    public async Task<IActionResult> OnPostPublishScanAsync(int id, bool redactionChecked, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: true, cancellationToken)) return NotFound();
        if (!May(CaseStep.PublishScan) || Case.Kind != CaseKind.Petycja) return Forbid();
        var row = await db.PetitionScans.FirstOrDefaultAsync(x => x.RegisterCaseId == Case.Id, cancellationToken);
        if (row is null) Errors.Add("skan", text["Petitions.Scan.Missing"]);
        else if (!redactionChecked) Errors.Add("skan-sprawdzone", text["Petitions.Scan.NotChecked"]);
        if (Errors.Any) return Failed(new PublishScanStep());
        row!.PublishedAt = time.GetUtcNow();
        row.PublishedBy = User.Identity?.Name ?? AuditLog.SystemActor;
        changes.Log(Case, RegisterActions.ScanPublished, null, row.FileName);
        await changes.SaveAsync(cancellationToken);
        return SeeOther(id);
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: false, cancellationToken)) return NotFound();
        Fill();
        audit.Record(RegisterActions.CaseRead, RegisterActions.Subject, Id);
        await db.SaveChangesAsync(cancellationToken);
        return Page();
    }

    private string Id => Case.Id.ToString(CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(int id, bool tracked, CancellationToken cancellationToken)
    {
        Access = RegisterAccess.For(User);
        var query = tracked ? db.RegisterCases : db.RegisterCases.AsNoTracking();
        var c = await query.Include(x => x.History).Include(x => x.Attachments).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        // An erased case takes no more steps: its content is gone (issue 16).
        if (c is null || !Access.CanRead(c) || (tracked && c.IsErased)) return false;
        Case = c;
        MayRemove = !c.IsErased && (await authorization.AuthorizeAsync(User, Policies.RegisterRemoval)).Succeeded;
        var profile = await office.GetAsync(cancellationToken);
        OfficeName = profile.Name;
        Profile = profile;
        ExecutiveName = BodyNames.Executive(profile, text);
        CouncilName = BodyNames.Council(profile, text);
        CouncilChairPost = profile.CouncilChairPost;
        Today = profile.Today(time);
        EarlierCase = c.EarlierCaseId is { } e ? await db.RegisterCases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == e, cancellationToken) : null;
        LaterCases = await db.RegisterCases.AsNoTracking().Where(x => x.EarlierCaseId == c.Id).OrderBy(x => x.Id).ToListAsync(cancellationToken);
        JointLead = c.JointLeadId is { } lead ? await db.RegisterCases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == lead, cancellationToken) : null;
        JointMembers = c.LeadsJointPetition
            ? await db.RegisterCases.AsNoTracking().Where(x => x.JointLeadId == c.Id).OrderBy(x => x.ReceivedOn).ThenBy(x => x.Id).ToListAsync(cancellationToken)
            : [];
        // The term as the case holds it: a joint petition's from its waiting period's end (art. 11 ust. 2), a completed one's from its completion.
        Deadline = !c.HasTerm ? null
            : (c.JointWaitingEndsOn ?? JointLead?.JointWaitingEndsOn) is { } waitingEnds ? JointPetitions.Due(waitingEnds)
            : StatutoryDeadline.For(c.TermKind, TermStart(c), c.SenderKind);
        Units = await db.OrganisationalUnits.AsNoTracking().OrderBy(u => u.SortOrder).ToListAsync(cancellationToken);
        UnitName = Units.FirstOrDefault(u => u.Id == c.ConcernsUnitId)?.Name;
        CorrectiveActions = await db.QualityActions.AsNoTracking().Where(a => a.RegisterCaseId == c.Id).OrderBy(a => a.Id)
            .Select(a => new Actions.ActionModel.QualityActionLink(a.Id, Actions.ActionNumbers.Format(a.Id), a.What, a.Status)).ToListAsync(cancellationToken);
        MayStartAction = Domain.Actions.Effectiveness.CanStartFrom(c.Kind, c.Outcome)
            && (await authorization.AuthorizeAsync(User, Policies.ActionsFromComplaint)).Succeeded;
        Staff = Access.Manages ? await StaffDirectory.ActiveAsync(db, cancellationToken) : [];
        MemberNoticeDeadline = MemberNotice.For(c.Kind, c.SenderKind, c.ReceivedOn);
        CouncilForwardingDeadline = CouncilForwarding.For(c.CompetentBody, c.ReceivedOn);
        Suggested = c.Concerns is { } concerns ? Competence.For(c.Kind, concerns) : null;
        Scan = c.Kind == CaseKind.Petycja
            ? await db.PetitionScans.AsNoTracking().Where(x => x.RegisterCaseId == c.Id)
                .Select(x => new Petitions.PetitionScanInfo(x.Id, x.FileName, x.UploadedAt, x.PublishedAt, x.PublishedBy))
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        return true;
    }

    /// <summary>The forms start from what the case holds.</summary>
    private void Fill()
    {
        var c = Case;
        if (Version == Guid.Empty) Version = c.Version;
        var body = DefaultBodyName(c.CompetentBody);
        foreach (var form in new CaseStepForm[] { Classify, Route, Assign, Forward, Delay, Link, Remarks, Close, MemberNoticeForm, CouncilForm, ClarifyForm, JointForm, ForwardPart }) form.Fill(c, Today, body);
        // The council's reply is signed by its chair.
        if (CaseRights.IsCouncilCase(c.CompetentBody)) Close.SignerPost ??= CouncilChairPost;
    }

    private string DefaultBodyName(CompetentBody body) => body == CompetentBody.RadaGminy ? CouncilName : ExecutiveName;


    /// <summary>Runs one step of handling: load tracked, check the right and the version, apply, save with history and audit.</summary>
    private async Task<IActionResult> ChangeAsync(int id, CaseStepForm step, CaseStep right, Func<RegisterCase, Task<bool>> apply, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: true, cancellationToken)) return NotFound();
        if (!May(right)) return Forbid();
        if (Case.IsClosed)
        {
            Errors.Add("", text["Register.Error.Closed"]);
            return Failed(step);
        }
        if (Version != Case.Version)
        {
            Errors.Add("", text["Register.Error.Stale"]);
            return Failed(step);
        }
        if (!await apply(Case) || Errors.Any) return Failed(step);
        try
        {
            await changes.SaveAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Errors.Add("", text["Register.Error.Stale"]);
            return Failed(step);
        }
        return SeeOther(id);
    }

    /// <summary>The page again with the failed step's form as posted and open.</summary>
    private PageResult Failed(CaseStepForm step)
    {
        FailedForm = step.FormId;
        switch (step)
        {
            case ClassifyStep s: Classify = s; break;
            case RouteStep s: Route = s; break;
            case AssignStep s: Assign = s; break;
            case ForwardStep s: Forward = s; break;
            case DelayStep s: Delay = s; break;
            case LinkStep s: Link = s; break;
            case RemarksStep s: Remarks = s; break;
            case CloseStep s: Close = s; break;
            case MemberNoticeStep s: MemberNoticeForm = s; break;
            case ForwardToCouncilStep s: CouncilForm = s; break;
            case ClarifyStep s: ClarifyForm = s; break;
            case JointStep s: JointForm = s; break;
            case ForwardPartStep s: ForwardPart = s; break;
        }
        Fill();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        // Untracked so nothing of the failed step can be saved by the audit entry below or later.
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is RegisterCase or RegisterCaseEvent).ToList()) entry.State = EntityState.Detached;
        return Page();
    }

    private StatusCodeResult SeeOther(int id)
    {
        TempData[Flash] = text["Register.Saved"].Value;
        Response.Headers.Location = PathOf(id);
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private string L(string prefix, object? value) => value is null ? "" : text[prefix + value].Value;

    /// <summary>Adds the rule's problems to the form's errors, each at its field; true when there were none.</summary>
    private bool Report(IReadOnlyList<StepProblem> problems, CaseKind kind, string? assigneeName = null)
    {
        foreach (var p in problems)
        {
            var (field, message) = p switch
            {
                StepProblem.KindMissing => ("rodzaj-" + CaseKind.Skarga, text["Register.Error.StaffKindMissing"]),
                StepProblem.NotHandledReasonMissing => ("powod-" + NotHandledReason.SkargaWSprawieWToku, text["Register.Error.NotHandledReasonMissing"]),
                StepProblem.KindReasonMissing => ("uzasadnienie-rodzaju", text["Register.Error.KindReasonMissing"]),
                StepProblem.ConcernsMissing => ("dotyczy-" + CaseConcerns.ZadaniaWlasneBurmistrza, text["Register.Error.ConcernsMissing"]),
                StepProblem.ConcernsWhoMissing => ("dotyczy-osoby", text["Register.Error.ConcernsWhoMissing"]),
                StepProblem.OtherBodyNameMissing => ("organ-nazwa", text["Register.Error.BodyNameMissing"]),
                StepProblem.ConcernedPersonIsAssignee => ("dotyczy-osoby", text["Register.Error.Art256Assigned"]),
                StepProblem.AssigneeMissing => ("przydzial-osoba", text["Register.Error.AssigneeMissing"]),
                StepProblem.AssigneeIsConcerned => ("przydzial-osoba", text["Register.Error.Art256", assigneeName ?? ""]),
                StepProblem.ForwardedToMissing => ("przekazanie-organ", text["Register.Error.ForwardedToMissing"]),
                StepProblem.DelayReasonMissing => ("zwloka-powod", text["Register.Error.DelayReasonMissing"]),
                StepProblem.NewDueNotLater => ("zwloka-termin", text["Register.Error.NewDueNotLater", PolishDates.Day(Case.EffectiveDueOn)]),
                StepProblem.NoticeBeforeReceived => ("zwloka-data", text["Register.Error.BeforeReceived"]),
                StepProblem.EarlierCaseNumberMissing => ("wczesniejsza", text["Register.Error.EarlierMissing"]),
                StepProblem.EarlierCaseIsItself => ("wczesniejsza", text["Register.Error.EarlierSelf"]),
                StepProblem.RemarksTooLong => ("uwagi", text["Register.Error.TooLong", CaseSteps.RemarksMaxLength]),
                StepProblem.OutcomeMissing or StepProblem.OutcomeHasOwnStep => ("wynik-" + ClosingValidation.OutcomesFor(kind)[0],
                    text[p == StepProblem.OutcomeMissing ? "Register.Error.OutcomeMissing" : "Register.Error.OutcomeOwnStep"]),
                StepProblem.MemberNoticeNotOwed => ("zawiadomienie-237-data", text["Register.Error.MemberNoticeNotOwed"]),
                StepProblem.MemberNoticeBeforeReceived => ("zawiadomienie-237-data", text["Register.Error.BeforeReceived"]),
                StepProblem.NotACouncilCase => ("przekazanie-radzie-data", text["Register.Error.NotACouncilCase"]),
                StepProblem.CouncilForwardingBeforeReceived => ("przekazanie-radzie-data", text["Register.Error.BeforeReceived"]),
                StepProblem.PetitionExtensionTooLong => ("zwloka-termin", text["Register.Error.PetitionExtensionTooLong", PolishDates.Day(PetitionRules.LatestExtendedDue(Case.DueOn))]),
                StepProblem.OralPetition => ("rodzaj-" + CaseKind.Skarga, text["Register.Error.OralPetition"]),
                StepProblem.ClarificationNotApplicable => ("wezwanie-data", text["Register.Error.ClarificationNotApplicable"]),
                StepProblem.ClarificationCallMissing => ("wezwanie-data", text["Register.Error.DateMissing"]),
                StepProblem.ClarificationBeforeReceived => ("wezwanie-data", text["Register.Error.BeforeReceived"]),
                StepProblem.ClarificationDeliveredBeforeCall => ("wezwanie-doreczenie", text["Register.Error.ClarificationBeforeCall"]),
                StepProblem.ClarificationAnsweredBeforeCall => ("wezwanie-odpowiedz", text["Register.Error.ClarificationBeforeCall"]),
                StepProblem.JointNotPetitions => ("wielokrotna-numer", text["Register.Error.JointNotPetitions"]),
                StepProblem.JointPetitionNotOpen => ("wielokrotna-numer", text["Register.Error.JointPetitionNotOpen"]),
                StepProblem.JointPetitionIsItself => ("wielokrotna-numer", text["Register.Error.JointItself"]),
                StepProblem.JointFiledTooLate => ("wielokrotna-numer", text["Register.Error.JointFiledTooLate"]),
                StepProblem.JointAnnouncementMissing => ("wielokrotna-ogloszenie", text["Register.Error.DateMissing"]),
                StepProblem.JointAnnouncedBeforeReceived => ("wielokrotna-ogloszenie", text["Register.Error.BeforeReceived"]),
                StepProblem.JointWaitingEndMissing => ("wielokrotna-oczekiwanie", text["Register.Error.DateMissing"]),
                StepProblem.JointWaitingNotAfterAnnouncement => ("wielokrotna-oczekiwanie", text["Register.Error.JointWaitingNotAfter"]),
                StepProblem.JointWaitingTooLong => ("wielokrotna-oczekiwanie", text["Register.Error.JointWaitingTooLong"]),
                StepProblem.PartForwardingNotPetition => ("czesc-organ", text["Register.Error.PartNotPetition"]),
                StepProblem.PartAlreadyForwarded => ("czesc-organ", text["Register.Error.PartAlreadyForwarded"]),
                StepProblem.PartScopeMissing => ("czesc-zakres", text["Register.Error.PartScopeMissing"]),
                _ => throw new ArgumentOutOfRangeException(nameof(problems), p, "Unknown step problem."),
            };
            Errors.Add(field, message);
        }
        return problems.Count == 0;
    }

    public Task<IActionResult> OnPostClassifyAsync(int id, ClassifyStep step, CancellationToken cancellationToken) =>
        ChangeAsync(id, step, CaseStep.Classify, c =>
        {
            CaseKind? kind = EnumNames.TryParse<CaseKind>(step.Kind, out var k) ? k : null;
            NotHandledReason? reason = EnumNames.TryParse<NotHandledReason>(step.NotHandledReason, out var r) ? r : null;
            if (!Report(CaseSteps.Classify(kind, reason, step.KindReason, c.Channel), c.Kind)) return Task.FromResult(false);
            var old = L("Register.Kind.", c.Kind) + (c.NotHandledReason is { } o ? " (" + L("Register.NotHandled.", o) + ")" : "");
            c.Kind = kind!.Value;
            c.NotHandledReason = kind == CaseKind.NieRozpatrywanaWTrybieDzialuVIII ? reason : null;
            c.KindReason = step.KindReason!.Trim();
            if (c.Kind != CaseKind.Petycja) { c.PetitionNameConsent = false; c.PetitionForThirdParty = false; c.PetitionThirdPartyName = null; c.PetitionThirdPartyNameConsent = false; }
            Reroute(c);
            changes.Log(c, RegisterActions.Classified, old, L("Register.Kind.", c.Kind) + (c.NotHandledReason is { } n ? " (" + L("Register.NotHandled.", n) + ")" : ""), c.KindReason);
            return Task.FromResult(true);
        }, cancellationToken);

    /// <summary>Competence and term follow from the kind and the subject.</summary>
    private static void Reroute(RegisterCase c)
    {
        if (c.Concerns is { } concerns)
        {
            var decision = Competence.For(c.Kind, concerns);
            c.CompetentBody = decision.Body;
            c.CompetenceReason = decision.Reason;
        }
        c.TermKind = Competence.TermFor(c.Kind, c.CompetentBody);
        // A petition handled jointly keeps the joint term (art. 11 ust. 2) while it stays a petition for the same body.
        if (!(c.TermKind == TermKind.Petycja && InJointHandling(c)))
            c.DueOn = c.HasTerm ? StatutoryDeadline.For(c.TermKind, TermStart(c), c.SenderKind).Due : c.ReceivedOn;
        c.MemberNoticeDueOn = MemberNotice.For(c.Kind, c.SenderKind, c.ReceivedOn)?.Due;
    }

    /// <summary>Part of a joint handling of petitions (art. 11 ustawy o petycjach), leading it or joined to it: its term runs from the waiting period's end.</summary>
    private static bool InJointHandling(RegisterCase c) => c.JointWaitingEndsOn is not null || c.JointLeadId is not null;

    /// <summary>The day the handling term counts from: a completed petycja's from its completion (art. 10 ust. 2 ustawy o petycjach).</summary>
    private static DateOnly TermStart(RegisterCase c) =>
        c.TermKind == TermKind.Petycja ? Clarification.TermStart(c.Kind, c.ReceivedOn, c.ClarificationAnsweredOn) : c.ReceivedOn;

    public Task<IActionResult> OnPostRouteAsync(int id, RouteStep step, CancellationToken cancellationToken) =>
        ChangeAsync(id, step, CaseStep.Route, c =>
        {
            CaseConcerns? concerns = EnumNames.TryParse<CaseConcerns>(step.Concerns, out var cc) ? cc : null;
            var person = Staff.FirstOrDefault(s => s.Id == step.ConcernsStaffUserId);
            var whoGiven = person is not null || !string.IsNullOrWhiteSpace(step.ConcernsText) || step.ConcernsUnitId is not null;
            if (!Report(CaseSteps.Route(c.Kind, concerns, whoGiven, step.CompetentBodyName, person is not null && c.AssignedToId == person.Id), c.Kind))
                return Task.FromResult(false);
            var otherBody = Competence.For(c.Kind, concerns!.Value).Body == CompetentBody.InnyOrgan;
            var old = L("Register.Body.", c.CompetentBody);
            c.Concerns = concerns;
            c.ConcernsStaffUserId = person?.Id;
            c.ConcernsStaffName = person?.Name;
            c.ConcernsUnitId = Units.Any(u => u.Id == step.ConcernsUnitId) ? step.ConcernsUnitId : null;
            c.ConcernsText = CaseRegistration.Clean(step.ConcernsText);
            c.CompetentBodyName = otherBody ? step.CompetentBodyName!.Trim() : null;
            Reroute(c);
            changes.Log(c, RegisterActions.Routed, old, L("Register.Body.", c.CompetentBody) + (c.CompetentBodyName is { } b ? ": " + b : ""), c.CompetenceReason);
            return Task.FromResult(true);
        }, cancellationToken);

    public Task<IActionResult> OnPostAssignAsync(int id, AssignStep step, CancellationToken cancellationToken) =>
        ChangeAsync(id, step, CaseStep.Assign, c =>
        {
            var person = Staff.FirstOrDefault(s => s.Id == step.AssigneeId);
            if (!Report(CaseSteps.Assign(person?.Id, person?.Roles ?? [], c.ConcernsStaffUserId, c.Concerns), c.Kind, person?.Name)) return Task.FromResult(false);
            var old = c.AssignedTo;
            c.AssignedToId = person!.Id;
            c.AssignedTo = person.Name;
            c.AssignedAt = time.GetUtcNow();
            changes.Log(c, RegisterActions.Assigned, old, person.Name);
            return Task.FromResult(true);
        }, cancellationToken);

    public Task<IActionResult> OnPostForwardAsync(int id, ForwardStep step, CancellationToken cancellationToken) =>
        ChangeAsync(id, step, CaseStep.Forward, c =>
        {
            var on = RegisterFields.Date(step.ForwardedOn, "przekazanie-data", Today, Errors, text);
            if (!Report(CaseSteps.Forward(step.ForwardedTo), c.Kind) || Errors.Any) return Task.FromResult(false);
            var closing = new CaseClosing(c.Kind, CaseOutcome.Przekazana, false, null, null, null, null, null, null, step.ForwardedTo, on, c.EarlierCaseId, null, c.ReceivedOn, on!.Value);
            if (!Check(closing, "przekazanie-data")) return Task.FromResult(false);
            c.ForwardedTo = step.ForwardedTo!.Trim();
            c.ForwardedOn = on;
            CloseCase(c, CaseOutcome.Przekazana, on!.Value);
            changes.Log(c, RegisterActions.Forwarded, null, c.ForwardedTo, on > c.EffectiveDueOn ? text["Register.ForwardedLate"].Value : null);
            return Task.FromResult(true);
        }, cancellationToken);

    public Task<IActionResult> OnPostDelayAsync(int id, DelayStep step, CancellationToken cancellationToken) =>
        ChangeAsync(id, step, CaseStep.Delay, c =>
        {
            var on = RegisterFields.Date(step.DelayNoticeOn, "zwloka-data", Today, Errors, text);
            var newDue = RegisterFields.Date(step.NewDueOn, "zwloka-termin", Today, Errors, text, allowFuture: true);
            if (!Report(CaseSteps.Delay(step.DelayReason, on, newDue, c.ReceivedOn, c.EffectiveDueOn, c.Kind, c.DueOn), c.Kind) || Errors.Any) return Task.FromResult(false);
            var old = RegisterForms.Iso(c.EffectiveDueOn);
            c.DelayNoticeOn = on;
            c.DelayReason = step.DelayReason!.Trim();
            c.NewDueOn = newDue;
            // Art. 36 § 1: the notice is due before the term passes; a late one is recorded, and marked.
            changes.Log(c, RegisterActions.DelayNotice, old, RegisterForms.Iso(newDue!.Value), on > c.DueOn ? text["Register.DelayNoticeLate"].Value : null);
            return Task.FromResult(true);
        }, cancellationToken);

    public Task<IActionResult> OnPostLinkAsync(int id, LinkStep step, CancellationToken cancellationToken) =>
        ChangeAsync(id, step, CaseStep.Link, async c =>
        {
            var earlier = await RegisterFields.EarlierCaseAsync(db, step.EarlierCaseNumber, "wczesniejsza", Errors, text, cancellationToken);
            if (!Report(CaseSteps.Link(step.EarlierCaseNumber, earlier?.Id, c.Id), c.Kind) || Errors.Any) return false;
            var old = EarlierCase?.RegisterNumber;
            c.EarlierCaseId = earlier!.Id;
            changes.Log(c, RegisterActions.Linked, old, earlier.RegisterNumber);
            return true;
        }, cancellationToken);

    public Task<IActionResult> OnPostRemarksAsync(int id, RemarksStep step, CancellationToken cancellationToken) =>
        ChangeAsync(id, step, CaseStep.Remarks, c =>
        {
            var old = c.Remarks;
            c.Remarks = CaseRegistration.Clean(step.Remarks);
            if (!Report(CaseSteps.Remarks(c.Remarks), c.Kind)) return Task.FromResult(false);
            changes.Log(c, RegisterActions.Remarked, old, c.Remarks);
            return Task.FromResult(true);
        }, cancellationToken);

    public Task<IActionResult> OnPostLeaveAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, new LeaveStep(), CaseStep.Leave, c =>
        {
            var closing = new CaseClosing(c.Kind, CaseOutcome.BezRozpoznania, MayLeave,
                null, null, null, null, null, null, null, null, c.EarlierCaseId, null, c.ReceivedOn, Today);
            if (!Check(closing, "bez-rozpoznania")) return Task.FromResult(false);
            CloseCase(c, CaseOutcome.BezRozpoznania, Today);
            var note = LacksIdentity
                ? text[c.Kind == CaseKind.Petycja ? "Register.LeftPetitionNote" : "Register.LeftNote"].Value
                : text[c.Kind == CaseKind.Petycja ? "Register.LeftPetitionUnansweredNote" : "Register.LeftUnansweredNote",
                    PolishDates.Day(c.ClarificationCalledOn!.Value), PolishDates.Day(ClarificationAnswerDeadline!.Due)].Value;
            c.Remarks = (c.Remarks is null ? "" : c.Remarks + "\n") + note;
            changes.Log(c, RegisterActions.Closed, null, L("Register.Outcome.", CaseOutcome.BezRozpoznania), note);
            return Task.FromResult(true);
        }, cancellationToken);

    /// <summary>
    /// Records a call to clarify or complete the letter, its delivery and the answer. A petycja's 3-month term then runs
    /// from its completion (art. 10 ust. 2 ustawy o petycjach); a call sent after its 30 days is recorded and marked late.
    /// </summary>
    public Task<IActionResult> OnPostClarifyAsync(int id, ClarifyStep step, CancellationToken cancellationToken) =>
        ChangeAsync(id, step, CaseStep.Clarify, c =>
        {
            var called = RegisterFields.Date(step.CalledOn, "wezwanie-data", Today, Errors, text);
            var delivered = RegisterFields.Date(step.DeliveredOn, "wezwanie-doreczenie", Today, Errors, text, required: false);
            var answered = RegisterFields.Date(step.AnsweredOn, "wezwanie-odpowiedz", Today, Errors, text, required: false);
            if (Errors.Any || !Report(Clarification.Check(c.Kind, c.ReceivedOn, called, delivered, answered), c.Kind)) return Task.FromResult(false);
            var old = c.ClarificationCalledOn is { } was ? RegisterForms.Iso(was) : null;
            c.ClarificationCalledOn = called;
            c.ClarificationDeliveredOn = delivered;
            c.ClarificationAnsweredOn = answered;
            // A completed petycja's term runs from its completion, unless it is handled jointly: then from the waiting period's end.
            if (c.TermKind == TermKind.Petycja && !InJointHandling(c)) c.DueOn = StatutoryDeadline.For(c.TermKind, TermStart(c), c.SenderKind).Due;
            var late = Clarification.CallDeadline(c.Kind, c.ReceivedOn) is { } callDue && called > callDue.Due ? text["Register.ClarificationLate"].Value : null;
            var value = RegisterForms.Iso(called!.Value) + (delivered is { } d ? ", " + text["Register.Clarification.Delivered", PolishDates.Day(d)].Value : "")
                + (answered is { } a ? ", " + text["Register.Clarification.Answered", PolishDates.Day(a)].Value : "");
            changes.Log(c, RegisterActions.Clarification, old, value, late);
            return Task.FromResult(true);
        }, cancellationToken);

    /// <summary>
    /// Orders joint handling of this petition with a further one on the same matter (art. 11 ustawy o petycjach), or joins
    /// one more: the announcement and waiting period are recorded on this, the leading petition, and every petition of the
    /// joint handling is due 3 months from the waiting period's end.
    /// </summary>
    public Task<IActionResult> OnPostJointAsync(int id, JointStep step, CancellationToken cancellationToken) =>
        ChangeAsync(id, step, CaseStep.Joint, async c =>
        {
            if (c.JointLeadId is not null)
            {
                Report([StepProblem.JointPetitionNotOpen], c.Kind);
                return false;
            }
            var ordering = !c.LeadsJointPetition;
            var announced = ordering ? RegisterFields.Date(step.AnnouncedOn, "wielokrotna-ogloszenie", Today, Errors, text, required: false) : c.JointAnnouncedOn;
            var waitingEnds = ordering ? RegisterFields.Date(step.WaitingEndsOn, "wielokrotna-oczekiwanie", Today, Errors, text, required: false, allowFuture: true) : c.JointWaitingEndsOn;
            if (string.IsNullOrWhiteSpace(step.FurtherNumber)) Errors.Add("wielokrotna-numer", text["Register.Error.JointNumberMissing"]);
            var found = await RegisterFields.EarlierCaseAsync(db, step.FurtherNumber, "wielokrotna-numer", Errors, text, cancellationToken);
            if (Errors.Any) return false;
            if (ordering && !Report(JointPetitions.CheckOrder(c.Kind, c.ReceivedOn, announced, waitingEnds), c.Kind)) return false;
            var further = await db.RegisterCases.FirstAsync(x => x.Id == found!.Id, cancellationToken);
            var open = !further.IsClosed && further.JointLeadId is null && !further.LeadsJointPetition;
            if (!Report(JointPetitions.CheckJoin(new JointCandidate(c.Id, c.Kind, c.ReceivedOn, true), new JointCandidate(further.Id, further.Kind, further.ReceivedOn, open), waitingEnds), c.Kind))
                return false;
            var due = JointPetitions.Due(waitingEnds!.Value).Due;
            if (ordering)
            {
                var old = RegisterForms.Iso(c.DueOn);
                c.JointAnnouncedOn = announced;
                c.JointWaitingEndsOn = waitingEnds;
                c.DueOn = due;
                changes.Log(c, RegisterActions.JointOrdered, old, text["Register.Joint.Ordered", PolishDates.Day(announced!.Value), PolishDates.Day(waitingEnds.Value), PolishDates.Day(due)].Value);
            }
            further.JointLeadId = c.Id;
            var furtherOld = RegisterForms.Iso(further.EffectiveDueOn);
            further.DueOn = c.DueOn;
            further.NewDueOn = c.NewDueOn;
            changes.Log(further, RegisterActions.JointJoined, furtherOld, text["Register.Joint.JoinedTo", c.RegisterNumber, PolishDates.Day(c.EffectiveDueOn)].Value);
            changes.Log(c, RegisterActions.JointJoined, null, further.RegisterNumber);
            return true;
        }, cancellationToken);

    /// <summary>
    /// Forwards the part of a petycja that is another body's (art. 6 ust. 2 ustawy o petycjach): recorded with the matters
    /// forwarded and the date (marked late after 30 days from receipt); the case stays open for the part examined here.
    /// </summary>
    public Task<IActionResult> OnPostForwardPartAsync(int id, ForwardPartStep step, CancellationToken cancellationToken) =>
        ChangeAsync(id, step, CaseStep.Forward, c =>
        {
            var on = RegisterFields.Date(step.ForwardedOn, "czesc-data", Today, Errors, text);
            var problems = PetitionRules.CheckPartForwarding(c.Kind, c.PartForwardedTo is not null, step.ForwardedTo, step.Scope, on, c.ReceivedOn).ToList();
            // These two are asked for at this form's own fields, not the whole forwarding's.
            if (problems.Remove(StepProblem.ForwardedToMissing)) Errors.Add("czesc-organ", text["Register.Error.ForwardedToMissing"]);
            if (problems.Remove(StepProblem.NoticeBeforeReceived)) Errors.Add("czesc-data", text["Register.Error.BeforeReceived"]);
            if (!Report(problems, c.Kind) || Errors.Any) return Task.FromResult(false);
            c.PartForwardedTo = step.ForwardedTo!.Trim();
            c.PartForwardedScope = step.Scope!.Trim();
            c.PartForwardedOn = on;
            var late = on > PetitionRules.ForwardingDeadline(c.ReceivedOn).Due ? text["Register.ForwardedLate"].Value : null;
            changes.Log(c, RegisterActions.PartForwarded, null, c.PartForwardedTo + ": " + c.PartForwardedScope, late);
            return Task.FromResult(true);
        }, cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(int id, CloseStep step, CancellationToken cancellationToken) =>
        ChangeAsync(id, step, CaseStep.Close, c =>
        {
            CaseOutcome? outcome = EnumNames.TryParse<CaseOutcome>(step.Outcome, out var o) ? o : null;
            var on = RegisterFields.Date(step.ClosedOn, "zamkniecie-data", Today, Errors, text);
            var council = CaseRights.IsCouncilCase(c.CompetentBody);
            var resolutionOn = council ? RegisterFields.Date(step.ResolutionOn, "uchwala-data", Today, Errors, text, required: false) : null;
            if (!Report(CaseSteps.Close(outcome), c.Kind) || Errors.Any) return Task.FromResult(false);
            if (c.JointLeadId is not null)
            {
                // Art. 11 ust. 4: the joint petition is decided once, on its leading petition, and announced for all.
                Errors.Add("wynik-" + ClosingValidation.OutcomesFor(c.Kind)[0], text["Register.Error.JointClosedWithLead", JointLead?.RegisterNumber ?? ""]);
                return Task.FromResult(false);
            }
            if (!CheckClosing(c, step, outcome!.Value, on!.Value, council, resolutionOn)) return Task.FromResult(false);
            var reply = ClosingValidation.NeedsReply(outcome.Value);
            var draft = c.DraftOutcome is not null ? ReplyAsWritten(c) : null;
            SetReply(c, step, outcome.Value);
            var repeat = outcome is CaseOutcome.AdnotacjaArt239 or CaseOutcome.PetycjaPonowionaArt12;
            c.RepeatSameMatter = repeat && step.RepeatSameMatter;
            c.RepeatNoNewCircumstances = repeat && step.RepeatNoNewCircumstances;
            c.ReplyOn = reply ? on : null;
            c.FileNote = repeat ? step.FileNote!.Trim() : null;
            c.ResolutionNumber = council && reply ? step.ResolutionNumber!.Trim() : null;
            c.ResolutionOn = council && reply ? resolutionOn : null;
            var sentAsDrafted = draft is not null && c.DraftOutcome == outcome && draft == ReplyAsWritten(c);
            // What was sent, against the draft downloaded for signature (if one was saved).
            string? draftNote = c.ReplyDraftedAt is { } drafted && reply
                ? text[sentAsDrafted ? "Register.Reply.SentAsDrafted" : "Register.Reply.ChangedAfterDraft", When(drafted)].Value
                : null;
            CloseCase(c, outcome.Value, on!.Value);
            changes.Log(c, RegisterActions.Closed, null, L("Register.Outcome.", outcome.Value),
                string.Join(" ", new[] { on > c.EffectiveDueOn ? text["Register.ClosedLate"].Value : null, draftNote }.OfType<string>()) is { Length: > 0 } note ? note : null);
            if (c.LeadsJointPetition) return CloseJointMembersAsync(c, on.Value, cancellationToken);
            return Task.FromResult(true);
        }, cancellationToken);

    /// <summary>
    /// Issue 15: saves the reply as a draft without closing the case, so that its letter can be previewed and downloaded for
    /// signature on the letters page before the matter is closed. The draft is checked as a closing today would be.
    /// </summary>
    public Task<IActionResult> OnPostReplyDraftAsync(int id, CloseStep step, CancellationToken cancellationToken) =>
        ChangeAsync(id, step, CaseStep.Close, c =>
        {
            CaseOutcome? outcome = EnumNames.TryParse<CaseOutcome>(step.Outcome, out var o) ? o : null;
            var council = CaseRights.IsCouncilCase(c.CompetentBody);
            var resolutionOn = council ? RegisterFields.Date(step.ResolutionOn, "uchwala-data", Today, Errors, text, required: false) : null;
            if (!Report(CaseSteps.Close(outcome), c.Kind) || Errors.Any) return Task.FromResult(false);
            if (!ClosingValidation.NeedsReply(outcome!.Value))
            {
                Errors.Add("wynik-" + outcome.Value, text["Register.Error.DraftNeedsReply"]);
                return Task.FromResult(false);
            }
            if (!CheckClosing(c, step, outcome.Value, Today, council, resolutionOn)) return Task.FromResult(false);
            SetReply(c, step, outcome.Value);
            c.ResolutionNumber = council ? step.ResolutionNumber!.Trim() : null;
            c.ResolutionOn = council ? resolutionOn : null;
            c.DraftOutcome = outcome;
            c.ReplyDraftedAt = time.GetUtcNow();
            changes.Log(c, RegisterActions.ReplyDrafted, null, L("Register.Outcome.", outcome.Value));
            return Task.FromResult(true);
        }, cancellationToken);

    /// <summary>The closing rules of art. 238 and 239 KPA for what the close form holds, as if the case closed on <paramref name="on"/>.</summary>
    private bool CheckClosing(RegisterCase c, CloseStep step, CaseOutcome outcome, DateOnly on, bool council, DateOnly? resolutionOn)
    {
        var (delivery, signature) = Sending(step);
        var earlier = EarlierCase is { } e ? new Repeat(e.Kind, e.Outcome, step.RepeatSameMatter, step.RepeatNoNewCircumstances) : null;
        var closing = new CaseClosing(c.Kind, outcome, false, step.ReplyBodyName, step.ReplyContent, step.SignerName, step.SignerPost, step.FactualGrounds, step.LegalGrounds,
            c.ForwardedTo, c.ForwardedOn, c.EarlierCaseId, step.FileNote, c.ReceivedOn, on, council, step.ResolutionNumber, resolutionOn,
            earlier, delivery, signature);
        return Check(closing, "zamkniecie-data");
    }

    /// <summary>How the reply goes and how it is signed, as the close form says (post and no electronic signature when not chosen).</summary>
    private static (ReplyDelivery Delivery, ElectronicSignature Signature) Sending(CloseStep step) =>
        (EnumNames.TryParse<ReplyDelivery>(step.ReplyDelivery, out var rd) ? rd : ReplyDelivery.Poczta,
         EnumNames.TryParse<ElectronicSignature>(step.ReplySignature, out var rs) ? rs : ElectronicSignature.Brak);

    /// <summary>The elements of the reply from the close form (checked by <see cref="CheckClosing"/>); none when the outcome needs no reply.</summary>
    private static void SetReply(RegisterCase c, CloseStep step, CaseOutcome outcome)
    {
        var (delivery, signature) = Sending(step);
        var reply = ClosingValidation.NeedsReply(outcome);
        var refusal = reply && ClosingValidation.IsRefusal(outcome);
        var grounds = reply && ClosingValidation.NeedsGrounds(outcome);
        c.ReplyBodyName = reply ? step.ReplyBodyName!.Trim() : null;
        c.ReplyContent = reply ? step.ReplyContent!.Trim() : null;
        c.SignerName = reply ? step.SignerName!.Trim() : null;
        c.SignerPost = reply ? step.SignerPost!.Trim() : null;
        c.FactualGrounds = grounds ? step.FactualGrounds!.Trim() : null;
        c.LegalGrounds = refusal ? step.LegalGrounds!.Trim() : grounds ? CaseRegistration.Clean(step.LegalGrounds) : null;
        c.ReplyDelivery = reply ? delivery : ReplyDelivery.Poczta;
        c.ReplySignature = reply && delivery is ReplyDelivery.Email or ReplyDelivery.EDoreczenia ? signature : ElectronicSignature.Brak;
    }

    /// <summary>Everything the reply letter says, to tell whether the reply sent is the draft as saved.</summary>
    private static string ReplyAsWritten(RegisterCase c) =>
        string.Join("\u001f", c.ReplyBodyName, c.ReplyContent, c.FactualGrounds, c.LegalGrounds, c.SignerName, c.SignerPost, c.ReplyDelivery, c.ReplySignature, c.ResolutionNumber, c.ResolutionOn);

    /// <summary>
    /// Closing the leading petition closes the open further ones with the same outcome and reasons: the way the joint
    /// petition was handled is announced on the petitions page, which replaces the notice to each (art. 11 ust. 4).
    /// </summary>
    private async Task<bool> CloseJointMembersAsync(RegisterCase lead, DateOnly on, CancellationToken cancellationToken)
    {
        var note = text["Register.Joint.ClosedWithLead", lead.RegisterNumber].Value;
        foreach (var m in await db.RegisterCases.Where(x => x.JointLeadId == lead.Id && x.ClosedOn == null).ToListAsync(cancellationToken))
        {
            m.ReplyBodyName = lead.ReplyBodyName;
            m.ReplyContent = lead.ReplyContent;
            m.FactualGrounds = lead.FactualGrounds;
            m.LegalGrounds = lead.LegalGrounds;
            m.SignerName = lead.SignerName;
            m.SignerPost = lead.SignerPost;
            m.ReplyOn = lead.ReplyOn;
            m.ReplyDelivery = lead.ReplyDelivery;
            m.ReplySignature = lead.ReplySignature;
            m.Remarks = (m.Remarks is null ? "" : m.Remarks + "\n") + note;
            CloseCase(m, lead.Outcome!.Value, on);
            changes.Log(m, RegisterActions.Closed, null, L("Register.Outcome.", lead.Outcome), note);
        }
        return true;
    }

    /// <summary>Records the art. 237 § 2 KPA notice to the poseł, senator or radny (its letter is on the letters page).</summary>
    public Task<IActionResult> OnPostMemberNoticeAsync(int id, MemberNoticeStep step, CancellationToken cancellationToken) =>
        ChangeAsync(id, step, CaseStep.MemberNotice, c =>
        {
            var on = RegisterFields.Date(step.MemberNoticeOn, "zawiadomienie-237-data", Today, Errors, text);
            if (!Report(CaseSteps.MemberNotice(c.Kind, c.SenderKind, on, c.ReceivedOn), c.Kind) || Errors.Any) return Task.FromResult(false);
            var old = c.MemberNoticeOn is { } was ? RegisterForms.Iso(was) : null;
            c.MemberNoticeOn = on;
            changes.Log(c, RegisterActions.MemberNotified, old, RegisterForms.Iso(on!.Value), on > c.MemberNoticeDueOn ? text["Register.MemberNoticeLate"].Value : null);
            return Task.FromResult(true);
        }, cancellationToken);

    /// <summary>Records that a council case was passed to the council's chair (art. 231 KPA); the case stays open for the council's resolution.</summary>
    public Task<IActionResult> OnPostForwardToCouncilAsync(int id, ForwardToCouncilStep step, CancellationToken cancellationToken) =>
        ChangeAsync(id, step, CaseStep.ForwardToCouncil, c =>
        {
            var on = RegisterFields.Date(step.CouncilForwardedOn, "przekazanie-radzie-data", Today, Errors, text);
            if (!Report(CaseSteps.ForwardToCouncil(c.CompetentBody, on, c.ReceivedOn), c.Kind) || Errors.Any) return Task.FromResult(false);
            var old = c.CouncilForwardedOn is { } was ? RegisterForms.Iso(was) : null;
            c.CouncilForwardedOn = on;
            var due = CouncilForwarding.For(c.CompetentBody, c.ReceivedOn)!.Due;
            changes.Log(c, RegisterActions.ForwardedToCouncil, old, CouncilName + ", " + RegisterForms.Iso(on!.Value), on > due ? text["Register.ForwardedLate"].Value : null);
            return Task.FromResult(true);
        }, cancellationToken);

    private void CloseCase(RegisterCase c, CaseOutcome outcome, DateOnly on)
    {
        c.Outcome = outcome;
        c.ClosedOn = on;
        c.ClosedById = Access.UserId;
    }

    private bool Check(CaseClosing closing, string dateField)
    {
        foreach (var p in ClosingValidation.Check(closing))
        {
            var field = p switch
            {
                ClosingProblem.BodyNameMissing => "odpowiedz-organ",
                ClosingProblem.ReplyContentMissing => "odpowiedz-tresc",
                ClosingProblem.SignerNameMissing => "odpowiedz-podpisujacy",
                ClosingProblem.SignerPostMissing => "odpowiedz-stanowisko",
                ClosingProblem.FactualGroundsMissing => "odpowiedz-fakty",
                ClosingProblem.LegalGroundsMissing => "odpowiedz-prawo",
                ClosingProblem.FileNoteMissing => "adnotacja",
                ClosingProblem.EarlierCaseMissing => "wczesniejsza",
                ClosingProblem.ClosedBeforeReceived => dateField,
                ClosingProblem.ForwardingMissing => "przekazanie-organ",
                ClosingProblem.ResolutionNumberMissing => "uchwala-numer",
                ClosingProblem.ResolutionDateMissing => "uchwala-data",
                ClosingProblem.OutcomeDoesNotFitKind => "wynik-" + ClosingValidation.OutcomesFor(closing.Kind)[0],
                ClosingProblem.EarlierCaseNotUnfoundedComplaint or ClosingProblem.EarlierCaseNotExaminedPetition => "wczesniejsza",
                ClosingProblem.SameMatterNotConfirmed => "ponowiona-ta-sama",
                ClosingProblem.NewCircumstancesNotExcluded => "ponowiona-bez-nowych",
                ClosingProblem.ElectronicReplyUnsigned => "odpowiedz-podpis",
                ClosingProblem.NotAnonymous => dateField,
                _ => "",
            };
            Errors.Add(field, text["Register.Closing." + p]);
        }
        return !Errors.Any;
    }
}
