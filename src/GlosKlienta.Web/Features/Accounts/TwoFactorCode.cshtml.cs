using Microsoft.AspNetCore.WebUtilities;

namespace GlosKlienta.Web.Features.Accounts;

/// <summary>
/// The second step of signing in: a six-digit code from the authenticator app or one of the
/// recovery codes. Reachable only between a correct password and the code (Identity's
/// two-factor cookie says who is signing in).
/// </summary>
[AllowAnonymous]
public sealed class TwoFactorCodeModel(
    SignInManager<StaffUser> signIn,
    SingleUseAuthenticatorTokenProvider codes,
    SignInAudit audit,
    IStringLocalizer<SharedResource> text,
    Operations.AppMetrics metrics) : PageModel
{
    public const string Path = "/konto/kod";
    public const string CodeField = "kod";

    [BindProperty] public string Code { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public FormErrors Errors { get; } = new();

    public static string PathFor(string? returnUrl) =>
        string.IsNullOrEmpty(returnUrl) ? Path : QueryHelpers.AddQueryString(Path, "ReturnUrl", returnUrl);

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/konto/logowanie") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Redirect("/konto/logowanie");
        var (isTotp, code) = Normalize(Code);
        if (code.Length == 0)
        {
            Errors.Add(CodeField, text["TwoFactor.CodeMissing"]);
            return Page();
        }
        var method = isTotp ? "authenticator" : "recovery-code";
        var result = isTotp
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            await audit.SucceededAsync(user, method, cancellationToken);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/personel");
        }
        if (result.IsLockedOut)
        {
            metrics.SignInFailed("locked-out");
            await audit.LockedOutAsync(user.UserName ?? user.Id, user, cancellationToken);
            Errors.Add(CodeField, text["SignIn.LockedOut"]);
            return Page();
        }
        metrics.SignInFailed("code");
        await audit.TwoFactorFailedAsync(user, method, cancellationToken);
        Errors.Add(CodeField,
            result.IsNotAllowed ? text["Accounts.SignInDisabled"]
            : isTotp && (await codes.CheckAsync(signIn.UserManager, user, code)).Check == Domain.Staff.AuthenticatorCodeCheck.Replayed ? text["TwoFactor.CodeUsed"]
            : text["TwoFactor.CodeWrong"]);
        return Page();
    }

    /// <summary>Six digits (spaces allowed, as apps show "123 456") are an authenticator code; anything else is tried as a recovery code.</summary>
    public static (bool IsTotp, string Code) Normalize(string? input)
    {
        var compact = new string((input ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (compact.Length == 6 && compact.All(char.IsAsciiDigit)) return (true, compact);
        var recovery = compact.ToUpperInvariant();
        // Recovery codes are XXXXX-XXXXX; accept them typed without the hyphen.
        if (recovery.Length == 10 && !recovery.Contains('-', StringComparison.Ordinal)) recovery = recovery[..5] + "-" + recovery[5..];
        return (false, recovery);
    }
}
