namespace GlosKlienta.Web.Features.RawData;

/// <summary>Audit action codes of the raw data export and import; the subject id is the period (from..to).</summary>
public static class RawDataAudit
{
    public const string Exported = "raw-data.exported";
    public const string Imported = "raw-data.imported";
    public const string Subject = "RawData";
}
