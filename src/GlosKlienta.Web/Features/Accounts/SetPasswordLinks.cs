
namespace GlosKlienta.Web.Features.Accounts;

/// <summary>
/// One-time links with which a person sets their own password: the administrator never knows it.
/// The token is Identity's password-reset token; it dies when used (the security stamp changes),
/// when a newer link is made or the account is disabled, and after <see cref="StaffIdentity.SetPasswordLinkLifespan"/>.
/// </summary>
public static class SetPasswordLinks
{
    public const string Path = "/konto/ustaw-haslo";

    public static async Task<string> CreateAsync(UserManager<StaffUser> users, StaffUser user, HttpRequest request)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"{request.Scheme}://{request.Host}{request.PathBase}{Path}?konto={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
    }
}
