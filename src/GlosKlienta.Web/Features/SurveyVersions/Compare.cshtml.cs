using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.SurveyVersions;

/// <summary>Any two versions side by side: what changed, and which answers cannot be compared across them.</summary>
[Authorize(Policy = Policies.SurveyResults)]
public sealed class CompareModel(AppDbContext db, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<SurveyVersion> All { get; private set; } = [];
    public SurveyVersion? From { get; private set; }
    public SurveyVersion? To { get; private set; }
    public IReadOnlyList<string> Incomparable { get; private set; } = [];
    public IReadOnlyList<string> Notes { get; private set; } = [];
    public IReadOnlyList<string> General { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "z")] public int? FromId { get; set; }
    [BindProperty(SupportsGet = true, Name = "do")] public int? ToId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        All = await db.SurveyVersions.AsNoTracking().OrderBy(v => v.Number).ToListAsync(cancellationToken);
        if (FromId is null && ToId is null && All.Count >= 2)
        {
            FromId = All[^2].Id;
            ToId = All[^1].Id;
        }
        From = All.FirstOrDefault(v => v.Id == FromId);
        To = All.FirstOrDefault(v => v.Id == ToId);
        if ((FromId is not null && From is null) || (ToId is not null && To is null)) return NotFound();
        if (From is null || To is null) return Page();

        var before = SurveyDefinition.FromJson(From.Definition);
        var after = SurveyDefinition.FromJson(To.Definition);
        var differences = SurveyComparison.Compare(before, after);
        Incomparable = differences.Where(d => d.BreaksComparability).Select(d => Versions.Describe(text, d, before, after)).ToList();
        Notes = differences.Where(d => !d.BreaksComparability).Select(d => Versions.Describe(text, d, before, after)).ToList();
        General = Versions.GeneralChanges(text, before, after);
        return Page();
    }
}
