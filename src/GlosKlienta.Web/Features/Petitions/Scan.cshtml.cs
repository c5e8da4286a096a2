using GlosKlienta.Domain.Register;
using Microsoft.Net.Http.Headers;

namespace GlosKlienta.Web.Features.Petitions;

/// <summary>
/// The published copy of a petycja (art. 8 ust. 1 ustawy o petycjach), public once staff have confirmed its redaction;
/// always a download with nosniff and a sandbox policy, never a page of this site. Unpublished copies answer 404.
/// </summary>
[AllowAnonymous]
public sealed class ScanModel(AppDbContext db) : PageModel
{
    public static string PathOf(int caseId) => "/petycje/skan/" + caseId.ToString(CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(int caseId, CancellationToken cancellationToken)
    {
        var isPetition = await db.RegisterCases.AsNoTracking().AnyAsync(c => c.Id == caseId && c.Kind == CaseKind.Petycja, cancellationToken);
        var scan = isPetition ? await db.PetitionScans.AsNoTracking().FirstOrDefaultAsync(s => s.RegisterCaseId == caseId && s.PublishedAt != null, cancellationToken) : null;
        if (scan is null) return NotFound();
        return Download(Response, scan);
    }

    /// <summary>Sends the copy as a download, the same for the public and for staff checking it before publication.</summary>
    public static FileContentResult Download(HttpResponse response, PetitionScan scan)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(scan);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(scan.FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        return new FileContentResult(scan.Bytes, scan.MediaType);
    }
}
