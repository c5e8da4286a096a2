
namespace GlosKlienta.Web.Features.Register;

/// <summary>Active staff accounts with their roles, for choosing whom a case is assigned to or about.</summary>
public sealed record StaffMember(string Id, string Name, IReadOnlyList<string> Roles);

public static class StaffDirectory
{
    public static async Task<IReadOnlyList<StaffMember>> ActiveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.DisabledAt == null)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var byUser = roles.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Name!).ToList());
        return users.Where(u => byUser.ContainsKey(u.Id))
            .Select(u => new StaffMember(u.Id, u.DisplayName, byUser[u.Id]))
            .OrderBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("pl-PL"), true))
            .ToList();
    }
}
