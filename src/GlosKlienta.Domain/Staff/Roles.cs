namespace GlosKlienta.Domain.Staff;

/// <summary>The staff roles of the procedure (domain guide, section 1). Names are stored in the database; never rename one.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Pracownik = "Pracownik";
    public const string KierownikReferatu = "KierownikReferatu";
    public const string PelnomocnikSzj = "PelnomocnikSzj";
    public const string ZastepcaBurmistrza = "ZastepcaBurmistrza";
    public const string Burmistrz = "Burmistrz";
    public const string Promocja = "Promocja";
    public const string RadaGminy = "RadaGminy";
    /// <summary>Keeps the register of complaints, requests and petitions (art. 254 KPA): registers, routes and watches terms.</summary>
    public const string ProwadzacyRejestr = "ProwadzacyRejestr";

    public static readonly IReadOnlyList<string> All =
        [Administrator, Pracownik, KierownikReferatu, PelnomocnikSzj, ZastepcaBurmistrza, Burmistrz, Promocja, RadaGminy, ProwadzacyRejestr];

    /// <summary>Who may see survey results: the procedure's owners of the measurement and the heads who act on it.</summary>
    public static readonly IReadOnlyList<string> SurveyResults =
        [Administrator, PelnomocnikSzj, ZastepcaBurmistrza, Burmistrz, KierownikReferatu];
}
