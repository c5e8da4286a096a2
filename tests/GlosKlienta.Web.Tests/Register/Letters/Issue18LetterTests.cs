using GlosKlienta.Web.Features.Register.Letters;

namespace GlosKlienta.Web.Tests.Register.Letters;

/// <summary>The letters issue 18 corrected: the delay notice per kind, the refused wniosek, the art. 237 § 2 notice.</summary>
public sealed class Issue18LetterTests
{
    private static readonly LetterHead Head = new("Urząd Miasta i Gminy Lesko", "ul. Parkowa 1, 38-600 Lesko", "Lesko", "7/2026", new DateOnly(2026, 3, 16));
    private static readonly Party Sender = new("Zofia Żółkiewska", "ul. Źródlana 5, 38-600 Lesko");
    private static readonly Signer Signer = new("Adam Łęcki", "Burmistrz Miasta i Gminy Lesko");
    private static readonly Matter Request = new(CaseKind.Wniosek, new DateOnly(2026, 2, 20), "dłuższe godziny pracy kasy");

    // Art. 245 KPA stands alone for a wniosek (reasons, actions taken, new date); the remedy for a late wniosek is a skarga
    // (art. 246 § 2), never a ponaglenie, which art. 237 § 4 gives only to skargi.
    [Fact]
    public void DelayNotice_ForAWniosek_CitesArt245_AndPointsToASkargaNotAPonaglenie()
    {
        var text = DocumentText.Of(LetterBuilders.DelayNotice(new DelayNoticeInput(Head, Sender, Request, new DateOnly(2026, 3, 20), new DateOnly(2026, 4, 17),
            "Zebrano opinie referatów; czeka się na kalkulację kosztów.", Signer)));

        Assert.Contains("Na podstawie art. 245 Kodeksu postępowania administracyjnego zawiadamiam, że wniosek złożony w dniu 20 lutego 2026 r.", text, StringComparison.Ordinal);
        Assert.Contains("Przyczyna zwłoki i podjęte dotąd czynności: Zebrano opinie referatów", text, StringComparison.Ordinal);
        Assert.Contains("art. 246 § 2 KPA", text, StringComparison.Ordinal);
        Assert.DoesNotContain("art. 237 § 4", text, StringComparison.Ordinal);
        Assert.DoesNotContain("przysługuje prawo do wniesienia ponaglenia", text, StringComparison.Ordinal);
    }

    // Art. 237 § 4 KPA applies art. 36-38 to a skarga: the ponaglenie is the complainant's, not a "strona"'s.
    [Fact]
    public void DelayNotice_ForASkarga_WordsThePonaglenieForTheComplainant_Art237Par4()
    {
        var text = DocumentText.Of(LetterBuilders.DelayNotice(new DelayNoticeInput(Head, Sender, Request with { Kind = CaseKind.Skarga }, new DateOnly(2026, 3, 20),
            new DateOnly(2026, 4, 17), "Potrzebne są wyjaśnienia.", Signer)));

        Assert.Contains("Zgodnie z art. 37 § 1 w związku z art. 237 § 4 Kodeksu postępowania administracyjnego skarżącemu przysługuje prawo do wniesienia ponaglenia", text, StringComparison.Ordinal);
        Assert.DoesNotContain("stronie", text, StringComparison.Ordinal);
    }

