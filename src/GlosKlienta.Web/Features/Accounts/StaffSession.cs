using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace GlosKlienta.Web.Features.Accounts;

/// <summary>
/// Checks a staff cookie against the account on every request: a cookie whose security stamp is no longer the
/// account's (signed out, password changed, re-roled) or whose account is disabled stops working at once, on every
/// instance, not when <see cref="SecurityStampValidator"/> next looks. This costs one query by primary key of two
/// columns per staff request (anonymous requests carry no cookie and cost nothing); Identity's validator with
/// a zero interval would instead rebuild the principal (user, roles, claims: four queries) and re-issue the cookie on
/// every response. Identity's validator still runs after this check on its own interval, to refresh the roles.
/// </summary>
public static class StaffSession
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claims.SecurityStampClaimType);
        if (id is null)
        {
            await RejectAsync(context);
            return;
        }
        var db = services.GetRequiredService<AppDbContext>();
        var account = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.DisabledAt }).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (account is null || account.DisabledAt is not null || !string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal))
        {
            await RejectAsync(context);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
