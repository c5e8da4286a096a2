
namespace GlosKlienta.Web.Features.Accounts;

/// <summary>Creates the first administrator through the one-time link printed on the console.</summary>
[AllowAnonymous]
public sealed class SetupModel(FirstAdminSetup setup, UserManager<StaffUser> users, SignInManager<StaffUser> signIn, AuditLog audit, AppDbContext db,
    OfficeProfileProvider office, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string DisplayName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty] public string PasswordAgain { get; set; } = "";
    /// <summary>The office's public address (issue 15), asked at the first start; it may be left for later (boards and posters wait for it).</summary>
    [BindProperty] public string? PublicUrl { get; set; }
    public List<string> Problems { get; } = [];

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken) =>
        await setup.IsUsableAsync(token, db, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (!await setup.IsUsableAsync(token, db, cancellationToken)) return NotFound();
        if (string.IsNullOrWhiteSpace(DisplayName)) Problems.Add(text["Setup.NameMissing"]);
        if (Password != PasswordAgain) Problems.Add(text["Setup.PasswordsDiffer"]);
        var (address, addressProblem) = string.IsNullOrWhiteSpace(PublicUrl) ? (null, null) : Domain.Directory.PublicAddress.Check(PublicUrl);
        if (addressProblem is { } ap) Problems.Add(text["Directory.Prints.PublicAddress." + ap]);
        if (Problems.Count > 0) return Page();
        // Validate before consuming the token so a weak password does not burn the link.
        var probe = new StaffUser { UserName = Email.Trim(), Email = Email.Trim(), DisplayName = DisplayName.Trim() };
        foreach (var validator in users.PasswordValidators)
        {
            var r = await validator.ValidateAsync(users, probe, Password);
            Problems.AddRange(r.Errors.Select(e => e.Description));
        }
        if (Problems.Count > 0) return Page();
        if (!setup.TryConsume(token)) return NotFound();

        var created = await StaffIdentity.CreateAdministratorAsync(users, Email.Trim(), DisplayName.Trim(), Password);
        if (!created.Succeeded)
        {
            // Reopen: nothing was created, the person can correct and try again with a new link after restart.
            Problems.AddRange(created.Errors.Select(e => e.Description));
            return Page();
        }
        var user = (await users.FindByEmailAsync(Email.Trim()))!;
        await audit.RecordNowAsync(AuditActions.AccountCreated, user.UserName ?? user.Id, user.Id, AuditActions.StaffUserSubject, user.Id,
            new { Roles = new[] { GlosKlienta.Domain.Staff.Roles.Administrator }, Via = "setup-link" }, cancellationToken);
        if (address is not null)
        {
            var record = await db.Offices.OrderBy(o => o.Id).FirstAsync(cancellationToken);
            record.PublicUrl = address;
            await db.SaveChangesAsync(cancellationToken);
            office.Invalidate();
            await audit.RecordNowAsync(GlosKlienta.Web.Features.Directory.DirectoryActions.PublicAddressSet, user.UserName ?? user.Id, user.Id,
                GlosKlienta.Web.Features.Directory.DirectoryActions.OfficeSubject, record.Id.ToString(CultureInfo.InvariantCulture), new { After = address }, cancellationToken);
        }
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/personel");
    }
}
