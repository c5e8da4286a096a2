using GlosKlienta.Domain.Staff;

namespace GlosKlienta.Web.Features.Accounts;

/// <summary>Role names as people in the office say them (resources <c>Accounts.Role.*</c>), in the order of the domain guide.</summary>
public static class RoleNames
{
    public static string Label(IStringLocalizer text, string role) => text["Accounts.Role." + role];

    public static string Hint(IStringLocalizer text, string role) => text["Accounts.RoleHint." + role];

    public static IReadOnlyList<string> InOrder(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet(StringComparer.Ordinal);
        return Roles.All.Where(set.Contains).Concat(set.Except(Roles.All).Order(StringComparer.Ordinal)).ToList();
    }

    /// <summary>Only roles the system knows; anything else a form might carry is dropped.</summary>
    public static IReadOnlyList<string> Known(IEnumerable<string>? posted) =>
        InOrder((posted ?? []).Where(r => Roles.All.Contains(r)));
}
