using GlosKlienta.Documents;
using GlosKlienta.Web.Features.Register.Letters;

namespace GlosKlienta.Web.Tests.Register.Letters;

/// <summary>Each letter carries what the statute requires, checked on the document model itself.</summary>
public sealed class LetterBuilderTests
{
    private static readonly LetterHead Head = new("Urząd Miasta i Gminy Lesko", "ul. Parkowa 1, 38-600 Lesko", "Lesko", "7/2026", new DateOnly(2026, 3, 16));
    private static readonly Party Sender = new("Zofia Żółkiewska", "ul. Źródlana 5, 38-600 Lesko");
    private static readonly Signer Signer = new("Adam Łęcki", "Burmistrz Miasta i Gminy Lesko");
    private static readonly Matter Complaint = new(CaseKind.Skarga, new DateOnly(2026, 2, 20), "opieszałość przy wydaniu zaświadczenia");

    private static ReplyInput Reply(CaseOutcome outcome, CaseKind kind = CaseKind.Skarga) => new(
        Head, Sender, Complaint with { Kind = kind }, "Burmistrz Miasta i Gminy Lesko", "Sprawdzono przebieg sprawy w Referacie Finansowym.", outcome,
        "Zaświadczenie wydano w dniu złożenia wniosku.", "Art. 217 § 3 KPA.", Signer);

