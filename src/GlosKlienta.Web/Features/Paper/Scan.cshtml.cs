namespace GlosKlienta.Web.Features.Paper;

/// <summary>
/// One scanner batch: while it is read, a count of pages that refreshes itself (no JavaScript needed); then its report: the forms
/// found, the pages not placed with the reason, what waits in the verification queue, and, once stored, the form numbers the
/// forms took. A batch not yet stored can be set aside.
/// </summary>
[Authorize(Policy = Policies.PaperEntry)]
public sealed class ScanModel(AppDbContext db, ScanBatches scans) : PageModel
{
    public sealed record FormRow(ScannedForm Form, int Queued, int Open);

    public BoxOpening Batch { get; private set; } = null!;
    public ScanBatch Scan { get; private set; } = null!;
    public IReadOnlyList<ScanPageNote> Problems { get; private set; } = [];
    public IReadOnlyList<FormRow> Forms { get; private set; } = [];
    public int OpenItems => Forms.Sum(f => f.Open);
    public bool Discarded { get; private set; }

    public async Task<IActionResult> OnGetAsync(string batch, int scan, [FromQuery(Name = "odlozono")] string? discarded, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(batch, scan, cancellationToken)) return NotFound();
        Discarded = discarded == "1";
        return Page();
    }

    public async Task<IActionResult> OnPostDiscardAsync(string batch, int scan, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(batch, scan, cancellationToken)) return NotFound();
        await scans.DiscardAsync(Scan.Id, cancellationToken);
        return PaperData.SeeOther(PathOf(Batch.Id, Scan.Id) + "?odlozono=1");
    }

    public static string PathOf(int batchId, int scanId) => ScansModel.PathOf(batchId) + "/" + scanId.ToString(CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(string batch, int scan, CancellationToken cancellationToken)
    {
        var found = await PaperData.FindBatchAsync(db, batch, cancellationToken);
        if (found is null) return false;
        var s = await db.ScanBatches.AsNoTracking().FirstOrDefaultAsync(x => x.Id == scan && x.BoxOpeningId == found.Id, cancellationToken);
        if (s is null) return false;
        Batch = found;
        Scan = s;
        Problems = ScanBatches.NotesOf(s);
        Forms = (await db.ScannedForms.AsNoTracking().Where(f => f.ScanBatchId == s.Id).OrderBy(f => f.Id)
                .Select(f => new { Form = f, Queued = f.Items.Count, Open = f.Items.Count(i => i.Decision == null) })
                .ToListAsync(cancellationToken))
            .Select(x => new FormRow(x.Form, x.Queued, x.Open))
            .ToList();
        return true;
    }
}
