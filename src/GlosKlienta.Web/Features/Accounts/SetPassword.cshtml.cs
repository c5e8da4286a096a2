
namespace GlosKlienta.Web.Features.Accounts;

/// <summary>The person behind a new or reset account sets their own password with the one-time link the administrator gave them.</summary>
[AllowAnonymous]
public sealed class SetPasswordModel(UserManager<StaffUser> users, AccountChanges changes, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string PasswordField = "haslo";
    public const string AgainField = "haslo2";

    [BindProperty(SupportsGet = true, Name = "konto")] public string? AccountId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string NewPassword { get; set; } = "";
    [BindProperty] public string NewPasswordAgain { get; set; } = "";

    public bool LinkValid { get; private set; }
    public string? Email { get; private set; }
    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        await CheckLinkAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await CheckLinkAsync();
        if (user is null) return Page();
        // Model binding turns an empty field into null.
        NewPassword ??= "";
        NewPasswordAgain ??= "";
        if (NewPassword.Length == 0) Errors.Add(PasswordField, text["TwoFactor.NewPasswordMissing"]);
        else if (NewPassword != NewPasswordAgain) Errors.Add(AgainField, text["Setup.PasswordsDiffer"]);
        if (Errors.Any) return Page();

        var result = await changes.ApplyAsync(user, AuditActions.AccountPasswordSet, null,
            () => users.ResetPasswordAsync(user, Token!, NewPassword), cancellationToken, actingAsSubject: true);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) Errors.Add(e.Code.StartsWith("Password", StringComparison.Ordinal) ? PasswordField : "", e.Description);
            return Page();
        }
        return Redirect("/konto/logowanie?haslo=ustawione");
    }

    private async Task<StaffUser?> CheckLinkAsync()
    {
        if (string.IsNullOrEmpty(AccountId) || string.IsNullOrEmpty(Token)) return null;
        var user = await users.FindByIdAsync(AccountId);
        if (user is null || user.DisabledAt is not null) return null;
        if (!await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<StaffUser>.ResetPasswordTokenPurpose, Token)) return null;
        LinkValid = true;
        Email = user.Email;
        return user;
    }
}
