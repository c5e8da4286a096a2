namespace GlosKlienta.Web.Features.Mail;

/// <summary>Who a reminder goes to, and how it says when a term ends: one place for every reminder's recipients and wording.</summary>
public static class MailRecipients
{
    /// <summary>The e-mail addresses of the active accounts holding <paramref name="role"/>.</summary>
    public static async Task<List<string>> OfRoleAsync(AppDbContext db, string role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (roleId is null) return [];
        var userIds = db.UserRoles.Where(ur => ur.RoleId == roleId).Select(ur => ur.UserId);
        return await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.DisabledAt == null && u.Email != null).Select(u => u.Email!).ToListAsync(cancellationToken);
    }

    /// <summary>"upływa za 5 dni, 10 marca 2027", "upływa jutro, …", "upływa dziś, …", "minął 10 marca 2027".</summary>
    public static string When(int daysLeft, DateOnly due)
    {
        var day = PolishDates.Day(due);
        return daysLeft switch
        {
            < 0 => $"minął {day}",
            0 => $"upływa dziś, {day}",
            1 => $"upływa jutro, {day}",
            _ => $"upływa za {daysLeft} dni, {day}",
        };
    }
}
