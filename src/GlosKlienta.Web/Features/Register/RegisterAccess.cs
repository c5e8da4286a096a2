using System.Security.Claims;
using GlosKlienta.Domain.Register;
using GlosKlienta.Domain.Staff;

namespace GlosKlienta.Web.Features.Register;

/// <summary>
/// Who sees which cases: the register keeper, the Burmistrz and the deputy see all; the council's members see the
/// cases the council is competent for; anyone else sees only the cases assigned to them. Who may take which step is
/// <see cref="CaseRights"/>.
/// </summary>
public sealed record RegisterAccess(string UserId, bool SeesAll, bool Council)
{
    public static readonly string[] ManagingRoles = [.. CaseRights.ManagingRoles];

    /// <summary>The user's roles among <see cref="Roles.All"/>.</summary>
    public IReadOnlyCollection<string> RoleNames { get; init; } = [];

    public static RegisterAccess For(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        ManagingRoles.Any(user.IsInRole),
        user.IsInRole(Roles.RadaGminy))
    {
        RoleNames = Roles.All.Where(user.IsInRole).ToList(),
    };

    /// <summary>Registers, classifies, routes, assigns and forwards (the keeper and the heads of the office).</summary>
    public bool Manages => SeesAll;

    public IQueryable<RegisterCase> Visible(IQueryable<RegisterCase> cases) =>
        SeesAll ? cases
        : Council ? cases.Where(c => c.AssignedToId == UserId || c.CompetentBody == CompetentBody.RadaGminy)
        : cases.Where(c => c.AssignedToId == UserId);

    public bool CanRead(RegisterCase c) =>
        SeesAll || c.AssignedToId == UserId || (Council && c.CompetentBody == CompetentBody.RadaGminy);

    /// <summary>Records the reply elements, the art. 36 notice and closes: whoever manages, the assignee, the council for its cases.</summary>
    public bool CanHandle(RegisterCase c) => CanRead(c);

    /// <summary>Whether the user may take <paramref name="step"/> on <paramref name="c"/> (<see cref="CaseRights.May"/>).</summary>
    public bool May(CaseStep step, RegisterCase c) =>
        CaseRights.May(step, c.CompetentBody, RoleNames, c.AssignedToId is not null && c.AssignedToId == UserId);
}
