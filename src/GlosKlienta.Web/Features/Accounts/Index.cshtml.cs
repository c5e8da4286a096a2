
namespace GlosKlienta.Web.Features.Accounts;

/// <summary>Every staff account with what an administrator checks first: roles, second factor, disabled, locked out.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public sealed record Row(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, bool TwoFactor, bool Disabled, bool LockedOut, bool HasPassword)
    {
        /// <summary>A role of the account requires the second factor and it is not on (<see cref="GlosKlienta.Domain.Staff.Roles.RequiringTwoFactor"/>).</summary>
        public bool LacksRequiredTwoFactor => !TwoFactor && GlosKlienta.Domain.Staff.Roles.RequireTwoFactor(Roles);
    }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        Rows = users.Select(u => new Row(
            u.Id, u.DisplayName, u.Email ?? "",
            RoleNames.InOrder(byUser[u.Id]),
            u.TwoFactorEnabled, u.DisabledAt is not null, u.LockoutEnd > now, u.PasswordHash is not null)).ToList();
    }
}
