using GlosKlienta.Domain.Register;
using GlosKlienta.Documents;

namespace GlosKlienta.Web.Features.Register.Letters;

/// <summary>
/// The register's letters and protocols as <see cref="Document"/>s laid out like Polish official letters:
/// place and date and the case sign on top, the addressee, the subject, the body, the signer and, where
/// the law requires one, the "Pouczenie". Pure: everything comes from the input record.
/// </summary>
public static class LetterBuilders
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public const string Art239Instruction =
        "Zgodnie z art. 239 § 1 Kodeksu postępowania administracyjnego, w przypadku gdy skarga, w wyniku jej rozpatrzenia, " +
        "została uznana za bezzasadną i jej bezzasadność wykazano w odpowiedzi na skargę, a skarżący ponowił skargę bez wskazania " +
        "nowych okoliczności – organ właściwy do jej rozpatrzenia może podtrzymać swoje poprzednie stanowisko z odpowiednią " +
        "adnotacją w aktach sprawy – bez zawiadamiania skarżącego.";

    /// <summary>A wniosek not (or only partly) granted: the right to complain about how it was handled (art. 246 § 1 KPA, as the domain guide states it).</summary>
    public const string Art246Instruction =
        "Zgodnie z art. 246 § 1 Kodeksu postępowania administracyjnego wnioskodawcy niezadowolonemu ze sposobu załatwienia wniosku przysługuje prawo " +
        "wniesienia skargi w trybie przewidzianym w rozdziale 2 działu VIII KPA (art. 227–240 KPA).";


    /// <summary>The kind's noun in the nominative, accusative and genitive.</summary>
    public static (string Nom, string Acc, string Gen) Words(CaseKind kind) => kind switch
    {
        CaseKind.Skarga => ("skarga", "skargę", "skargi"),
        CaseKind.Wniosek => ("wniosek", "wniosek", "wniosku"),
        CaseKind.Petycja => ("petycja", "petycję", "petycji"),
        _ => ("pismo", "pismo", "pisma"),
    };

    public static Document Reply(ReplyInput x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var (_, acc, gen) = Words(x.Matter.Kind);
        var refusal = ClosingValidation.IsRefusal(x.Outcome);
        var blocks = Top(x.Head, x.Addressee);
        blocks.Add(Subject($"odpowiedź na {acc} z dnia {PolishDates.InLetter(x.Matter.Received)} w sprawie: {x.Matter.Subject}"));
        blocks.Add(Body(x.Matter.Kind == CaseKind.Petycja
            ? $"{x.BodyName}, działając na podstawie art. 13 ust. 1 ustawy z dnia 11 lipca 2014 r. o petycjach, po rozpatrzeniu petycji złożonej w dniu {PolishDates.InLetter(x.Matter.Received)}, zawiadamia o sposobie jej załatwienia: {OutcomeText(x.Outcome)}."
            : $"{x.BodyName}, działając na podstawie art. 238 § 1 Kodeksu postępowania administracyjnego, po rozpatrzeniu {gen} z dnia {PolishDates.InLetter(x.Matter.Received)}{(x.Resolution is { } res ? $" uchwałą {res}" : "")} zawiadamia o sposobie {G(x.Matter.Kind, "jej", "jego", "jego")} załatwienia: {OutcomeText(x.Outcome)}."));
        blocks.Add(Body(x.HowHandled));
        if (x.Matter.Kind == CaseKind.Petycja)
        {
            // Art. 13 ust. 1 ustawy o petycjach: the reply gives reasons whatever the outcome.
            blocks.Add(new Heading(3, "Uzasadnienie"));
            blocks.Add(Body(x.FactualGrounds ?? ""));
            if (x.LegalGrounds is { Length: > 0 } legal) blocks.Add(Body(legal));
        }
        else if (refusal)
        {
            blocks.Add(new Heading(3, "Uzasadnienie faktyczne"));
            blocks.Add(Body(x.FactualGrounds ?? ""));
            blocks.Add(new Heading(3, "Uzasadnienie prawne"));
            blocks.Add(Body(x.LegalGrounds ?? ""));
        }
        SignerBlock(blocks, x.Signer);
        if (x.Signature != ElectronicSignature.Brak)
            blocks.Add(new Paragraph(x.Signature == ElectronicSignature.Kwalifikowany
                ? "Dokument podpisano kwalifikowanym podpisem elektronicznym (art. 238 § 1 Kodeksu postępowania administracyjnego)."
                : "Dokument podpisano podpisem zaufanym (art. 238 § 1 Kodeksu postępowania administracyjnego).") { Align = TextAlign.Right, SizePt = 9 });
        switch (Remedies.ForReply(x.Matter.Kind, x.Outcome))
        {
            case ReplyInstruction.Art239:
                Instruction(blocks, Art239Instruction);
                break;
            case ReplyInstruction.Art246RightToComplain:
                Instruction(blocks, Art246Instruction);
                break;
            case ReplyInstruction.PetitionNoAppeal:
                Instruction(blocks, "Zgodnie z art. 13 ust. 2 ustawy z dnia 11 lipca 2014 r. o petycjach sposób załatwienia petycji nie może być przedmiotem skargi.");
                break;
            case ReplyInstruction.None:
                break;
        }
        return Letter($"Odpowiedź – {x.Head.CaseSign}", blocks, x.Head);
    }

    public static Document Forwarding(ForwardingInput x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var (_, acc, gen) = Words(x.Matter.Kind);
        var blocks = Top(x.Head, x.CompetentBody);
        if (x.Part is { } part)
        {
            // Art. 6 ust. 2 ustawy o petycjach: the part that is another body's goes to it; the rest is examined here.
            blocks.Add(Subject($"przekazanie części {gen} według właściwości"));
            blocks.Add(Body($"Na podstawie {PartForwardingBasis} przekazuję według właściwości {acc} {G(x.Matter.Kind, "złożoną", "złożony", "złożone")} w dniu {PolishDates.InLetter(x.Matter.Received)} przez: {Describe(x.Sender)}, w sprawie: {x.Matter.Subject}, w części dotyczącej: {part}."));
            blocks.Add(Body($"Rozpatrzenie petycji w tej części nie należy do właściwości organu przekazującego; w pozostałym zakresie petycję rozpatruje {x.Examiner}. Wnoszący został równocześnie zawiadomiony o przekazaniu."));
        }
        else
        {
            blocks.Add(Subject($"przekazanie {gen} według właściwości"));
            blocks.Add(Body($"Na podstawie {ForwardingBasis(x.Matter.Kind)} przekazuję według właściwości {acc} {G(x.Matter.Kind, "złożoną", "złożony", "złożone")} w dniu {PolishDates.InLetter(x.Matter.Received)} przez: {Describe(x.Sender)}, w sprawie: {x.Matter.Subject}."));
            blocks.Add(Body("Rozpatrzenie sprawy nie należy do właściwości organu przekazującego. Wnoszący został równocześnie zawiadomiony o przekazaniu."));
        }
        SignerBlock(blocks, x.Signer);
        blocks.Add(new Paragraph("Załącznik:", bold: true) { SpaceAfterPt = 2 });
        blocks.Add(new BulletList([x.Part is null
            ? $"{Capital(x.Matter.Kind)} z dnia {PolishDates.InLetter(x.Matter.Received)} wraz z załącznikami (oryginał)."
            : $"{Capital(x.Matter.Kind)} z dnia {PolishDates.InLetter(x.Matter.Received)} wraz z załącznikami (kopia; oryginał pozostaje u organu przekazującego)."], Numbered: true));
        blocks.Add(new Paragraph("Do wiadomości:", bold: true) { SpaceAfterPt = 2 });
        blocks.Add(new BulletList([Describe(x.Sender)], Numbered: true));
        return Letter($"Przekazanie – {x.Head.CaseSign}", blocks, x.Head);
    }

    public static Document ForwardingNotice(ForwardingNoticeInput x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var (_, acc, gen) = Words(x.Matter.Kind);
        var blocks = Top(x.Head, x.Sender);
        if (x.Part is { } part)
        {
            blocks.Add(Subject($"zawiadomienie o przekazaniu części {gen} według właściwości"));
            blocks.Add(Body($"Uprzejmie zawiadamiam, że {acc} {G(x.Matter.Kind, "złożoną", "złożony", "złożone")} w dniu {PolishDates.InLetter(x.Matter.Received)} w sprawie: {x.Matter.Subject}, w części dotyczącej: {part}, na podstawie {PartForwardingBasis} przekazano w dniu {PolishDates.InLetter(x.ForwardedOn)} do: {x.ForwardedTo}, jako podmiotu właściwego do {G(x.Matter.Kind, "jej", "jego", "jego")} rozpatrzenia w tym zakresie."));
            blocks.Add(Body($"W pozostałym zakresie petycję rozpatruje {x.Examiner}; o sposobie jej załatwienia zawiadomimy odrębnie. W przekazanej części dalsza korespondencja będzie prowadzona przez podmiot, do którego ją przekazano."));
        }
        else
        {
            blocks.Add(Subject($"zawiadomienie o przekazaniu {gen} według właściwości"));
            blocks.Add(Body($"Uprzejmie zawiadamiam, że {acc} {G(x.Matter.Kind, "złożoną", "złożony", "złożone")} w dniu {PolishDates.InLetter(x.Matter.Received)} w sprawie: {x.Matter.Subject}, na podstawie {ForwardingBasis(x.Matter.Kind)} przekazano w dniu {PolishDates.InLetter(x.ForwardedOn)} do: {x.ForwardedTo}, jako organu właściwego do {G(x.Matter.Kind, "jej", "jego", "jego")} rozpatrzenia."));
            blocks.Add(Body("Dalsza korespondencja w tej sprawie będzie prowadzona przez organ, do którego sprawę przekazano."));
        }
        SignerBlock(blocks, x.Signer);
        blocks.Add(new Paragraph("Załącznik: informacja o przetwarzaniu danych osobowych.") { SpaceAfterPt = 2 });
        blocks.Add(new PageBreak());
        blocks.Add(new Heading(2, "Informacja o przetwarzaniu danych osobowych"));
        blocks.Add(Body("Na podstawie art. 13 ust. 1 i 2 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. (RODO) informujemy, że:"));
        blocks.Add(new BulletList(
        [
            $"administratorem Pani/Pana danych osobowych jest {x.DataProtection.Controller}, {x.DataProtection.ControllerAddress};",
            x.DataProtection.InspectorContact is { Length: > 0 } iod
                ? $"z inspektorem ochrony danych można się skontaktować: {iod};"
                : $"z inspektorem ochrony danych można się skontaktować listownie na adres administratora, z dopiskiem „Inspektor ochrony danych”;",
            $"dane przetwarzamy w celu rozpatrzenia {gen} i {G(x.Matter.Kind, "jej", "jego", "jego")} przekazania organowi właściwemu (art. 6 ust. 1 lit. c RODO w związku z {ForwardingBasis(x.Matter.Kind)});",
            $"odbiorcą danych jest {x.ForwardedTo} jako organ właściwy oraz podmioty uprawnione na podstawie przepisów prawa;",
            "dane przechowujemy przez okres wynikający z przepisów o narodowym zasobie archiwalnym i archiwach oraz jednolitego rzeczowego wykazu akt;",
            "ma Pani/Pan prawo dostępu do swoich danych, ich sprostowania oraz ograniczenia przetwarzania;",
            "ma Pani/Pan prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa);",
            "podanie danych jest warunkiem rozpatrzenia sprawy: pismo bez imienia i nazwiska (nazwy) oraz adresu pozostaje bez rozpoznania;",
            "dane nie służą do zautomatyzowanego podejmowania decyzji ani profilowania i nie są przekazywane do państwa trzeciego.",
        ]));
        return Letter($"Zawiadomienie o przekazaniu – {x.Head.CaseSign}", blocks, x.Head);
    }

    /// <summary>
    /// The notice that a case will not be handled in time. A skarga: art. 36 § 1 through art. 237 § 4 KPA, with the
    /// instruction on the ponaglenie worded for the complainant (art. 37). A wniosek: art. 245 KPA alone (reasons, actions
    /// taken, new date); no ponaglenie, the remedy is a skarga (art. 246 § 2). A petycja: the ustawa o petycjach.
    /// </summary>
    public static Document DelayNotice(DelayNoticeInput x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var (_, _, gen) = Words(x.Matter.Kind);
        var kind = x.Matter.Kind;
        var blocks = Top(x.Head, x.Sender);
        blocks.Add(Subject($"zawiadomienie o niezałatwieniu {gen} w terminie"));
        blocks.Add(Body(kind switch
        {
            CaseKind.Petycja => $"Na podstawie art. 10 ust. 2 ustawy z dnia 11 lipca 2014 r. o petycjach zawiadamiam, że petycja złożona w dniu {PolishDates.InLetter(x.Matter.Received)} w sprawie: {x.Matter.Subject} nie zostanie rozpatrzona w terminie do dnia {PolishDates.InLetter(x.OriginalDue)}",
            CaseKind.Wniosek => $"Na podstawie art. 245 Kodeksu postępowania administracyjnego zawiadamiam, że wniosek złożony w dniu {PolishDates.InLetter(x.Matter.Received)} w sprawie: {x.Matter.Subject} nie zostanie załatwiony w terminie do dnia {PolishDates.InLetter(x.OriginalDue)}",
            _ => $"Na podstawie art. 36 § 1 Kodeksu postępowania administracyjnego w związku z art. 237 § 4 KPA zawiadamiam, że skarga złożona w dniu {PolishDates.InLetter(x.Matter.Received)} w sprawie: {x.Matter.Subject} nie zostanie załatwiona w terminie do dnia {PolishDates.InLetter(x.OriginalDue)}",
        }));
        blocks.Add(new Paragraph([new Run(kind == CaseKind.Wniosek ? "Przyczyna zwłoki i podjęte dotąd czynności: " : "Przyczyna zwłoki: ", Bold: true), new Run(x.Reasons)]) { Align = TextAlign.Justify });
        blocks.Add(new Paragraph([new Run("Nowy termin załatwienia sprawy: ", Bold: true), new Run(PolishDates.InLetter(x.NewDue))]));
        SignerBlock(blocks, x.Signer);
        switch (Remedies.WhenLate(kind))
        {
            case LateRemedy.Ponaglenie:
                Instruction(blocks,
                    "Zgodnie z art. 37 § 1 w związku z art. 237 § 4 Kodeksu postępowania administracyjnego skarżącemu przysługuje prawo do wniesienia ponaglenia, " +
                    "jeżeli skargi nie załatwiono w terminie określonym w art. 237 § 1 KPA ani w terminie wskazanym w niniejszym zawiadomieniu (bezczynność) " +
                    "albo jest ona rozpatrywana dłużej, niż jest to niezbędne (przewlekłość). Ponaglenie zawiera uzasadnienie i wnosi się je do organu wyższego stopnia " +
                    "za pośrednictwem organu rozpatrującego skargę, a jeżeli nie ma organu wyższego stopnia – do organu rozpatrującego skargę (art. 37 § 1a i § 3 KPA).");
                break;
            case LateRemedy.Skarga:
                Instruction(blocks,
                    "Na niezałatwienie wniosku w terminie przysługuje skarga w trybie rozdziału 2 działu VIII Kodeksu postępowania administracyjnego (art. 246 § 2 KPA). " +
                    "Ponaglenie (art. 37 KPA) nie przysługuje, ponieważ przepisy o wnioskach nie odsyłają do art. 36–38 KPA.");
                break;
            case LateRemedy.None:
                break;
        }
        return Letter($"Zawiadomienie o zwłoce – {x.Head.CaseSign}", blocks, x.Head);
    }

    /// <summary>
    /// The notice to a poseł, senator or radny who filed or passed on a skarga or wniosek (art. 237 § 2, art. 247 KPA): how
    /// it was handled or, while it is still open, the state of its examination. Sent within 14 days; the handling term
    /// stays one month.
    /// </summary>
    public static Document MemberNoticeLetter(MemberNoticeInput x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var (_, _, gen) = Words(x.Matter.Kind);
        var blocks = Top(x.Head, x.Member);
        var passedOn = x.Complainant is not null;
        blocks.Add(Subject(x.Outcome is null ? $"zawiadomienie o stanie rozpatrywania {gen}" : $"zawiadomienie o sposobie załatwienia {gen}"));
        var filed = x.Matter.Kind == CaseKind.Wniosek
            ? (passedOn ? $"wniosek złożony przez: {x.Complainant}, przekazany przez Panią/Pana" : "wniosek złożony przez Panią/Pana")
            : (passedOn ? $"skarga złożona przez: {x.Complainant}, przekazana przez Panią/Pana" : "skarga złożona przez Panią/Pana");
        var basis = "art. 237 § 2" + (x.Matter.Kind == CaseKind.Wniosek ? " w związku z art. 247" : "") + " Kodeksu postępowania administracyjnego";
        blocks.Add(Body($"Na podstawie {basis} uprzejmie zawiadamiam, że {filed}, która wpłynęła w dniu {PolishDates.InLetter(x.Matter.Received)}, w sprawie: {x.Matter.Subject}, ".Replace("która wpłynęła", G(x.Matter.Kind, "która wpłynęła", "który wpłynął", "które wpłynęło"), StringComparison.Ordinal) +
            (x.Outcome is { } o
                ? $"{G(x.Matter.Kind, "została załatwiona", "został załatwiony", "zostało załatwione")}{(x.RepliedOn is { } r ? $" odpowiedzią z dnia {PolishDates.InLetter(r)}" : "")}: {OutcomeText(o)}."
                : $"jest w toku rozpatrywania przez: {x.BodyName}. Termin {G(x.Matter.Kind, "jej", "jego", "jego")} załatwienia upływa z dniem {PolishDates.InLetter(x.HandlingDue)} (art. {(x.Matter.Kind == CaseKind.Wniosek ? "244 § 1" : "237 § 1")} KPA).")));
        if (x.State is { Length: > 0 } state) blocks.Add(Body(state));
        SignerBlock(blocks, x.Signer);
        return Letter($"Zawiadomienie art. 237 § 2 – {x.Head.CaseSign}", blocks, x.Head);
    }

    public static Document OralProtocol(OralProtocolInput x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var (_, _, gen) = Words(x.Matter.Kind);
        var blocks = new List<Block>
        {
            new Paragraph($"{x.Head.Locality}, {PolishDates.InLetter(x.Head.Date)}") { Align = TextAlign.Right },
            new Paragraph($"{x.Head.OfficeName}\n{x.Head.CaseLines}"),
            new Spacer(6),
            new Heading(1, $"Protokół przyjęcia {gen} {G(x.Matter.Kind, "wniesionej", "wniesionego", "wniesionego")} ustnie") { Align = TextAlign.Center },
            new Paragraph("sporządzony na podstawie § 6 ust. 2 rozporządzenia Rady Ministrów z dnia 8 stycznia 2002 r. w sprawie organizacji przyjmowania i rozpatrywania skarg i wniosków") { Align = TextAlign.Center },
            new Table(["", ""],
            [
                ["Data przyjęcia", PolishDates.InLetter(x.Matter.Received)],
                ["Miejsce przyjęcia", x.Place],
                ["Imię i nazwisko (nazwa) wnoszącego", x.Sender.Name],
                ["Adres wnoszącego", x.Sender.Address ?? ""],
                ["Przedmiot sprawy", x.Matter.Subject],
                ["Przyjmujący", x.TakenBy],
            ]) { ShowHeader = false, RelativeWidths = [1, 2] },
            new FieldToComplete("Zwięzły opis sprawy", x.Summary, 6),
            Body("Protokół odczytano wnoszącemu, który potwierdził zgodność jego treści ze swoją wypowiedzią."),
            new Spacer(12),
            new SignatureLines(["podpis wnoszącego", "podpis przyjmującego"]),
        };
        return Letter($"Protokół przyjęcia – {x.Head.CaseSign}", blocks, x.Head);
    }

    public static Document FileNote(FileNoteInput x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Matter.Kind == CaseKind.Petycja) return RepeatedPetitionNotice(x);
        var blocks = new List<Block>
        {
            new Paragraph($"{x.Head.Locality}, {PolishDates.InLetter(x.Head.Date)}") { Align = TextAlign.Right },
            new Paragraph($"{x.Head.OfficeName}\n{x.Head.CaseLines}"),
            new Spacer(6),
            new Heading(1, "Adnotacja w aktach sprawy") { Align = TextAlign.Center },
            new Paragraph("(art. 239 § 1 Kodeksu postępowania administracyjnego)") { Align = TextAlign.Center },
            Body($"Skarga złożona w dniu {PolishDates.InLetter(x.Matter.Received)} przez: {Describe(x.Sender)}, w sprawie: {x.Matter.Subject}, ponawia w tej samej sprawie skargę rozpatrzoną w sprawie {x.EarlierCaseSign}" +
                 (x.EarlierReplyOn is { } on ? $", uznaną za bezzasadną w odpowiedzi z dnia {PolishDates.InLetter(on)}," : ", uznaną za bezzasadną,") +
                 " i nie wskazuje nowych okoliczności."),
            Body("Organ podtrzymuje swoje poprzednie stanowisko bez zawiadamiania skarżącego."),
            Body(x.Note),
        };
        SignerBlock(blocks, x.Signer);
        return Letter($"Adnotacja art. 239 – {x.Head.CaseSign}", blocks, x.Head);
    }

    /// <summary>Art. 12 ust. 1 ustawy o petycjach: the filer is told the repeat is left unexamined, with reference to the earlier petition's handling.</summary>
    private static Document RepeatedPetitionNotice(FileNoteInput x)
    {
        var blocks = Top(x.Head, x.Sender);
        blocks.Add(Subject("zawiadomienie o pozostawieniu petycji bez rozpatrzenia"));
        blocks.Add(Body($"Na podstawie art. 12 ust. 1 ustawy z dnia 11 lipca 2014 r. o petycjach zawiadamiam, że petycja złożona w dniu {PolishDates.InLetter(x.Matter.Received)} w sprawie: {x.Matter.Subject} " +
            $"dotyczy sprawy, która była przedmiotem petycji rozpatrzonej w sprawie {x.EarlierCaseSign}" +
            (x.EarlierReplyOn is { } on ? $" (odpowiedź z dnia {PolishDates.InLetter(on)}" : " (") +
            (x.EarlierOutcome is { } o ? $"{(x.EarlierReplyOn is null ? "" : "; ")}sposób załatwienia: {OutcomeText(o)})" : ")") +
            ", i nie zawiera nowych faktów ani dowodów nieznanych wcześniej. Petycję pozostawia się bez rozpatrzenia."));
        if (x.Note.Length > 0) blocks.Add(Body(x.Note));
        SignerBlock(blocks, x.Signer);
        return Letter($"Zawiadomienie art. 12 – {x.Head.CaseSign}", blocks, x.Head);
    }

    public static Document Clarification(ClarificationInput x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Matter.Kind == CaseKind.Petycja) return PetitionCompletion(x);
        var gen = Words(x.Matter.Kind).Gen;
        var blocks = Top(x.Head, x.Sender);
        blocks.Add(Subject($"wezwanie do wyjaśnienia lub uzupełnienia {gen}"));
        blocks.Add(Body($"Na podstawie § 8 ust. 2 rozporządzenia Rady Ministrów z dnia 8 stycznia 2002 r. w sprawie organizacji przyjmowania i rozpatrywania skarg i wniosków wzywam do wyjaśnienia lub uzupełnienia {gen} {G(x.Matter.Kind, "złożonej", "złożonego", "złożonego")} w dniu {PolishDates.InLetter(x.Matter.Received)} w sprawie: {x.Matter.Subject}, ponieważ nie można z {G(x.Matter.Kind, "niej", "niego", "niego")} należycie ustalić przedmiotu sprawy."));
        blocks.Add(new Paragraph([new Run("Proszę wyjaśnić lub uzupełnić: ", Bold: true), new Run(x.WhatIsNeeded)]) { Align = TextAlign.Justify });
        blocks.Add(Body("Wyjaśnienie lub uzupełnienie należy złożyć w terminie 7 dni od dnia otrzymania niniejszego wezwania, na piśmie, pocztą elektroniczną, przez ePUAP lub e-Doręczenia albo ustnie do protokołu, podając znak sprawy."));
        SignerBlock(blocks, x.Signer);
        Instruction(blocks, $"Zgodnie z § 8 ust. 2 rozporządzenia nieusunięcie braków w terminie 7 dni od dnia otrzymania wezwania spowoduje pozostawienie {gen} bez rozpoznania.");
        return Letter($"Wezwanie do wyjaśnienia – {x.Head.CaseSign}", blocks, x.Head);
    }

    /// <summary>The call to complete or clarify a petycja: 14 days, in writing or electronically (art. 7 ust. 2 and art. 4 ust. 1 ustawy o petycjach).</summary>
    private static Document PetitionCompletion(ClarificationInput x)
    {
        var blocks = Top(x.Head, x.Sender);
        blocks.Add(Subject("wezwanie do uzupełnienia lub wyjaśnienia treści petycji"));
        blocks.Add(Body($"Na podstawie art. 7 ust. 2 ustawy z dnia 11 lipca 2014 r. o petycjach wzywam do uzupełnienia lub wyjaśnienia treści petycji złożonej w dniu {PolishDates.InLetter(x.Matter.Received)} w sprawie: {x.Matter.Subject}."));
        blocks.Add(new Paragraph([new Run("Proszę uzupełnić lub wyjaśnić: ", Bold: true), new Run(x.WhatIsNeeded)]) { Align = TextAlign.Justify });
        blocks.Add(Body("Uzupełnienie lub wyjaśnienie należy złożyć w terminie 14 dni od dnia otrzymania niniejszego wezwania, na piśmie albo za pomocą środków komunikacji elektronicznej (art. 4 ust. 1 ustawy o petycjach), podając znak sprawy. Termin rozpatrzenia petycji biegnie od dnia jej uzupełnienia (art. 10 ust. 2 ustawy o petycjach)."));
        SignerBlock(blocks, x.Signer);
        Instruction(blocks, "Zgodnie z art. 7 ust. 2 ustawy o petycjach petycja, której treść nie zostanie uzupełniona lub wyjaśniona w terminie 14 dni, nie będzie rozpatrzona.");
        return Letter($"Wezwanie do uzupełnienia petycji – {x.Head.CaseSign}", blocks, x.Head);
    }

    public static string OutcomeText(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.SkargaZasadna => "skargę uznano za zasadną",
        CaseOutcome.SkargaCzesciowoZasadna => "skargę uznano za częściowo zasadną",
        CaseOutcome.SkargaNiezasadna => "skargę uznano za bezzasadną",
        CaseOutcome.WniosekUwzgledniony => "wniosek uwzględniono",
        CaseOutcome.WniosekCzesciowoUwzgledniony => "wniosek uwzględniono w części",
        CaseOutcome.WniosekNieuwzgledniony => "wniosku nie uwzględniono",
        CaseOutcome.PetycjaUwzgledniona => "petycję uwzględniono",
        CaseOutcome.PetycjaNieuwzgledniona => "petycji nie uwzględniono",
        CaseOutcome.Przekazana => "sprawę przekazano organowi właściwemu",
        CaseOutcome.BezRozpoznania => "pismo pozostawiono bez rozpoznania",
        CaseOutcome.AdnotacjaArt239 => "podtrzymano poprzednie stanowisko",
        CaseOutcome.PetycjaPonowionaArt12 => "petycję ponowioną bez nowych faktów pozostawiono bez rozpatrzenia (art. 12 ust. 1 ustawy o petycjach)",
        CaseOutcome.SkierowanaDoWlasciwegoTrybu => "pismo skierowano do załatwienia we właściwym trybie",
        CaseOutcome.Wycofana => "pismo wycofano",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    /// <summary>The word that agrees with the kind's gender: skarga and petycja are feminine, wniosek masculine, pismo neuter.</summary>
    private static string G(CaseKind kind, string feminine, string masculine, string neuter) => kind switch
    {
        CaseKind.Skarga or CaseKind.Petycja => feminine,
        CaseKind.Wniosek => masculine,
        _ => neuter,
    };

    private const string PartForwardingBasis = "art. 6 ust. 2 ustawy z dnia 11 lipca 2014 r. o petycjach";

    private static string ForwardingBasis(CaseKind kind) => kind switch
    {
        CaseKind.Wniosek => "art. 243 Kodeksu postępowania administracyjnego",
        CaseKind.Petycja => "art. 6 ust. 1 ustawy z dnia 11 lipca 2014 r. o petycjach",
        _ => "art. 231 Kodeksu postępowania administracyjnego",
    };

    private static string Capital(CaseKind kind) { var w = Words(kind).Nom; return char.ToUpper(w[0], Polish) + w[1..]; }

    private static string Describe(Party p) => p.Address is { Length: > 0 } a ? $"{p.Name}, {a}" : p.Name;

    private static List<Block> Top(LetterHead head, Party addressee) =>
    [
        new Paragraph($"{head.Locality}, {PolishDates.InLetter(head.Date)}") { Align = TextAlign.Right },
        new Paragraph(head.OfficeAddress is { Length: > 0 } a ? $"{head.OfficeName}\n{a}" : head.OfficeName) { SpaceAfterPt = 2 },
        new Paragraph(head.CaseLines),
        new Spacer(8),
        new Paragraph([new Run(addressee.Name, Bold: true), new Run(addressee.Address is { Length: > 0 } ad ? "\n" + ad : "")]) { Align = TextAlign.Right },
        new Spacer(8),
    ];

    private static Paragraph Subject(string text) => new([new Run("Dotyczy: ", Bold: true), new Run(text)]) { SpaceAfterPt = 10 };

    private static Paragraph Body(string text) => new(text) { Align = TextAlign.Justify };

    private static void SignerBlock(List<Block> blocks, Signer signer)
    {
        blocks.Add(new Spacer(10));
        blocks.Add(new Paragraph([new Run(signer.Post), new Run("\n" + signer.Name, Bold: true)]) { Align = TextAlign.Right });
        blocks.Add(new Spacer(6));
    }

    private static void Instruction(List<Block> blocks, string text)
    {
        blocks.Add(new Heading(3, "Pouczenie"));
        blocks.Add(new Paragraph(text) { Align = TextAlign.Justify, SizePt = 9.5 });
    }

    private static Document Letter(string title, List<Block> blocks, LetterHead head) => new(title, blocks)
    {
        Author = head.OfficeName,
        Subject = head.CaseSign,
        Footer = $"{head.OfficeName} · znak sprawy {head.CaseSign}",
        CreatedAt = new DateTimeOffset(head.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
    };
}
