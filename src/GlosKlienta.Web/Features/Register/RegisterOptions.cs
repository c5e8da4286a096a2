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
}
