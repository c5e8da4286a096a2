using System.Threading.RateLimiting;

namespace GlosKlienta.Web.Features.Survey;

public sealed class SubmissionLimitOptions
{
    /// <summary>How many responses one client may store in a window.</summary>
    public int PermitLimit { get; set; } = 30;
    public int WindowSeconds { get; set; } = 600;
}

/// <summary>
/// Limits how many responses one client stores in a time window. The client's address is a key
/// in memory only; it is never written to the database, and it is forgotten when its window ends.
/// Applied where a response is about to be stored, so a person correcting mistakes is never held back.
/// </summary>
public sealed class SubmissionLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public SubmissionLimiter(Microsoft.Extensions.Options.IOptions<SubmissionLimitOptions> options)
    {
        var o = options.Value;
        limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = o.PermitLimit,
            Window = TimeSpan.FromSeconds(o.WindowSeconds),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public bool TryAcquire(string client)
    {
        using var lease = limiter.AttemptAcquire(client);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
