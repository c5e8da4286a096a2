
namespace GlosKlienta.Web.Features.Accounts;

/// <summary>
/// One staff account: roles, disable and enable, unlock, a new set-password link, sign out
/// everywhere, reset of the second factor. Every change is audited in the same transaction.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class EditModel(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    AccountChanges changes,
    TimeProvider time,
    IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>What the <c>zrobiono</c> query value may say after a change (resources <c>Accounts.Done.*</c>).</summary>
    private static readonly HashSet<string> DoneCodes = ["role", "wylaczone", "wlaczone", "odblokowane", "wylogowane", "2fa"];

    private const string Administrator = GlosKlienta.Domain.Staff.Roles.Administrator;

    [BindProperty] public List<string> Roles { get; set; } = [];

    public StaffUser Subject { get; private set; } = null!;
    public IReadOnlyList<string> CurrentRoles { get; private set; } = [];
    public bool IsSelf { get; private set; }
    public bool LockedOut { get; private set; }
    public FormErrors Errors { get; } = new();
    public string? Done { get; private set; }
    public string? SetPasswordLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? zrobiono)
    {
        if (!await LoadAsync(id)) return NotFound();
        Roles = CurrentRoles.ToList();
        Done = zrobiono is not null && DoneCodes.Contains(zrobiono) ? zrobiono : null;
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id)) return NotFound();
        var before = CurrentRoles;
        var after = RoleNames.Known(Roles);
        Roles = after.ToList();
        if (after.Count == 0)
        {
            Errors.Add(CreateModel.RolesField, text["Accounts.Error.RolesMissingEdit"]);
            return Page();
        }
        if (before.SequenceEqual(after)) return DoneRedirect("role");
        if (before.Contains(Administrator) && !after.Contains(Administrator)
            && await RefusedAsync(AccountGuard.Change.RemoveAdministratorRole, CreateModel.RolesField, cancellationToken))
            return Page();

        var result = await changes.ApplyAsync(Subject, AuditActions.AccountRolesChanged, new { Before = before, After = after }, async () =>
        {
            var removed = before.Except(after).ToList();
            var added = after.Except(before).ToList();
            var r = removed.Count > 0 ? await users.RemoveFromRolesAsync(Subject, removed) : IdentityResult.Success;
            return r.Succeeded && added.Count > 0 ? await users.AddToRolesAsync(Subject, added) : r;
        }, cancellationToken);
        return result.Succeeded ? DoneRedirect("role") : Failed(result);
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Subject.DisabledAt is not null) return DoneRedirect("wylaczone");
        if (await RefusedAsync(AccountGuard.Change.Disable, "", cancellationToken)) return Page();
        var result = await changes.ApplyAsync(Subject, AuditActions.AccountDisabled, null, () =>
        {
            Subject.DisabledAt = time.GetUtcNow();
            // A new stamp ends every existing session within the validation interval.
            return users.UpdateSecurityStampAsync(Subject);
        }, cancellationToken);
        return result.Succeeded ? DoneRedirect("wylaczone") : Failed(result);
    }

    public async Task<IActionResult> OnPostEnableAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Subject.DisabledAt is null) return DoneRedirect("wlaczone");
        var result = await changes.ApplyAsync(Subject, AuditActions.AccountEnabled, null, () =>
        {
            Subject.DisabledAt = null;
            return users.UpdateAsync(Subject);
        }, cancellationToken);
        return result.Succeeded ? DoneRedirect("wlaczone") : Failed(result);
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id)) return NotFound();
        var result = await changes.ApplyAsync(Subject, AuditActions.AccountUnlocked, null, async () =>
        {
            var r = await users.SetLockoutEndDateAsync(Subject, null);
            return r.Succeeded ? await users.ResetAccessFailedCountAsync(Subject) : r;
        }, cancellationToken);
        return result.Succeeded ? DoneRedirect("odblokowane") : Failed(result);
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (IsSelf)
        {
            Errors.Add("", text["Accounts.Guard.ResetOwnPassword"]);
            return Page();
        }
        if (Subject.DisabledAt is not null)
        {
            Errors.Add("", text["Accounts.Error.ResetDisabled"]);
            return Page();
        }
        // The old password stops working at once and older links die with the stamp; sessions end within the interval.
        var hadPassword = Subject.PasswordHash is not null;
        var result = await changes.ApplyAsync(Subject, AuditActions.AccountPasswordReset, null,
            () => hadPassword ? users.RemovePasswordAsync(Subject) : users.UpdateSecurityStampAsync(Subject), cancellationToken);
        if (!result.Succeeded) return Failed(result);
        SetPasswordLink = await SetPasswordLinks.CreateAsync(users, Subject, Request);
        return Page();
    }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id)) return NotFound();
        var result = await changes.ApplyAsync(Subject, AuditActions.AccountSignedOutEverywhere, null, () => users.UpdateSecurityStampAsync(Subject), cancellationToken);
        if (!result.Succeeded) return Failed(result);
        // Everywhere else: this browser gets a cookie with the new stamp.
        if (IsSelf) await signIn.RefreshSignInAsync(Subject);
        return DoneRedirect("wylogowane");
    }

    public async Task<IActionResult> OnPostResetTwoFactorAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (IsSelf)
        {
            Errors.Add("", text["Accounts.Guard.ResetOwnTwoFactor"]);
            return Page();
        }
        if (!Subject.TwoFactorEnabled) return DoneRedirect("2fa");
        var result = await changes.ApplyAsync(Subject, AuditActions.AccountTwoFactorReset, null, async () =>
        {
            var r = await users.SetTwoFactorEnabledAsync(Subject, false);
            // A new key: the old authenticator entry and its recovery codes are of no use any more.
            return r.Succeeded ? await users.ResetAuthenticatorKeyAsync(Subject) : r;
        }, cancellationToken);
        return result.Succeeded ? DoneRedirect("2fa") : Failed(result);
    }

    private async Task<bool> LoadAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return false;
        Subject = user;
        CurrentRoles = RoleNames.InOrder(await users.GetRolesAsync(user));
        IsSelf = users.GetUserId(User) == user.Id;
        LockedOut = user.LockoutEnd > time.GetUtcNow();
        return true;
    }

    private async Task<bool> RefusedAsync(AccountGuard.Change change, string field, CancellationToken cancellationToken)
    {
        var subjectIsActiveAdministrator = Subject.DisabledAt is null && CurrentRoles.Contains(Administrator);
        var refusal = AccountGuard.Refusal(change, IsSelf, subjectIsActiveAdministrator, await changes.ActiveAdministratorsAsync(cancellationToken));
        if (refusal is null) return false;
        Errors.Add(field, text[refusal]);
        return true;
    }

    private RedirectResult DoneRedirect(string code) => Redirect($"/personel/konta/{Uri.EscapeDataString(Subject.Id)}?zrobiono={code}");

    private PageResult Failed(IdentityResult result)
    {
        foreach (var e in result.Errors) Errors.Add("", e.Description);
        return Page();
    }
}
