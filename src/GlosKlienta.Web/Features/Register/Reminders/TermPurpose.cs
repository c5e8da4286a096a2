
namespace GlosKlienta.Web.Features.Register.Reminders;

/// <summary>Which deadline of a case a warning is about.</summary>
public enum TermPurpose
{
    /// <summary>Handling the case (one month for a skarga or wniosek, art. 237 § 1, art. 244 KPA; the petition's term; a forwarding).</summary>
    Handling,
    /// <summary>The 14-day notice to a poseł, senator or radny (art. 237 § 2, art. 247 KPA).</summary>
    MemberNotice,
    /// <summary>Passing a council case to the council's chair within 7 days (art. 231 KPA).</summary>
    CouncilForwarding,
}
