using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.SurveyVersions;

/// <summary>A version on a page of its own, laid out as the public survey page lays it out; nothing on it can be sent.</summary>
[Authorize(Policy = Policies.SurveyResults)]
public sealed class PreviewModel(AppDbContext db) : PageModel
{
    public SurveyVersion Version { get; private set; } = null!;
    public SurveyDefinition Definition { get; private set; } = null!;

    public SurveyFormView Form => new() { Definition = Definition, Preview = true };

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var version = await db.SurveyVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (version is null) return NotFound();
        Version = version;
        Definition = SurveyDefinition.FromJson(version.Definition);
        return Page();
    }
}
