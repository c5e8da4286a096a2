using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>
/// Scanner batches of one box opening (issue 14): the file from the office scanner is uploaded here (a PDF of page images, a
/// TIFF, PNG or JPEG), checked at once (a file that is not a scan comes back with a message and nothing recorded) and read in
/// the background; every batch of the opening is listed with where it stands. Same access as keying.
/// </summary>
[Authorize(Policy = Policies.PaperEntry)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ScansModel(AppDbContext db, ScanBatches scans, UserManager<StaffUser> users, IOptions<ScanSettings> options, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>The ceiling of the request; the configured <see cref="ScanSettings.MaxUploadBytes"/> is checked below it.</summary>
    public const long MaxRequestBytes = 4L << 30;
    public const string FileField = "plik";

    public BoxOpening Batch { get; private set; } = null!;
    public IReadOnlyList<ScanBatch> Scans { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string batch, CancellationToken cancellationToken) =>
        await LoadAsync(batch, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string batch, [FromForm(Name = FileField)] List<IFormFile>? files, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(batch, cancellationToken)) return NotFound();
        var chosen = (files ?? []).Where(f => f.Length > 0).ToList();
        if (chosen.Count == 0) Error = text["Paper.Scan.Error.NoFile"];
        else if (chosen.Sum(f => f.Length) > options.Value.MaxUploadBytes) Error = text["Paper.Scan.Error.TooLarge", options.Value.MaxUploadBytes / (1024 * 1024)];
        if (Error is null)
        {
            var user = await users.GetUserAsync(User);
            var streams = chosen.Select(f => f.OpenReadStream()).ToList();
            try
            {
                var uploads = chosen.Select((f, i) => new ScanBatches.Upload(streams[i], f.FileName)).ToList();
                var start = await scans.StartAsync(Batch, uploads, users.GetUserId(User), PaperText.NameOf(user, User), readNow: false, cancellationToken);
                if (start.Batch is { } scan) return PaperData.SeeOther(ScanModel.PathOf(Batch.Id, scan.Id));
                Error = text["Paper.Scan.Failure." + start.Failure];
            }
            finally
            {
                foreach (var s in streams) await s.DisposeAsync();
            }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public static string PathOf(int batchId) => PaperData.BatchPath(batchId) + "/skany";

    private async Task<bool> LoadAsync(string batch, CancellationToken cancellationToken)
    {
        var found = await PaperData.FindBatchAsync(db, batch, cancellationToken);
        if (found is null) return false;
        Batch = found;
        Scans = await db.ScanBatches.AsNoTracking().Where(s => s.BoxOpeningId == found.Id).OrderByDescending(s => s.Id).ToListAsync(cancellationToken);
        return true;
    }
}
