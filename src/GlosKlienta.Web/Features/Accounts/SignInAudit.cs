
namespace GlosKlienta.Web.Features.Accounts;

/// <summary>Sign-in events: the person is not signed in yet, so the actor is named explicitly (never with a password).</summary>
public sealed class SignInAudit(AuditLog audit)
{
    /// <summary>The longest actor name kept: what someone typed into the e-mail field can be anything.</summary>
    private const int MaxActor = 200;

    public Task SucceededAsync(StaffUser user, string method, CancellationToken cancellationToken) =>
        audit.RecordNowAsync(AuditActions.SignInSucceeded, Name(user), user.Id, AuditActions.StaffUserSubject, user.Id, new { Method = method }, cancellationToken);

    public Task FailedAsync(string typedEmail, StaffUser? user, string reason, CancellationToken cancellationToken) =>
        audit.RecordNowAsync(AuditActions.SignInFailed, Typed(typedEmail), null, user is null ? null : AuditActions.StaffUserSubject, user?.Id, new { Reason = reason }, cancellationToken);

    public Task LockedOutAsync(string actor, StaffUser? user, CancellationToken cancellationToken) =>
        audit.RecordNowAsync(AuditActions.SignInLockedOut, Typed(actor), null, user is null ? null : AuditActions.StaffUserSubject, user?.Id, null, cancellationToken);

    /// <summary>
    /// The summary of a client's burst of failed sign-ins (its first failure has its own entry); the address is not kept.
    /// A burst of one failure is said in full by its first entry and gets none.
    /// </summary>
    public Task SummarizeAsync(EndedBurst burst, CancellationToken cancellationToken) =>
        burst.Failures <= 1 && burst.Refused == 0
            ? Task.CompletedTask
            : audit.RecordNowAsync(AuditActions.SignInFailedBurst, burst.FirstActor, null, null, null,
                new { burst.Failures, burst.Refused, burst.Names, burst.From, burst.To }, cancellationToken);

    public Task TwoFactorFailedAsync(StaffUser user, string method, CancellationToken cancellationToken) =>
        audit.RecordNowAsync(AuditActions.SignInTwoFactorFailed, Name(user), user.Id, AuditActions.StaffUserSubject, user.Id, new { Method = method }, cancellationToken);

    private static string Name(StaffUser user) => user.UserName ?? user.Id;

    internal static string Typed(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= MaxActor ? trimmed : trimmed[..MaxActor];
    }
}
