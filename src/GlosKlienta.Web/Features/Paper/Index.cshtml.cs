using GlosKlienta.Domain.Staff;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>The batches of paper forms: one row per box opening, newest first, with what is left to key and to settle.</summary>
[Authorize(Policy = Policies.PaperEntry)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(BoxOpening Batch, BatchProgress Progress)
    {
        public string Label => BatchProgress.Label(Batch);
    }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanSettle { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var batches = await db.BoxOpenings.AsNoTracking().Include(b => b.SurveyBox).ThenInclude(x => x!.Building)
            .OrderByDescending(b => b.Year).ThenByDescending(b => b.Number)
            .ToListAsync(cancellationToken);
        var progress = await BatchProgress.LoadAllAsync(db, batches, cancellationToken);
        Rows = batches.Select(b => new Row(b, progress[b.Id])).ToList();
        CanSettle = User.IsInRole(Roles.PelnomocnikSzj);
    }
}
