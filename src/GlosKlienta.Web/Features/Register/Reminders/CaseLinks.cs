
namespace GlosKlienta.Web.Features.Register.Reminders;

/// <summary>Addresses of the register pages that warnings link to.</summary>
public static class CaseLinks
{
    public static string CasePath(int caseId) => "/personel/rejestr/" + caseId.ToString(CultureInfo.InvariantCulture);
}
