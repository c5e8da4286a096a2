using GlosKlienta.Domain.Directory;

namespace GlosKlienta.Web.Features.Directory;

/// <summary>A board or sign with its keeper and what was last printed of it.</summary>
public sealed record PrintRow(PrintItem Item, PrintedItem? Record, string? KeeperName)
{
    public bool OutOfDate => DirectoryRules.IsOutOfDate(Record?.PrintedHash, Item.Hash);
    public bool NeverPrinted => Record?.PrintedHash is null;
}

/// <summary>A printed board or sign that the directory no longer gives (e.g. the door sign of a room now empty): to be taken down.</summary>
public sealed record GoneRow(string Key, string Title, PrintedItem Record, string? KeeperName);

/// <summary>What printed boards and signs show now, which are out of date or to be taken down, and who keeps them (procedure row 2).</summary>
public sealed record PrintState(IReadOnlyList<PrintRow> Rows, IReadOnlyList<GoneRow> Gone);

/// <summary>Which printed boards and signs no longer match the directory, and who keeps them (procedure row 2).</summary>
public sealed class PrintStatus(AppDbContext db, DirectoryStore store, Boards boards)
{
    public async Task<IReadOnlyList<PrintRow>> RowsAsync(CancellationToken cancellationToken) =>
        (await StateAsync(cancellationToken)).Rows;

    /// <summary>Every item the directory gives now with what was printed of it, and the printed items it no longer gives.</summary>
    public async Task<PrintState> StateAsync(CancellationToken cancellationToken)
    {
        var state = await store.CurrentAsync(cancellationToken);
        var context = await boards.ContextAsync(cancellationToken);
        var records = await db.PrintedItems.AsNoTracking().ToDictionaryAsync(p => p.Key, cancellationToken);
        var keeperIds = records.Values.Where(r => r.KeeperId is not null).Select(r => r.KeeperId!).Distinct().ToList();
        var keepers = await db.Users.AsNoTracking().Where(u => keeperIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string? KeeperOf(PrintedItem? record) => record?.KeeperId is { } k ? keepers.GetValueOrDefault(k) : null;
        var rows = boards.All(state, context).Select(item =>
        {
            var record = records.GetValueOrDefault(item.Key);
            return new PrintRow(item, record, KeeperOf(record));
        }).ToList();
        var given = rows.Select(r => r.Item.Key).ToHashSet(StringComparer.Ordinal);
        var gone = records.Values.Where(r => r.PrintedHash is not null && !given.Contains(r.Key)).OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new GoneRow(r.Key, boards.GoneTitle(state, r.Key), r, KeeperOf(r))).ToList();
        return new PrintState(rows, gone);
    }

    /// <summary>What <paramref name="userId"/> keeps and has to reprint or take down.</summary>
    public async Task<(IReadOnlyList<PrintRow> Reprint, IReadOnlyList<GoneRow> TakeDown)> DueForKeeperAsync(string userId, CancellationToken cancellationToken)
    {
        if (!await db.PrintedItems.AnyAsync(p => p.KeeperId == userId && p.PrintedHash != null, cancellationToken)) return ([], []);
        var all = await StateAsync(cancellationToken);
        return (all.Rows.Where(r => r.Record?.KeeperId == userId && r.OutOfDate).ToList(), all.Gone.Where(g => g.Record.KeeperId == userId).ToList());
    }
}
