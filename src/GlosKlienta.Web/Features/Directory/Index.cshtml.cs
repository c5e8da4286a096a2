using GlosKlienta.Domain.Directory;

namespace GlosKlienta.Web.Features.Directory;

/// <summary>The directory for the people who keep it: units, posts, employees, rooms and hours, with the latest changes.</summary>
[Authorize(Policy = Policies.DirectoryEdit)]
public sealed class IndexModel(DirectoryStore store, AppDbContext db) : PageModel
{
    public DirectoryState State { get; private set; } = DirectoryState.Empty;
    public IReadOnlyList<DirectoryState.PostView> Posts { get; private set; } = [];
    public IReadOnlyList<DirectorySnapshot> Recent { get; private set; } = [];
    public string? Saved { get; private set; }

    public async Task OnGetAsync(string? zapisano, CancellationToken cancellationToken)
    {
        State = await store.CurrentAsync(cancellationToken);
        Posts = State.ActivePosts();
        Saved = zapisano is "tak" ? zapisano : null;
        Recent = await db.DirectorySnapshots.AsNoTracking().OrderByDescending(s => s.Id).Take(10)
            .Select(s => new DirectorySnapshot { Id = s.Id, RecordedAt = s.RecordedAt, RecordedOn = s.RecordedOn, RecordedBy = s.RecordedBy, Summary = s.Summary, State = "" })
            .ToListAsync(cancellationToken);
    }
}
