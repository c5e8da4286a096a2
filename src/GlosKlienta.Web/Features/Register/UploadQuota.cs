using System.Collections.Concurrent;
using GlosKlienta.Domain.Register;

namespace GlosKlienta.Web.Features.Register;

/// <summary>How many attachment bytes the public form takes in a day (section <c>Register:Uploads</c>).</summary>
public sealed class UploadQuotaOptions
{
    /// <summary>Bytes one client (an IPv4 address or an IPv6 /64) may attach in one office day; counted per instance, in memory.</summary>
    public long ClientDailyBytes { get; set; } = 100L * 1024 * 1024;
    /// <summary>Bytes all clients together may attach in one office day; counted from the database, so it holds across instances.</summary>
    public long GlobalDailyBytes { get; set; } = 1024L * 1024 * 1024;
}

/// <summary>Which daily quota an upload ran into.</summary>
public enum UploadQuotaKind
{
    Client,
    Global,
}

/// <summary>
/// The daily quotas of attachment bytes filed through the public form. The client's count lives in memory (like the
/// submission limit: the address is never stored, and it is forgotten the next day); the office's count is the sum of
/// today's stored public attachments, read from the database before any file of a request is read, so every instance
/// sees the same figure. Two requests checked at the same moment may together pass the global quota by at most their
/// own size (5 × 10 MB each); the next one is refused.
/// </summary>
public sealed class UploadQuota(Microsoft.Extensions.Options.IOptions<UploadQuotaOptions> options)
{
    private readonly ConcurrentDictionary<(DateOnly Day, string Client), long> used = new();

    public long ClientDailyBytes => options.Value.ClientDailyBytes;
    public long GlobalDailyBytes => options.Value.GlobalDailyBytes;

    /// <summary>Bytes the client has attached today on this instance.</summary>
    public long UsedBy(string client, DateOnly today) => used.TryGetValue((today, client), out var n) ? n : 0;

    /// <summary>Bytes attached through the public form today, all instances together.</summary>
    public static Task<long> UsedTodayAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.RegisterAttachments
            .Where(a => a.AddedById == null
                && db.RegisterCases.Any(c => c.Id == a.RegisterCaseId && c.ReceivedOn == today && c.Channel == CaseChannel.FormularzOnline))
            .SumAsync(a => a.Size, cancellationToken);
    }

    /// <summary>The quota the next <paramref name="more"/> bytes would pass, or null when they fit.</summary>
    public UploadQuotaKind? Exceeded(string client, DateOnly today, long globalUsed, long more)
    {
        if (UsedBy(client, today) + more > ClientDailyBytes) return UploadQuotaKind.Client;
        if (globalUsed + more > GlobalDailyBytes) return UploadQuotaKind.Global;
        return null;
    }

    /// <summary>Counts stored bytes against the client; earlier days are forgotten.</summary>
    public void Record(string client, DateOnly today, long bytes)
    {
        used.AddOrUpdate((today, client), bytes, (_, n) => n + bytes);
        foreach (var key in used.Keys)
            if (key.Day < today) used.TryRemove(key, out _);
    }
}
