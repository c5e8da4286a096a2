using GlosKlienta.Documents;

namespace GlosKlienta.Web.Features.Analysis;

/// <summary>The document renderer's stylesheet, for pages that embed document fragments (screen and print).</summary>
[Authorize(Policy = Policies.SurveyResults)]
public sealed class StylesheetModel : PageModel
{
    public IActionResult OnGet()
    {
        Response.Headers.CacheControl = "private, max-age=86400";
        return Content(HtmlStyles.Stylesheet, "text/css; charset=utf-8");
    }
}
