
namespace GlosKlienta.Web.Features.Accounts;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, SignInAudit audit, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    /// <summary>Set after a one-time link was used: the person may now sign in with the new password.</summary>
    [BindProperty(SupportsGet = true, Name = "haslo")] public string? PasswordSet { get; set; }
    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            Problem = text["SignIn.Missing"];
            return Page();
        }
        var email = Email.Trim();
        var user = await users.FindByNameAsync(email);
        if (user is null)
        {
            await audit.FailedAsync(email, null, "unknown-account", cancellationToken);
            Problem = text["SignIn.Failed"];
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.SucceededAsync(user, "password", cancellationToken);
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }
        if (result.RequiresTwoFactor)
            return Redirect(TwoFactorCodeModel.PathFor(ReturnUrl));
        if (result.IsLockedOut)
        {
            await audit.LockedOutAsync(email, user, cancellationToken);
            Problem = text["SignIn.LockedOut"];
            return Page();
        }
        // NotAllowed: the account is disabled. Say so only to someone who knows the password.
        if (result.IsNotAllowed && await users.CheckPasswordAsync(user, Password))
        {
            await audit.FailedAsync(email, user, "disabled", cancellationToken);
            Problem = text["Accounts.SignInDisabled"];
            return Page();
        }
        await audit.FailedAsync(email, user, result.IsNotAllowed ? "disabled" : "password", cancellationToken);
        Problem = text["SignIn.Failed"];
        return Page();
    }

    internal string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/personel";
}
