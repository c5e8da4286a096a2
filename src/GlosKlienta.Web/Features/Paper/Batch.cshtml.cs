using GlosKlienta.Domain.Staff;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>
/// One batch: the box opening and every form number with its state and who keyed it, so each
/// paper response can be traced to its box and batch. What was keyed is not shown here (double
/// entry stays blind); the Pełnomocnik reaches the stored responses to correct them.
/// </summary>
[Authorize(Policy = Policies.PaperEntry)]
public sealed class BatchModel(AppDbContext db, SurveyCatalog catalog, OfficeProfileProvider office) : PageModel
{
    public BoxOpening Batch { get; private set; } = null!;
    public PublishedSurvey Version { get; private set; } = null!;
    public BatchProgress Progress { get; private set; } = null!;
    public bool CanSupervise { get; private set; }
    /// <summary>Form numbers stored from a scan, with the form's serial.</summary>
    public IReadOnlyDictionary<int, int> Scanned { get; private set; } = new Dictionary<int, int>();
    public bool JustRecorded { get; private set; }
    public string? Corrected { get; private set; }
    /// <summary>When the batch was completed, in the office's time zone.</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(string batch, [FromQuery(Name = "nowa")] string? recorded, [FromQuery(Name = "poprawiono")] string? corrected, CancellationToken cancellationToken)
    {
        var found = await PaperData.FindBatchAsync(db, batch, cancellationToken);
        if (found is null) return NotFound();
        Batch = found;
        Version = await PaperData.VersionAsync(db, catalog, found.SurveyVersionId, cancellationToken);
        Progress = await BatchProgress.LoadAsync(db, found, cancellationToken);
        Scanned = await db.ScannedForms.AsNoTracking()
            .Where(f => f.FormNumber != null && db.ScanBatches.Any(b => b.Id == f.ScanBatchId && b.BoxOpeningId == found.Id))
            .ToDictionaryAsync(f => f.FormNumber!.Value, f => f.Serial, cancellationToken);
        CanSupervise = User.IsInRole(Roles.PelnomocnikSzj);
        JustRecorded = recorded == "1";
        Corrected = corrected;
        if (found.CompletedAt is { } completed) CompletedAt = TimeZoneInfo.ConvertTime(completed, (await office.GetAsync(cancellationToken)).TimeZone);
        return Page();
    }
}
