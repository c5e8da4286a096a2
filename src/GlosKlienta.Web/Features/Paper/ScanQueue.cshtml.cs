using GlosKlienta.Domain.Paper;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>
/// The verification queue of a scanner batch: one decision per screen, the cropped image of the doubtful question (or item, or
/// written answer) beside the reader's proposal, keyed in the keying screen's conventions (the option's number, one number per
/// item, "-" for unreadable, nothing for no answer; a written answer typed as it stands). Enter saves and opens the next one;
/// the last decision stores the whole batch.
/// </summary>
[Authorize(Policy = Policies.PaperEntry)]
public sealed class ScanQueueModel(AppDbContext db, ScanBatches scans, SurveyCatalog catalog, UserManager<StaffUser> users, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string DecisionField = "decyzja";
    public const string ItemField = "pozycja";

    public BoxOpening Batch { get; private set; } = null!;
    public ScanBatch Scan { get; private set; } = null!;
    public ScanQueueItem? Item { get; private set; }
    public ScannedForm? Form { get; private set; }
    public ScanTarget? Target { get; private set; }
    public int Total { get; private set; }
    public int Open { get; private set; }
    public string Value { get; private set; } = "";
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string batch, int scan, [FromQuery(Name = ItemField)] long? item, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(batch, scan, item, cancellationToken)) return NotFound();
        if (Scan.Status != ScanBatchStatus.Queue || Item is null) return PaperData.SeeOther(ScanModel.PathOf(Batch.Id, Scan.Id));
        Value = Item.Decision ?? Item.Proposed;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string batch, int scan, CancellationToken cancellationToken)
    {
        var wanted = long.TryParse(Request.Form[ItemField], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
        if (!await LoadAsync(batch, scan, wanted, cancellationToken)) return NotFound();
        if (Scan.Status != ScanBatchStatus.Queue || Item is null || Item.Id != wanted) return PaperData.SeeOther(ScanModel.PathOf(Batch.Id, Scan.Id));
        Value = Request.Form[DecisionField].ToString();
        if (Value.Length > 4000) Value = Value[..4000];
        var user = await users.GetUserAsync(User);
        var outcome = await scans.DecideAsync(Item, Value, users.GetUserId(User), PaperText.NameOf(user, User), cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            var definition = (await PaperData.VersionAsync(db, catalog, Batch.SurveyVersionId, cancellationToken)).Definition;
            Errors = outcome.Errors.Select(e => PaperText.Message(text, definition, e)).Distinct().ToList();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        return outcome.Stored || outcome.StoreFailure is not null
            ? PaperData.SeeOther(ScanModel.PathOf(Batch.Id, Scan.Id))
            : PaperData.SeeOther(PathOf(Batch.Id, Scan.Id));
    }

    /// <summary>The cropped image of a queue item (staff only, like the page).</summary>
    public async Task<IActionResult> OnGetImageAsync(string batch, int scan, long id, CancellationToken cancellationToken)
    {
        if (!int.TryParse(batch, NumberStyles.None, CultureInfo.InvariantCulture, out var batchId)) return NotFound();
        var image = await db.ScanQueueItems.AsNoTracking()
            .Where(i => i.Id == id && i.ScannedForm!.ScanBatchId == scan && db.ScanBatches.Any(b => b.Id == scan && b.BoxOpeningId == batchId))
            .Select(i => i.Image)
            .FirstOrDefaultAsync(cancellationToken);
        if (image is null || image.Length == 0) return NotFound();
        Response.Headers.CacheControl = "private, no-store";
        return File(image, "image/png");
    }

    public static string PathOf(int batchId, int scanId) => ScanModel.PathOf(batchId, scanId) + "/kolejka";

    public string ImagePath => PathOf(Batch.Id, Scan.Id) + "?handler=Image&id=" + Item!.Id.ToString(CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(string batch, int scan, long? item, CancellationToken cancellationToken)
    {
        var found = await PaperData.FindBatchAsync(db, batch, cancellationToken);
        if (found is null) return false;
        var s = await db.ScanBatches.AsNoTracking().FirstOrDefaultAsync(x => x.Id == scan && x.BoxOpeningId == found.Id, cancellationToken);
        if (s is null) return false;
        Batch = found;
        Scan = s;
        var items = db.ScanQueueItems.AsNoTracking().Where(i => i.ScannedForm!.ScanBatchId == s.Id);
        Total = await items.CountAsync(cancellationToken);
        Open = await items.CountAsync(i => i.Decision == null, cancellationToken);
        Item = item is long wanted
            ? await items.FirstOrDefaultAsync(i => i.Id == wanted, cancellationToken)
            : await items.Where(i => i.Decision == null).OrderBy(i => i.ScannedFormId).ThenBy(i => i.Id).FirstOrDefaultAsync(cancellationToken);
        if (Item is not null)
        {
            Form = await db.ScannedForms.AsNoTracking().FirstAsync(f => f.Id == Item.ScannedFormId, cancellationToken);
            var definition = (await PaperData.VersionAsync(db, catalog, found.SurveyVersionId, cancellationToken)).Definition;
            Target = ScanKeying.Target(definition, Item.Key);
        }
        return true;
    }

    /// <summary>What the proposal means in words: "2 (kobieta)", "0 (bez odpowiedzi)".</summary>
    public string ProposalWords()
    {
        if (Target is null || Item is null) return "";
        var proposed = Item.Proposed;
        if (proposed.Length == 0) return text["Paper.Scan.Queue.NoAnswer"];
        var q = Target.Question;
        var width = PaperKeying.DigitsPerNumber(q);
        var words = new List<string>();
        for (var i = 0; i + width <= proposed.Length; i += width)
        {
            var token = proposed.Substring(i, width);
            if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) continue;
            if (n == 0) words.Add(text["Paper.Scan.Queue.NoAnswer"]);
            else if (q.Kind == QuestionKind.Rating) words.Add(token);
            else if (n <= q.Options.Count) words.Add(q.Options[n - 1].Text);
        }
        return proposed + (words.Count == 0 ? "" : " (" + string.Join(", ", words) + ")");
    }
}
