
namespace GlosKlienta.Web.Features.Directory;

/// <summary>Names the keeper (a staff account) of each board and door sign (procedure row 2).</summary>
[Authorize(Policy = Policies.DirectoryEdit)]
public sealed class KeepersModel(PrintStatus status, AppDbContext db, Audit.AuditLog audit) : PageModel
{
    public sealed class KeeperChoice
    {
        public string Key { get; set; } = "";
        public string? KeeperId { get; set; }
    }

    [BindProperty] public List<KeeperChoice> Keepers { get; set; } = [];

    public IReadOnlyList<PrintRow> Rows { get; private set; } = [];
    public IReadOnlyList<StaffUser> Staff { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var known = Rows.Select(r => r.Item.Key).ToHashSet(StringComparer.Ordinal);
        var staffIds = Staff.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var records = await db.PrintedItems.ToDictionaryAsync(p => p.Key, cancellationToken);
        foreach (var choice in Keepers.Where(k => known.Contains(k.Key)))
        {
            var keeper = string.IsNullOrEmpty(choice.KeeperId) || !staffIds.Contains(choice.KeeperId) ? null : choice.KeeperId;
            var record = records.GetValueOrDefault(choice.Key);
            if ((record?.KeeperId) == keeper) continue;
            if (record is null) records[choice.Key] = record = db.PrintedItems.Add(new PrintedItem { Key = choice.Key }).Entity;
            audit.Record(DirectoryActions.KeeperSet, DirectoryStore.SubjectPrint, choice.Key, new { Before = record.KeeperId, After = keeper });
            record.KeeperId = keeper;
        }
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/personel/tablice");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Rows = await status.RowsAsync(cancellationToken);
        Staff = await db.Users.AsNoTracking().Where(u => u.DisabledAt == null).OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
    }
}
