
namespace GlosKlienta.Web.Features.Press;

/// <summary>
/// An attachment of a published release, always as a download (Content-Disposition: attachment,
/// with nosniff from <see cref="SecurityHeaders"/>) under the type its content was sniffed as.
/// Files of drafts, of releases not yet published and of press conferences are not public.
/// </summary>
[AllowAnonymous]
public sealed class PublicFileModel(AppDbContext db, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var file = await db.PressFiles.AsNoTracking()
            .Where(f => f.Id == id && f.FrozenAt != null && f.PressReleaseId != null)
            .Select(f => new { f.PressReleaseId, f.FileName, f.ContentType })
            .FirstOrDefaultAsync(cancellationToken);
        if (file is null) return NotFound();
        var published = await PressRules.PublishedAsync(db, time.GetUtcNow(), cancellationToken, file.PressReleaseId);
        if (!published.Any(p => PressRules.Manifest(p.Version.Attachments).Any(a => a.Id == id))) return NotFound();
        var content = await db.PressFiles.AsNoTracking().Where(f => f.Id == id).Select(f => f.Content).SingleAsync(cancellationToken);
        return File(content, file.ContentType, GlosKlienta.Domain.Files.FileTypes.SafeName(file.FileName));
    }
}
