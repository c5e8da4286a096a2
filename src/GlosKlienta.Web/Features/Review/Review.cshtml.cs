using GlosKlienta.Documents;
using GlosKlienta.Domain.Actions;
using GlosKlienta.Domain.Review;
using GlosKlienta.Web.Features.Actions;
using DocFormat = GlosKlienta.Documents.DocumentFormat;

namespace GlosKlienta.Web.Features.Review;

/// <summary>
/// One management review: its inputs (9.3.2) gathered for its range and shown as its document shows them, the outputs
/// (9.3.3) in words, its decisions (each an action of the register with an owner and a date), downloads, and approval by
/// the Burmistrz or the deputy, which freezes figures and files.
/// </summary>
[Authorize(Policy = Policies.Review)]
public sealed class ReviewModel(
    AppDbContext db,
    ManagementReviews reviews,
    UserManager<StaffUser> users,
    OfficeProfileProvider office,
    TimeProvider time,
    IAuthorizationService authorization,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public static readonly IReadOnlyDictionary<string, DocFormat> FormatCodes = new Dictionary<string, DocFormat>(StringComparer.Ordinal)
    {
        ["pdf"] = DocFormat.Pdf,
        ["odt"] = DocFormat.Odt,
        ["docx"] = DocFormat.Docx,
    };

    public ManagementReview Review { get; private set; } = null!;
    public ApprovalStamp? Stamp { get; private set; }
    public ReviewFigures Figures { get; private set; } = null!;
    public string InputsHtml { get; private set; } = "";
    public IReadOnlyList<OwnerPost> Owners { get; private set; } = [];
    public bool CanManage { get; private set; }
    public bool CanApprove { get; private set; }
    public DateOnly Today { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public FormErrors Errors { get; } = new();
    public string? Saved { get; private set; }

    [BindProperty] public string? HeldOn { get; set; }
    [BindProperty] public string? Participants { get; set; }
    [BindProperty] public string? Assessment { get; set; }
    [BindProperty] public string? Changes { get; set; }
    [BindProperty] public string? Resources { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Finding { get; set; }
    [BindProperty] public string? What { get; set; }
    [BindProperty] public int? OwnerPostId { get; set; }
    [BindProperty] public string? Auditor { get; set; }
    [BindProperty] public string? Due { get; set; }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var review = await db.ManagementReviews.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (review is null) return false;
        Review = review;
        var profile = await office.GetAsync(cancellationToken);
        Today = profile.Today(time);
        Zone = profile.TimeZone;
        Stamp = await reviews.StampAsync(id, cancellationToken);
        CanManage = Stamp is null && (await authorization.AuthorizeAsync(User, Policies.ReviewManage)).Succeeded;
        CanApprove = Stamp is null && (await authorization.AuthorizeAsync(User, Policies.ReviewApprove)).Succeeded;
        if (CanManage) Owners = await ActionOwners.ListAsync(db, cancellationToken);
        Figures = await reviews.FiguresAsync(review, cancellationToken);
        InputsHtml = Renderers.HtmlFragment(new Document(review.Number, ReviewDocument.InputBlocks(Figures).ToList()), new HtmlOptions { IdPrefix = "przeglad" });
        return true;
    }

    private void FillDetails()
    {
        HeldOn ??= IndexModel.Iso(Review.HeldOn);
        Participants ??= Review.Participants;
        Assessment ??= Review.Assessment;
        Changes ??= Review.Changes;
        Resources ??= Review.Resources;
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        FillDetails();
        Saved = TempData["Saved"] as string;
        return Page();
    }

    /// <summary>A download: the frozen bytes once approved, else a draft rendered now (marked as a draft inside and in its name).</summary>
    public async Task<IActionResult> OnGetFileAsync(int id, string? format, CancellationToken cancellationToken)
    {
        var review = await db.ManagementReviews.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (review is null) return NotFound();
        var name = review.Number;
        if (format == "json")
        {
            var stamp = await reviews.StampAsync(id, cancellationToken);
            var json = stamp?.FiguresJson ?? (await reviews.FiguresAsync(review, cancellationToken)).ToJson();
            return File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", name + (stamp is null ? "-projekt" : "") + ".json");
        }
        if (format is null || !FormatCodes.TryGetValue(format, out var f)) return NotFound();
        var (bytes, frozen) = await reviews.FileAsync(review, f, cancellationToken);
        return File(bytes, FormatInfo.MediaType(f), name + (frozen ? "" : "-projekt") + FormatInfo.Extension(f));
    }

    /// <summary>Refuses a change to an approved review, or by someone who may not prepare one.</summary>
    private async Task<IActionResult?> RefuseChangeAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (Stamp is not null) return Redirect(ReviewPaths.Review(id));
        return CanManage ? null : Forbid();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken)
    {
        if (await RefuseChangeAsync(id, cancellationToken) is { } refused) return refused;
        var heldOn = ReviewForm.Date(Errors, nameof(HeldOn), HeldOn, text);
        if (heldOn is { } held && held < Review.To) Errors.Add(nameof(HeldOn), text["Review.Error.HeldBeforeEnd"]);
        if (Participants is { Length: > 1000 }) Errors.Add(nameof(Participants), text["Actions.Error.TooLong", 1000]);
        foreach (var (field, value) in new[] { (nameof(Assessment), Assessment), (nameof(Changes), Changes), (nameof(Resources), Resources) })
            if (value is { Length: > 10_000 }) Errors.Add(field, text["Actions.Error.TooLong", 10_000]);
        if (Errors.Any) return Page();
        await reviews.SaveAsync(Review, heldOn!.Value, Participants, Assessment, Changes, Resources, cancellationToken);
        TempData["Saved"] = text["Review.Saved.Details"].Value;
        return Redirect(ReviewPaths.Review(id) + "#wyniki");
    }

    public async Task<IActionResult> OnPostDecideAsync(int id, CancellationToken cancellationToken)
    {
        if (await RefuseChangeAsync(id, cancellationToken) is { } refused) return refused;
        FillDetails();
        var kind = EnumNames.Parse<ActionKind>(Kind);
        if (kind is null) Errors.Add(nameof(Kind), text["Actions.Error.KindMissing"]);
        var action = await ActionForm.NewActionAsync(Errors, db, kind, Finding, What, Auditor, OwnerPostId, Due, Today, text, cancellationToken);
        if (action is null) return Page();
        await reviews.DecideAsync(Review, action, User, cancellationToken);
        TempData["Saved"] = text["Review.Saved.Decided", action.Number].Value;
        return Redirect(ReviewPaths.Review(id) + "#decyzje");
    }

    public async Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (Stamp is not null) return Redirect(ReviewPaths.Review(id));
        if (!CanApprove) return Forbid();
        FillDetails();
        if (Review.HeldOn > Today) Errors.Add("Approve", text["Review.Error.NotHeldYet", PolishDates.Day(Review.HeldOn)]);
        if (string.IsNullOrWhiteSpace(Review.Assessment)) Errors.Add("Approve", text["Review.Error.NoAssessment"]);
        if (Errors.Any) return Page();
        var user = await users.GetUserAsync(User);
        await reviews.ApproveAsync(Review, User, user?.DisplayName ?? User.Identity?.Name ?? "", cancellationToken);
        TempData["Saved"] = text["Review.Saved.Approved"].Value;
        return Redirect(ReviewPaths.Review(id));
    }
}
