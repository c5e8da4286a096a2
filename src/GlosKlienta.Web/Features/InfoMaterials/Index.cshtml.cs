using GlosKlienta.Domain.InfoMaterials;
using GlosKlienta.Domain.Press;

namespace GlosKlienta.Web.Features.InfoMaterials;

/// <summary>
/// Every information material with its owner and review date, overdue ones first; the press
/// officer and the Burmistrz (or a deputy) add new materials here and name their owners.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(
    AppDbContext db,
    AuditLog audit,
    OfficeProfileProvider office,
    TimeProvider time,
    IAuthorizationService authorization,
    UserManager<StaffUser> users,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed record Row(int Id, string Slug, string Title, string? Owner, DateOnly LastReviewed, DateOnly NextReview, bool Overdue, bool Mine);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> Staff { get; private set; } = [];
    public bool CanManage { get; private set; }
    public DateOnly Today { get; private set; }

    [BindProperty] public string? Slug { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string? OwnerId { get; set; }
    [BindProperty] public int? Months { get; set; } = 12;
    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.InfoMaterialsManage)).Succeeded) return Forbid();
        await LoadAsync(cancellationToken);
        var slug = (Slug ?? "").Trim().ToLowerInvariant();
        var title = (Title ?? "").Trim();
        var body = SimpleMarkup.Normalize(Body);
        if (!InfoMaterialRules.IsValidSlug(slug)) Errors.Add("Slug", text["Info.Error.Slug"]);
        else if (await db.InfoMaterials.AnyAsync(m => m.Slug == slug, cancellationToken)) Errors.Add("Slug", text["Info.Error.SlugTaken"]);
        if (title.Length == 0 || title.Length > InfoMaterialRules.TitleMax) Errors.Add("Title", text["Info.Error.Title", InfoMaterialRules.TitleMax]);
        if (body.Length == 0 || body.Length > InfoMaterialRules.BodyMax) Errors.Add("Body", text["Info.Error.Body", InfoMaterialRules.BodyMax]);
        if (string.IsNullOrEmpty(OwnerId) || !Staff.Any(s => s.Id == OwnerId)) Errors.Add("OwnerId", text["Info.Error.Owner"]);
        if (Months is null or < ReviewSchedule.MinMonths or > ReviewSchedule.MaxMonths) Errors.Add("Months", text["Info.Error.Months", ReviewSchedule.MinMonths, ReviewSchedule.MaxMonths]);
        if (Errors.Any)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var me = await users.GetUserAsync(User);
        var now = time.GetUtcNow();
        var material = new InfoMaterial
        {
            Slug = slug,
            Title = title,
            OwnerId = OwnerId,
            ReviewIntervalMonths = Months!.Value,
            LastReviewedOn = Today,
            LastReviewedBy = me?.DisplayName,
            CurrentVersion = 1,
            CreatedAt = now,
        };
        material.NextReviewOn = InfoMaterialRules.NextReview(material, Today);
        material.Versions.Add(new InfoMaterialVersion
        {
            Number = 1,
            Title = title,
            Body = body,
            PublishedAt = now,
            PublishedBy = me?.DisplayName ?? "",
            PublishedById = me?.Id,
            ContentHash = InfoMaterialRules.Hash(slug, 1, title, body),
        });
        db.InfoMaterials.Add(material);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(InfoMaterialRules.Created, InfoMaterialRules.SubjectType, material.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/personel/materialy/{material.Id}?stan=utworzony");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = (await office.GetAsync(cancellationToken)).Today(time);
        CanManage = (await authorization.AuthorizeAsync(User, Policies.InfoMaterialsManage)).Succeeded;
        var me = Press.PressRules.UserId(User);
        var staff = await db.Users.AsNoTracking().Where(u => u.DisabledAt == null).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        Staff = staff.Select(s => (s.Id, s.DisplayName)).ToList();
        var rows = await db.InfoMaterials.AsNoTracking()
            .Select(m => new { m.Id, m.Slug, m.Title, m.OwnerId, Owner = db.Users.Where(u => u.Id == m.OwnerId).Select(u => u.DisplayName).FirstOrDefault(), m.LastReviewedOn, m.NextReviewOn })
            .ToListAsync(cancellationToken);
        Rows = rows.Select(m => new Row(m.Id, m.Slug, m.Title, m.Owner, m.LastReviewedOn, m.NextReviewOn, ReviewSchedule.IsOverdue(m.NextReviewOn, Today), m.OwnerId == me))
            .OrderByDescending(r => r.Overdue).ThenBy(r => r.NextReview).ToList();
    }
}
