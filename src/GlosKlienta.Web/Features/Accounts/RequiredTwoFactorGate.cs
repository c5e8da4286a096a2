using GlosKlienta.Domain.Staff;

namespace GlosKlienta.Web.Features.Accounts;

/// <summary>
/// The roles of <see cref="Roles.RequiringTwoFactor"/> must use a second factor. A signed-in member of staff with such a
/// role whose account does not have it on is sent to <see cref="TwoFactorModel.Path"/> from every page but that one,
/// signing out, the error pages and the stylesheet, until it is on.
/// </summary>
public sealed class RequiredTwoFactorGate(RequestDelegate next)
{
    private static readonly PathString[] Allowed = [TwoFactorModel.Path, "/konto/wyloguj", "/blad", "/css"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (Roles.RequiringTwoFactor.Any(context.User.IsInRole) && !Allowed.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            // Resolved only here: a UserManager (and its DbContext) per anonymous request cost ~0.15 ms of CPU on the survey.
            var users = context.RequestServices.GetRequiredService<UserManager<StaffUser>>();
            var user = await users.GetUserAsync(context.User);
            if (user is { TwoFactorEnabled: false })
            {
                context.Response.Redirect(TwoFactorModel.Path);
                return;
            }
        }
        await next(context);
    }
}
