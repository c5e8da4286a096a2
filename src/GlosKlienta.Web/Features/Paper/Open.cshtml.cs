using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>
/// Records one opening of a survey box (procedure row 8): which box, when, who opened it, how many
/// forms were inside. The forms become a batch numbered per year (2026/1, 2026/2, ...), keyed
/// against the survey version they were printed from: by default the one live on the opening day.
/// </summary>
[Authorize(Policy = Policies.PaperEntry)]
public sealed class OpenModel(
    AppDbContext db,
    OfficeProfileProvider office,
    UserManager<StaffUser> users,
    AuditLog audit,
    TimeProvider time,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public const int MaxForms = 5000;

    public sealed record BoxChoice(int Id, string Label);
    public sealed record VersionChoice(int Id, int Number, DateOnly LiveFrom);

    [BindProperty] public string? Box { get; set; }
    [BindProperty] public string? OpenedOn { get; set; }
    [BindProperty] public string? OpenedBy { get; set; }
    [BindProperty] public string? FormCount { get; set; }
    [BindProperty] public string? Version { get; set; }
    [BindProperty] public bool DoubleEntry { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public IReadOnlyList<BoxChoice> Boxes { get; private set; } = [];
    public IReadOnlyList<VersionChoice> Versions { get; private set; } = [];
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        OpenedOn = (await office.GetAsync(cancellationToken)).Today(time).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        OpenedBy = PaperText.NameOf(await users.GetUserAsync(User), User);
        if (Boxes.Count == 1) Box = Boxes[0].Id.ToString(CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        var today = (await office.GetAsync(cancellationToken)).Today(time);

        var box = int.TryParse(Box, NumberStyles.None, CultureInfo.InvariantCulture, out var boxId) ? Boxes.FirstOrDefault(b => b.Id == boxId) : null;
        if (box is null) Errors[nameof(Box)] = text["Paper.Open.Error.Box"];

        if (!DateOnly.TryParseExact(OpenedOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var openedOn)
            && !DateOnly.TryParseExact(OpenedOn?.Trim(), "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out openedOn))
            Errors[nameof(OpenedOn)] = text["Paper.Open.Error.Date"];
        else if (openedOn > today)
            Errors[nameof(OpenedOn)] = text["Paper.Open.Error.DateFuture"];

        var openedBy = OpenedBy?.Trim() ?? "";
        if (openedBy.Length == 0) Errors[nameof(OpenedBy)] = text["Paper.Open.Error.OpenedBy"];
        else if (openedBy.Length > 200) Errors[nameof(OpenedBy)] = text["Paper.Open.Error.TooLong", 200];

        if (!int.TryParse(FormCount?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var formCount) || formCount > MaxForms)
            Errors[nameof(FormCount)] = text["Paper.Open.Error.FormCount", MaxForms];

        VersionChoice? version = null;
        if (string.IsNullOrEmpty(Version))
        {
            if (!Errors.ContainsKey(nameof(OpenedOn)))
            {
                version = LiveVersion.On(Versions, openedOn, v => v.LiveFrom, v => v.Number);
                if (version is null) Errors[nameof(Version)] = text["Paper.Open.Error.NoLiveVersion"];
            }
        }
        else
        {
            version = int.TryParse(Version, NumberStyles.None, CultureInfo.InvariantCulture, out var versionId) ? Versions.FirstOrDefault(v => v.Id == versionId) : null;
            if (version is null) Errors[nameof(Version)] = text["Paper.Open.Error.Version"];
        }

        var notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
        if (notes is { Length: > 2000 }) Errors[nameof(Notes)] = text["Paper.Open.Error.TooLong", 2000];

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var now = time.GetUtcNow();
        for (var attempt = 0; ; attempt++)
        {
            var number = (await db.BoxOpenings.Where(b => b.Year == openedOn.Year).MaxAsync(b => (int?)b.Number, cancellationToken) ?? 0) + 1;
            var batch = new BoxOpening
            {
                Year = openedOn.Year,
                Number = number,
                SurveyBoxId = box!.Id,
                OpenedOn = openedOn,
                OpenedBy = openedBy,
                RecordedAt = now,
                RecordedById = users.GetUserId(User),
                FormCount = formCount,
                SurveyVersionId = version!.Id,
                DoubleEntry = DoubleEntry,
                Notes = notes,
                // A box found empty is an opening too; its batch has nothing to key.
                CompletedAt = formCount == 0 ? now : null,
            };
            try
            {
                // Two saves in one transaction: the audit entry names the batch by its new id, and both are kept or neither.
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                db.BoxOpenings.Add(batch);
                await db.SaveChangesAsync(cancellationToken);
                audit.Record(PaperAudit.BoxOpeningRecorded, PaperAudit.BoxOpeningSubject, batch.Id.ToString(CultureInfo.InvariantCulture), new
                {
                    batch = BatchProgress.Label(batch),
                    box = box.Label,
                    openedOn = openedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    openedBy,
                    forms = formCount,
                    surveyVersion = version.Number,
                    doubleEntry = DoubleEntry,
                });
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (PaperData.IsUniqueViolation(ex) && attempt < 3)
            {
                // Someone recorded another opening of the same year at the same moment: take the next number.
                db.ChangeTracker.Clear();
                continue;
            }
            return PaperData.SeeOther(PaperData.BatchPath(batch.Id) + "?nowa=1");
        }
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? m : null;

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Boxes = (await db.SurveyBoxes.AsNoTracking().Include(b => b.Building).Where(b => b.IsActive).OrderBy(b => b.Id).ToListAsync(cancellationToken))
            .Select(b => new BoxChoice(b.Id, b.Building is null ? b.Location : b.Building.Name + " – " + b.Location))
            .ToList();
        Versions = (await db.SurveyVersions.AsNoTracking()
                .Where(v => v.Status == SurveyVersionStatus.Approved && v.LiveFrom != null)
                .Select(v => new { v.Id, v.Number, v.LiveFrom })
                .ToListAsync(cancellationToken))
            .OrderByDescending(v => v.LiveFrom).ThenByDescending(v => v.Number)
            .Select(v => new VersionChoice(v.Id, v.Number, v.LiveFrom!.Value))
            .ToList();
    }
}
