
namespace GlosKlienta.Web.Features.Staff;

/// <summary>
/// The staff menu: every staff area with the policy its pages enforce, so a link shows exactly
/// to those who may open it. The pages keep enforcing the policies themselves.
/// </summary>
public static class StaffMenu
{
    public sealed record Link(string Href, string LabelKey, string Policy);

    public static readonly IReadOnlyList<Link> Links =
    [
        new("/personel", "Layout.StaffHome", Policies.Staff),
        new("/personel/rejestr", "Layout.Register", Policies.Staff),
        new("/personel/rejestr/brakowanie", "Layout.RegisterDisposal", Policies.RegisterDisposal),
        new("/personel/rejestr/usuniecia", "Layout.RegisterRemoval", Policies.RegisterRemoval),
        new("/personel/analiza", "Layout.Analysis", Policies.SurveyResults),
        new("/personel/ankiety", "Layout.SurveyVersions", Policies.SurveyResults),
        new("/personel/dzialania", "Layout.Actions", Policies.Actions),
        new("/personel/przeglad", "Layout.Review", Policies.Review),
        new("/personel/papier", "Layout.Paper", Policies.PaperEntry),
        new("/personel/tablice", "Layout.Boards", Policies.Staff),
        new("/personel/spis", "Layout.Directory", Policies.DirectoryEdit),
        new("/personel/przyjecia", "Layout.ReceptionHours", Policies.ReceptionHours),
        new("/personel/prasa", "Layout.PressStaff", Policies.Press),
        new("/personel/materialy", "Layout.InfoMaterials", Policies.Staff),
        new("/personel/dziennik", "Layout.Audit", Policies.AuditRead),
        new("/personel/rejestry-niezmienne", "Layout.Records", Policies.AuditRead),
        new("/personel/konta", "Layout.Accounts", Policies.Administration),
        new("/personel/kioski", "Layout.Kiosks", Policies.Administration),
    ];
}
