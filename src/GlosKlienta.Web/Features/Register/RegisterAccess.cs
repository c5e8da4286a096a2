using System.Security.Claims;
using GlosKlienta.Domain.Register;
using GlosKlienta.Domain.Staff;

namespace GlosKlienta.Web.Features.Register;

/// <summary>
/// Who sees which cases: the register keeper, the Burmistrz and the deputy see all; the Rada Gminy sees the
/// cases it is competent for; anyone else sees only the cases assigned to them.
/// </summary>
public sealed record RegisterAccess(string UserId, bool SeesAll, bool Council)
{
    public static readonly string[] ManagingRoles = [Roles.ProwadzacyRejestr, Roles.Burmistrz, Roles.ZastepcaBurmistrza];

    public static RegisterAccess For(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        ManagingRoles.Any(user.IsInRole),
        user.IsInRole(Roles.RadaGminy));

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
}
