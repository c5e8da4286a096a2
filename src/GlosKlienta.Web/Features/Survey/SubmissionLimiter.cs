using System.Net;
using System.Net.Sockets;
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
    private readonly TimeSpan window;

    public SubmissionLimiter(Microsoft.Extensions.Options.IOptions<SubmissionLimitOptions> options)
    {
        var o = options.Value;
        window = TimeSpan.FromSeconds(o.WindowSeconds);
        limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = o.PermitLimit,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>
    /// Takes one permit for <paramref name="client"/> (see <see cref="ClientKey"/>); when refused, <paramref name="retryAfter"/>
    /// says when the next one is free (the limiter's own figure, else the whole window), for the <c>Retry-After</c> header.
    /// </summary>
    public bool TryAcquire(string client, out TimeSpan retryAfter)
    {
        using var lease = limiter.AttemptAcquire(client);
        retryAfter = lease.IsAcquired ? TimeSpan.Zero
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) && after > TimeSpan.Zero ? after : window;
        return lease.IsAcquired;
    }

    /// <summary>
    /// The key a client is limited by: its IPv4 address, or its IPv6 /64 network (one household or device gets a whole
    /// /64 and can change the rest of the address at will); an IPv4 address mapped into IPv6 counts as IPv4.
    /// </summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    public void Dispose() => limiter.Dispose();
}
