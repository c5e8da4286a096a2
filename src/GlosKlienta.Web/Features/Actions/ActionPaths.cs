namespace GlosKlienta.Web.Features.Actions;

/// <summary>Addresses of the action register's pages, for links from the F2 protocol, the case page, the staff home and e-mails.</summary>
public static class ActionPaths
{
    public const string Register = "/personel/dzialania";

    public static string Action(int id) => Register + "/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Starting a corrective action from a skarga found justified.</summary>
    public static string FromCase(int caseId) => Register + "/ze-skargi/" + caseId.ToString(CultureInfo.InvariantCulture);

    public static string Evidence(int id, int noteId) => Action(id) + "?handler=Evidence&noteId=" + noteId.ToString(CultureInfo.InvariantCulture);
}
