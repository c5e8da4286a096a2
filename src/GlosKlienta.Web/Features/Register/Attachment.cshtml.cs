using Microsoft.Net.Http.Headers;

namespace GlosKlienta.Web.Features.Register;

/// <summary>
/// Downloads an attachment for staff who may see its case. Always as an attachment with the type found by
/// sniffing and nosniff, never inline: a file from a citizen never runs as a page of this site.
/// </summary>
public sealed class AttachmentModel(AppDbContext db, AuditLog audit) : PageModel
{
    public static string PathOf(int id) => "/personel/rejestr/zalacznik/" + id.ToString(CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var attachment = await db.RegisterAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (attachment is null) return NotFound();
        var c = await db.RegisterCases.AsNoTracking().FirstAsync(x => x.Id == attachment.RegisterCaseId, cancellationToken);
        if (!RegisterAccess.For(User).CanRead(c)) return NotFound();
        var content = await db.RegisterAttachmentContents.AsNoTracking().FirstAsync(x => x.Id == id, cancellationToken);
        audit.Record(RegisterActions.AttachmentRead, RegisterActions.AttachmentSubject, id.ToString(CultureInfo.InvariantCulture),
            new { caseId = c.Id });
        await db.SaveChangesAsync(cancellationToken);
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "no-store";
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        var disposition = new ContentDispositionHeaderValue("attachment");
        // Cleaned again on the way out: names stored before the cleaning knew direction overrides still carry them.
        disposition.SetHttpFileName(GlosKlienta.Domain.Files.FileTypes.SafeName(attachment.FileName));
        Response.Headers.ContentDisposition = disposition.ToString();
        // Text is labelled as plain text in UTF-8 so no browser guesses another type.
        var mediaType = attachment.MediaType == GlosKlienta.Domain.Files.FileTypes.Text.MediaType ? "text/plain; charset=utf-8" : attachment.MediaType;
        return File(content.Bytes, mediaType);
    }
}
