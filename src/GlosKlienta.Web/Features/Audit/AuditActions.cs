
namespace GlosKlienta.Web.Features.Audit;

/// <summary>
/// The action codes of the staff side, and the one place that turns any code into words: the label
/// of <c>x.y</c> is the resource <c>Audit.Action.x.y</c>. A code without a label is shown as it is.
/// </summary>
public static class AuditActions
{
    public const string SignInSucceeded = "signin.succeeded";
    public const string SignInFailed = "signin.failed";
    /// <summary>How many sign-ins one client failed in a burst (its first has a <see cref="SignInFailed"/> entry of its own).</summary>
    public const string SignInFailedBurst = "signin.failed-burst";
    public const string SignInLockedOut = "signin.locked-out";
    public const string SignInTwoFactorFailed = "signin.2fa-failed";

    public const string AccountCreated = "account.created";
    public const string AccountRolesChanged = "account.roles-changed";
    public const string AccountDisabled = "account.disabled";
    public const string AccountEnabled = "account.enabled";
    public const string AccountUnlocked = "account.unlocked";
    public const string AccountPasswordReset = "account.password-reset";
    public const string AccountPasswordSet = "account.password-set";
    public const string AccountPasswordChanged = "account.password-changed";
    public const string AccountSignedOutEverywhere = "account.signed-out-everywhere";
    public const string AccountTwoFactorEnabled = "account.2fa-enabled";
    public const string AccountTwoFactorDisabled = "account.2fa-disabled";
    public const string AccountTwoFactorReset = "account.2fa-reset";
    public const string AccountRecoveryCodesRenewed = "account.recovery-codes-renewed";

    /// <summary>A copy of the whole database was taken (<c>backup</c>); written to the source after the copy's snapshot.</summary>
    public const string BackupCreated = "backup.created";
    /// <summary>A copy was restored into this database (<c>restore</c>) and matched its manifest.</summary>
    public const string BackupRestored = "backup.restored";

    /// <summary>Subject type of staff accounts; the subject id is the account's id.</summary>
    public const string StaffUserSubject = "StaffUser";

    public static string Label(IStringLocalizer text, string action) => LabelOr(text, "Audit.Action." + action, action);

    /// <summary>What kind of record an entry is about, in words ("Sprawa w rejestrze"), or its code when it has no label yet.</summary>
    public static string SubjectLabel(IStringLocalizer text, string subjectType) => LabelOr(text, SubjectKindPrefix + subjectType, subjectType);

    public static readonly string SubjectKindPrefix = "Audit.SubjectKind.";

    private static string LabelOr(IStringLocalizer text, string key, string code)
    {
        var label = text[key];
        return label.ResourceNotFound ? code : label.Value;
    }
}
