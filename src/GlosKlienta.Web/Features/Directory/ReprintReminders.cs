using GlosKlienta.Web.Features.Mail;
using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Features.Directory;

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
    /// <summary>The text the directory gives now; empty when it no longer gives the item (to be taken down).</summary>
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
/// Procedure row 2 by e-mail: when a directory change makes a printed board or door sign out of date, or no
/// longer gives it (a room left empty), its keeper gets one message listing what to reprint or take down
/// (besides the list on the staff home). Runs are serialised.
/// </summary>
public sealed class ReprintReminderRunner(
    IServiceScopeFactory scopes,
    IMailSender mail,
    DatabaseSettings database,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<ReprintReminderRunner> logger) : SerialReminder(mail, database, time, logger)
{
    public const string PrintsPath = "/personel/tablice";

    protected override async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!await db.PrintedItems.AnyAsync(p => p.KeeperId != null && p.PrintedHash != null, cancellationToken)) return 0;
        var all = await scope.ServiceProvider.GetRequiredService<PrintStatus>().StateAsync(cancellationToken);
        // A print to take down is told like one to reprint, with an empty current text.
        var due = all.Rows.Where(r => r.OutOfDate && r.Record?.KeeperId is not null)
            .Select(r => new Due(r.Item.Key, r.Item.Title, r.Record!.PrintedHash!, r.Item.Hash, r.Record.KeeperId!))
            .Concat(all.Gone.Where(g => g.Record.KeeperId is not null).Select(g => new Due(g.Key, g.Title, g.Record.PrintedHash!, Gone, g.Record.KeeperId!)))
            .ToList();
        if (due.Count == 0) return 0;

        var keys = due.Select(r => r.Key).ToList();
        var told = (await db.ReprintNotices.AsNoTracking().Where(n => keys.Contains(n.ItemKey))
                .Select(n => new { n.ItemKey, n.PrintedHash, n.CurrentHash, n.KeeperId }).ToListAsync(cancellationToken))
            .Select(n => (n.ItemKey, n.PrintedHash, n.CurrentHash, n.KeeperId)).ToHashSet();
        var recorded = 0;
        foreach (var group in due.Where(r => !told.Contains((r.Key, r.PrintedHash, r.CurrentHash, r.KeeperId))).GroupBy(r => r.KeeperId))
        {
            var items = group.ToList();
            var address = await db.Users.AsNoTracking().Where(u => u.Id == group.Key && u.DisabledAt == null).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
            var records = items.Select(row => new ReprintNotice
            {
                ItemKey = row.Key,
                PrintedHash = row.PrintedHash,
                CurrentHash = row.CurrentHash,
                KeeperId = group.Key,
                CreatedAt = Time.GetUtcNow(),
            }).ToList();
            if (await TellOnceAsync(db, records, address is { Length: > 0 }, () => Message(address!, items), at => records.ForEach(r => r.EmailedAt = at),
                    "A reprint notice", cancellationToken))
                recorded += items.Count;
        }
        if (recorded > 0) Logger.LogInformation("Recorded {Count} reprint notices", recorded);
        return recorded;
    }

    /// <summary>The current text of an item the directory no longer gives.</summary>
    public const string Gone = "";

    /// <summary>One printed item its keeper has to be told about.</summary>
    public sealed record Due(string Key, string Title, string PrintedHash, string CurrentHash, string KeeperId);

    /// <summary>What to reprint and what to take down, by the titles the boards page shows, and where to mark it done.</summary>
    public MailMessage Message(string to, IReadOnlyList<Due> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var reprint = items.Where(i => i.CurrentHash != Gone).ToList();
        var takeDown = items.Where(i => i.CurrentHash == Gone).ToList();
        var lines = new List<string>();
        if (reprint.Count > 0)
        {
            lines.Add("Spis zmienił się od ostatniego wydruku tablic lub oznaczeń, którymi się opiekujesz. Wydrukuj je ponownie i wymień:");
            lines.Add("");
            lines.AddRange(reprint.Select(r => "– " + r.Title));
        }
        if (takeDown.Count > 0)
        {
            if (lines.Count > 0) lines.Add("");
            lines.Add("Tych wydruków nie ma już w spisie (na przykład w pokoju nie ma już żadnego stanowiska). Zdejmij je:");
            lines.Add("");
            lines.AddRange(takeDown.Select(r => "– " + r.Title));
        }
        lines.AddRange(
        [
            "",
            $"Wydruki i oznaczanie jako wydrukowane: {options.Value.Link(PrintsPath)}",
            "",
            "Wiadomość wysłana automatycznie przez spis komórek, stanowisk i pokoi.",
        ]);
        var subject = takeDown.Count == 0 ? $"Do ponownego wydruku: {reprint.Count} (tablice i oznaczenia drzwi)"
            : reprint.Count == 0 ? $"Do zdjęcia: {takeDown.Count} (tablice i oznaczenia drzwi)"
            : $"Do ponownego wydruku: {reprint.Count}, do zdjęcia: {takeDown.Count} (tablice i oznaczenia drzwi)";
        return new MailMessage([to], subject, string.Join("\n", lines));
    }
}
