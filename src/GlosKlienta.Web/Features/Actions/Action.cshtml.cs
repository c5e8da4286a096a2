using GlosKlienta.Domain.Actions;
using GlosKlienta.Web.Features.Register;

namespace GlosKlienta.Web.Features.Actions;

/// <summary>
/// One action of the register: what was found and why (a 5 × why analysis), what is done by which post and when, its
/// notes and evidence, the move to its next status, the effectiveness check proposed from the data, an audit's
/// findings (each can raise an action), and its trail from the audit log.
/// </summary>
[Authorize(Policy = Policies.Actions)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentCheck.MaxRequestBytes)]
[RequestSizeLimit(AttachmentCheck.MaxRequestBytes)]
public sealed class ActionModel(
    AppDbContext db,
    ActionRegister register,
    ActionEffects effects,
    OfficeProfileProvider office,
    TimeProvider time,
    IAuthorizationService authorization,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public const int MaxWhys = 5;

    public sealed record NoteRow(int Id, ActionNoteKind Kind, string Text, string? FileName, long? FileSize, string? Sha256, DateTimeOffset AddedAt, string AddedBy, QualityActionLink? Raised);
    public sealed record QualityActionLink(int Id, string Number, string What, ActionStatus Status);
    public sealed record TrailRow(DateTimeOffset At, string Actor, string Action, string? Details);

    public QualityAction Action { get; private set; } = null!;
    public string? CaseNumber { get; private set; }
    public QualityActionLink? Audit { get; private set; }
    public IReadOnlyList<NoteRow> Notes { get; private set; } = [];
    public IReadOnlyList<QualityActionLink> Raised { get; private set; } = [];
    public IReadOnlyList<TrailRow> Trail { get; private set; } = [];
    public IReadOnlyList<ActionStatus> Moves { get; private set; } = [];
    public IReadOnlyList<OwnerPost> Owners { get; private set; } = [];
    public ActionEffectView? Effect { get; private set; }
    public ActionActor? Actor { get; private set; }
    public DateOnly Today { get; private set; }
    public bool Overdue => ActionRules.IsOverdue(Action.Status, Action.Due, Today);
    public FormErrors Errors { get; } = new();
    public string? Saved { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    [BindProperty] public string? To { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public List<string?> Whys { get; set; } = [];
    [BindProperty] public string? RootCause { get; set; }
    [BindProperty] public string? NoteText { get; set; }
    [BindProperty] public List<IFormFile> NoteFiles { get; set; } = [];
    [BindProperty] public string? FindingText { get; set; }
    [BindProperty] public int? FindingId { get; set; }
    [BindProperty] public string? RaiseKind { get; set; }
    [BindProperty] public string? RaiseWhat { get; set; }
    [BindProperty] public int? OwnerPostId { get; set; }
    [BindProperty] public string? RaiseDue { get; set; }

    /// <summary>The one who may write on this action: the Pełnomocnik keeps the register, a department head reports progress; others read.</summary>
    private async Task<ActionActor?> ActorAsync() =>
        (await authorization.AuthorizeAsync(User, Policies.ActionsManage)).Succeeded ? ActionActor.QualityRepresentative
        : User.IsInRole(Domain.Staff.Roles.KierownikReferatu) ? ActionActor.UnitHead
        : null;

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var action = await db.QualityActions.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (action is null) return false;
        Action = action;
        var profile = await office.GetAsync(cancellationToken);
        Today = profile.Today(time);
        Zone = profile.TimeZone;
        Actor = await ActorAsync();
        Moves = Actor is { } actor ? ActionRules.Next(action.Status, actor) : [];
        if (action.RegisterCaseId is { } caseId)
            CaseNumber = await db.RegisterCases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.RegisterNumber).FirstOrDefaultAsync(cancellationToken);
        if (action.AuditId is { } auditId)
            Audit = await db.QualityActions.AsNoTracking().Where(a => a.Id == auditId).Select(a => new QualityActionLink(a.Id, ActionNumbers.Format(a.Id), a.What, a.Status)).FirstOrDefaultAsync(cancellationToken);
        Raised = await db.QualityActions.AsNoTracking().Where(a => a.AuditId == id).OrderBy(a => a.Id)
            .Select(a => new QualityActionLink(a.Id, ActionNumbers.Format(a.Id), a.What, a.Status)).ToListAsync(cancellationToken);
        var raisedByFinding = await db.QualityActions.AsNoTracking().Where(a => a.AuditId == id && a.FindingNoteId != null)
            .Select(a => new { a.FindingNoteId, Link = new QualityActionLink(a.Id, ActionNumbers.Format(a.Id), a.What, a.Status) }).ToListAsync(cancellationToken);
        Notes = (await db.QualityActionNotes.AsNoTracking().Where(n => n.QualityActionId == id).OrderBy(n => n.Id)
                .Select(n => new { n.Id, n.Kind, n.Text, n.FileName, n.FileSize, n.Sha256, n.AddedAt, n.AddedBy }).ToListAsync(cancellationToken))
            .Select(n => new NoteRow(n.Id, n.Kind, n.Text, n.FileName, n.FileSize, n.Sha256, n.AddedAt, n.AddedBy, raisedByFinding.FirstOrDefault(r => r.FindingNoteId == n.Id)?.Link))
            .ToList();
        var subject = ActionRegister.Id(id);
        Trail = await db.AuditEntries.AsNoTracking().Where(e => e.SubjectType == ActionAudit.SubjectType && e.SubjectId == subject)
            .OrderBy(e => e.Id).Select(e => new TrailRow(e.At, e.Actor, e.Action, e.Details)).ToListAsync(cancellationToken);
        Trail = Trail.Select(t => t with { Details = Describe(t) }).ToList();
        if (action.Status is ActionStatus.Done or ActionStatus.Effective or ActionStatus.NotEffective)
            Effect = await effects.ForAsync(action, Today, cancellationToken);
        if (Actor == ActionActor.QualityRepresentative && action.Kind == ActionKind.Audit)
            Owners = await ActionOwners.ListAsync(db, cancellationToken);
        return true;
    }

    /// <summary>What a trail entry changed, in words: a move names both statuses and its reason; other entries need no more than their label.</summary>
    private string? Describe(TrailRow row)
    {
        if (row.Action != ActionAudit.Moved || row.Details is null) return null;
        using var json = System.Text.Json.JsonDocument.Parse(row.Details);
        string? Read(string name) => json.RootElement.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;
        string Label(string? status) => EnumNames.Parse<ActionStatus>(status) is { } s ? ActionLabels.Status(text, s) : status ?? "";
        var move = Label(Read("from")) + " → " + Label(Read("to"));
        return Read("reason") is { Length: > 0 } reason ? move + ": " + reason : move;
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Whys = [.. (Action.Whys ?? "").Split('\n')];
        RootCause = Action.RootCause;
        Saved = TempData["Saved"] as string;
        return Page();
    }

    /// <summary>A file of the evidence, as it was uploaded.</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(int id, int noteId, CancellationToken cancellationToken)
    {
        var file = await db.QualityActionNotes.AsNoTracking().Where(n => n.Id == noteId && n.QualityActionId == id && n.Content != null)
            .Select(n => new { n.FileName, n.MediaType, n.Content }).FirstOrDefaultAsync(cancellationToken);
        return file is null ? NotFound() : File(file.Content!, file.MediaType ?? "application/octet-stream", file.FileName);
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (Actor is not { } actor) return Forbid();
        var to = EnumNames.Parse<ActionStatus>(To);
        if (Reason is { Length: > 2000 }) Errors.Add(nameof(Reason), text["Actions.Error.TooLong", 2000]);
        var problem = to is null ? ActionMoveProblem.NotAllowed
            : ActionRules.Check(Action.Status, to.Value, actor, Reason, Notes.Count);
        switch (problem)
        {
            case ActionMoveProblem.NotAllowed: Errors.Add(nameof(To), text["Actions.Error.MoveNotAllowed"]); break;
            case ActionMoveProblem.QualityRepresentativeOnly: Errors.Add(nameof(To), text["Actions.Error.RepresentativeOnly"]); break;
            case ActionMoveProblem.ReasonRequired: Errors.Add(nameof(Reason), text["Actions.Error.ReasonRequired"]); break;
            case ActionMoveProblem.EvidenceRequired: Errors.Add(nameof(Reason), text["Actions.Error.EvidenceRequired"]); break;
        }
        if (Errors.Any) return Page();
        await register.MoveAsync(Action, to!.Value, Reason, Today, User, cancellationToken);
        TempData["Saved"] = text["Actions.Saved.Moved", ActionLabels.Status(text, to.Value)].Value;
        return Redirect(ActionPaths.Action(id));
    }

    public async Task<IActionResult> OnPostAnalysisAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (Actor is null) return Forbid();
        if (ActionRules.IsClosed(Action.Status)) Errors.Add("", text["Actions.Error.Closed"]);
        var whys = Whys.Take(MaxWhys).Select(w => w?.ReplaceLineEndings(" ").Trim() ?? "").ToList();
        for (var i = 0; i < whys.Count; i++)
            if (whys[i].Length > 400) Errors.Add("Whys_" + i.ToString(CultureInfo.InvariantCulture), text["Actions.Error.TooLong", 400]);
        if (RootCause is { Length: > 2000 }) Errors.Add(nameof(RootCause), text["Actions.Error.TooLong", 2000]);
        if (Errors.Any) return Page();
        while (whys.Count > 0 && whys[^1].Length == 0) whys.RemoveAt(whys.Count - 1);
        await register.AnalyseAsync(Action, whys.Count == 0 ? null : string.Join('\n', whys), string.IsNullOrWhiteSpace(RootCause) ? null : RootCause.Trim(), cancellationToken);
        TempData["Saved"] = text["Actions.Saved.Analysis"].Value;
        return Redirect(ActionPaths.Action(id) + "#przyczyna");
    }

    public async Task<IActionResult> OnPostNoteAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (Actor is null) return Forbid();
        ActionForm.Text(Errors, nameof(NoteText), NoteText, 4000, text["Actions.Error.NoteMissing"], text);
        var files = await FileUploads.ReadAsync(NoteFiles, nameof(NoteFiles), Errors, text, cancellationToken);
        if (files.Count > 1) Errors.Add(nameof(NoteFiles), text["Actions.Error.OneFile"]);
        if (Errors.Any) return Page();
        await register.AddNoteAsync(id, ActionNoteKind.Note, NoteText!, files.FirstOrDefault(), User, cancellationToken);
        TempData["Saved"] = text["Actions.Saved.Note"].Value;
        return Redirect(ActionPaths.Action(id) + "#notatki");
    }

    public async Task<IActionResult> OnPostFindingAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (Actor != ActionActor.QualityRepresentative || Action.Kind != ActionKind.Audit) return Forbid();
        ActionForm.Text(Errors, nameof(FindingText), FindingText, 4000, text["Actions.Error.FindingMissing"], text);
        if (Errors.Any) return Page();
        await register.AddNoteAsync(id, ActionNoteKind.Finding, FindingText!, null, User, cancellationToken);
        TempData["Saved"] = text["Actions.Saved.Finding"].Value;
        return Redirect(ActionPaths.Action(id) + "#ustalenia");
    }

    /// <summary>Raises a corrective or preventive action from one of the audit's findings; the link is kept both ways.</summary>
    public async Task<IActionResult> OnPostRaiseAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (Actor != ActionActor.QualityRepresentative || Action.Kind != ActionKind.Audit) return Forbid();
        var finding = Notes.FirstOrDefault(n => n.Id == FindingId && n.Kind == ActionNoteKind.Finding);
        if (finding is null) Errors.Add(nameof(FindingId), text["Actions.Error.FindingUnknown"]);
        else if (finding.Raised is not null) Errors.Add(nameof(FindingId), text["Actions.Error.FindingRaised", finding.Raised.Number]);
        var kind = RaiseKind == nameof(ActionKind.Corrective) ? ActionKind.Corrective : RaiseKind == nameof(ActionKind.Preventive) ? ActionKind.Preventive : (ActionKind?)null;
        if (kind is null) Errors.Add(nameof(RaiseKind), text["Actions.Error.KindMissing"]);
        ActionForm.Text(Errors, nameof(RaiseWhat), RaiseWhat, 2000, text["Actions.Error.WhatMissing"], text);
        var owner = await ActionOwners.FindAsync(db, OwnerPostId, cancellationToken);
        if (owner is null) Errors.Add(nameof(OwnerPostId), text["Actions.Error.OwnerMissing"]);
        var due = ActionForm.Due(Errors, nameof(RaiseDue), RaiseDue, Today, text);
        if (Errors.Any) return Page();
        var raised = await register.CreateAsync(new QualityAction
        {
            Kind = kind!.Value,
            Source = ActionSource.AuditFinding,
            AuditId = id,
            FindingNoteId = finding!.Id,
            Finding = finding.Text,
            What = RaiseWhat!.Trim(),
            OwnerPostId = owner!.Id,
            OwnerName = owner.Name,
            Due = due!.Value,
            CreatedBy = "",
        }, User, cancellationToken);
        TempData["Saved"] = text["Actions.Saved.Created", raised.Number].Value;
        return Redirect(ActionPaths.Action(raised.Id));
    }
}
