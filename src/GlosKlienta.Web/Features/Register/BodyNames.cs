using GlosKlienta.Domain.Register;

namespace GlosKlienta.Web.Features.Register;

/// <summary>
/// The bodies' proper names from the office's data ("Burmistrz Miasta i Gminy Lesko", "Rada Miejska w Lesku"), for
/// letters and the register. An office whose data lacks them shows a text that says so, never a made-up name.
/// </summary>
public static class BodyNames
{
    public static string Executive(OfficeProfile office, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(text);
        return office.ExecutiveName ?? text["Register.DefaultBurmistrz", office.Name].Value;
    }

    public static string Council(OfficeProfile office, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(text);
        return office.CouncilName ?? text["Register.DefaultCouncil", office.Name].Value;
    }

    /// <summary>The body in the register: its proper name for the Burmistrz and the council, the kind's label otherwise.</summary>
    public static string Of(CompetentBody body, OfficeProfile office, IStringLocalizer text) => body switch
    {
        CompetentBody.Burmistrz => Executive(office, text),
        CompetentBody.RadaGminy => Council(office, text),
        _ => text["Register.Body." + body].Value,
    };
}
