using GlosKlienta.Documents;
using DocFormat = GlosKlienta.Documents.DocumentFormat;
using GlosKlienta.Domain.Register;

namespace GlosKlienta.Web.Features.Register.Letters;

/// <summary>The letters a case can produce; the slug is the form value.</summary>
public enum LetterKind
{
    Odpowiedz,
    Przekazanie,
    ZawiadomienieOPrzekazaniu,
    Zwloka,
    Protokol,
    Adnotacja,
    Wezwanie,
    /// <summary>The notice to a poseł, senator or radny (art. 237 § 2, art. 247 KPA).</summary>
    ZawiadomienieArt237,
    /// <summary>Forwarding a part of a petycja to the body competent for it (art. 6 ust. 2 ustawy o petycjach), and the petitioner's notice.</summary>
    PrzekazanieCzesci,
    ZawiadomienieOPrzekazaniuCzesci,
}

/// <summary>What the person generating a letter adds to what the case holds.</summary>
/// <param name="Examiner">The body that examines the rest of a petition forwarded in part (art. 6 ust. 2 ustawy o petycjach).</param>
public sealed record LetterExtras(Signer? Signer, string? BodyAddress, string? Place, string? TakenBy, string? WhatIsNeeded, string? Note, string? Examiner = null);

/// <summary>Assembles the builders' inputs from a case and the office profile: the one place that maps the case to letters.</summary>
public static class CaseLetters
{
    public static string Slug(LetterKind kind) => kind.ToString().ToLowerInvariant();

