using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Features.Kiosks;

public sealed class KioskOptions
{
    /// <summary>Seconds without a new screen after which a kiosk page returns to the start, answers gone.</summary>
    public int IdleSeconds { get; set; } = 120;
    /// <summary>Seconds the thank-you screen stays before the kiosk returns to the start.</summary>
    public int ThanksSeconds { get; set; } = 15;
    /// <summary>Hours a one-time enrolment link stays usable.</summary>
    public int LinkHours { get; set; } = 24;
}

/// <summary>
/// Registers kiosks and recognises them. An administrator creates a kiosk and gets a one-time link; the browser
/// that opens it and confirms becomes that kiosk: it gets a long-lived cookie holding a random device secret,
/// whose hash is all the database keeps. Every kiosk request looks the hash up, so revoking a kiosk ends it at once.
/// </summary>
public sealed class KioskDevices(AppDbContext db, AuditLog audit, TimeProvider time, IOptions<KioskOptions> options)
{
    public const string CookieName = "gk.kiosk";
    public const string EnrolPath = "/kiosk/rejestracja/";
    public const string SubjectType = "Kiosk";
    public const string Created = "kiosk.created";
    public const string LinkRenewed = "kiosk.link-renewed";
    public const string Enrolled = "kiosk.enrolled";
    public const string Revoked = "kiosk.revoked";

    /// <summary>Chrome keeps no cookie longer than 400 days; the start page renews it, so a kiosk in use never expires.</summary>
    public static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(400);

    public TimeSpan LinkLifetime => TimeSpan.FromHours(options.Value.LinkHours);

    /// <summary>A new kiosk and its one-time enrolment token (shown once, never stored).</summary>
    public async Task<(Kiosk Kiosk, string Token)> CreateAsync(string name, CancellationToken cancellationToken)
    {
        var (token, hash) = NewSecret();
        var now = time.GetUtcNow();
        var kiosk = new Kiosk { Name = name, CreatedAt = now, EnrolmentTokenHash = hash, EnrolmentExpiresAt = now + LinkLifetime };
        db.Kiosks.Add(kiosk);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(Created, SubjectType, Id(kiosk), new { kiosk.Name });
        await db.SaveChangesAsync(cancellationToken);
        return (kiosk, token);
    }

    /// <summary>
    /// A new one-time link for a kiosk not revoked (the tablet was replaced or its browser data wiped). The device
    /// enrolled before keeps working until the new link is used, then it stops: one kiosk is one device.
    /// </summary>
    public async Task<string?> RenewLinkAsync(int id, CancellationToken cancellationToken)
    {
        var kiosk = await db.Kiosks.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (kiosk is null || kiosk.RevokedAt is not null) return null;
        var (token, hash) = NewSecret();
        kiosk.EnrolmentTokenHash = hash;
        kiosk.EnrolmentExpiresAt = time.GetUtcNow() + LinkLifetime;
        audit.Record(LinkRenewed, SubjectType, Id(kiosk));
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The kiosk a usable enrolment token belongs to, or null (unknown, used, expired, revoked).</summary>
    public async Task<Kiosk?> FindByTokenAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token)) return null;
        var hash = Hash(token);
        var now = time.GetUtcNow();
        var kiosk = await db.Kiosks.AsNoTracking().SingleOrDefaultAsync(k => k.EnrolmentTokenHash == hash && k.RevokedAt == null, cancellationToken);
        return kiosk is not null && kiosk.EnrolmentExpiresAt > now ? kiosk : null;
    }

    /// <summary>
    /// Uses the token: the kiosk gets a new device secret (returned for the cookie) and the token is gone. Of two
    /// browsers using one link at once only one succeeds: the update is conditional on the token still being there.
    /// </summary>
    public async Task<string?> EnrolAsync(string? token, CancellationToken cancellationToken)
    {
        var kiosk = await FindByTokenAsync(token, cancellationToken);
        if (kiosk is null) return null;
        var (secret, secretHash) = NewSecret();
        var tokenHash = kiosk.EnrolmentTokenHash;
        var now = time.GetUtcNow();
        var changed = await db.Kiosks
            .Where(k => k.Id == kiosk.Id && k.EnrolmentTokenHash == tokenHash && k.RevokedAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(k => k.EnrolmentTokenHash, (byte[]?)null)
                .SetProperty(k => k.EnrolmentExpiresAt, (DateTimeOffset?)null)
                .SetProperty(k => k.DeviceSecretHash, secretHash)
                .SetProperty(k => k.EnrolledAt, now), cancellationToken);
        if (changed != 1) return null;
        await audit.RecordNowAsync(Enrolled, AuditLog.SystemActor, subjectType: SubjectType, subjectId: Id(kiosk), cancellationToken: cancellationToken);
        return secret;
    }

    /// <summary>The id of the kiosk whose device secret the request's cookie carries, or null for any other browser.</summary>
    public async Task<int?> IdentifyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Cookies.TryGetValue(CookieName, out var secret) || string.IsNullOrEmpty(secret) || secret.Length > 100) return null;
        var hash = Hash(secret);
        return await db.Kiosks.AsNoTracking()
            .Where(k => k.DeviceSecretHash == hash && k.RevokedAt == null)
            .Select(k => (int?)k.Id)
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<bool> RevokeAsync(int id, CancellationToken cancellationToken)
    {
        var kiosk = await db.Kiosks.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (kiosk is null || kiosk.RevokedAt is not null) return false;
        kiosk.RevokedAt = time.GetUtcNow();
        kiosk.DeviceSecretHash = null;
        kiosk.EnrolmentTokenHash = null;
        kiosk.EnrolmentExpiresAt = null;
        audit.Record(Revoked, SubjectType, Id(kiosk), new { kiosk.Name });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Sets (or renews) the device cookie: HttpOnly, SameSite=Strict, Secure on https (and under an https public address, by the cookie policy).</summary>
    public static void SetCookie(HttpContext context, string secret)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(CookieName, secret, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            IsEssential = true,
            Path = "/",
            MaxAge = CookieLifetime,
        });
    }

    public static string LinkFor(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}{EnrolPath}{Uri.EscapeDataString(token)}";
    }

    private static (string Secret, byte[] Hash) NewSecret()
    {
        var secret = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (secret, Hash(secret));
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Id(Kiosk kiosk) => kiosk.Id.ToString(CultureInfo.InvariantCulture);
}
