namespace GlosKlienta.Domain.Register;

/// <summary>
/// Art. 237 § 2 KPA: a poseł, senator or radny who filed a skarga in their own name or passed on another person's is
/// sent, within 14 days, a notice of how it was handled or, where needed, of the state of its examination. Art. 247
/// applies this to wnioski. It is a notice with its own deadline; the handling term stays one month (art. 237 § 1,
/// art. 244 § 1), and "on time" is measured against that term. Pure.
/// </summary>
public static class MemberNotice
{
    public static readonly TermLength Length = TermLength.Days(14);

    /// <summary>Whether the case owes the notice: a skarga or wniosek filed or passed on by a poseł, senator or radny.</summary>
    public static bool Applies(CaseKind kind, SenderKind sender) =>
        sender is not SenderKind.Obywatel && kind is CaseKind.Skarga or CaseKind.Wniosek;

    /// <summary>The legal basis as written on the notice and in the register.</summary>
    public static string LegalBasis(CaseKind kind) => kind == CaseKind.Wniosek ? "art. 237 § 2 w zw. z art. 247 KPA" : "art. 237 § 2 KPA";

    /// <summary>
    /// The notice's deadline, 14 days from the day the matter was filed or passed on (art. 57 § 1 and § 4 KPA apply),
    /// or null when the case owes no notice.
    /// </summary>
    public static Deadline? For(CaseKind kind, SenderKind sender, DateOnly filedOrPassedOn)
    {
        if (!Applies(kind, sender)) return null;
        var (nominal, due, shifts) = StatutoryDeadline.Compute(filedOrPassedOn, Length);
        return new Deadline(TermKind.ZawiadomienieArt237, sender, filedOrPassedOn, Length, LegalBasis(kind), nominal, due, shifts);
    }

    /// <summary>The member in Polish, in the dative ("posłowi", "senatorowi", "radnemu"), for "zawiadomienie ...".</summary>
    public static string Dative(SenderKind sender) => sender switch
    {
        SenderKind.Posel => "posłowi",
        SenderKind.Senator => "senatorowi",
        SenderKind.Radny => "radnemu",
        _ => throw new ArgumentOutOfRangeException(nameof(sender), sender, "Only a poseł, senator or radny is owed the notice."),
    };
}
