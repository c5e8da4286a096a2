using GlosKlienta.Domain.InfoMaterials;
using GlosKlienta.Domain.Press;

namespace GlosKlienta.Web.Features.InfoMaterials;

/// <summary>
/// One material: its owner (or the press officer, Burmistrz or a deputy) publishes a new version
/// or confirms that the text was reviewed and still holds; managers change owner and interval.
/// Every version stays and can be read here (<c>?wersja=N</c>).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ManageModel(
    AppDbContext db,
    AuditLog audit,
    OfficeProfileProvider office,
    TimeProvider time,
    IAuthorizationService authorization,
    UserManager<StaffUser> users,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public InfoMaterial Material { get; private set; } = null!;
    public List<InfoMaterialVersion> Versions { get; private set; } = [];
    public InfoMaterialVersion Shown { get; private set; } = null!;
    public string? OwnerName { get; private set; }
    public IReadOnlyList<(string Id, string Name)> Staff { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public bool CanEdit { get; private set; }
    public bool CanManage { get; private set; }
    public bool Overdue => ReviewSchedule.IsOverdue(Material.NextReviewOn, Today);

    [BindProperty(SupportsGet = true, Name = "wersja")] public int? Number { get; set; }
    [BindProperty(SupportsGet = true, Name = "stan")] public string? Done { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string? ChangeNote { get; set; }
    [BindProperty] public string? TitleUk { get; set; }
    [BindProperty] public string? BodyUk { get; set; }
    [BindProperty] public string? TitleEn { get; set; }
    [BindProperty] public string? BodyEn { get; set; }
    [BindProperty] public string? OwnerId { get; set; }
    [BindProperty] public int? Months { get; set; }
    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var current = Versions.Single(v => v.Number == Material.CurrentVersion);
        Title = current.Title;
        Body = current.Body;
        (TitleUk, BodyUk, TitleEn, BodyEn) = (current.TitleUk, current.BodyUk, current.TitleEn, current.BodyEn);
        OwnerId = Material.OwnerId;
        Months = Material.ReviewIntervalMonths;
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (!CanEdit) return Forbid();
        OwnerId = Material.OwnerId;
        Months = Material.ReviewIntervalMonths;
        var title = (Title ?? "").Trim();
        var body = SimpleMarkup.Normalize(Body);
        var note = (ChangeNote ?? "").Trim();
        if (title.Length == 0 || title.Length > InfoMaterialRules.TitleMax) Errors.Add("Title", text["Info.Error.Title", InfoMaterialRules.TitleMax]);
        if (body.Length == 0 || body.Length > InfoMaterialRules.BodyMax) Errors.Add("Body", text["Info.Error.Body", InfoMaterialRules.BodyMax]);
        if (note.Length == 0 || note.Length > InfoMaterialRules.NoteMax) Errors.Add("ChangeNote", text["Info.Error.ChangeNote", InfoMaterialRules.NoteMax]);
        var uk = Translation("uk", TitleUk, BodyUk, "TitleUk");
        var en = Translation("en", TitleEn, BodyEn, "TitleEn");
        var current = Versions.Single(v => v.Number == Material.CurrentVersion);
        if (!Errors.Any && current.Title == title && SimpleMarkup.Normalize(current.Body) == body && Same(current.In("uk"), uk) && Same(current.In("en"), en))
            Errors.Add("Body", text["Info.Error.Unchanged"]);
        if (Errors.Any) return Refuse();

        var me = await users.GetUserAsync(User);
        var number = Versions.Max(v => v.Number) + 1;
        // Guarded by the version number the page saw: two publications at once cannot both become "current".
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.InfoMaterials.Where(m => m.Id == id && m.CurrentVersion == Material.CurrentVersion)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.CurrentVersion, m => m.CurrentVersion), cancellationToken);
        if (claimed != 1)
        {
            Errors.Add("", text["Info.Error.ChangedMeanwhile"]);
            return Refuse(StatusCodes.Status409Conflict);
        }
        db.InfoMaterialVersions.Add(new InfoMaterialVersion
        {
            InfoMaterialId = id,
            Number = number,
            Title = title,
            Body = body,
            ChangeNote = note,
            PublishedAt = time.GetUtcNow(),
            PublishedBy = me?.DisplayName ?? "",
            PublishedById = me?.Id,
            TitleUk = uk?.Title,
            BodyUk = uk?.Body,
            TitleEn = en?.Title,
            BodyEn = en?.Body,
            ContentHash = InfoMaterialRules.Hash(Material.Slug, number, title, body, Translations(uk, en)),
        });
        Material.CurrentVersion = number;
        Material.Title = title;
        MarkReviewed(me);
        audit.Record(InfoMaterialRules.Published, InfoMaterialRules.SubjectType, Subject(id), new { version = number, translations = Translations(uk, en).Keys.ToArray() });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect($"/personel/materialy/{id}?stan=opublikowany");
    }

    public async Task<IActionResult> OnPostReviewAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (!CanEdit) return Forbid();
        MarkReviewed(await users.GetUserAsync(User));
        audit.Record(InfoMaterialRules.Reviewed, InfoMaterialRules.SubjectType, Subject(id), new { next = Material.NextReviewOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/personel/materialy/{id}?stan=przejrzany");
    }

    public async Task<IActionResult> OnPostSettingsAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (!CanManage) return Forbid();
        var current = Versions.Single(v => v.Number == Material.CurrentVersion);
        Title = current.Title;
        Body = current.Body;
        if (string.IsNullOrEmpty(OwnerId) || !Staff.Any(s => s.Id == OwnerId)) Errors.Add("OwnerId", text["Info.Error.Owner"]);
        if (Months is null or < ReviewSchedule.MinMonths or > ReviewSchedule.MaxMonths) Errors.Add("Months", text["Info.Error.Months", ReviewSchedule.MinMonths, ReviewSchedule.MaxMonths]);
        if (Errors.Any) return Refuse();
        Material.OwnerId = OwnerId;
        Material.ReviewIntervalMonths = Months!.Value;
        Material.NextReviewOn = InfoMaterialRules.NextReview(Material, Material.LastReviewedOn);
        audit.Record(InfoMaterialRules.SettingsChanged, InfoMaterialRules.SubjectType, Subject(id), new { owner = OwnerId, months = Months });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/personel/materialy/{id}?stan=ustawienia");
    }

    /// <summary>A translation as typed: both fields, or neither (no translation); one without the other is an error on the form.</summary>
    private InfoMaterialText? Translation(string language, string? title, string? body, string field)
    {
        var t = (title ?? "").Trim();
        var b = SimpleMarkup.Normalize(body);
        if (t.Length == 0 && b.Length == 0) return null;
        if (t.Length == 0 || t.Length > InfoMaterialRules.TitleMax || b.Length == 0 || b.Length > InfoMaterialRules.BodyMax)
        {
            Errors.Add(field, text["Info.Error.Translation", language.ToUpperInvariant(), InfoMaterialRules.TitleMax, InfoMaterialRules.BodyMax]);
            return null;
        }
        return new InfoMaterialText(t, b);
    }

    private static bool Same(InfoMaterialText? stored, InfoMaterialText? typed) =>
        stored is null ? typed is null : typed is not null && stored.Title == typed.Title && SimpleMarkup.Normalize(stored.Body) == typed.Body;

    private static Dictionary<string, InfoMaterialText> Translations(InfoMaterialText? uk, InfoMaterialText? en)
    {
        var all = new Dictionary<string, InfoMaterialText>(StringComparer.Ordinal);
        if (uk is not null) all["uk"] = uk;
        if (en is not null) all["en"] = en;
        return all;
    }

    private void MarkReviewed(StaffUser? me)
    {
        Material.LastReviewedOn = Today;
        Material.LastReviewedBy = me?.DisplayName;
        Material.NextReviewOn = InfoMaterialRules.NextReview(Material, Today);
    }

    private PageResult Refuse(int status = StatusCodes.Status422UnprocessableEntity)
    {
        Response.StatusCode = status;
        return Page();
    }

    private static string Subject(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var material = await db.InfoMaterials.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (material is null) return false;
        Material = material;
        Versions = await db.InfoMaterialVersions.AsNoTracking().Where(v => v.InfoMaterialId == id).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        var shown = Versions.FirstOrDefault(v => v.Number == (Number ?? material.CurrentVersion));
        if (shown is null) return false;
        Shown = shown;
        var profile = await office.GetAsync(cancellationToken);
        Today = profile.Today(time);
        Zone = profile.TimeZone;
        var staff = await db.Users.AsNoTracking().Where(u => u.DisabledAt == null).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        Staff = staff.Select(s => (s.Id, s.DisplayName)).ToList();
        OwnerName = await db.Users.AsNoTracking().Where(u => u.Id == material.OwnerId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        CanManage = (await authorization.AuthorizeAsync(User, Policies.InfoMaterialsManage)).Succeeded;
        CanEdit = CanManage || (material.OwnerId is not null && material.OwnerId == Press.PressRules.UserId(User));
        return true;
    }
}
