using GlosKlienta.Domain.Press;

namespace GlosKlienta.Web.Features.Press;

/// <summary>
/// One release on the staff side, with the transitions of procedure row 1: the press officer
/// edits the draft, attaches files and submits it; the Burmistrz or a deputy who did not write it
/// approves it (it is frozen as a version with its SHA-256) or returns it with a comment. A
/// correction reopens an approved release; its approval adds a version and keeps the earlier ones.
/// </summary>
[Authorize(Policy = Policies.Press)]
[RequestSizeLimit(AttachmentRules.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentRules.MaxBytes + 1024 * 1024)]
public sealed class ManageModel(
    AppDbContext db,
    AuditLog audit,
    OfficeProfileProvider office,
    TimeProvider time,
    IAuthorizationService authorization,
    UserManager<StaffUser> users,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public PressRelease Release { get; private set; } = null!;
    public List<PressFile> Files { get; private set; } = [];
    public List<(PressReleaseVersion Version, bool Intact)> Versions { get; private set; } = [];
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public DateTimeOffset Now { get; private set; }
    public bool CanDraft { get; private set; }
    public bool CanApprove { get; private set; }
    public bool IsOwnWork { get; private set; }
    public bool IsCorrection => Versions.Count > 0;
    public bool IsEditable => Release.Status is PressReleaseStatus.Draft or PressReleaseStatus.Returned;

    [BindProperty] public ReleaseForm Form { get; set; } = new();
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty(SupportsGet = true, Name = "stan")] public string? Done { get; set; }
    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Form = ReleaseForm.From(Release, Zone);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Policies.PressDrafting)) return Forbid();
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (!IsEditable) return Refuse("", text["Press.Error.NotEditable"], StatusCodes.Status409Conflict);
        if (!Form.TryApply(Release, IsCorrection, Zone, Errors, text)) return Refuse(null, null);
        audit.Record(PressRules.Edited, PressRules.SubjectType, PressRules.Id(id));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/personel/prasa/{id}?stan=zapisany");
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Policies.PressDrafting)) return Forbid();
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Form = ReleaseForm.From(Release, Zone);
        if (!IsEditable) return Refuse("", text["Press.Error.NotEditable"], StatusCodes.Status409Conflict);
        if (IsCorrection && string.IsNullOrWhiteSpace(Release.CorrectionNote)) return Refuse("CorrectionNote", text["Press.Error.NoteMissing"]);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await ClaimAsync(id, [PressReleaseStatus.Draft, PressReleaseStatus.Returned], cancellationToken))
            return Refuse("", text["Press.Error.ChangedMeanwhile"], StatusCodes.Status409Conflict);
        Release.Status = PressReleaseStatus.AwaitingApproval;
        Release.SubmittedAt = time.GetUtcNow();
        audit.Record(PressRules.Submitted, PressRules.SubjectType, PressRules.Id(id));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect($"/personel/prasa/{id}?stan=przekazany");
    }

    public async Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Policies.PressApproval)) return Forbid();
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Form = ReleaseForm.From(Release, Zone);
        if (Release.Status != PressReleaseStatus.AwaitingApproval) return Refuse("", text["Press.Error.NotAwaiting"], StatusCodes.Status409Conflict);
        if (IsOwnWork) return Refuse("", text["Press.Error.OwnWork"], StatusCodes.Status403Forbidden);

        var approver = await users.GetUserAsync(User);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await ClaimAsync(id, [PressReleaseStatus.AwaitingApproval], cancellationToken))
            return Refuse("", text["Press.Error.ChangedMeanwhile"], StatusCodes.Status409Conflict);
        var now = time.GetUtcNow();
        // Published when its moment comes; never before what is already published, never in the past.
        var publishAt = new[] { Release.PublishAt ?? now, now }.Concat(Versions.Select(v => v.Version.PublishAt)).Max();
        foreach (var f in Files.Where(f => f.FrozenAt is null)) f.FrozenAt = now;
        var manifest = Files.OrderBy(f => f.Id).Select(f => new FrozenAttachment(f.Id, f.FileName, f.Length, f.Sha256)).ToList();
        var version = new PressReleaseVersion
        {
            PressReleaseId = id,
            Number = Versions.Count + 1,
            Title = Release.Title,
            Body = Release.Body,
            Topics = Release.Topics,
            PublishAt = publishAt,
            CorrectionNote = IsCorrection ? Release.CorrectionNote : null,
            Author = Release.CreatedBy,
            ApprovedBy = approver?.DisplayName ?? User.Identity?.Name ?? "",
            ApprovedById = PressRules.UserId(User) ?? "",
            ApprovedAt = now,
            Attachments = PressRules.ManifestJson(manifest),
        };
        version.ContentHash = PressRules.Record(Release.Key, version).Hash();
        db.PressReleaseVersions.Add(version);
        Release.Status = PressReleaseStatus.Approved;
        Release.PublishAt = publishAt;
        Release.DecidedBy = version.ApprovedBy;
        Release.DecidedById = version.ApprovedById;
        Release.DecidedAt = now;
        Release.ReturnComment = null;
        audit.Record(PressRules.Approved, PressRules.SubjectType, PressRules.Id(id), new { version = version.Number, sha256 = version.ContentHash });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect($"/personel/prasa/{id}?stan=zatwierdzony");
    }

    public async Task<IActionResult> OnPostReturnAsync(int id, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Policies.PressApproval)) return Forbid();
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Form = ReleaseForm.From(Release, Zone);
        if (Release.Status != PressReleaseStatus.AwaitingApproval) return Refuse("", text["Press.Error.NotAwaiting"], StatusCodes.Status409Conflict);
        if (IsOwnWork) return Refuse("", text["Press.Error.OwnWork"], StatusCodes.Status403Forbidden);
        var comment = SimpleMarkup.Normalize(Comment);
        if (comment.Length == 0) return Refuse("Comment", text["Press.Error.CommentMissing"]);
        if (comment.Length > PressRules.NoteMax) return Refuse("Comment", text["Press.Error.NoteTooLong", PressRules.NoteMax]);
        var approver = await users.GetUserAsync(User);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await ClaimAsync(id, [PressReleaseStatus.AwaitingApproval], cancellationToken))
            return Refuse("", text["Press.Error.ChangedMeanwhile"], StatusCodes.Status409Conflict);
        Release.Status = PressReleaseStatus.Returned;
        Release.ReturnComment = comment;
        Release.DecidedBy = approver?.DisplayName ?? User.Identity?.Name;
        Release.DecidedById = PressRules.UserId(User);
        Release.DecidedAt = time.GetUtcNow();
        audit.Record(PressRules.Returned, PressRules.SubjectType, PressRules.Id(id));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect($"/personel/prasa/{id}?stan=zwrocony");
    }

    /// <summary>Opens a correction (sprostowanie): the working copy becomes a draft again; the published versions stay as they are.</summary>
    public async Task<IActionResult> OnPostCorrectAsync(int id, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Policies.PressDrafting)) return Forbid();
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Form = ReleaseForm.From(Release, Zone);
        if (Release.Status != PressReleaseStatus.Approved) return Refuse("", text["Press.Error.NotApproved"], StatusCodes.Status409Conflict);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await ClaimAsync(id, [PressReleaseStatus.Approved], cancellationToken))
            return Refuse("", text["Press.Error.ChangedMeanwhile"], StatusCodes.Status409Conflict);
        Release.Status = PressReleaseStatus.Draft;
        Release.CorrectionNote = null;
        Release.PublishAt = time.GetUtcNow();
        audit.Record(PressRules.CorrectionStarted, PressRules.SubjectType, PressRules.Id(id));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect($"/personel/prasa/{id}?stan=sprostowanie");
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Policies.PressDrafting)) return Forbid();
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Form = ReleaseForm.From(Release, Zone);
        if (!IsEditable) return Refuse("", text["Press.Error.NotEditable"], StatusCodes.Status409Conflict);
        var file = await PressFiles.ReadAsync(Upload, "Upload", Errors, text, User, cancellationToken);
        if (file is null) return Refuse(null, null);
        file.PressReleaseId = id;
        file.UploadedAt = time.GetUtcNow();
        db.PressFiles.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(PressRules.FileAdded, PressRules.SubjectType, PressRules.Id(id), new { file = file.Id, sha256 = file.Sha256 });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/personel/prasa/{id}?stan=zalacznik");
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(int id, int fileId, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Policies.PressDrafting)) return Forbid();
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Form = ReleaseForm.From(Release, Zone);
        var file = Files.FirstOrDefault(f => f.Id == fileId);
        if (file is null) return NotFound();
        if (!IsEditable || file.FrozenAt is not null) return Refuse("", text["Press.Error.FileFrozen"], StatusCodes.Status409Conflict);
        db.PressFiles.Remove(file);
        audit.Record(PressRules.FileRemoved, PressRules.SubjectType, PressRules.Id(id), new { file = fileId });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/personel/prasa/{id}?stan=usuniety");
    }

    private async Task<bool> ClaimAsync(int id, IReadOnlyCollection<PressReleaseStatus> from, CancellationToken cancellationToken) =>
        await db.PressReleases.Where(r => r.Id == id && from.Contains(r.Status))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, r => r.Status), cancellationToken) == 1;

    private async Task<bool> AllowedAsync(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;

    private PageResult Refuse(string? field, string? message, int status = StatusCodes.Status422UnprocessableEntity)
    {
        if (field is not null && message is not null) Errors.Add(field, message);
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var release = await db.PressReleases.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (release is null) return false;
        Release = release;
        Zone = (await office.GetAsync(cancellationToken)).TimeZone;
        Now = time.GetUtcNow();
        // The content is loaded only when a file is removed or frozen; the list needs the metadata.
        Files = await db.PressFiles.Where(f => f.PressReleaseId == id).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var versions = await db.PressReleaseVersions.AsNoTracking().Where(v => v.PressReleaseId == id).OrderBy(v => v.Number).ToListAsync(cancellationToken);
        Versions = versions.Select(v => (v, PressRules.Record(release.Key, v).Hash() == v.ContentHash)).ToList();
        CanDraft = await AllowedAsync(Policies.PressDrafting);
        CanApprove = await AllowedAsync(Policies.PressApproval);
        var me = PressRules.UserId(User);
        var subject = PressRules.Id(id);
        string[] authoring = [PressRules.Created, PressRules.Edited, PressRules.Submitted, PressRules.CorrectionStarted, PressRules.FileAdded, PressRules.FileRemoved];
        // Separation of duties: whoever wrote, edited, attached to or submitted the release does not approve it.
        IsOwnWork = me is not null && (release.CreatedById == me || await db.AuditEntries.AnyAsync(
            e => e.SubjectType == PressRules.SubjectType && e.SubjectId == subject && e.ActorId == me && authoring.Contains(e.Action), cancellationToken));
        return true;
    }
}