    [Fact]
    public void Reply_NamesTheBodyTheHandlingAndTheSigner()
    {
        var text = DocumentText.Of(LetterBuilders.Reply(Reply(CaseOutcome.SkargaZasadna)));

        Assert.Contains("Lesko, 16 marca 2026 r.", text, StringComparison.Ordinal);
        Assert.Contains("Znak sprawy: 7/2026", text, StringComparison.Ordinal);
        Assert.Contains("Zofia Żółkiewska", text, StringComparison.Ordinal);
        Assert.Contains("Burmistrz Miasta i Gminy Lesko, działając na podstawie art. 238 § 1", text, StringComparison.Ordinal);
        Assert.Contains("skargę uznano za zasadną", text, StringComparison.Ordinal);
        Assert.Contains("Sprawdzono przebieg sprawy w Referacie Finansowym.", text, StringComparison.Ordinal);
        Assert.Contains("Adam Łęcki", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Uzasadnienie", text, StringComparison.Ordinal);
        Assert.DoesNotContain("art. 239", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reply_RefusingAComplaint_AddsBothGroundsAndTheArticle239Instruction()
    {
        var document = LetterBuilders.Reply(Reply(CaseOutcome.SkargaNiezasadna));
        var text = DocumentText.Of(document);

        Assert.Contains("Uzasadnienie faktyczne\nZaświadczenie wydano w dniu złożenia wniosku.", text, StringComparison.Ordinal);
        Assert.Contains("Uzasadnienie prawne\nArt. 217 § 3 KPA.", text, StringComparison.Ordinal);
        Assert.Contains("Pouczenie\n" + LetterBuilders.Art239Instruction, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reply_RefusingARequest_HasGroundsButNoComplaintInstruction()
    {
        var text = DocumentText.Of(LetterBuilders.Reply(Reply(CaseOutcome.WniosekNieuwzgledniony, CaseKind.Wniosek)));

        Assert.Contains("o sposobie jego załatwienia: wniosku nie uwzględniono", text, StringComparison.Ordinal);
        Assert.Contains("Uzasadnienie prawne", text, StringComparison.Ordinal);
        Assert.DoesNotContain("art. 239", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Forwarding_AndItsNotice_NameTheBodyTheBasisAndCarryTheDataProtectionAnnex()
    {
        var forwarding = DocumentText.Of(LetterBuilders.Forwarding(new(Head, new Party("Wojewoda Podkarpacki", "ul. Grunwaldzka 15, 35-959 Rzeszów"), Sender, Complaint, Signer)));
        Assert.Contains("Wojewoda Podkarpacki", forwarding, StringComparison.Ordinal);
        Assert.Contains("Na podstawie art. 231 Kodeksu postępowania administracyjnego przekazuję według właściwości skargę złożoną w dniu 20 lutego 2026 r.", forwarding, StringComparison.Ordinal);

        var document = LetterBuilders.ForwardingNotice(new(Head, Sender, Complaint with { Kind = CaseKind.Wniosek }, "Wojewoda Podkarpacki", new DateOnly(2026, 2, 25),
            new DataProtectionInfo("Burmistrz Miasta i Gminy Lesko", "ul. Parkowa 1, 38-600 Lesko", null), Signer));
        var notice = DocumentText.Of(document);
        Assert.Contains("wniosek złożony w dniu 20 lutego 2026 r.", notice, StringComparison.Ordinal);
        Assert.Contains("art. 243 Kodeksu postępowania administracyjnego przekazano w dniu 25 lutego 2026 r. do: Wojewoda Podkarpacki", notice, StringComparison.Ordinal);
        Assert.Contains(document.Blocks, b => b is PageBreak);
        Assert.Contains("Informacja o przetwarzaniu danych osobowych", notice, StringComparison.Ordinal);
        Assert.Contains("administratorem Pani/Pana danych osobowych jest Burmistrz Miasta i Gminy Lesko", notice, StringComparison.Ordinal);
        Assert.Contains("Prezesa Urzędu Ochrony Danych Osobowych", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void DelayNotice_GivesReasonsNewDateAndTheReminderInstruction_ExceptForPetitions()
    {
        var input = new DelayNoticeInput(Head, Sender, Complaint, new DateOnly(2026, 3, 20), new DateOnly(2026, 4, 17), "Potrzebne są wyjaśnienia Referatu Finansowego.", Signer);

        var text = DocumentText.Of(LetterBuilders.DelayNotice(input));
        Assert.Contains("art. 36 § 1 Kodeksu postępowania administracyjnego w związku z art. 237 § 4", text, StringComparison.Ordinal);
        Assert.Contains("Przyczyna zwłoki: Potrzebne są wyjaśnienia Referatu Finansowego.", text, StringComparison.Ordinal);
        Assert.Contains("Nowy termin załatwienia sprawy: 17 kwietnia 2026 r.", text, StringComparison.Ordinal);
        Assert.Contains("Pouczenie\nZgodnie z art. 37 § 1", text, StringComparison.Ordinal);
        Assert.Contains("ponaglenia", text, StringComparison.Ordinal);

        var petition = DocumentText.Of(LetterBuilders.DelayNotice(input with { Matter = Complaint with { Kind = CaseKind.Petycja } }));
        Assert.Contains("art. 10 ust. 2 ustawy", petition, StringComparison.Ordinal);
        Assert.DoesNotContain("ponaglenia", petition, StringComparison.Ordinal);
    }

    [Fact]
    public void OralProtocol_HasDateNameAddressSummaryAndBothSignatures()
    {
        var document = LetterBuilders.OralProtocol(new(Head, Sender, Complaint, "Kierownik referatu odmówił rozmowy.", "ul. Parkowa 1, pok. 12", "Ewa Urzędnicza, inspektor"));
        var text = DocumentText.Of(document);

        Assert.Contains("Protokół przyjęcia skargi wniesionej ustnie", text, StringComparison.Ordinal);
        Assert.Contains("Data przyjęcia | 20 lutego 2026 r.", text, StringComparison.Ordinal);
        Assert.Contains("Imię i nazwisko (nazwa) wnoszącego | Zofia Żółkiewska", text, StringComparison.Ordinal);
        Assert.Contains("Adres wnoszącego | ul. Źródlana 5, 38-600 Lesko", text, StringComparison.Ordinal);
        Assert.Contains("Zwięzły opis sprawy: Kierownik referatu odmówił rozmowy.", text, StringComparison.Ordinal);
        var signatures = Assert.Single(document.Blocks.OfType<SignatureLines>());
        Assert.Equal(["podpis wnoszącego", "podpis przyjmującego"], signatures.Labels);
    }

    [Fact]
    public void FileNote_AndClarification_CiteTheirRules()
    {
        var note = DocumentText.Of(LetterBuilders.FileNote(new(Head, Sender, Complaint, "3/2026", new DateOnly(2026, 1, 30), "Skarga powtarza zarzuty ze sprawy 3/2026.", Signer)));
        Assert.Contains("Adnotacja w aktach sprawy", note, StringComparison.Ordinal);
        Assert.Contains("(art. 239 § 1 Kodeksu postępowania administracyjnego)", note, StringComparison.Ordinal);
        Assert.Contains("ponawia w tej samej sprawie skargę rozpatrzoną w sprawie 3/2026, uznaną za bezzasadną w odpowiedzi z dnia 30 stycznia 2026 r., i nie wskazuje nowych okoliczności", note, StringComparison.Ordinal);

        var call = DocumentText.Of(LetterBuilders.Clarification(new(Head, Sender, Complaint, "którego pracownika dotyczy skarga.", Signer)));
        Assert.Contains("w terminie 7 dni od dnia otrzymania", call, StringComparison.Ordinal);
        Assert.Contains("Proszę wyjaśnić lub uzupełnić: którego pracownika dotyczy skarga.", call, StringComparison.Ordinal);
        Assert.Contains("pozostawienie skargi bez rozpoznania", call, StringComparison.Ordinal);
    }

    // Art. 7 ust. 2 ustawy o petycjach: 14 days to complete, with the warning that it will not be examined otherwise;
    // art. 10 ust. 2: the term runs from the completion.
    [Fact]
    public void Clarification_OfAPetition_CitesArticle7Ust2_With14Days()
    {
        var petition = Complaint with { Kind = CaseKind.Petycja, Subject = "zmiana uchwały o ruchu" };
        var call = DocumentText.Of(LetterBuilders.Clarification(new(Head, Sender, petition, "treść żądania.", Signer)));
        Assert.Contains("art. 7 ust. 2 ustawy z dnia 11 lipca 2014 r. o petycjach", call, StringComparison.Ordinal);
        Assert.Contains("w terminie 14 dni od dnia otrzymania", call, StringComparison.Ordinal);
        Assert.Contains("nie będzie rozpatrzona", call, StringComparison.Ordinal);
        Assert.Contains("art. 10 ust. 2", call, StringComparison.Ordinal);
        Assert.DoesNotContain("7 dni", call.Replace("14 dni", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    // Art. 13 ust. 1 ustawy o petycjach: the reply gives reasons whatever the outcome.
    [Fact]
    public void Reply_ToAGrantedPetition_Article13Ust1_GivesItsReasons()
    {
        var text = DocumentText.Of(LetterBuilders.Reply(Reply(CaseOutcome.PetycjaUwzgledniona, CaseKind.Petycja) with { FactualGrounds = "Rada zmieniła uchwałę zgodnie z żądaniem." }));
        Assert.Contains("Uzasadnienie", text, StringComparison.Ordinal);
        Assert.Contains("Rada zmieniła uchwałę zgodnie z żądaniem.", text, StringComparison.Ordinal);
    }

    // Art. 238 § 1 KPA: a reply made as an electronic document carries an electronic signature, and says which.
    [Theory]
    [InlineData(ElectronicSignature.Kwalifikowany, "kwalifikowanym podpisem elektronicznym")]
    [InlineData(ElectronicSignature.Zaufany, "podpisem zaufanym")]
    public void Reply_SentElectronically_Article238_StatesItsSignature(ElectronicSignature signature, string words)
    {
        Assert.Contains(words, DocumentText.Of(LetterBuilders.Reply(Reply(CaseOutcome.SkargaZasadna) with { Signature = signature })), StringComparison.Ordinal);
        Assert.DoesNotContain("Dokument podpisano", DocumentText.Of(LetterBuilders.Reply(Reply(CaseOutcome.SkargaZasadna))), StringComparison.Ordinal);
    }

    // Issue 18: letters carry the case mark of the instrukcja kancelaryjna and the register's number, both.
    [Fact]
    public void Letters_CarryTheCaseMark_AndTheRegisterNumber()
    {
        var head = Head with { CaseSign = "OR.1510.3.2026", RegisterNumber = "7/2026" };
        var text = DocumentText.Of(LetterBuilders.Clarification(new(head, Sender, Complaint, "którego pracownika dotyczy skarga.", Signer)));
        Assert.Contains("Znak sprawy: OR.1510.3.2026", text, StringComparison.Ordinal);
        Assert.Contains("Nr w rejestrze skarg, wniosków i petycji: 7/2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nr w rejestrze", DocumentText.Of(LetterBuilders.Clarification(new(Head, Sender, Complaint, "x", Signer))), StringComparison.Ordinal);
    }

    // Art. 12 ust. 1 ustawy o petycjach: the filer is told the repeat is left unexamined, with the earlier one's handling.
    [Fact]
    public void FileNote_OfARepeatedPetition_Article12_IsANoticeToTheFiler_NamingTheEarlierHandling()
    {
        var petition = Complaint with { Kind = CaseKind.Petycja, Subject = "ławki na Rynku" };
        var text = DocumentText.Of(LetterBuilders.FileNote(new(Head, Sender, petition, "3/2026", new DateOnly(2026, 1, 30), "", Signer, CaseOutcome.PetycjaNieuwzgledniona)));
        Assert.Contains("art. 12 ust. 1 ustawy z dnia 11 lipca 2014 r. o petycjach", text, StringComparison.Ordinal);
        Assert.Contains("Zofia Żółkiewska", text, StringComparison.Ordinal);
        Assert.Contains("sposób załatwienia: petycji nie uwzględniono", text, StringComparison.Ordinal);
        Assert.Contains("Petycję pozostawia się bez rozpatrzenia.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("art. 239", text, StringComparison.Ordinal);
    }
}
