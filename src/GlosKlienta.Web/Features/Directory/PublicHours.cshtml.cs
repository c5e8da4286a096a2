using GlosKlienta.Domain.Directory;
using GlosKlienta.Web.Features.Reception;

namespace GlosKlienta.Web.Features.Directory;

/// <summary>
/// Public: office and cash-desk hours of every building, how to file a complaint or request and when the
/// Burmistrz and the deputy receive citizens (read from <see cref="ReceptionHours"/>); boards B and C point here.
/// </summary>
[AllowAnonymous]
public sealed class PublicHoursModel(DirectoryStore store, AppDbContext db) : PageModel
{
    public DirectoryState State { get; private set; } = DirectoryState.Empty;
    public IReadOnlyList<ReceptionHours> Reception { get; private set; } = [];
    public DirectoryState.PostView? AccessibilityContact { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        State = await store.CurrentAsync(cancellationToken);
        Reception = (await db.ReceptionHours.AsNoTracking().Include(r => r.Building).ToListAsync(cancellationToken))
            .OrderBy(r => r.OfficialRole == GlosKlienta.Domain.Staff.Roles.Burmistrz ? 0 : 1).ThenBy(r => ((int)r.Day + 6) % 7).ThenBy(r => r.From).ToList();
        AccessibilityContact = State.ActivePosts().FirstOrDefault(p => p.Post.IsAccessibilityContact);
    }
}
