using GlosKlienta.Domain.Paper;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.Paper;

/// <summary>Double entry: the forms whose two passes differ, question by question, each waiting for a third look.</summary>
[Authorize(Policy = Policies.PaperSupervision)]
public sealed class DifferencesModel(AppDbContext db, SurveyCatalog catalog) : PageModel
{
    public sealed record FormDifferences(int FormNumber, string FirstBy, string SecondBy, IReadOnlyList<KeyingDifference> Differences);

    public BoxOpening Batch { get; private set; } = null!;
    public IReadOnlyList<FormDifferences> Forms { get; private set; } = [];
    public string? Settled { get; private set; }

    public async Task<IActionResult> OnGetAsync(string batch, [FromQuery(Name = "rozstrzygnieto")] string? settled, CancellationToken cancellationToken)
    {
        var found = await PaperData.FindBatchAsync(db, batch, cancellationToken);
        if (found is null) return NotFound();
        Batch = found;
        Settled = settled;
        var definition = (await PaperData.VersionAsync(db, catalog, found.SurveyVersionId, cancellationToken)).Definition;
        var progress = await BatchProgress.LoadAsync(db, found, cancellationToken);
        var forms = progress.MismatchedForms;
        var entries = await db.PaperEntries.AsNoTracking()
            .Where(e => e.BoxOpeningId == found.Id && forms.Contains(e.FormNumber) && e.Pass <= 2)
            .ToListAsync(cancellationToken);
        Forms = forms.Select(n =>
        {
            var first = entries.Single(e => e.FormNumber == n && e.Pass == 1);
            var second = entries.Single(e => e.FormNumber == n && e.Pass == 2);
            return new FormDifferences(n, first.KeyedBy, second.KeyedBy, KeyingComparison.Compare(definition, PaperData.FormOf(first), PaperData.FormOf(second)));
        }).ToList();
        return Page();
    }
}
