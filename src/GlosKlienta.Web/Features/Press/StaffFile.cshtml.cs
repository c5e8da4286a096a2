using GlosKlienta.Web.Data;
using GlosKlienta.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GlosKlienta.Web.Features.Press;

/// <summary>Any press file (drafts and conference materials included) for the press staff, always as a download.</summary>
[Authorize(Policy = Policies.Press)]
public sealed class StaffFileModel(AppDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var file = await db.PressFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }
}
