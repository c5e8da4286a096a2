using GlosKlienta.Domain.Staff;

namespace GlosKlienta.Web.Features.Accounts;

/// <summary>What an administrator may not do to an account, whoever asks: lock the office out of its own administration.</summary>
public static class AccountGuard
{
    public enum Change
    {
        Disable,
        RemoveAdministratorRole,
    }

    /// <summary>The resource key of the reason the change is refused, or null when it is allowed.</summary>
    public static string? Refusal(Change change, bool isSelf, bool subjectIsActiveAdministrator, int activeAdministrators)
    {
        if (isSelf)
        {
            return change switch
            {
                Change.Disable => "Accounts.Guard.DisableSelf",
                Change.RemoveAdministratorRole => "Accounts.Guard.RemoveOwnAdministrator",
            };
        }
        return subjectIsActiveAdministrator && activeAdministrators <= 1 ? "Accounts.Guard.LastAdministrator" : null;
    }
}

/// <summary>
/// Applies a change to a staff account and its audit entry in one transaction: Identity saves
/// in several steps (user, roles, stamp), and either all of them and the entry are stored, or none.
/// </summary>
public sealed class AccountChanges(AppDbContext db, AuditLog audit)
{
    /// <param name="actingAsSubject">The person changes their own account without being signed in (a set-password link): name them, not "system".</param>
    public async Task<IdentityResult> ApplyAsync(StaffUser subject, string action, object? details, Func<Task<IdentityResult>> change, CancellationToken cancellationToken, bool actingAsSubject = false)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await change();
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            return result;
        }
        var entry = audit.Record(action, AuditActions.StaffUserSubject, subject.Id, details);
        if (actingAsSubject)
        {
            entry.Actor = subject.UserName ?? subject.Id;
            entry.ActorId = subject.Id;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public Task<int> ActiveAdministratorsAsync(CancellationToken cancellationToken) =>
        (from ur in db.UserRoles
         join r in db.Roles on ur.RoleId equals r.Id
         join u in db.Users on ur.UserId equals u.Id
         where r.Name == Roles.Administrator && u.DisabledAt == null
         select u.Id).Distinct().CountAsync(cancellationToken);
}
