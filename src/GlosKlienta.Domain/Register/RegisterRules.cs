namespace GlosKlienta.Domain.Register;

/// <summary>The body competent for a case and why, in words shown to staff.</summary>
public sealed record CompetenceDecision(CompetentBody Body, string Reason)
{
    /// <summary>Whether the case leaves the municipality and must be forwarded (art. 231, 243 KPA; art. 6 ustawy o petycjach).</summary>
    public bool MustForward => Body is CompetentBody.Wojewoda or CompetentBody.InnyOrgan;
}

/// <summary>
/// Competence by art. 229 KPA for skargi, art. 242 KPA for wnioski and the ustawa o petycjach for petycje. Pure.
/// Art. 229: about the council -> the wojewoda (pkt 1); about the Burmistrz or a municipal unit's head in delegated
/// (zlecone) tasks -> the wojewoda (pkt 2); about them otherwise -> the council (pkt 3); about an employee -> the
/// Burmistrz as head of the office. The register is kept by the office of the Burmistrz; cases for the council are passed
/// to its chair (art. 231) and examined by its komisja skarg, wniosków i petycji; cases for the wojewoda or another body
/// are forwarded.
/// </summary>
public static class Competence
{
    public static CompetenceDecision For(CaseKind kind, CaseConcerns concerns) => kind switch
    {
        CaseKind.Skarga => concerns switch
        {
            CaseConcerns.ZadaniaWlasneBurmistrza => new(CompetentBody.RadaGminy,
                "Skarga na zadania lub działalność burmistrza: rozpatruje rada gminy (art. 229 pkt 3 KPA); przekazać przewodniczącemu rady w 7 dni (art. 231 KPA); bada ją komisja skarg, wniosków i petycji (art. 18b ustawy o samorządzie gminnym), rada rozstrzyga uchwałą."),
            CaseConcerns.KierownikJednostki => new(CompetentBody.RadaGminy,
                "Skarga na kierownika gminnej jednostki organizacyjnej: rozpatruje rada gminy (art. 229 pkt 3 KPA); przekazać przewodniczącemu rady w 7 dni (art. 231 KPA); bada ją komisja skarg, wniosków i petycji (art. 18b ustawy o samorządzie gminnym), rada rozstrzyga uchwałą."),
            CaseConcerns.ZadaniaZlecone => new(CompetentBody.Wojewoda,
                "Skarga w sprawie zadań zleconych z zakresu administracji rządowej: rozpatruje wojewoda (art. 229 pkt 2 KPA); przekazać w 7 dni (art. 231 KPA)."),
            CaseConcerns.Pracownik => new(CompetentBody.Burmistrz,
                "Skarga na pracownika urzędu: rozpatruje burmistrz jako kierownik urzędu i przełożony pracownika (art. 229 KPA)."),
            CaseConcerns.DzialalnoscUrzedu => new(CompetentBody.Burmistrz,
                "Skarga na działalność urzędu (organizacja, obsługa): rozpatruje burmistrz jako kierownik urzędu (art. 229 KPA)."),
            CaseConcerns.RadaGminy => new(CompetentBody.Wojewoda,
                "Skarga na zadania lub działalność rady gminy: rozpatruje wojewoda, w sprawach finansowych regionalna izba obrachunkowa (art. 229 pkt 1 KPA); przekazać w 7 dni (art. 231 KPA)."),
            CaseConcerns.SprawaInnegoOrganu => new(CompetentBody.InnyOrgan,
                "Sprawa należy do innego organu: przekazać organowi właściwemu w 7 dni i zawiadomić skarżącego (art. 231 KPA)."),
            _ => throw new ArgumentOutOfRangeException(nameof(concerns), concerns, "Unknown subject."),
        },
        CaseKind.Wniosek => concerns switch
        {
            CaseConcerns.RadaGminy => new(CompetentBody.RadaGminy,
                "Wniosek w sprawie należącej do rady gminy: rozpatruje rada gminy (art. 242 § 1 KPA)."),
            CaseConcerns.ZadaniaZlecone or CaseConcerns.SprawaInnegoOrganu => new(CompetentBody.InnyOrgan,
                "Wniosek w sprawie innego organu: przekazać organowi właściwemu w 7 dni i zawiadomić wnioskodawcę (art. 243 KPA)."),
            _ => new(CompetentBody.Burmistrz,
                "Wniosek dotyczący pracy urzędu i zadań gminy wykonywanych przez burmistrza: rozpatruje burmistrz (art. 242 § 1 KPA)."),
        },
        CaseKind.Petycja => concerns switch
        {
            CaseConcerns.RadaGminy => new(CompetentBody.RadaGminy,
                "Petycja w sprawie należącej do rady gminy (np. uchwały): rozpatruje rada gminy (art. 9 ust. 2 ustawy o petycjach)."),
            CaseConcerns.ZadaniaZlecone or CaseConcerns.SprawaInnegoOrganu => new(CompetentBody.InnyOrgan,
                "Petycja do innego adresata: przekazać podmiotowi właściwemu w 30 dni od jej złożenia i zawiadomić podmiot wnoszący (art. 6 ust. 1 ustawy o petycjach)."),
            _ => new(CompetentBody.Burmistrz,
                "Petycja w sprawie zadań burmistrza: rozpatruje burmistrz (art. 9 ust. 2 ustawy o petycjach)."),
        },
        CaseKind.NieRozpatrywanaWTrybieDzialuVIII => new(CompetentBody.Burmistrz,
            "Pismo nie jest skargą, wnioskiem ani petycją: skierować do właściwego trybu (art. 234, 235 KPA, ustawa o dostępie do informacji publicznej)."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown case kind."),
    };

    /// <summary>The term a case of this kind runs under: handling here, or forwarding when another body is competent.</summary>
    public static TermKind TermFor(CaseKind kind, CompetentBody body)
    {
        var forward = body is CompetentBody.Wojewoda or CompetentBody.InnyOrgan;
        return kind switch
        {
            CaseKind.Petycja => forward ? TermKind.PrzekazaniePetycji : TermKind.Petycja,
            CaseKind.Skarga => forward ? TermKind.Przekazanie : TermKind.Skarga,
            CaseKind.Wniosek => forward ? TermKind.Przekazanie : TermKind.Wniosek,
            // Not a Dział VIII matter: recorded and routed to its own proceedings, with no art. 231 / 243 term (those are for
            // skargi and wnioski); its own proceedings have their own terms.
            CaseKind.NieRozpatrywanaWTrybieDzialuVIII => TermKind.BezTerminu,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown case kind."),
        };
    }
}

/// <summary>
/// A case the council is competent for that reached the Burmistrz is passed to the council's chair within 7 days
/// (art. 231 KPA): its own deadline, apart from the one-month handling term. Pure.
/// </summary>
public static class CouncilForwarding
{
    public static Deadline? For(CompetentBody body, DateOnly received) =>
        body == CompetentBody.RadaGminy ? StatutoryDeadline.For(TermKind.Przekazanie, received) : null;
}

/// <summary>Art. 256 KPA: a case is never handled by the person it is about.</summary>
public static class AssignmentRule
{
    /// <summary>
    /// Whether <paramref name="assigneeId"/> (with <paramref name="assigneeRoles"/>) may handle a case about
    /// <paramref name="concernsStaffUserId"/> / <paramref name="concerns"/>. A case about the Burmistrz's own tasks is
    /// about whoever holds the Burmistrz role.
    /// </summary>
    public static bool MayAssign(string assigneeId, IEnumerable<string> assigneeRoles, string? concernsStaffUserId, CaseConcerns? concerns)
    {
        if (concernsStaffUserId is not null && string.Equals(assigneeId, concernsStaffUserId, StringComparison.Ordinal)) return false;
        if (concerns == CaseConcerns.ZadaniaWlasneBurmistrza && assigneeRoles.Contains(Staff.Roles.Burmistrz, StringComparer.Ordinal)) return false;
        return true;
    }
}

/// <summary>
/// When a skarga or wniosek counts as anonymous. § 8 ust. 1 of the rozporządzenie of 8 January 2002 leaves without
/// examination one "niezawierające imienia i nazwiska (nazwy) oraz adresu"; offices read it either way, so it is an
/// office setting.
/// </summary>
public enum AnonymityRule
{
    /// <summary>Name or address missing (the default): a letter without an address cannot be answered (art. 237 § 3 KPA).</summary>
    EitherMissing,
    /// <summary>Only when both the name and the address are missing.</summary>
    BothMissing,
}

/// <summary>Letters without the sender's identity (§ 8 ust. 1 of the rozporządzenie of 8 January 2002; art. 7 ust. 1 with art. 4 ust. 2 pkt 1 and 2 ustawy o petycjach).</summary>
public static class Anonymity
{
    /// <summary>
    /// Whether a letter is left without examination for want of the sender's identity. For a skarga or wniosek the
    /// office's <paramref name="rule"/> decides; a petycja always needs both the name (or the entity's name) and the
    /// address (art. 4 ust. 2 pkt 1 and 2; art. 7 ust. 1 ustawy o petycjach), so either missing is enough. A letter outside Dział VIII
    /// is not left for this reason.
    /// </summary>
    public static bool LeftWithoutExamination(CaseKind kind, string? name, string? address, AnonymityRule rule = AnonymityRule.EitherMissing)
    {
        var noName = string.IsNullOrWhiteSpace(name);
        var noAddress = string.IsNullOrWhiteSpace(address);
        return kind switch
        {
            CaseKind.Petycja => noName || noAddress,
            CaseKind.Skarga or CaseKind.Wniosek => rule == AnonymityRule.BothMissing ? noName && noAddress : noName || noAddress,
            _ => false,
        };
    }
}

/// <summary>What closing a case needs; the register stores these elements and the letter is rendered from them.</summary>
public sealed record CaseClosing(
    CaseKind Kind,
    CaseOutcome Outcome,
    bool LeftWithoutExaminationApplies,
    string? ReplyBodyName,
    string? ReplyContent,
    string? SignerName,
    string? SignerPost,
    string? FactualGrounds,
    string? LegalGrounds,
    string? ForwardedTo,
    DateOnly? ForwardedOn,
    int? EarlierCaseId,
    string? FileNote,
    DateOnly Received,
    DateOnly ClosedOn,
    bool CouncilCase = false,
    string? ResolutionNumber = null,
    DateOnly? ResolutionOn = null,
    Repeat? Earlier = null,
    ReplyDelivery Delivery = ReplyDelivery.Poczta,
    ElectronicSignature Signature = ElectronicSignature.Brak);

/// <summary>
/// The earlier case a repeat is linked to, and what the handler confirmed about the repeat (art. 239 § 1 KPA for a skarga,
/// art. 12 ust. 1 ustawy o petycjach for a petycja): the earlier case's kind and outcome are read from the register; the
/// same matter and the absence of new circumstances (new facts or evidence) are the handler's findings.
/// </summary>
public sealed record Repeat(CaseKind Kind, CaseOutcome? Outcome, bool SameMatter, bool NoNewCircumstances);

/// <summary>How the reply goes to the sender.</summary>
public enum ReplyDelivery
{
    Poczta,
    /// <summary>To the e-mail address the sender gave (art. 238 § 1 KPA: an electronic reply carries an electronic signature).</summary>
    Email,
    /// <summary>To the sender's e-Doręczenia or ePUAP address.</summary>
    EDoreczenia,
    /// <summary>Handed over in person at the office.</summary>
    Osobiscie,
}

/// <summary>The signature an electronic reply carries (art. 238 § 1 KPA).</summary>
public enum ElectronicSignature
{
    Brak,
    /// <summary>A qualified electronic signature (kwalifikowany podpis elektroniczny).</summary>
    Kwalifikowany,
    /// <summary>A trusted signature (podpis zaufany).</summary>
    Zaufany,
}

public enum ClosingProblem
{
    OutcomeDoesNotFitKind,
    BodyNameMissing,
    ReplyContentMissing,
    SignerNameMissing,
    SignerPostMissing,
    FactualGroundsMissing,
    LegalGroundsMissing,
    ForwardingMissing,
    NotAnonymous,
    EarlierCaseMissing,
    FileNoteMissing,
    ClosedBeforeReceived,
    /// <summary>A council case is decided by the council's resolution: its number is recorded.</summary>
    ResolutionNumberMissing,
    ResolutionDateMissing,
    /// <summary>Art. 239 § 1 KPA: the linked earlier case is not a complaint found unfounded.</summary>
    EarlierCaseNotUnfoundedComplaint,
    /// <summary>Art. 12 ust. 1 ustawy o petycjach: the linked earlier case is not a petycja already examined.</summary>
    EarlierCaseNotExaminedPetition,
    /// <summary>Art. 239 § 1 KPA: the handler has not confirmed that the repeat is on the same matter.</summary>
    SameMatterNotConfirmed,
    /// <summary>Art. 239 § 1 KPA: the handler has not confirmed that the repeat gives no new circumstances.</summary>
    NewCircumstancesNotExcluded,
    /// <summary>A reply sent electronically needs a qualified or trusted signature (art. 238 § 1 KPA).</summary>
    ElectronicReplyUnsigned,
}

/// <summary>Refuses to close a case without the elements the law requires (art. 238, 239, 231 KPA; § 8 of the rozporządzenie). Pure.</summary>
public static class ClosingValidation
{
    public static bool IsRefusal(CaseOutcome outcome) =>
        outcome is CaseOutcome.SkargaNiezasadna or CaseOutcome.SkargaCzesciowoZasadna
            or CaseOutcome.WniosekNieuwzgledniony or CaseOutcome.WniosekCzesciowoUwzgledniony
            or CaseOutcome.PetycjaNieuwzgledniona;

