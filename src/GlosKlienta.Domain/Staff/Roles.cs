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

    /// <summary>
    /// Who must sign in with a second factor: the roles whose role alone opens personal data of the people who wrote to the
    /// office (names, addresses, what they complained about): the register keeper, the Burmistrz and the deputy see every
    /// case, the council's members every case the council examines; and the administrator, who can give any account those
    /// roles. Others read only the cases assigned to them, one at a time, and may choose the second factor themselves.
    /// </summary>
    public static readonly IReadOnlyList<string> RequiringTwoFactor =
        [Administrator, ProwadzacyRejestr, Burmistrz, ZastepcaBurmistrza, RadaGminy];

    /// <summary>Whether any of <paramref name="roles"/> must use a second factor (<see cref="RequiringTwoFactor"/>).</summary>
    public static bool RequireTwoFactor(IEnumerable<string> roles) => roles.Any(RequiringTwoFactor.Contains);
}
