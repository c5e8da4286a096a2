
namespace GlosKlienta.Web.Features.Accounts;

/// <summary>"Moje konto": who I am in the system, my password, my second factor, my sessions.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MyAccountModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, AccountChanges changes, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string CurrentField = "obecne-haslo";
    public const string NewField = "nowe-haslo";
    public const string AgainField = "nowe-haslo2";

    [BindProperty] public string CurrentPassword { get; set; } = "";
    [BindProperty] public string NewPassword { get; set; } = "";
    [BindProperty] public string NewPasswordAgain { get; set; } = "";

    public StaffUser Me { get; private set; } = null!;
    public IReadOnlyList<string> MyRoles { get; private set; } = [];
    public FormErrors Errors { get; } = new();
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? zrobiono)
    {
        if (!await LoadAsync()) return Challenge();
        Done = zrobiono is "haslo" or "wylogowane" ? zrobiono : null;
        return Page();
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync()) return Challenge();
        // Model binding turns an empty field into null.
        CurrentPassword ??= "";
        NewPassword ??= "";
        NewPasswordAgain ??= "";
        if (CurrentPassword.Length == 0) Errors.Add(CurrentField, text["TwoFactor.CurrentPasswordMissing"]);
        if (NewPassword.Length == 0) Errors.Add(NewField, text["TwoFactor.NewPasswordMissing"]);
        else if (NewPassword != NewPasswordAgain) Errors.Add(AgainField, text["Setup.PasswordsDiffer"]);
        if (Errors.Any) return Page();

        var result = await changes.ApplyAsync(Me, AuditActions.AccountPasswordChanged, null,
            () => users.ChangePasswordAsync(Me, CurrentPassword, NewPassword), cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                Errors.Add(e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? CurrentField : e.Code.StartsWith("Password", StringComparison.Ordinal) ? NewField : "", e.Description);
            return Page();
        }
        // The new stamp signs out other browsers; this one keeps going.
        await signIn.RefreshSignInAsync(Me);
        return Redirect("/konto?zrobiono=haslo");
    }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync()) return Challenge();
        var result = await changes.ApplyAsync(Me, AuditActions.AccountSignedOutEverywhere, null, () => users.UpdateSecurityStampAsync(Me), cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) Errors.Add("", e.Description);
            return Page();
        }
        await signIn.RefreshSignInAsync(Me);
        return Redirect("/konto?zrobiono=wylogowane");
    }

    private async Task<bool> LoadAsync()
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return false;
        Me = me;
        MyRoles = RoleNames.InOrder(await users.GetRolesAsync(me));
        return true;
    }
}