    /// <summary>
    /// Outcomes whose reply gives reasons: every refusal (art. 238 § 1 KPA, with the legal grounds), and every reply on a
    /// petycja whatever its outcome (art. 13 ust. 1 ustawy o petycjach: "wraz z uzasadnieniem").
    /// </summary>
    public static bool NeedsGrounds(CaseOutcome outcome) =>
        IsRefusal(outcome) || outcome is CaseOutcome.PetycjaUwzgledniona;

    /// <summary>Outcomes that end with a reply on the merits (art. 238 KPA; art. 13 ustawy o petycjach).</summary>
    public static bool NeedsReply(CaseOutcome outcome) =>
        outcome is CaseOutcome.SkargaZasadna or CaseOutcome.SkargaCzesciowoZasadna or CaseOutcome.SkargaNiezasadna
            or CaseOutcome.WniosekUwzgledniony or CaseOutcome.WniosekCzesciowoUwzgledniony or CaseOutcome.WniosekNieuwzgledniony
            or CaseOutcome.PetycjaUwzgledniona or CaseOutcome.PetycjaNieuwzgledniona;

    public static IReadOnlyList<CaseOutcome> OutcomesFor(CaseKind kind) => kind switch
    {
        CaseKind.Skarga => [CaseOutcome.SkargaZasadna, CaseOutcome.SkargaCzesciowoZasadna, CaseOutcome.SkargaNiezasadna, CaseOutcome.AdnotacjaArt239, CaseOutcome.Przekazana, CaseOutcome.BezRozpoznania, CaseOutcome.Wycofana],
        CaseKind.Wniosek => [CaseOutcome.WniosekUwzgledniony, CaseOutcome.WniosekCzesciowoUwzgledniony, CaseOutcome.WniosekNieuwzgledniony, CaseOutcome.Przekazana, CaseOutcome.BezRozpoznania, CaseOutcome.Wycofana],
        CaseKind.Petycja => [CaseOutcome.PetycjaUwzgledniona, CaseOutcome.PetycjaNieuwzgledniona, CaseOutcome.PetycjaPonowionaArt12, CaseOutcome.Przekazana, CaseOutcome.BezRozpoznania, CaseOutcome.Wycofana],
        CaseKind.NieRozpatrywanaWTrybieDzialuVIII => [CaseOutcome.SkierowanaDoWlasciwegoTrybu, CaseOutcome.Przekazana],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown case kind."),
    };

