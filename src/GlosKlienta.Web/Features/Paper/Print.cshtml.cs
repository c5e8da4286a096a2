using GlosKlienta.Domain.Survey;
using GlosKlienta.Paper;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>
/// Printing forms for a box (issue 14): staff choose the box, the number of forms, the language and the approved version
/// (the live one by default); the run is recorded with its serials and audited, and its PDF is drawn again from the record
/// whenever it is downloaded. Same access as keying and box openings.
/// </summary>
[Authorize(Policy = Policies.PaperEntry)]
public sealed class PrintModel(AppDbContext db, PrintedForms forms, SurveyCatalog catalog, UserManager<StaffUser> users, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed record BoxChoice(int Id, string Label);
    public sealed record VersionChoice(int Id, int Number);
    public sealed record Row(PrintRun Run, int VersionNumber, string? Box);

    [BindProperty] public string? Box { get; set; }
    [BindProperty] public string? Count { get; set; }
    [BindProperty] public string? Language { get; set; }
    [BindProperty] public string? Version { get; set; }

    public IReadOnlyList<BoxChoice> Boxes { get; private set; } = [];
    public IReadOnlyList<VersionChoice> Versions { get; private set; } = [];
    public IReadOnlyList<Row> Runs { get; private set; } = [];
    public int? Recorded { get; private set; }
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task OnGetAsync(int? nowy, CancellationToken cancellationToken)
    {
        Recorded = nowy;
        await LoadAsync(cancellationToken);
        Language = SurveyTranslations.Polish;
        Version = (await catalog.GetLiveAsync(cancellationToken))?.VersionId.ToString(CultureInfo.InvariantCulture);
        if (Boxes.Count == 1) Box = Boxes[0].Id.ToString(CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var box = int.TryParse(Box, NumberStyles.None, CultureInfo.InvariantCulture, out var boxId) ? Boxes.FirstOrDefault(b => b.Id == boxId) : null;
        if (box is null) Errors[nameof(Box)] = text["Paper.Print.Error.Box"];
        if (!int.TryParse(Count?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1 || count > PrintedForms.MaxCount)
            Errors[nameof(Count)] = text["Paper.Print.Error.Count", PrintedForms.MaxCount];
        if (Language is null || !FormLayout.Languages.Contains(Language)) Errors[nameof(Language)] = text["Paper.Print.Error.Language"];
        var version = int.TryParse(Version, NumberStyles.None, CultureInfo.InvariantCulture, out var versionId) ? Versions.FirstOrDefault(v => v.Id == versionId) : null;
        if (version is null) Errors[nameof(Version)] = text["Paper.Print.Error.Version"];
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var user = await users.GetUserAsync(User);
        var run = await forms.RecordAsync(version!.Id, Language!, box!.Id, count, users.GetUserId(User), PaperText.NameOf(user, User), cancellationToken);
        if (run is null) return NotFound();
        return PaperData.SeeOther("/personel/papier/druk?nowy=" + run.Id.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The run's PDF, drawn again from its record.</summary>
    public async Task<IActionResult> OnGetPdfAsync(int id, CancellationToken cancellationToken)
    {
        var run = await db.PrintRuns.AsNoTracking().Include(r => r.SurveyVersion).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (run is null) return NotFound();
        var pdf = await forms.RunPdfAsync(run, cancellationToken);
        if (pdf is null) return NotFound();
        return File(pdf, "application/pdf", PrintedForms.FileName(run, run.SurveyVersion!.Number));
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? m : null;

    public static string PdfPath(int id) => "/personel/papier/druk?handler=Pdf&id=" + id.ToString(CultureInfo.InvariantCulture);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Boxes = (await db.SurveyBoxes.AsNoTracking().Include(b => b.Building).Where(b => b.IsActive).OrderBy(b => b.Id).ToListAsync(cancellationToken))
            .Select(b => new BoxChoice(b.Id, b.Building is null ? b.Location : b.Building.Name + " – " + b.Location))
            .ToList();
        Versions = await db.SurveyVersions.AsNoTracking()
            .Where(v => v.Status == SurveyVersionStatus.Approved)
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionChoice(v.Id, v.Number))
            .ToListAsync(cancellationToken);
        Runs = (await db.PrintRuns.AsNoTracking()
                .OrderByDescending(r => r.FirstSerial)
                .Select(r => new { Run = r, r.SurveyVersion!.Number, Box = r.SurveyBox == null ? null : r.SurveyBox.Building!.Name + " – " + r.SurveyBox.Location })
                .Take(200)
                .ToListAsync(cancellationToken))
            .Select(r => new Row(r.Run, r.Number, r.Box))
            .ToList();
    }
}
