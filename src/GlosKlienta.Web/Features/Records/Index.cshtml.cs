using GlosKlienta.Domain.Records;

namespace GlosKlienta.Web.Features.Records;

/// <summary>
/// The kept records' chains (<see cref="RecordChains"/>): their heads at a glance, and a check of every row on request
/// that names the first broken row of each table. The check is a post (it reads every kept row, files included) and is
/// recorded in the audit log with its outcome.
/// </summary>
[Authorize(Policy = Policies.AuditRead)]
public sealed class IndexModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string VerifiedAction = "records.verified";

    public IReadOnlyList<ChainHead> Heads { get; private set; } = [];
    public string Combined { get; private set; } = "";
    public IReadOnlyList<ChainReport>? Reports { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadHeadsAsync(cancellationToken);

    public async Task OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        Reports = await RecordChains.VerifyAsync(db, cancellationToken);
        var broken = Reports.Where(r => !r.Intact).Select(r => new { table = r.Table, row = r.Break!.RowId, sequence = r.Break.Sequence, kind = r.Break.Kind.ToString() }).ToList();
        audit.Record(VerifiedAction, details: new { intact = broken.Count == 0, broken });
        await db.SaveChangesAsync(cancellationToken);
        await LoadHeadsAsync(cancellationToken);
    }

    private async Task LoadHeadsAsync(CancellationToken cancellationToken)
    {
        Heads = await RecordChains.HeadsAsync(db, cancellationToken);
        Combined = RecordChain.Combined(Heads);
    }

    /// <summary>The table's name for people ("Dziennik zdarzeń"), from the resources.</summary>
    public string TableName(string table) => text["Records.Table." + table] is { ResourceNotFound: false } name ? name.Value : table;

    public string BreakKind(ChainBreakKind kind) => text["Records.Break." + kind];
}
