
namespace GlosKlienta.Web.Features.Press;

/// <summary>Any press file (drafts and conference materials included) for the press staff, always as a download.</summary>
[Authorize(Policy = Policies.Press)]
public sealed class StaffFileModel(AppDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var file = await db.PressFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, GlosKlienta.Domain.Files.FileTypes.SafeName(file.FileName));
    }
}
