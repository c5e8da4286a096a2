using GlosKlienta.Domain.Register;

namespace GlosKlienta.Web.Features.Register;

/// <summary>The office's settings of the register (section "Register" of the configuration).</summary>
public sealed class RegisterOptions
{
    /// <summary>
    /// When a skarga or wniosek without the sender's identity is left without examination (§ 8 ust. 1 of the
    /// rozporządzenie of 8 January 2002): by default when the name or the address is missing, since a letter without an
    /// address cannot be answered (art. 237 § 3 KPA); <see cref="AnonymityRule.BothMissing"/> for offices that read it
    /// as both. A petycja always needs both (art. 4 ust. 2 pkt 1 ustawy o petycjach).
    /// </summary>
    public AnonymityRule AnonymousWhen { get; set; } = AnonymityRule.EitherMissing;

    /// <summary>
    /// Whether the office can sign a reply with a qualified or trusted signature (art. 238 § 1 KPA). Without one, replies
    /// go on paper and the public form does not offer an e-mail reply.
    /// </summary>
    public bool ElectronicReplies { get; set; }

    /// <summary>The pattern of case marks (znak sprawy) from the office's instrukcja kancelaryjna: {komorka}, {jrwa}, {nr}, {rok}.</summary>
    public string CaseMarkPattern { get; set; } = CaseMark.DefaultPattern;

    /// <summary>The symbol of the unit that keeps the register (e.g. OR, the Referat Organizacyjny).</summary>
    public string UnitSymbol { get; set; } = "OR";

    /// <summary>
    /// The JRWA class of each kind of case, by kind name; a kind not listed takes <see cref="DefaultJrwaClass"/>. Set
    /// them from the office's own jednolity rzeczowy wykaz akt.
    /// </summary>
    public Dictionary<string, string> JrwaClasses { get; set; } = [];

    /// <summary>The JRWA class of complaints and requests in the wykaz for gminy ("Skargi i wnioski").</summary>
    public string DefaultJrwaClass { get; set; } = "1510";

    public string JrwaClassOf(CaseKind kind) => JrwaClasses.TryGetValue(kind.ToString(), out var c) && !string.IsNullOrWhiteSpace(c) ? c.Trim() : DefaultJrwaClass;

    /// <summary>
    /// The JRWA archival category of each kind's case files, by kind name (<c>Skarga</c>, <c>Wniosek</c>, <c>Petycja</c>,
    /// <c>NieRozpatrywanaWTrybieDzialuVIII</c>): "A", "B5", "B10", "BE5"; a kind not listed takes <see cref="DefaultRetention"/>.
    /// Set them from the office's own wykaz akt.
    /// </summary>
    public Dictionary<string, string> Retention { get; set; } = [];

    /// <summary>The category of case files of a kind not listed in <see cref="Retention"/>.</summary>
    public string DefaultRetention { get; set; } = "B5";

    public ArchivalCategory RetentionOf(CaseKind kind) =>
        ArchivalCategory.TryParse(Retention.TryGetValue(kind.ToString(), out var c) && !string.IsNullOrWhiteSpace(c) ? c : DefaultRetention)
        ?? throw new InvalidOperationException($"Register:Retention:{kind} is no JRWA category (A, Bn, BEn).");

    /// <summary>Every configured category reads as one (checked at start, so a typo stops the server rather than a disposal).</summary>
    public bool RetentionValid() =>
        ArchivalCategory.TryParse(DefaultRetention) is not null && Retention.Values.All(v => ArchivalCategory.TryParse(v) is not null);
}
