using System.Text.Json;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.SurveyVersions;

/// <summary>
/// One version: its state and history, what it changes against the version it was made from,
/// and the preview exactly as a citizen will see it. The transitions of procedure row 7 are
/// posted here: the Pełnomocnik ds. SZJ submits a draft, the Z-ca Burmistrza approves it from a
/// date or returns it with a comment. Each is audited in the same save as the change.
/// </summary>
[Authorize(Policy = Policies.SurveyResults)]
public sealed class DetailsModel(
    AppDbContext db,
    AuditLog audit,
    SurveyCatalog catalog,
    OfficeProfileProvider office,
    TimeProvider time,
    IAuthorizationService authorization,
    UserManager<StaffUser> users,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public const string LiveFromField = "LiveFrom";
    public const string CommentField = "Comment";
    public const int CommentMaxLength = 4000;

    public sealed record HistoryEntry(DateTimeOffset At, string Actor, string Action, string? Comment);

    public SurveyVersion Version { get; private set; } = null!;
    public SurveyDefinition Definition { get; private set; } = null!;
    public SurveyVersion? BasedOn { get; private set; }
    /// <summary>An approved version newer than the one this draft was made from: its changes are not in this draft.</summary>
    public SurveyVersion? NewerApproved { get; private set; }
    public LiveState State { get; private set; }
    public int Responses { get; private set; }
    public IReadOnlyList<string> Incomparable { get; private set; } = [];
    public IReadOnlyList<string> Notes { get; private set; } = [];
    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];
    /// <summary>What keeps the draft from being submitted, in words.</summary>
    public IReadOnlyList<string> DraftProblems { get; private set; } = [];
    public bool CanDesign { get; private set; }
    public bool CanApprove { get; private set; }
    /// <summary>Per language other than Polish, how many of the version's texts have no translation (0: complete).</summary>
    public IReadOnlyList<(string Language, int Missing)> Translations =>
        SurveyTranslations.Languages.Select(l => (l, SurveyTranslations.Missing(Definition, l).Count)).ToList();
    public int TextCount => SurveyTranslations.Texts(Definition).Count;
    /// <summary>The languages an approval covers, by name: Polish and every complete translation.</summary>
    public string LanguageNames(IEnumerable<string> codes) => string.Join(", ", codes.Select(c => text["Versions.Language." + c].Value));
    /// <summary>The signed-in approver drafted, edited or submitted this version and so may not decide on it.</summary>
    public bool IsOwnWork { get; private set; }
    public DateOnly Today { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    [BindProperty] public string? LiveFrom { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty(SupportsGet = true, Name = "stan")] public string? Done { get; set; }

    public List<(string Field, string Message)> Errors { get; } = [];

    public string? ErrorFor(string field) => Errors.Where(e => e.Field == field).Select(e => e.Message).FirstOrDefault();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        LiveFrom = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Policies.SurveyDesign)) return Forbid();
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (!Versions.IsEditable(Version.Status)) return Refuse("", text["Versions.Error.NotEditable"], StatusCodes.Status409Conflict);
        if (DraftProblems.Count > 0) return Refuse("", text["Versions.Error.SubmitWithProblems"]);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await Versions.ClaimAsync(db, id, [SurveyVersionStatus.Draft, SurveyVersionStatus.Returned], cancellationToken))
            return Refuse("", text["Versions.Error.ChangedMeanwhile"], StatusCodes.Status409Conflict);
        Version.Status = SurveyVersionStatus.AwaitingApproval;
        Version.SubmittedAt = time.GetUtcNow();
        audit.Record(Versions.Submitted, Versions.SubjectType, Subject(id), new { number = Version.Number });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect(Versions.DetailsPath(id) + "?stan=przekazana");
    }

    public async Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Policies.SurveyApproval)) return Forbid();
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (Version.Status != SurveyVersionStatus.AwaitingApproval) return Refuse("", text["Versions.Error.NotAwaiting"], StatusCodes.Status409Conflict);
        if (IsOwnWork) return Refuse("", text["Versions.Error.OwnWork"], StatusCodes.Status403Forbidden);

        var liveFrom = await CheckLiveFromAsync(id, cancellationToken);
        if (liveFrom is null) return Refuse(null, null);

        var approver = await users.GetUserAsync(User);
        string? incomparable = null;
        var incomparableCount = 0;
        if (BasedOn is not null)
        {
            var list = SurveyComparison.Incomparable(SurveyDefinition.FromJson(BasedOn.Definition), Definition);
            incomparable = SurveyComparison.ToJson(list);
            incomparableCount = list.Count;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await Versions.ClaimAsync(db, id, [SurveyVersionStatus.AwaitingApproval], cancellationToken))
            return Refuse("", text["Versions.Error.ChangedMeanwhile"], StatusCodes.Status409Conflict);
        Version.Status = SurveyVersionStatus.Approved;
        Version.ApprovedBy = approver?.DisplayName ?? User.Identity?.Name;
        Version.ApprovedById = Versions.UserId(User);
        Version.ApprovedAt = time.GetUtcNow();
        Version.LiveFrom = liveFrom;
        Version.Incomparable = incomparable;
        audit.Record(Versions.Approved, Versions.SubjectType, Subject(id), new
        {
            number = Version.Number,
            liveFrom = liveFrom.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            basedOn = BasedOn?.Number,
            incomparable = incomparableCount,
            languages = SurveyTranslations.CompleteLanguages(Definition),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        catalog.Invalidate();
        return Redirect(Versions.DetailsPath(id) + "?stan=zatwierdzona");
    }

    public async Task<IActionResult> OnPostReturnAsync(int id, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(Policies.SurveyApproval)) return Forbid();
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (Version.Status != SurveyVersionStatus.AwaitingApproval) return Refuse("", text["Versions.Error.NotAwaiting"], StatusCodes.Status409Conflict);
        if (IsOwnWork) return Refuse("", text["Versions.Error.OwnWork"], StatusCodes.Status403Forbidden);

        var comment = (Comment ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (comment.Length == 0) return Refuse(CommentField, text["Versions.Error.CommentMissing"]);
        if (comment.Length > CommentMaxLength) return Refuse(CommentField, text["Versions.Error.CommentTooLong", CommentMaxLength, comment.Length]);

        var approver = await users.GetUserAsync(User);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await Versions.ClaimAsync(db, id, [SurveyVersionStatus.AwaitingApproval], cancellationToken))
            return Refuse("", text["Versions.Error.ChangedMeanwhile"], StatusCodes.Status409Conflict);
        Version.Status = SurveyVersionStatus.Returned;
        Version.ReturnComment = comment;
        Version.ReturnedAt = time.GetUtcNow();
        // The entity keeps who decided, approval or return, by name at the time.
        Version.ApprovedBy = approver?.DisplayName ?? User.Identity?.Name;
        Version.ApprovedById = Versions.UserId(User);
        audit.Record(Versions.Returned, Versions.SubjectType, Subject(id), new { number = Version.Number, comment });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect(Versions.DetailsPath(id) + "?stan=zwrocona");
    }

    /// <summary>The date a version goes live: today or later, and not before a version approved earlier starts (that one would then replace it).</summary>
    private async Task<DateOnly?> CheckLiveFromAsync(int id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(LiveFrom))
        {
            Errors.Add((LiveFromField, text["Versions.Error.LiveFromMissing"]));
            return null;
        }
        if (!DateOnly.TryParseExact(LiveFrom.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Errors.Add((LiveFromField, text["Versions.Error.LiveFromInvalid"]));
            return null;
        }
        if (date < Today)
        {
            Errors.Add((LiveFromField, text["Versions.Error.LiveFromPast", PolishDates.Day(Today)]));
            return null;
        }
        var latest = await db.SurveyVersions.AsNoTracking()
            .Where(v => v.Id != id && v.Status == SurveyVersionStatus.Approved && v.LiveFrom != null)
            .OrderByDescending(v => v.LiveFrom).ThenByDescending(v => v.Number)
            .Select(v => new { v.Number, v.LiveFrom })
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is not null && date < latest.LiveFrom)
        {
            Errors.Add((LiveFromField, text["Versions.Error.LiveFromBeforeLatest", latest.Number, PolishDates.Day(latest.LiveFrom)]));
            return null;
        }
        return date;
    }

    private async Task<bool> AllowedAsync(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;

    /// <summary>Shows the page again with the message (entered values kept); <paramref name="field"/> empty for the page as a whole.</summary>
    private PageResult Refuse(string? field, string? message, int status = StatusCodes.Status422UnprocessableEntity)
    {
        if (field is not null && message is not null) Errors.Add((field, message));
        Response.StatusCode = status;
        return Page();
    }

    private static string Subject(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var version = await db.SurveyVersions.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (version is null) return false;
        Version = version;
        Definition = SurveyDefinition.FromJson(version.Definition);
        var profile = await office.GetAsync(cancellationToken);
        Zone = profile.TimeZone;
        Today = profile.Today(time);

        var others = await db.SurveyVersions.AsNoTracking()
            .Where(v => v.Status == SurveyVersionStatus.Approved || v.Id == version.BasedOnVersionId)
            .ToListAsync(cancellationToken);
        BasedOn = others.FirstOrDefault(v => v.Id == version.BasedOnVersionId);
        State = Versions.StateOf(version, Versions.LiveId(others.Where(v => v.Id != version.Id).Append(version), Today), Today);
        if (version.Status != SurveyVersionStatus.Approved && BasedOn is not null)
            NewerApproved = others.Where(v => v.Status == SurveyVersionStatus.Approved && v.Number > BasedOn.Number)
                .OrderByDescending(v => v.Number).FirstOrDefault();
        Responses = await db.SurveyResponses.CountAsync(r => r.SurveyVersionId == id, cancellationToken);

        if (BasedOn is not null)
        {
            var before = SurveyDefinition.FromJson(BasedOn.Definition);
            var differences = SurveyComparison.Compare(before, Definition);
            // An approved version shows what was stored when it was approved: the record the analysis relies on.
            var breaking = version.Status == SurveyVersionStatus.Approved && version.Incomparable is not null
                ? SurveyComparison.FromJson(version.Incomparable)
                : differences.Where(d => d.BreaksComparability).ToList();
            Incomparable = breaking.Select(d => Versions.Describe(text, d, before, Definition)).ToList();
            Notes = [.. Versions.GeneralChanges(text, before, Definition), .. differences.Where(d => !d.BreaksComparability).Select(d => Versions.Describe(text, d, before, Definition))];
        }

        if (Versions.IsEditable(version.Status))
            DraftProblems = ProblemText.Describe(text, Definition).Select(p => p.Message).ToList();

        var subject = Subject(id);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.SubjectType == Versions.SubjectType && e.SubjectId == subject)
            .OrderBy(e => e.Id)
            .Select(e => new { e.At, e.Actor, e.ActorId, e.Action, e.Details })
            .ToListAsync(cancellationToken);
        History = entries.Count > 0
            ? entries.Select(e => new HistoryEntry(e.At, e.Actor, Versions.HistoryLabel(text, e.Action), e.Action == Versions.Returned ? CommentOf(e.Details) : null)).ToList()
            : SeededHistory(version);

        CanDesign = await AllowedAsync(Policies.SurveyDesign);
        CanApprove = await AllowedAsync(Policies.SurveyApproval);
        var me = Versions.UserId(User);
        // Separation of duties: whoever drafted, edited or submitted a version does not decide on it.
        IsOwnWork = me is not null && (version.CreatedById == me || entries.Any(e => e.ActorId == me && e.Action is Versions.Created or Versions.Edited or Versions.Translated or Versions.Submitted));
        return true;
    }

    /// <summary>A version that came with the office seed has no audit entries; its record says who approved it and when.</summary>
    private List<HistoryEntry> SeededHistory(SurveyVersion version)
    {
        var list = new List<HistoryEntry>();
        if (version.ApprovedAt is not null && version.Status == SurveyVersionStatus.Approved)
            list.Add(new(version.ApprovedAt.Value, version.ApprovedBy ?? "", Versions.HistoryLabel(text, Versions.Approved), null));
        return list;
    }

    private static string? CommentOf(string? details)
    {
        if (string.IsNullOrEmpty(details)) return null;
        try
        {
            using var doc = JsonDocument.Parse(details);
            return doc.RootElement.TryGetProperty("comment", out var c) ? c.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The form a citizen would see, for the preview.</summary>
    public SurveyFormView PreviewForm => new() { Definition = Definition, Preview = true };
}
