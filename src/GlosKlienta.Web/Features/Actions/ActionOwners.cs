namespace GlosKlienta.Web.Features.Actions;

/// <summary>A post that can own an action, as the owner list shows it: "Sekretarz gminy (Referat Organizacyjny)".</summary>
public sealed record OwnerPost(int Id, string Name, string Label);

/// <summary>The posts of the directory that can own an action (active ones), for the owner lists of every form that starts one.</summary>
public static class ActionOwners
{
    public static async Task<IReadOnlyList<OwnerPost>> ListAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (await db.Posts.AsNoTracking().Where(p => p.IsActive)
            .OrderBy(p => p.OrganisationalUnit!.SortOrder).ThenBy(p => p.SortOrder).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Name, Unit = p.OrganisationalUnit == null ? null : p.OrganisationalUnit.Name })
            .ToListAsync(cancellationToken))
        .Select(p => new OwnerPost(p.Id, p.Name, p.Unit is null ? p.Name : $"{p.Name} ({p.Unit})"))
        .ToList();

    /// <summary>The active post <paramref name="id"/>, or null when there is none (a stale or forged form).</summary>
    public static async Task<OwnerPost?> FindAsync(AppDbContext db, int? id, CancellationToken cancellationToken) =>
        id is null ? null : (await ListAsync(db, cancellationToken)).FirstOrDefault(p => p.Id == id);
}

/// <summary>What the owner list of a form shows (<c>_OwnerSelect</c>).</summary>
public sealed record OwnerSelect(IReadOnlyList<OwnerPost> Owners, int? Selected, FormErrors Errors);