    public static IReadOnlyList<ClosingProblem> Check(CaseClosing c)
    {
        var problems = new List<ClosingProblem>();
        if (!OutcomesFor(c.Kind).Contains(c.Outcome)) problems.Add(ClosingProblem.OutcomeDoesNotFitKind);
        if (c.ClosedOn < c.Received) problems.Add(ClosingProblem.ClosedBeforeReceived);
        if (NeedsReply(c.Outcome))
        {
            if (Blank(c.ReplyBodyName)) problems.Add(ClosingProblem.BodyNameMissing);
            if (Blank(c.ReplyContent)) problems.Add(ClosingProblem.ReplyContentMissing);
            if (Blank(c.SignerName)) problems.Add(ClosingProblem.SignerNameMissing);
            if (Blank(c.SignerPost)) problems.Add(ClosingProblem.SignerPostMissing);
            if (NeedsGrounds(c.Outcome) && Blank(c.FactualGrounds)) problems.Add(ClosingProblem.FactualGroundsMissing);
            if (IsRefusal(c.Outcome) && Blank(c.LegalGrounds)) problems.Add(ClosingProblem.LegalGroundsMissing);
            if (c.Delivery is ReplyDelivery.Email or ReplyDelivery.EDoreczenia && c.Signature == ElectronicSignature.Brak)
                problems.Add(ClosingProblem.ElectronicReplyUnsigned);
        }
        // The council decides a case within its competence by resolution (art. 229 pkt 3 KPA, art. 18b ustawy o samorządzie gminnym).
        if (c.CouncilCase && NeedsReply(c.Outcome))
        {
            if (Blank(c.ResolutionNumber)) problems.Add(ClosingProblem.ResolutionNumberMissing);
            if (c.ResolutionOn is null) problems.Add(ClosingProblem.ResolutionDateMissing);
        }
        switch (c.Outcome)
        {
            case CaseOutcome.Przekazana when Blank(c.ForwardedTo) || c.ForwardedOn is null:
                problems.Add(ClosingProblem.ForwardingMissing);
                break;
            case CaseOutcome.BezRozpoznania when !c.LeftWithoutExaminationApplies:
                problems.Add(ClosingProblem.NotAnonymous);
                break;
            case CaseOutcome.AdnotacjaArt239 or CaseOutcome.PetycjaPonowionaArt12:
                if (c.EarlierCaseId is null) problems.Add(ClosingProblem.EarlierCaseMissing);
                else problems.AddRange(Repeats.Check(c.Kind, c.Earlier));
                if (Blank(c.FileNote)) problems.Add(ClosingProblem.FileNoteMissing);
                break;
        }
        return problems;
    }

