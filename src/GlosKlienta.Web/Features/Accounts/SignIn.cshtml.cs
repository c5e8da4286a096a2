
namespace GlosKlienta.Web.Features.Accounts;

[AllowAnonymous]
public sealed class SignInModel(
    SignInManager<StaffUser> signIn, UserManager<StaffUser> users, SignInAudit audit, SignInThrottle throttle,
    UnknownAccountPassword unknownAccount, IStringLocalizer<SharedResource> text, Operations.AppMetrics metrics) : PageModel
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
        foreach (var ended in throttle.TakeEnded())
            await audit.SummarizeAsync(ended, cancellationToken);
        var client = Survey.SubmissionLimiter.ClientKey(HttpContext.Connection.RemoteIpAddress);
        if (throttle.IsRefused(client, out var retryAfter))
        {
            metrics.SignInFailed("refused");
            Problem = text["SignIn.TooManyAttempts", Survey.TooManyRequests.Minutes(retryAfter)];
            Survey.TooManyRequests.Mark(Response, retryAfter);
            return Page();
        }
        var email = Email.Trim();
        var user = await users.FindByNameAsync(email);
        if (user is null)
            return await UnknownAccountAsync(client, email, cancellationToken);

        var wasLockedOut = await users.IsLockedOutAsync(user);
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
            // The lockout's start has its own entry; tries while it lasts are only counted in the client's burst.
            if (!wasLockedOut) await audit.LockedOutAsync(email, user, cancellationToken);
            await FailedAsync(client, email, user, "locked-out", cancellationToken);
            Problem = text["SignIn.LockedOut"];
            return Page();
        }
        // NotAllowed: the account is disabled. Say so only to someone who knows the password.
        if (result.IsNotAllowed && await users.CheckPasswordAsync(user, Password))
        {
            await FailedAsync(client, email, user, "disabled", cancellationToken);
            Problem = text["Accounts.SignInDisabled"];
            return Page();
        }
        await FailedAsync(client, email, user, result.IsNotAllowed ? "disabled" : "password", cancellationToken);
        Problem = text["SignIn.Failed"];
        return Page();
    }

    /// <summary>
    /// A name that is no account gets what an account would: its password is checked (against a hash of no one's) and it
    /// is "locked" after as many failures, so neither the answer nor the time taken tells which names exist.
    /// </summary>
    private async Task<IActionResult> UnknownAccountAsync(string client, string email, CancellationToken cancellationToken)
    {
        // As Identity does for a locked account: no password check while it lasts.
        var locked = throttle.IsUnknownNameLocked(email);
        if (!locked)
        {
            unknownAccount.Check(Password);
            locked = throttle.UnknownNameFailed(email);
        }
        await FailedAsync(client, email, null, "unknown-account", cancellationToken);
        Problem = locked ? text["SignIn.LockedOut"] : text["SignIn.Failed"];
        return Page();
    }

    /// <summary>Counts the failure in the client's burst; only a burst's first failure and its summary reach the audit log.</summary>
    private async Task FailedAsync(string client, string email, StaffUser? user, string reason, CancellationToken cancellationToken)
    {
        metrics.SignInFailed(reason);
        var step = throttle.Failed(client, SignInAudit.Typed(email));
        if (step.Ended is { } ended) await audit.SummarizeAsync(ended, cancellationToken);
        if (step.StartsBurst) await audit.FailedAsync(email, user, reason, cancellationToken);
    }

    internal string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/personel";
}
