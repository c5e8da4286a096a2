using GlosKlienta.Domain.Directory;

namespace GlosKlienta.Web.Features.Directory;

/// <summary>Public: who works where (units, posts, people, rooms, telephones, e-mails) with a search by name; board A's QR code opens it.</summary>
[AllowAnonymous]
public sealed class WhoWhereModel(DirectoryStore store) : PageModel
{
    public const int QueryMaxLength = 100;

    public DirectoryState State { get; private set; } = DirectoryState.Empty;
    public string? Query { get; private set; }
    public IReadOnlyList<DirectoryState.PostView> Posts { get; private set; } = [];

    public async Task OnGetAsync(string? szukaj, CancellationToken cancellationToken)
    {
        State = await store.CurrentAsync(cancellationToken);
        Query = string.IsNullOrWhiteSpace(szukaj) ? null : szukaj.Trim() is var q && q.Length > QueryMaxLength ? q[..QueryMaxLength] : szukaj.Trim();
        Posts = Query is null ? State.ActivePosts() : State.Search(Query);
    }
}
