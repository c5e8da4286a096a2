using GlosKlienta.Domain.Spis;
using GlosKlienta.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace GlosKlienta.Web.Features.Spis;

/// <summary>A board or sign with its keeper and what was last printed of it.</summary>
public sealed record PrintRow(PrintItem Item, PrintedItem? Record, string? KeeperName)
{
    public bool OutOfDate => DirectoryRules.IsOutOfDate(Record?.PrintedHash, Item.Hash);
    public bool NeverPrinted => Record?.PrintedHash is null;
}

/// <summary>Which printed boards and signs no longer match the directory, and who keeps them (procedure row 2).</summary>
public sealed class PrintStatus(AppDbContext db, DirectoryStore store, Boards boards)
{
    public async Task<IReadOnlyList<PrintRow>> RowsAsync(HttpRequest? request, CancellationToken cancellationToken)
    {
        var state = await store.CurrentAsync(cancellationToken);
        var context = await boards.ContextAsync(request, cancellationToken);
        var records = await db.PrintedItems.AsNoTracking().ToDictionaryAsync(p => p.Key, cancellationToken);
        var keeperIds = records.Values.Where(r => r.KeeperId is not null).Select(r => r.KeeperId!).Distinct().ToList();
        var keepers = await db.Users.AsNoTracking().Where(u => keeperIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return boards.All(state, context).Select(item =>
        {
            var record = records.GetValueOrDefault(item.Key);
            return new PrintRow(item, record, record?.KeeperId is { } k ? keepers.GetValueOrDefault(k) : null);
        }).ToList();
    }

    /// <summary>The items kept by <paramref name="userId"/> whose printed copy is out of date.</summary>
    public async Task<IReadOnlyList<PrintRow>> ToReprintAsync(string userId, HttpRequest? request, CancellationToken cancellationToken)
    {
        if (!await db.PrintedItems.AnyAsync(p => p.KeeperId == userId && p.PrintedHash != null, cancellationToken)) return [];
        return (await RowsAsync(request, cancellationToken)).Where(r => r.Record?.KeeperId == userId && r.OutOfDate).ToList();
    }
}
