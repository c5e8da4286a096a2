
namespace GlosKlienta.Web.Features.Accounts;

public sealed class SignOutModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Staff/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        // A new stamp ends the session on the server: a copy of the cookie (another tab, a stolen one) stops working too.
        if (await users.GetUserAsync(User) is { } me) await users.UpdateSecurityStampAsync(me);
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
