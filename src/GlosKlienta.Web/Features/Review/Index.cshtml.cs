namespace GlosKlienta.Web.Features.Review;

/// <summary>
/// The management reviews (przeglądy zarządzania, procedure P/7/5 row 10): each with its range and state; the
/// Pełnomocnik ds. SZJ starts the next one for a date range, and its page gathers the inputs.
/// </summary>
[Authorize(Policy = Policies.Review)]
public sealed class IndexModel(AppDbContext db, ManagementReviews reviews, OfficeProfileProvider office, TimeProvider time, IAuthorizationService authorization, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed record Row(int Id, string Number, DateOnly From, DateOnly To, DateOnly HeldOn, DateTimeOffset? ApprovedAt, string? ApprovedBy, int Decisions);

    [BindProperty] public string? From { get; set; }
    [BindProperty] public string? To { get; set; }
    [BindProperty] public string? HeldOn { get; set; }
    [BindProperty] public string? Participants { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanManage { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        // The next review starts the day after the last one ended (else on 1 January) and ends today.
        var today = (await office.GetAsync(cancellationToken)).Today(time);
        var last = Rows.Count == 0 ? (DateOnly?)null : Rows.Max(r => r.To);
        From ??= Iso(last is { } l && l < today ? l.AddDays(1) : new DateOnly(today.Year, 1, 1));
        To ??= Iso(today);
        HeldOn ??= Iso(today);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanManage = (await authorization.AuthorizeAsync(User, Policies.ReviewManage)).Succeeded;
        Zone = (await office.GetAsync(cancellationToken)).TimeZone;
        var approved = await db.ApprovedReviews.AsNoTracking().Select(a => new { a.ManagementReviewId, a.ApprovedAt, a.ApprovedBy }).ToDictionaryAsync(a => a.ManagementReviewId, cancellationToken);
        var decisions = await db.QualityActions.AsNoTracking().Where(a => a.ManagementReviewId != null)
            .GroupBy(a => a.ManagementReviewId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Rows = (await db.ManagementReviews.AsNoTracking().OrderByDescending(r => r.To).ThenByDescending(r => r.Id).ToListAsync(cancellationToken))
            .Select(r => new Row(r.Id, r.Number, r.From, r.To, r.HeldOn, approved.GetValueOrDefault(r.Id)?.ApprovedAt, approved.GetValueOrDefault(r.Id)?.ApprovedBy, decisions.GetValueOrDefault(r.Id)))
            .ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.ReviewManage)).Succeeded) return Forbid();
        await LoadAsync(cancellationToken);
        var from = ReviewForm.Date(Errors, nameof(From), From, text);
        var to = ReviewForm.Date(Errors, nameof(To), To, text);
        var heldOn = ReviewForm.Date(Errors, nameof(HeldOn), HeldOn, text);
        if (from is { } f && to is { } t && t < f) Errors.Add(nameof(To), text["Review.Error.RangeReversed"]);
        if (to is { } end && heldOn is { } held && held < end) Errors.Add(nameof(HeldOn), text["Review.Error.HeldBeforeEnd"]);
        if (Participants is { Length: > 1000 }) Errors.Add(nameof(Participants), text["Actions.Error.TooLong", 1000]);
        if (Errors.Any) return Page();
        var review = await reviews.CreateAsync(from!.Value, to!.Value, heldOn!.Value, Participants, User, cancellationToken);
        TempData["Saved"] = text["Review.Saved.Created", review.Number].Value;
        return Redirect(ReviewPaths.Review(review.Id));
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The checks the review's forms share.</summary>
public static class ReviewForm
{
    /// <summary>A date typed (the date field's yyyy-MM-dd, or d.M.yyyy), or null with the error added.</summary>
    public static DateOnly? Date(FormErrors errors, string field, string? value, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Actions.ActionForm.TypedDate(value) is { } d) return d;
        errors.Add(field, text["Review.Error.DateInvalid"]);
        return null;
    }
}
