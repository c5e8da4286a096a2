
namespace GlosKlienta.Web.Features.Accounts;

/// <summary>
/// A new staff account: name, e-mail and roles. It has no password: the page shows a one-time
/// link with which the person sets one (see <see cref="SetPasswordLinks"/>).
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class CreateModel(UserManager<StaffUser> users, AccountChanges changes, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string NameField = "imie";
    public const string EmailField = "email";
    public const string RolesField = "role";

    [BindProperty] public string DisplayName { get; set; } = "";
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public List<string> Roles { get; set; } = [];

    public FormErrors Errors { get; } = new();
    public StaffUser? Created { get; private set; }
    public string? SetPasswordLink { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Model binding turns an empty field into null.
        DisplayName = (DisplayName ?? "").Trim();
        Email = (Email ?? "").Trim();
        var roles = RoleNames.Known(Roles);
        Roles = roles.ToList();
        if (DisplayName.Length == 0) Errors.Add(NameField, text["Accounts.Error.NameMissing"]);
        else if (DisplayName.Length > 200) Errors.Add(NameField, text["Accounts.Error.NameTooLong"]);
        if (Email.Length == 0) Errors.Add(EmailField, text["Accounts.Error.EmailMissing"]);
        if (roles.Count == 0) Errors.Add(RolesField, text["Accounts.Error.RolesMissing"]);
        if (Errors.Any) return Page();

        var user = new StaffUser { UserName = Email, Email = Email, DisplayName = DisplayName, EmailConfirmed = true };
        var result = await changes.ApplyAsync(user, AuditActions.AccountCreated, new { Roles = roles }, async () =>
        {
            var created = await users.CreateAsync(user);
            return created.Succeeded ? await users.AddToRolesAsync(user, roles) : created;
        }, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                Errors.Add(e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? EmailField : "", e.Description);
            return Page();
        }
        Created = user;
        SetPasswordLink = await SetPasswordLinks.CreateAsync(users, user, Request);
        return Page();
    }
}
