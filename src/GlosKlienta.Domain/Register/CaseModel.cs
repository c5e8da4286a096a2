namespace GlosKlienta.Domain.Register;

// The vocabulary of the register of skargi, wnioski and petycje (KPA Dział VIII, ustawa o petycjach).
// Values are stored by name in the database: add new ones freely, never rename one.

/// <summary>What a letter is by its content, not its title (art. 222 KPA).</summary>
public enum CaseKind
{
    /// <summary>Neglect, breach of law or interests, slow or bureaucratic handling (art. 227 KPA).</summary>
    Skarga,
    /// <summary>Improvement of organisation and work, prevention of abuse (art. 241 KPA).</summary>
    Wniosek,
    /// <summary>A petition under the ustawa o petycjach of 11 July 2014.</summary>
    Petycja,
    /// <summary>Not a matter of Dział VIII; <see cref="NotHandledReason"/> says what it is instead.</summary>
    NieRozpatrywanaWTrybieDzialuVIII,
}

/// <summary>Why a letter is not handled as a skarga, wniosek or petycja.</summary>
public enum NotHandledReason
{
    /// <summary>A complaint about a pending case is handled in that case (art. 234 pkt 1 KPA).</summary>
    SkargaWSprawieWToku,
    /// <summary>A complaint about a final decision is a request to reopen or annul it (art. 235 § 1 KPA).</summary>
    WniosekOWznowienieLubUniewaznienie,
    /// <summary>A request for access to public information (ustawa o dostępie do informacji publicznej).</summary>
    DostepDoInformacjiPublicznej,
    /// <summary>Anything else; the remarks say what.</summary>
    Inna,
}

/// <summary>How the letter reached the office (§ 5 of the rozporządzenie of 8 January 2002, art. 248 KPA).</summary>
public enum CaseChannel
{
    Papier,
    Email,
    Faks,
    /// <summary>ePUAP or e-Doręczenia; the case keeps the delivery reference (UPP / identifier of the delivery).</summary>
    EDoreczenia,
    /// <summary>Forwarded by the press, radio or television (art. 248 KPA).</summary>
    Prasa,
    /// <summary>Filed orally and recorded in a protocol (date, name, address, summary, both signatures).</summary>
    Ustnie,
    /// <summary>The public form of this application.</summary>
    FormularzOnline,
}

/// <summary>The body competent to handle the case (art. 229 KPA).</summary>
public enum CompetentBody
{
    Burmistrz,
    RadaGminy,
    Wojewoda,
    /// <summary>Another body; the case names it and is forwarded (art. 231, 243 KPA; art. 6 ustawy o petycjach).</summary>
    InnyOrgan,
}

/// <summary>Whom or what the case is about; decides competence (art. 229) and whom it may not be assigned to (art. 256).</summary>
public enum CaseConcerns
{
    /// <summary>The Burmistrz's own tasks (zadania własne) or the Burmistrz personally.</summary>
    ZadaniaWlasneBurmistrza,
    /// <summary>The head of a municipal organisational unit.</summary>
    KierownikJednostki,
    /// <summary>Tasks delegated by the government administration (zadania zlecone).</summary>
    ZadaniaZlecone,
    /// <summary>An employee of the office.</summary>
    Pracownik,
    /// <summary>The work of the office as such (organisation, service), typical of a wniosek.</summary>
    DzialalnoscUrzedu,
    /// <summary>The Rada Gminy itself.</summary>
    RadaGminy,
    /// <summary>A matter for a body outside the municipality.</summary>
    SprawaInnegoOrganu,
}

/// <summary>How a case ended.</summary>
public enum CaseOutcome
{
    SkargaZasadna,
    SkargaCzesciowoZasadna,
    SkargaNiezasadna,
    WniosekUwzgledniony,
    WniosekCzesciowoUwzgledniony,
    WniosekNieuwzgledniony,
    PetycjaUwzgledniona,
    PetycjaNieuwzgledniona,
    /// <summary>Forwarded to the competent body (art. 231, 243 KPA; art. 6 ustawy o petycjach).</summary>
    Przekazana,
    /// <summary>
    /// Left without examination: the sender's identity missing (§ 8 ust. 1 of the rozporządzenie; art. 7 ust. 1 ustawy o
    /// petycjach), or a call to clarify or complete left unanswered in time (§ 8 ust. 2; art. 7 ust. 2).
    /// </summary>
    BezRozpoznania,
    /// <summary>A repeated unfounded complaint with no new facts: a file note instead of a reply (art. 239 § 1 KPA).</summary>
    AdnotacjaArt239,
    /// <summary>
    /// A petycja on a matter of one already examined, with no new facts or evidence: left unexamined, the filer told so with
    /// reference to the earlier one (art. 12 ust. 1 ustawy o petycjach).
    /// </summary>
    PetycjaPonowionaArt12,
    /// <summary>Not a matter of Dział VIII: handed to the proceedings where it belongs (art. 234, 235 KPA, access to information).</summary>
    SkierowanaDoWlasciwegoTrybu,
    /// <summary>Withdrawn by the sender.</summary>
    Wycofana,
}
