
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

    public Task TwoFactorFailedAsync(StaffUser user, string method, CancellationToken cancellationToken) =>
        audit.RecordNowAsync(AuditActions.SignInTwoFactorFailed, Name(user), user.Id, AuditActions.StaffUserSubject, user.Id, new { Method = method }, cancellationToken);

    private static string Name(StaffUser user) => user.UserName ?? user.Id;

    private static string Typed(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= MaxActor ? trimmed : trimmed[..MaxActor];
    }
}
