using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Features.Accounts;

public sealed class SignInLimitOptions
{
    /// <summary>How many failed sign-ins one client may make in a window before it is refused (429) until the window ends.</summary>
    public int PermitLimit { get; set; } = 20;
    public int WindowSeconds { get; set; } = 900;
}

/// <summary>A client's burst of failed sign-ins that has ended: what its summary entry in the audit log says.</summary>
public sealed record EndedBurst(string FirstActor, int Failures, int Refused, int Names, DateTimeOffset From, DateTimeOffset To);

/// <summary>What one failed sign-in means for the audit log: whether it starts a burst, and the burst it ended, if any.</summary>
public readonly record struct FailureStep(bool StartsBurst, EndedBurst? Ended);

/// <summary>
/// Failed staff sign-ins, in memory (per instance) and forgotten when their window ends:
/// <list type="bullet">
/// <item>per client (<see cref="Survey.SubmissionLimiter.ClientKey"/>): a burst opens with the client's first failure and
/// lasts one window; at <see cref="SignInLimitOptions.PermitLimit"/> failures the client is refused until it ends. Only
/// failures count, so a person who signs in correctly is never held back by colleagues behind the same address.
/// The audit log gets one entry when a burst opens and one summary when it ends, so a flood cannot grow it without bound.</item>
/// <item>per typed name that is no account: it is "locked" after as many failures and for as long as Identity locks a
/// real account, so the answers never tell which names exist.</item>
/// </list>
/// The client's address is a key in memory only, never written to the database.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInLimitOptions> options, IOptions<IdentityOptions> identity, TimeProvider time)
{
    /// <summary>
    /// How long an unknown name's failures are remembered after its last one. Identity keeps a real account's count until
    /// a success or a lockout; a day bounds the memory while making a probe that spreads its tries over days slow.
    /// </summary>
    private static readonly TimeSpan ForgetUnknownNameAfter = TimeSpan.FromDays(1);

    private readonly Lock gate = new();
    private readonly Dictionary<string, Burst> bursts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameFailures> unknownNames = new(StringComparer.Ordinal);
    private readonly TimeSpan window = TimeSpan.FromSeconds(options.Value.WindowSeconds);
    private readonly int permitLimit = options.Value.PermitLimit;
    private readonly int lockoutThreshold = identity.Value.Lockout.MaxFailedAccessAttempts;
    private readonly TimeSpan lockoutSpan = identity.Value.Lockout.DefaultLockoutTimeSpan;

    /// <summary>Whether the client has used up its failures in the current window; if so the refusal is counted in its burst.</summary>
    public bool IsRefused(string client, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (bursts.TryGetValue(client, out var burst) && now < burst.From + window && burst.Failures >= permitLimit)
            {
                burst.Refused++;
                retryAfter = burst.From + window - now;
                return true;
            }
        }
        retryAfter = TimeSpan.Zero;
        return false;
    }

    /// <summary>Counts a failed sign-in of the client, under the name typed (already trimmed and shortened for the log).</summary>
    public FailureStep Failed(string client, string typedName)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            EndedBurst? ended = null;
            if (bursts.TryGetValue(client, out var burst) && now >= burst.From + window)
            {
                bursts.Remove(client);
                ended = burst.End();
                burst = null;
            }
            var starts = burst is null;
            if (burst is null)
            {
                burst = new Burst(typedName, now);
                bursts.Add(client, burst);
            }
            burst.Failures++;
            burst.To = now;
            burst.Names.Add(Normalize(typedName));
            return new FailureStep(starts, ended);
        }
    }

    /// <summary>Takes every burst whose window has ended (for their summaries) and forgets unknown names gone quiet.</summary>
    public IReadOnlyList<EndedBurst> TakeEnded()
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            var ended = new List<EndedBurst>();
            foreach (var (client, burst) in bursts.Where(b => now >= b.Value.From + window).ToList())
            {
                bursts.Remove(client);
                ended.Add(burst.End());
            }
            foreach (var name in unknownNames.Where(n => n.Value.LockedUntil < now && now - n.Value.Last >= ForgetUnknownNameAfter).Select(n => n.Key).ToList())
                unknownNames.Remove(name);
            return ended;
        }
    }

    /// <summary>Whether a name that is no account is "locked", as a real account would be after as many failures.</summary>
    public bool IsUnknownNameLocked(string typedName)
    {
        var now = time.GetUtcNow();
        lock (gate)
            return unknownNames.TryGetValue(Normalize(typedName), out var failures) && failures.LockedUntil >= now; // >= as Identity's own check
    }

    /// <summary>Counts a failure for a name that is no account; true when this failure locks it (as Identity's would).</summary>
    public bool UnknownNameFailed(string typedName)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            var key = Normalize(typedName);
            if (!unknownNames.TryGetValue(key, out var failures) || now - failures.Last >= ForgetUnknownNameAfter)
                unknownNames[key] = failures = new NameFailures();
            failures.Last = now;
            if (++failures.Count < lockoutThreshold) return false;
            // As Identity does: the count starts again once the lockout is set.
            failures.Count = 0;
            failures.LockedUntil = now + lockoutSpan;
            return true;
        }
    }

    private static string Normalize(string typedName) => typedName.ToUpperInvariant();

    private sealed class Burst(string firstActor, DateTimeOffset from)
    {
        public DateTimeOffset From { get; } = from;
        public DateTimeOffset To { get; set; } = from;
        public int Failures { get; set; }
        public int Refused { get; set; }
        /// <summary>Bounded: only failures that were not refused add a name, at most the permit limit per window.</summary>
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public EndedBurst End() => new(firstActor, Failures, Refused, Names.Count, From, To);
    }

    private sealed class NameFailures
    {
        public int Count { get; set; }
        public DateTimeOffset Last { get; set; }
        public DateTimeOffset LockedUntil { get; set; } = DateTimeOffset.MinValue;
    }
}

/// <summary>
/// A password hash that belongs to no account: a name that is no account has its password checked against it, so a
/// sign-in costs the same work whether the account exists or not.
/// </summary>
public sealed class UnknownAccountPassword
{
    private static readonly StaffUser Nobody = new() { DisplayName = "" };
    private readonly PasswordHasher<StaffUser> hasher;
    private readonly Lazy<string> hash;

    // Identity registers its hasher as scoped; this one lives as long as the application, so it makes its own (the same
    // hasher with the same options: the same work as checking a real account's password).
    public UnknownAccountPassword(IOptions<PasswordHasherOptions> options)
    {
        hasher = new PasswordHasher<StaffUser>(options);
        hash = new(() => hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));
    }

    public void Check(string password) => _ = hasher.VerifyHashedPassword(Nobody, hash.Value, password);
}

/// <summary>
/// Writes the summaries of bursts whose window has ended while no one signs in (a sign-in writes them too), on the
/// injected clock, so a burst's count reaches the audit log within a minute of its end.
/// </summary>
public sealed class SignInBurstSummaries(SignInThrottle throttle, IServiceScopeFactory scopes, TimeProvider time, ILogger<SignInBurstSummaries> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var ended = throttle.TakeEnded();
                if (ended.Count == 0) continue;
                await using var scope = scopes.CreateAsyncScope();
                var audit = scope.ServiceProvider.GetRequiredService<SignInAudit>();
                foreach (var burst in ended)
                    await audit.SummarizeAsync(burst, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Summaries of failed sign-ins could not be written");
            }
        }
    }
}