    private static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);
}

/// <summary>
/// A repeat on the same matter without new circumstances. Art. 239 § 1 KPA: a complaint found unfounded, repeated without
/// new circumstances, may get a file note upholding the earlier position instead of a reply. Art. 12 ust. 1 ustawy o
/// petycjach: a petycja on a matter of a petycja already examined, with no new facts or evidence, may be left unexamined,
/// the filer being told so with reference to the earlier one. All three conditions must hold: the earlier case's kind and
/// outcome (read from the register), the same matter and no new circumstances (confirmed by the handler). Pure.
/// </summary>
public static class Repeats
{
    public static IReadOnlyList<ClosingProblem> Check(CaseKind kind, Repeat? earlier)
    {
        var problems = new List<ClosingProblem>();
        if (kind == CaseKind.Petycja)
        {
            if (earlier is not { Kind: CaseKind.Petycja, Outcome: CaseOutcome.PetycjaUwzgledniona or CaseOutcome.PetycjaNieuwzgledniona })
                problems.Add(ClosingProblem.EarlierCaseNotExaminedPetition);
        }
        else if (earlier is not { Kind: CaseKind.Skarga, Outcome: CaseOutcome.SkargaNiezasadna })
        {
            problems.Add(ClosingProblem.EarlierCaseNotUnfoundedComplaint);
        }
        if (earlier is not { SameMatter: true }) problems.Add(ClosingProblem.SameMatterNotConfirmed);
        if (earlier is not { NoNewCircumstances: true }) problems.Add(ClosingProblem.NewCircumstancesNotExcluded);
        return problems;
    }
}