    // Art. 246 § 1 KPA (domain guide § 4): a refused wniosek's reply instructs on the right to complain.
    [Theory]
    [InlineData(CaseOutcome.WniosekNieuwzgledniony)]
    [InlineData(CaseOutcome.WniosekCzesciowoUwzgledniony)]
    public void Reply_RefusingAWniosek_InstructsOnTheRightToComplain_Art246(CaseOutcome outcome)
    {
        var text = DocumentText.Of(LetterBuilders.Reply(new ReplyInput(Head, Sender, Request, "Burmistrz Miasta i Gminy Lesko", "Kasa pracuje w godzinach urzędu.", outcome,
            "Obsada kasy nie pozwala na dłuższe godziny.", "art. 241 KPA", Signer)));

        Assert.Contains("Pouczenie\n" + LetterBuilders.Art246Instruction, text, StringComparison.Ordinal);
        Assert.DoesNotContain("art. 239", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reply_GrantingAWniosek_HasNoInstruction()
    {
        var text = DocumentText.Of(LetterBuilders.Reply(new ReplyInput(Head, Sender, Request, "Burmistrz Miasta i Gminy Lesko", "Kasa będzie czynna do 17:00.",
            CaseOutcome.WniosekUwzgledniony, null, null, Signer)));

        Assert.DoesNotContain("Pouczenie", text, StringComparison.Ordinal);
    }

    // Art. 237 § 2 KPA: the notice to the member who passed on another person's skarga, of its state while open.
    [Fact]
    public void MemberNotice_ToARadnyWhoPassedOnAComplaint_NamesTheComplainant_TheStateAndTheOneMonthTerm()
    {
        var text = DocumentText.Of(LetterBuilders.MemberNoticeLetter(new MemberNoticeInput(Head, new Party("Radny Piotr Nowicki", "ul. Bieszczadzka 3, 38-600 Lesko"),
            "Zofia Żółkiewska", Request with { Kind = CaseKind.Skarga }, "Rada Miejska w Lesku", new DateOnly(2026, 3, 20), null, null,
            "Komisja skarg, wniosków i petycji wysłuchała stron.", Signer)));

        Assert.Contains("Dotyczy: zawiadomienie o stanie rozpatrywania skargi", text, StringComparison.Ordinal);
        Assert.Contains("Na podstawie art. 237 § 2 Kodeksu postępowania administracyjnego uprzejmie zawiadamiam, że skarga złożona przez: Zofia Żółkiewska, przekazana przez Panią/Pana, która wpłynęła w dniu 20 lutego 2026 r.", text, StringComparison.Ordinal);
        Assert.Contains("jest w toku rozpatrywania przez: Rada Miejska w Lesku. Termin jej załatwienia upływa z dniem 20 marca 2026 r. (art. 237 § 1 KPA).", text, StringComparison.Ordinal);
        Assert.Contains("Radny Piotr Nowicki", text, StringComparison.Ordinal);
        Assert.Contains("Komisja skarg, wniosków i petycji wysłuchała stron.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MemberNotice_OfAHandledWniosekTheMemberFiled_GivesTheOutcome_Art247()
    {
        var text = DocumentText.Of(LetterBuilders.MemberNoticeLetter(new MemberNoticeInput(Head, new Party("Poseł Anna Lis", null), null, Request,
            "Burmistrz Miasta i Gminy Lesko", new DateOnly(2026, 3, 20), CaseOutcome.WniosekUwzgledniony, new DateOnly(2026, 3, 10), null, Signer)));

        Assert.Contains("Dotyczy: zawiadomienie o sposobie załatwienia wniosku", text, StringComparison.Ordinal);
        Assert.Contains("art. 237 § 2 w związku z art. 247 Kodeksu postępowania administracyjnego", text, StringComparison.Ordinal);
        Assert.Contains("wniosek złożony przez Panią/Pana, który wpłynął w dniu 20 lutego 2026 r.", text, StringComparison.Ordinal);
        Assert.Contains("został załatwiony odpowiedzią z dnia 10 marca 2026 r.: wniosek uwzględniono.", text, StringComparison.Ordinal);
    }

    // Art. 229 pkt 3 KPA and art. 18b ustawy o samorządzie gminnym: the council decides by resolution and its chair signs.
    [Fact]
    public void Reply_OfTheCouncil_NamesTheCouncilAndItsResolution_AndIsSignedByTheChair()
    {
        var text = DocumentText.Of(LetterBuilders.Reply(new ReplyInput(Head, Sender, Request with { Kind = CaseKind.Skarga }, "Rada Miejska w Lesku",
            "Komisja skarg, wniosków i petycji zbadała sprawę.", CaseOutcome.SkargaZasadna, null, null,
            new Signer("Jan Przewodniczący", "Przewodniczący Rady Miejskiej w Lesku"), "nr XII/85/2026 z dnia 27 marca 2026 r.")));

        Assert.Contains("Rada Miejska w Lesku, działając na podstawie art. 238 § 1 Kodeksu postępowania administracyjnego, po rozpatrzeniu skargi z dnia 20 lutego 2026 r. uchwałą nr XII/85/2026 z dnia 27 marca 2026 r. zawiadamia", text, StringComparison.Ordinal);
        Assert.Contains("Przewodniczący Rady Miejskiej w Lesku", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rada Gminy", text, StringComparison.Ordinal);
    }

    // Art. 6 ust. 2 ustawy o petycjach: a petition on matters of different bodies is examined here in this body's part and
    // forwarded in the rest within 30 days, with a notice to the petitioner.
    [Fact]
    public void Forwarding_APartOfAPetition_Art6Ust2_NamesThePart_AndWhoExaminesTheRest()
    {
        var petition = new Matter(CaseKind.Petycja, new DateOnly(2026, 2, 20), "ławki w parku i remont drogi wojewódzkiej");
        var toBody = DocumentText.Of(LetterBuilders.Forwarding(new ForwardingInput(Head, new Party("Zarząd Dróg Wojewódzkich w Rzeszowie", "ul. Szopena 4, 35-959 Rzeszów"),
            Sender, petition, Signer, "remontu drogi wojewódzkiej nr 84", "Burmistrz Miasta i Gminy Lesko")));
        var notice = DocumentText.Of(LetterBuilders.ForwardingNotice(new ForwardingNoticeInput(Head, Sender, petition, "Zarząd Dróg Wojewódzkich w Rzeszowie",
            new DateOnly(2026, 3, 10), new DataProtectionInfo("Burmistrz Miasta i Gminy Lesko", "ul. Parkowa 1, 38-600 Lesko", null), Signer,
            "remontu drogi wojewódzkiej nr 84", "Burmistrz Miasta i Gminy Lesko")));

        Assert.Contains("przekazanie części petycji według właściwości", toBody, StringComparison.Ordinal);
        Assert.Contains("Na podstawie art. 6 ust. 2 ustawy z dnia 11 lipca 2014 r. o petycjach przekazuję według właściwości petycję", toBody, StringComparison.Ordinal);
        Assert.Contains("w części dotyczącej: remontu drogi wojewódzkiej nr 84.", toBody, StringComparison.Ordinal);
        Assert.Contains("w pozostałym zakresie petycję rozpatruje Burmistrz Miasta i Gminy Lesko", toBody, StringComparison.Ordinal);
        Assert.Contains("(kopia; oryginał pozostaje u organu przekazującego)", toBody, StringComparison.Ordinal);
        Assert.DoesNotContain("art. 6 ust. 1", toBody, StringComparison.Ordinal);
        Assert.Contains("w części dotyczącej: remontu drogi wojewódzkiej nr 84, na podstawie art. 6 ust. 2", notice, StringComparison.Ordinal);
        Assert.Contains("W pozostałym zakresie petycję rozpatruje Burmistrz Miasta i Gminy Lesko", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("Dalsza korespondencja w tej sprawie będzie prowadzona przez organ", notice, StringComparison.Ordinal);
    }
}
