using GlosKlienta.Documents;

namespace GlosKlienta.Web.Features.Staff;

/// <summary>
/// The document renderer's stylesheet, for staff pages that embed document fragments (the F2 dashboard, the preview of a
/// reply letter): screen and print. It holds no data, so every member of staff may load it.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DocumentStylesheetModel : PageModel
{
    public const string Path = "/personel/dokument.css";

    /// <summary>The address with the stylesheet's version, so a changed stylesheet is never taken from a cache.</summary>
    public static string Href => Path + "?v=" + HtmlStyles.Version;

    public IActionResult OnGet()
    {
        Response.Headers.CacheControl = "private, max-age=86400";
        return Content(HtmlStyles.Stylesheet, "text/css; charset=utf-8");
    }
}
