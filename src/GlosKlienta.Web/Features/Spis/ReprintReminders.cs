using GlosKlienta.Web.Data;
using GlosKlienta.Web.Features.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Features.Spis;

/// <summary>
/// A keeper was told that a printed board or sign is out of date: one per item, printed text, current text
/// and keeper, so each change is told once, a later change again, and a new keeper too.
/// </summary>
public sealed class ReprintNotice
{
    public long Id { get; set; }
    /// <summary><see cref="PrintedItem.Key"/>, e.g. "a/ratusz" or "drzwi/12".</summary>
    public required string ItemKey { get; set; }
    public required string PrintedHash { get; set; }
    public required string CurrentHash { get; set; }
    public required string KeeperId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the e-mail went out; null when e-mail is not configured (the keeper saw it on the staff home only).</summary>
    public DateTimeOffset? EmailedAt { get; set; }
}

public sealed class ReprintNoticeConfiguration : IEntityTypeConfiguration<ReprintNotice>
{
    public void Configure(EntityTypeBuilder<ReprintNotice> builder)
    {
        builder.HasIndex(x => new { x.ItemKey, x.PrintedHash, x.CurrentHash, x.KeeperId }).IsUnique();
        builder.Property(x => x.ItemKey).HasMaxLength(80);
        builder.Property(x => x.PrintedHash).HasMaxLength(64);
        builder.Property(x => x.CurrentHash).HasMaxLength(64);
        builder.Property(x => x.KeeperId).HasMaxLength(450);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.KeeperId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// Procedure row 2 by e-mail: when a directory change makes a printed board or door sign out of date, its
/// keeper gets one message listing what to reprint (besides the list on the staff home). Runs are serialised.
/// </summary>
public sealed class ReprintReminderRunner(
    IServiceScopeFactory scopes,
    IMailSender mail,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<ReprintReminderRunner> logger) : IReminder, IDisposable
{
    public const string PrintsPath = "/personel/tablice";
    private readonly SemaphoreSlim gate = new(1, 1);

    public void Dispose() => gate.Dispose();

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!await db.PrintedItems.AnyAsync(p => p.KeeperId != null && p.PrintedHash != null, cancellationToken)) return 0;
            var due = (await scope.ServiceProvider.GetRequiredService<PrintStatus>().RowsAsync(null, cancellationToken))
                .Where(r => r.OutOfDate && r.Record?.KeeperId is not null).ToList();
            if (due.Count == 0) return 0;

            var keys = due.Select(r => r.Item.Key).ToList();
            var told = (await db.ReprintNotices.AsNoTracking().Where(n => keys.Contains(n.ItemKey))
                    .Select(n => new { n.ItemKey, n.PrintedHash, n.CurrentHash, n.KeeperId }).ToListAsync(cancellationToken))
                .Select(n => (n.ItemKey, n.PrintedHash, n.CurrentHash, n.KeeperId)).ToHashSet();
            var recorded = 0;
            foreach (var group in due.Where(r => !told.Contains((r.Item.Key, r.Record!.PrintedHash!, r.Item.Hash, r.Record.KeeperId!))).GroupBy(r => r.Record!.KeeperId!))
            {
                var items = group.ToList();
                var address = await db.Users.AsNoTracking().Where(u => u.Id == group.Key && u.DisabledAt == null).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
                DateTimeOffset? emailedAt = null;
                if (mail.Enabled && address is { Length: > 0 })
                {
                    try
                    {
                        await mail.SendAsync(Message(address, items), cancellationToken);
                        emailedAt = time.GetUtcNow();
                    }
                    catch (Exception e) when (MailFailures.IsTransient(e))
                    {
                        // Not recorded, so the next look tries again.
                        logger.LogWarning(e, "Reprint notice for {Count} items could not be e-mailed", items.Count);
                        continue;
                    }
                }
                foreach (var row in items)
                {
                    db.ReprintNotices.Add(new ReprintNotice
                    {
                        ItemKey = row.Item.Key,
                        PrintedHash = row.Record!.PrintedHash!,
                        CurrentHash = row.Item.Hash,
                        KeeperId = group.Key,
                        CreatedAt = time.GetUtcNow(),
                        EmailedAt = emailedAt,
                    });
                }
                await db.SaveChangesAsync(cancellationToken);
                recorded += items.Count;
            }
            if (recorded > 0) logger.LogInformation("Recorded {Count} reprint notices", recorded);
            return recorded;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>What to reprint, by the titles the boards page shows, and where to mark it printed.</summary>
    public MailMessage Message(string to, IReadOnlyList<PrintRow> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var lines = new List<string>
        {
            "Spis zmienił się od ostatniego wydruku tablic lub oznaczeń, którymi się opiekujesz. Wydrukuj je ponownie i wymień:",
            "",
        };
        lines.AddRange(items.Select(r => "– " + r.Item.Title));
        lines.AddRange(
        [
            "",
            $"Wydruki i oznaczanie jako wydrukowane: {options.Value.Link(PrintsPath)}",
            "",
            "Wiadomość wysłana automatycznie przez spis komórek, stanowisk i pokoi.",
        ]);
        return new MailMessage([to], $"Do ponownego wydruku: {items.Count} (tablice i oznaczenia drzwi)", string.Join("\n", lines));
    }
}
