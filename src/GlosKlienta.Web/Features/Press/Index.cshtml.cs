
namespace GlosKlienta.Web.Features.Press;

/// <summary>Every release on the staff side: drafts, those awaiting approval, scheduled and published.</summary>
[Authorize(Policy = Policies.Press)]
public sealed class IndexModel(AppDbContext db, OfficeProfileProvider office, TimeProvider time, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(int Id, string Title, PressReleaseStatus Status, DateTimeOffset? PublishAt, string CreatedBy, int Versions);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public DateTimeOffset Now { get; private set; }
    public bool CanDraft { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Zone = (await office.GetAsync(cancellationToken)).TimeZone;
        Now = time.GetUtcNow();
        CanDraft = (await authorization.AuthorizeAsync(User, Policies.PressDrafting)).Succeeded;
        var rows = await db.PressReleases.AsNoTracking()
            .Select(r => new Row(r.Id, r.Title, r.Status, r.PublishAt, r.CreatedBy, r.Versions.Count))
            .ToListAsync(cancellationToken);
        // Awaiting a decision first, then the rest newest first.
        Rows = rows.OrderByDescending(r => r.Status == PressReleaseStatus.AwaitingApproval).ThenByDescending(r => r.Id).ToList();
    }
}
