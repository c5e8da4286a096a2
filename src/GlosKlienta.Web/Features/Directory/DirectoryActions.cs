namespace GlosKlienta.Web.Features.Directory;

/// <summary>Audit action codes of the directory; each has its label <c>Audit.Action.&lt;code&gt;</c> in the resources.</summary>
public static class DirectoryActions
{
    public const string UnitSaved = "directory.unit-saved";
    public const string PostSaved = "directory.post-saved";
    public const string EmployeeSaved = "directory.employee-saved";
    public const string RoomSaved = "directory.room-saved";
    public const string HoursSaved = "directory.hours-saved";
    public const string Printed = "directory.printed";
    public const string TakenDown = "directory.taken-down";
    public const string KeeperSet = "directory.keeper-set";
    public const string PublicAddressSet = "office.public-address-set";
    public const string OfficeSubject = "Office";
}
