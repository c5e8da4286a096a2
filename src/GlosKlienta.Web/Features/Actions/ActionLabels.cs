using GlosKlienta.Domain.Actions;

namespace GlosKlienta.Web.Features.Actions;

/// <summary>The register's words for kinds, sources and statuses (resources <c>Actions.Kind.*</c>, <c>Actions.Source.*</c>, <c>Actions.Status.*</c>).</summary>
public static class ActionLabels
{
    public static string Kind(IStringLocalizer text, ActionKind kind) => text["Actions.Kind." + kind];

    public static string Source(IStringLocalizer text, ActionSource source) => text["Actions.Source." + source];

    public static string Status(IStringLocalizer text, ActionStatus status) => text["Actions.Status." + status];

    /// <summary>The verb of a move on the page's buttons ("Rozpocznij realizację").</summary>
    public static string Move(IStringLocalizer text, ActionStatus to) => text["Actions.Move." + to];
}