    public static LetterKind? Parse(string? slug) =>
        Enum.GetValues<LetterKind>().Cast<LetterKind?>().FirstOrDefault(k => string.Equals(Slug(k!.Value), (slug ?? "").Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The letters that fit the case as it stands.</summary>
    public static IReadOnlyList<LetterKind> Available(RegisterCase c, RegisterCase? earlier)
    {
        ArgumentNullException.ThrowIfNull(c);
        var list = new List<LetterKind>();
        // Before closing, the reply drafted on the case page (issue 15) is there to be signed.
        if ((c.Outcome ?? c.DraftOutcome) is { } o && ClosingValidation.NeedsReply(o) && c.ReplyContent is not null && c.SignerName is not null) list.Add(LetterKind.Odpowiedz);
        if (c.ForwardedTo is not null && c.ForwardedOn is not null) list.AddRange([LetterKind.Przekazanie, LetterKind.ZawiadomienieOPrzekazaniu]);
        if (c.PartForwardedTo is not null && c.PartForwardedOn is not null) list.AddRange([LetterKind.PrzekazanieCzesci, LetterKind.ZawiadomienieOPrzekazaniuCzesci]);
        if (c.DelayNoticeOn is not null && c.NewDueOn is not null) list.Add(LetterKind.Zwloka);
        if (c.Channel == CaseChannel.Ustnie) list.Add(LetterKind.Protokol);
        if (c.Kind is CaseKind.Skarga or CaseKind.Petycja && earlier is not null) list.Add(LetterKind.Adnotacja);
        // The call needs somewhere to go: an address or an e-mail address.
        if (!c.IsClosed && Clarification.Applies(c.Kind) && !(string.IsNullOrWhiteSpace(c.SenderAddress) && string.IsNullOrWhiteSpace(c.SenderEmail))) list.Add(LetterKind.Wezwanie);
        if (c.MemberNoticeDueOn is not null && c.MemberToNotify is not null) list.Add(LetterKind.ZawiadomienieArt237);
        return list;
    }

    /// <summary>Whether the letter needs a signer typed in (the reply takes the one recorded on the case; the protocol has signature lines).</summary>
    public static bool NeedsSigner(LetterKind kind) => kind is not (LetterKind.Odpowiedz or LetterKind.Protokol);

    /// <summary>The case sign on letters: the case mark of the instrukcja kancelaryjna, or the register number for a case registered before marks.</summary>
    public static string Sign(RegisterCase c) => c.CaseMark is { Length: > 0 } mark ? mark : c.RegisterNumber;

    public static string FileName(LetterKind kind, RegisterCase c, DocFormat format) =>
        $"{Slug(kind)}-{c.Number.ToString(CultureInfo.InvariantCulture)}-{c.Year.ToString(CultureInfo.InvariantCulture)}{FormatInfo.Extension(format)}";

    public static Document Build(LetterKind kind, RegisterCase c, RegisterCase? earlier, OfficeProfile office, string controller, DateOnly today, LetterExtras extras)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(extras);
        var main = office.Buildings.FirstOrDefault(b => b.IsMain) ?? (office.Buildings.Count > 0 ? office.Buildings[0] : null);
        LetterHead Head(DateOnly date) => new(office.Name, main?.Address, office.Locality, Sign(c), date, c.RegisterNumber);
        var sender = new Party(c.SenderName ?? "", c.SenderAddress);
        var matter = new Matter(c.Kind, c.ReceivedOn, c.Subject);
        var signer = extras.Signer ?? new Signer(c.SignerName ?? "", c.SignerPost ?? "");
        return kind switch
        {
            LetterKind.Odpowiedz => LetterBuilders.Reply(new ReplyInput(Head(c.ReplyOn ?? c.ClosedOn ?? today), sender, matter, c.ReplyBodyName ?? "", c.ReplyContent ?? "",
                c.Outcome ?? c.DraftOutcome ?? throw new InvalidOperationException("The case has no outcome and no drafted reply."), c.FactualGrounds, c.LegalGrounds, new Signer(c.SignerName ?? "", c.SignerPost ?? ""),
                c.ResolutionNumber is { } number ? $"nr {number}" + (c.ResolutionOn is { } on ? $" z dnia {PolishDates.InLetter(on)}" : "") : null,
                c.ReplySignature)),
            LetterKind.Przekazanie => LetterBuilders.Forwarding(new ForwardingInput(Head(c.ForwardedOn ?? today), new Party(c.ForwardedTo ?? "", extras.BodyAddress), sender, matter, signer)),
            LetterKind.ZawiadomienieOPrzekazaniu => LetterBuilders.ForwardingNotice(new ForwardingNoticeInput(Head(c.ForwardedOn ?? today), sender, matter, c.ForwardedTo ?? "", c.ForwardedOn ?? today,
                new DataProtectionInfo(controller, main?.Address ?? office.Locality, null), signer)),
            LetterKind.PrzekazanieCzesci => LetterBuilders.Forwarding(new ForwardingInput(Head(c.PartForwardedOn ?? today), new Party(c.PartForwardedTo ?? "", extras.BodyAddress), sender, matter, signer,
                c.PartForwardedScope ?? "", c.ReplyBodyName ?? extras.Examiner)),
            LetterKind.ZawiadomienieOPrzekazaniuCzesci => LetterBuilders.ForwardingNotice(new ForwardingNoticeInput(Head(c.PartForwardedOn ?? today), sender, matter, c.PartForwardedTo ?? "",
                c.PartForwardedOn ?? today, new DataProtectionInfo(controller, main?.Address ?? office.Locality, null), signer, c.PartForwardedScope ?? "", c.ReplyBodyName ?? extras.Examiner)),
            LetterKind.Zwloka => LetterBuilders.DelayNotice(new DelayNoticeInput(Head(c.DelayNoticeOn ?? today), sender, matter, c.DueOn,
                c.NewDueOn ?? throw new InvalidOperationException("The case has no new date."), c.DelayReason ?? "", signer)),
            LetterKind.Protokol => LetterBuilders.OralProtocol(new OralProtocolInput(Head(c.ReceivedOn), sender, matter, c.Summary, extras.Place ?? main?.Address ?? "", extras.TakenBy ?? c.RegisteredBy)),
            LetterKind.Adnotacja => LetterBuilders.FileNote(new FileNoteInput(Head(c.ClosedOn ?? today), sender, matter, earlier?.RegisterNumber ?? "", earlier?.ReplyOn ?? earlier?.ClosedOn,
                extras.Note ?? c.FileNote ?? "", signer, earlier?.Outcome)),
            LetterKind.Wezwanie => LetterBuilders.Clarification(new ClarificationInput(Head(today), sender, matter, extras.WhatIsNeeded ?? "", signer)),
            LetterKind.ZawiadomienieArt237 => LetterBuilders.MemberNoticeLetter(new MemberNoticeInput(Head(c.MemberNoticeOn ?? today),
                c.MemberName is not null ? new Party(c.MemberName, c.MemberAddress) : sender,
                c.MemberName is not null ? c.SenderName ?? "" : null,
                matter,
                c.CompetentBody == CompetentBody.RadaGminy ? office.CouncilName ?? controller : office.ExecutiveName ?? controller,
                c.EffectiveDueOn,
                c.Outcome is { } o && ClosingValidation.NeedsReply(o) ? o : null,
                c.ReplyOn,
                extras.Note,
                signer)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown letter."),
        };
    }
}

/// <summary>Audit codes of the letters.</summary>
public static class LetterAudit
{
    public const string Generated = "register.letter-generated";
}
