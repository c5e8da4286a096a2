using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;

namespace GlosKlienta.Web.Features.Survey;

/// <summary>What a posted survey may weigh: its answers and texts many times over, far below what a file upload takes.</summary>
public static class SurveyLimits
{
    public const long MaxBodyBytes = 512 * 1024;
}

public sealed class SubmissionLimitOptions
{
    /// <summary>How many responses one client may store in a window.</summary>
    public int PermitLimit { get; set; } = 30;
    public int WindowSeconds { get; set; } = 600;
}

/// <summary>
/// The limit of one registered kiosk: higher than a web client's, since a kiosk in a busy hall sends many answers
/// a day from the office's one address, and its own, so the kiosk and the office's visitors online never share a count.
/// </summary>
public sealed class KioskLimitOptions
{
    public int PermitLimit { get; set; } = 60;
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
    private readonly TimeSpan kioskWindow;
    private const string KioskPrefix = "kiosk:";

    public SubmissionLimiter(Microsoft.Extensions.Options.IOptions<SubmissionLimitOptions> options, Microsoft.Extensions.Options.IOptions<KioskLimitOptions> kioskOptions)
    {
        var o = options.Value;
        var k = kioskOptions.Value;
        window = TimeSpan.FromSeconds(o.WindowSeconds);
        kioskWindow = TimeSpan.FromSeconds(k.WindowSeconds);
        limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, key => new FixedWindowRateLimiterOptions
        {
            PermitLimit = key.StartsWith(KioskPrefix, StringComparison.Ordinal) ? k.PermitLimit : o.PermitLimit,
            Window = key.StartsWith(KioskPrefix, StringComparison.Ordinal) ? kioskWindow : window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>The key a registered kiosk is limited by: its id, whatever address it speaks from (no address key starts so).</summary>
    public static string KioskKey(int kioskId) => KioskPrefix + kioskId.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Takes one permit for <paramref name="client"/> (see <see cref="ClientKey"/>); when refused, <paramref name="retryAfter"/>
    /// says when the next one is free (the limiter's own figure, else the whole window), for the <c>Retry-After</c> header.
    /// </summary>
    public bool TryAcquire(string client, out TimeSpan retryAfter)
    {
        using var lease = limiter.AttemptAcquire(client);
        retryAfter = lease.IsAcquired ? TimeSpan.Zero
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) && after > TimeSpan.Zero ? after
            : client.StartsWith(KioskPrefix, StringComparison.Ordinal) ? kioskWindow : window;
        return lease.IsAcquired;
    }

    /// <summary>
    /// Whether <paramref name="client"/> has no permit left now, looked at without taking one (a page decides so before
    /// reading a request's files); <paramref name="retryAfter"/> is then the whole window, the longest the wait can be.
    /// </summary>
    public bool IsExhausted(string client, out TimeSpan retryAfter)
    {
        retryAfter = client.StartsWith(KioskPrefix, StringComparison.Ordinal) ? kioskWindow : window;
        return limiter.GetStatistics(client) is { CurrentAvailablePermits: <= 0 };
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
