using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.Register.Public;

/// <summary>
/// How many attachment bytes a request to the public complaint form may bring, decided before its first file is read:
/// none when the client is over the submission limit (nothing it sends now would be stored), else what is left of the
/// client's and of everybody's daily quota (<see cref="UploadQuota"/>), whichever is smaller.
/// </summary>
public sealed class PublicUploadAdmission(SubmissionLimiter limiter, UploadQuota quota, OfficeProfileProvider office, TimeProvider time) : IUploadAdmission
{
    public async Task<UploadAllowance> AllowanceAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var client = SubmissionLimiter.ClientKey(context.Connection.RemoteIpAddress);
        if (limiter.IsExhausted(FileModel.LimitKey(client), out var retryAfter))
            return new UploadAllowance(0, UploadRefusalKind.SubmissionLimit, retryAfter);
        var profile = await office.GetAsync(cancellationToken);
        var today = profile.Today(time);
        var db = context.RequestServices.GetRequiredService<AppDbContext>();
        var clientRoom = quota.ClientDailyBytes - quota.UsedBy(client, today);
        var globalRoom = quota.GlobalDailyBytes - await UploadQuota.UsedTodayAsync(db, today, cancellationToken);
        var nextDay = TimeZoneInfo.ConvertTimeToUtc(today.AddDays(1).ToDateTime(TimeOnly.MinValue), profile.TimeZone);
        var untilTomorrow = new DateTimeOffset(nextDay, TimeSpan.Zero) - time.GetUtcNow();
        return clientRoom <= globalRoom
            ? new UploadAllowance(Math.Max(0, clientRoom), UploadRefusalKind.ClientQuota, untilTomorrow)
            : new UploadAllowance(Math.Max(0, globalRoom), UploadRefusalKind.GlobalQuota, untilTomorrow);
    }
}
