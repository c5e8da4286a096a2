namespace GlosKlienta.Web.Features.Reception;

/// <summary>Audit action codes of the reception hours.</summary>
public static class ReceptionAudit
{
    public const string HoursChanged = "reception-hours.changed";
    public const string SubstituteAdded = "reception-hours.substitute-added";
    public const string SubstituteRemoved = "reception-hours.substitute-removed";
    public const string SubjectType = "ReceptionHours";
}
