namespace GlosKlienta.Domain.Register;

/// <summary>What the sender can do about a case not handled in time.</summary>
public enum LateRemedy
{
    /// <summary>A skarga: art. 237 § 4 KPA applies art. 36-38, so the reminder (ponaglenie, art. 37) is available.</summary>
    Ponaglenie,
    /// <summary>A wniosek: art. 245 stands alone; the remedy for a late wniosek is a skarga (art. 246 § 2 KPA), never a ponaglenie.</summary>
    Skarga,
    /// <summary>No remedy under Dział VIII KPA (a petycja has its own act; other letters no Dział VIII term).</summary>
    None,
}

/// <summary>The instruction (pouczenie) a reply on the merits ends with.</summary>
public enum ReplyInstruction
{
    None,
    /// <summary>A skarga found unfounded (fully or in part): a repeat without new circumstances may get a file note (art. 239 § 1 KPA).</summary>
    Art239,
    /// <summary>A wniosek not (or only partly) granted: the right to complain about how it was handled (art. 246 § 1 KPA).</summary>
    Art246RightToComplain,
    /// <summary>A petycja: its handling cannot be appealed (art. 13 ust. 2 ustawy o petycjach).</summary>
    PetitionNoAppeal,
}

/// <summary>
/// The notice of a delay and the reply's instruction, which differ between a skarga and a wniosek (KPA Dział VIII). Pure.
/// </summary>
public static class Remedies
{
    /// <summary>
    /// The legal basis of the notice that a skarga or wniosek will not be handled in time: for a skarga art. 237 § 4 KPA,
    /// which applies art. 36; for a wniosek art. 245 alone (reasons, actions taken, expected date).
    /// </summary>
    public static string DelayNoticeBasis(CaseKind kind) => kind switch
    {
        CaseKind.Skarga => "art. 36 § 1 w zw. z art. 237 § 4 KPA",
        CaseKind.Wniosek => "art. 245 KPA",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only a skarga or a wniosek has a KPA delay notice."),
    };

    public static LateRemedy WhenLate(CaseKind kind) => kind switch
    {
        CaseKind.Skarga => LateRemedy.Ponaglenie,
        CaseKind.Wniosek => LateRemedy.Skarga,
        _ => LateRemedy.None,
    };

    public static ReplyInstruction ForReply(CaseKind kind, CaseOutcome outcome) => kind switch
    {
        CaseKind.Skarga when outcome is CaseOutcome.SkargaNiezasadna or CaseOutcome.SkargaCzesciowoZasadna => ReplyInstruction.Art239,
        CaseKind.Wniosek when outcome is CaseOutcome.WniosekNieuwzgledniony or CaseOutcome.WniosekCzesciowoUwzgledniony => ReplyInstruction.Art246RightToComplain,
        CaseKind.Petycja => ReplyInstruction.PetitionNoAppeal,
        _ => ReplyInstruction.None,
    };
}
