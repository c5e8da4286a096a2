using GlosKlienta.Domain.Staff;

namespace GlosKlienta.Web.Features.Accounts;

/// <summary>
/// Identity's authenticator (TOTP) provider, replaced so that a code is taken once (<see cref="AuthenticatorCode"/>) and
/// time is the application's <see cref="TimeProvider"/>. The last accepted time step is kept per account in Identity's
/// token table (<c>AspNetUserTokens</c>), beside the authenticator key; saving it goes through the account's concurrency
/// stamp, so of two requests racing with one code only one is let in.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<StaffUser>
{
    public const string LoginProvider = "[GlosKlienta]";
    public const string LastStepName = "LastTotpStep";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffUser> manager, StaffUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app makes the codes; there is nothing to send.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        var result = await CheckAsync(manager, user, token);
        if (result.Check != AuthenticatorCodeCheck.Accepted) return false;
        try
        {
            var saved = await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastStepName, result.Step.ToString(CultureInfo.InvariantCulture));
            return saved.Succeeded;
        }
        catch (DbUpdateException)
        {
            // The first step of an account stored by two requests at once: the other one won.
            return false;
        }
    }

    /// <summary>What <paramref name="code"/> is now for <paramref name="user"/>, without remembering anything: for telling a used code from a wrong one.</summary>
    public async Task<AuthenticatorCodeResult> CheckAsync(UserManager<StaffUser> manager, StaffUser user, string? code)
    {
        var key = AuthenticatorCode.FromBase32(await manager.GetAuthenticatorKeyAsync(user));
        if (key is null) return new(AuthenticatorCodeCheck.Wrong, 0);
        var last = await LastAcceptedStepAsync(manager, user);
        return AuthenticatorCode.Check(key, code, AuthenticatorCode.StepAt(time.GetUtcNow()), last);
    }

    public static async Task<long?> LastAcceptedStepAsync(UserManager<StaffUser> manager, StaffUser user) =>
        long.TryParse(await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastStepName), NumberStyles.None, CultureInfo.InvariantCulture, out var step)
            ? step : null;
}
