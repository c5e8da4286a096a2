using GlosKlienta.Web.Features.Languages;
using GlosKlienta.Web.Features.Paper;

namespace GlosKlienta.Web.Features.Survey;

/// <summary>
/// The blank F1 of the live version for people who prefer paper, in the page's language (<c>/uk/ankieta/formularz</c>);
/// Polish when the version is not wholly translated into it, as the survey page shows it. It has no serial: it is not
/// part of any print run.
/// </summary>
[AllowAnonymous]
public sealed class PaperFormModel(SurveyCatalog catalog, PrintedForms forms) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var live = await catalog.GetLiveAsync(cancellationToken);
        if (live is null) return NotFound();
        var language = SiteLanguages.Of(HttpContext).Code;
        var pdf = await forms.BlankAsync(live.VersionId, language, cancellationToken);
        if (pdf is null) return NotFound();
        return File(pdf, "application/pdf", string.Create(CultureInfo.InvariantCulture, $"ankieta-F1-wersja-{live.Number}-{language}.pdf"));
    }
}
