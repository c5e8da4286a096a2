using GlosKlienta.Domain.Register;
using GlosKlienta.Domain.Staff;

namespace GlosKlienta.Domain.Tests.Register;

public sealed class RegisterRulesTests
{
    [Theory]
    [InlineData(CaseConcerns.ZadaniaWlasneBurmistrza, CompetentBody.RadaGminy, "art. 229 pkt 3")]
    [InlineData(CaseConcerns.KierownikJednostki, CompetentBody.RadaGminy, "art. 229 pkt 3")]
    // Art. 229 pkt 2 KPA (dlajurysty.pl/art=224kpa, zapytajprawnika.pl): "organów wykonawczych jednostek samorządu
    // terytorialnego ... w sprawach należących do zadań zleconych z zakresu administracji rządowej – wojewoda".
    [InlineData(CaseConcerns.ZadaniaZlecone, CompetentBody.Wojewoda, "art. 229 pkt 2")]
    [InlineData(CaseConcerns.Pracownik, CompetentBody.Burmistrz, "pracownika")]
    [InlineData(CaseConcerns.RadaGminy, CompetentBody.Wojewoda, "art. 229 pkt 1")]
    [InlineData(CaseConcerns.SprawaInnegoOrganu, CompetentBody.InnyOrgan, "art. 231")]
    public void Skarga_IsRoutedByArticle229(CaseConcerns concerns, CompetentBody body, string reasonPart)
    {
        var decision = Competence.For(CaseKind.Skarga, concerns);

        Assert.Equal(body, decision.Body);
        Assert.Contains(reasonPart, decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Forwarding_IsNeededOnlyOutsideTheMunicipality()
    {
        Assert.True(Competence.For(CaseKind.Skarga, CaseConcerns.ZadaniaZlecone).MustForward);
        Assert.False(Competence.For(CaseKind.Skarga, CaseConcerns.ZadaniaWlasneBurmistrza).MustForward);
        Assert.True(Competence.For(CaseKind.Petycja, CaseConcerns.SprawaInnegoOrganu).MustForward);
        Assert.False(Competence.For(CaseKind.Wniosek, CaseConcerns.DzialalnoscUrzedu).MustForward);
    }

    [Theory]
    [InlineData(CaseKind.Skarga, CompetentBody.Burmistrz, TermKind.Skarga)]
    [InlineData(CaseKind.Skarga, CompetentBody.RadaGminy, TermKind.Skarga)]
    [InlineData(CaseKind.Skarga, CompetentBody.Wojewoda, TermKind.Przekazanie)]
    [InlineData(CaseKind.Wniosek, CompetentBody.InnyOrgan, TermKind.Przekazanie)]
    [InlineData(CaseKind.Wniosek, CompetentBody.Burmistrz, TermKind.Wniosek)]
    [InlineData(CaseKind.Petycja, CompetentBody.Burmistrz, TermKind.Petycja)]
    [InlineData(CaseKind.Petycja, CompetentBody.InnyOrgan, TermKind.PrzekazaniePetycji)]
    public void Term_FollowsKindAndWhetherTheCaseIsForwarded(CaseKind kind, CompetentBody body, TermKind term) =>
        Assert.Equal(term, Competence.TermFor(kind, body));

    [Fact]
    public void Assignment_IsRefusedToThePersonTheCaseIsAbout()
    {
        Assert.False(AssignmentRule.MayAssign("u1", [Roles.Pracownik], "u1", CaseConcerns.Pracownik));
        Assert.True(AssignmentRule.MayAssign("u2", [Roles.Pracownik], "u1", CaseConcerns.Pracownik));
        Assert.True(AssignmentRule.MayAssign("u2", [Roles.Pracownik], null, null));
    }

    [Fact]
    public void Assignment_OfACaseAboutTheBurmistrz_IsRefusedToTheBurmistrz()
    {
        Assert.False(AssignmentRule.MayAssign("b", [Roles.Burmistrz], null, CaseConcerns.ZadaniaWlasneBurmistrza));
        Assert.True(AssignmentRule.MayAssign("r", [Roles.RadaGminy], null, CaseConcerns.ZadaniaWlasneBurmistrza));
        Assert.True(AssignmentRule.MayAssign("b", [Roles.Burmistrz], null, CaseConcerns.Pracownik));
    }

    // § 8 ust. 1 rozporządzenia RM z 8 stycznia 2002 r.: "Skargi i wnioski niezawierające imienia i nazwiska (nazwy) oraz
    // adresu wnoszącego pozostawia się bez rozpoznania" (quoted by czerwionka-leszczyny.pl, pgi.gov.pl); offices read it
    // as "either missing" (a letter without an address cannot be answered, art. 237 § 3 KPA) or "both": an office setting.
    [Theory]
    [InlineData(CaseKind.Skarga, null, null, AnonymityRule.EitherMissing, true)]
    [InlineData(CaseKind.Skarga, "  ", "", AnonymityRule.EitherMissing, true)]
    [InlineData(CaseKind.Skarga, "Jan Kowalski", null, AnonymityRule.EitherMissing, true)]
    [InlineData(CaseKind.Skarga, null, "ul. Rynek 1, Lesko", AnonymityRule.EitherMissing, true)]
    [InlineData(CaseKind.Skarga, "Jan Kowalski", "ul. Rynek 1, Lesko", AnonymityRule.EitherMissing, false)]
    [InlineData(CaseKind.Skarga, null, null, AnonymityRule.BothMissing, true)]
    [InlineData(CaseKind.Skarga, "Jan Kowalski", null, AnonymityRule.BothMissing, false)]
    [InlineData(CaseKind.Wniosek, null, "ul. Rynek 1", AnonymityRule.BothMissing, false)]
    [InlineData(CaseKind.Wniosek, null, "ul. Rynek 1", AnonymityRule.EitherMissing, true)]
    public void Anonymity_Paragraph8_FollowsTheOfficeSetting(CaseKind kind, string? name, string? address, AnonymityRule rule, bool left) =>
        Assert.Equal(left, Anonymity.LeftWithoutExamination(kind, name, address, rule));

    // Art. 7 ust. 1 ustawy o petycjach (gov.pl/web/nadlesnictwo-choszczno/petycje): a petycja lacking art. 4 ust. 2 pkt 1
    // or 2 (the filer's designation, or its residence or seat and address) is left unexamined, whatever the office setting.
    [Theory]
    [InlineData("Jan Kowalski", null, true)]
    [InlineData(null, "ul. Rynek 1", true)]
    [InlineData("Jan Kowalski", "ul. Rynek 1", false)]
    public void Anonymity_APetition_Article7Ust1_NeedsBothNameAndAddress(string? name, string? address, bool left)
    {
        Assert.Equal(left, Anonymity.LeftWithoutExamination(CaseKind.Petycja, name, address, AnonymityRule.BothMissing));
        Assert.Equal(left, Anonymity.LeftWithoutExamination(CaseKind.Petycja, name, address, AnonymityRule.EitherMissing));
    }

    [Fact]
    public void Anonymity_ALetterOutsideDzialVIII_IsNeverLeftForIt() =>
        Assert.False(Anonymity.LeftWithoutExamination(CaseKind.NieRozpatrywanaWTrybieDzialuVIII, null, null));

    private static readonly DateOnly Received = new(2026, 3, 2);

    private static CaseClosing Closing(CaseKind kind, CaseOutcome outcome) => new(
        kind, outcome, false, "Burmistrz Miasta i Gminy Lesko", "Skargę rozpatrzono ...", "Adam Nowak", "Burmistrz",
        null, null, null, null, null, null, Received, Received.AddDays(10));

    [Fact]
    public void Closing_WithEveryReplyElement_IsAccepted() =>
        Assert.Empty(ClosingValidation.Check(Closing(CaseKind.Skarga, CaseOutcome.SkargaZasadna)));

    [Fact]
    public void Closing_WithoutTheArticle238Elements_IsRefusedNamingEachOne()
    {
        var c = Closing(CaseKind.Wniosek, CaseOutcome.WniosekUwzgledniony) with { ReplyBodyName = " ", ReplyContent = null, SignerName = "", SignerPost = null };

        Assert.Equal(
            [ClosingProblem.BodyNameMissing, ClosingProblem.ReplyContentMissing, ClosingProblem.SignerNameMissing, ClosingProblem.SignerPostMissing],
            ClosingValidation.Check(c));
    }

    [Theory]
    [InlineData(CaseKind.Skarga, CaseOutcome.SkargaNiezasadna)]
    [InlineData(CaseKind.Skarga, CaseOutcome.SkargaCzesciowoZasadna)]
    [InlineData(CaseKind.Wniosek, CaseOutcome.WniosekNieuwzgledniony)]
    [InlineData(CaseKind.Petycja, CaseOutcome.PetycjaNieuwzgledniona)]
    public void Closing_ARefusal_NeedsFactualAndLegalGrounds(CaseKind kind, CaseOutcome outcome)
    {
        Assert.Equal([ClosingProblem.FactualGroundsMissing, ClosingProblem.LegalGroundsMissing], ClosingValidation.Check(Closing(kind, outcome)));
        Assert.Empty(ClosingValidation.Check(Closing(kind, outcome) with { FactualGrounds = "Ustalono, że ...", LegalGrounds = "art. 227 KPA" }));
    }

    [Fact]
    public void Closing_WithAnOutcomeOfAnotherKind_IsRefused() =>
        Assert.Contains(ClosingProblem.OutcomeDoesNotFitKind, ClosingValidation.Check(Closing(CaseKind.Wniosek, CaseOutcome.SkargaZasadna)));

    [Fact]
    public void Closing_BezRozpoznania_OnlyForAnAnonymousLetter()
    {
        var c = Closing(CaseKind.Skarga, CaseOutcome.BezRozpoznania);
        Assert.Equal([ClosingProblem.NotAnonymous], ClosingValidation.Check(c));
        Assert.Empty(ClosingValidation.Check(c with { LeftWithoutExaminationApplies = true }));
    }

    private static readonly Repeat UnfoundedRepeat = new(CaseKind.Skarga, CaseOutcome.SkargaNiezasadna, SameMatter: true, NoNewCircumstances: true);

    [Fact]
    public void Closing_WithAFileNote_NeedsTheEarlierCaseAndTheNote()
    {
        var c = Closing(CaseKind.Skarga, CaseOutcome.AdnotacjaArt239);
        Assert.Equal([ClosingProblem.EarlierCaseMissing, ClosingProblem.FileNoteMissing], ClosingValidation.Check(c));
        Assert.Empty(ClosingValidation.Check(c with { EarlierCaseId = 7, Earlier = UnfoundedRepeat, FileNote = "Skarga powtórzona bez nowych okoliczności." }));
        Assert.Contains(ClosingProblem.OutcomeDoesNotFitKind, ClosingValidation.Check(Closing(CaseKind.Wniosek, CaseOutcome.AdnotacjaArt239) with { EarlierCaseId = 7, Earlier = UnfoundedRepeat, FileNote = "x" }));
    }

    // Art. 239 § 1 KPA (prawo-pl.com, opstulowice.pl): "w przypadku gdy skarga, w wyniku jej rozpatrzenia, została uznana
    // za bezzasadną ... a skarżący ponowił skargę bez wskazania nowych okoliczności – organ ... może podtrzymać swoje
    // poprzednie stanowisko z odpowiednią adnotacją w aktach sprawy".
    [Theory]
    [InlineData(CaseKind.Skarga, CaseOutcome.SkargaZasadna)]
    [InlineData(CaseKind.Skarga, CaseOutcome.SkargaCzesciowoZasadna)]
    [InlineData(CaseKind.Skarga, null)]
    [InlineData(CaseKind.Wniosek, CaseOutcome.WniosekNieuwzgledniony)]
    [InlineData(CaseKind.Petycja, CaseOutcome.PetycjaNieuwzgledniona)]
    public void Closing_Article239_OnlyWhenTheEarlierCaseIsAComplaintFoundUnfounded(CaseKind earlierKind, CaseOutcome? earlierOutcome)
    {
        var c = Closing(CaseKind.Skarga, CaseOutcome.AdnotacjaArt239) with
        {
            EarlierCaseId = 7, FileNote = "x", Earlier = new Repeat(earlierKind, earlierOutcome, true, true),
        };
        Assert.Equal([ClosingProblem.EarlierCaseNotUnfoundedComplaint], ClosingValidation.Check(c));
    }

    [Fact]
    public void Closing_Article239_NeedsTheHandlerToConfirmTheSameMatterAndNoNewCircumstances()
    {
        var c = Closing(CaseKind.Skarga, CaseOutcome.AdnotacjaArt239) with { EarlierCaseId = 7, FileNote = "x" };
        Assert.Equal([ClosingProblem.SameMatterNotConfirmed],
            ClosingValidation.Check(c with { Earlier = UnfoundedRepeat with { SameMatter = false } }));
        Assert.Equal([ClosingProblem.NewCircumstancesNotExcluded],
            ClosingValidation.Check(c with { Earlier = UnfoundedRepeat with { NoNewCircumstances = false } }));
        Assert.Empty(ClosingValidation.Check(c with { Earlier = UnfoundedRepeat }));
    }

    // Art. 12 ust. 1 ustawy o petycjach (sip.lex.pl): a petycja on the matter of one already examined, with no new facts or
    // evidence, may be left unexamined, the filer told so with reference to the earlier one.
    [Theory]
    [InlineData(CaseKind.Petycja, CaseOutcome.PetycjaUwzgledniona, true)]
    [InlineData(CaseKind.Petycja, CaseOutcome.PetycjaNieuwzgledniona, true)]
    [InlineData(CaseKind.Petycja, CaseOutcome.Przekazana, false)]
    [InlineData(CaseKind.Petycja, null, false)]
    [InlineData(CaseKind.Skarga, CaseOutcome.SkargaNiezasadna, false)]
    public void Closing_APetitionRepeated_Article12_OnlyAfterAPetitionExamined(CaseKind earlierKind, CaseOutcome? earlierOutcome, bool accepted)
    {
        var c = Closing(CaseKind.Petycja, CaseOutcome.PetycjaPonowionaArt12) with
        {
            EarlierCaseId = 7, FileNote = "Petycja powtarza żądanie petycji 3/2026.", Earlier = new Repeat(earlierKind, earlierOutcome, true, true),
        };
        Assert.Equal(accepted ? [] : [ClosingProblem.EarlierCaseNotExaminedPetition], ClosingValidation.Check(c));
        Assert.Equal([ClosingProblem.NewCircumstancesNotExcluded],
            ClosingValidation.Check(c with { Earlier = new Repeat(CaseKind.Petycja, CaseOutcome.PetycjaUwzgledniona, true, false) }));
    }

    // Art. 13 ust. 1 ustawy o petycjach: the filer is told how the petycja was handled "wraz z uzasadnieniem", whatever the outcome.
    [Fact]
    public void Closing_APetitionGranted_Article13_StillNeedsItsReasons()
    {
        var c = Closing(CaseKind.Petycja, CaseOutcome.PetycjaUwzgledniona);
        Assert.Equal([ClosingProblem.FactualGroundsMissing], ClosingValidation.Check(c));
        Assert.Empty(ClosingValidation.Check(c with { FactualGrounds = "Rada przyjęła uchwałę zgodnie z żądaniem petycji." }));
        Assert.Empty(ClosingValidation.Check(Closing(CaseKind.Skarga, CaseOutcome.SkargaZasadna)));
    }

    // Art. 238 § 1 KPA (prawo-pl.com): a reply made as an electronic document is signed electronically.
    [Theory]
    [InlineData(ReplyDelivery.Email, ElectronicSignature.Brak, true)]
    [InlineData(ReplyDelivery.EDoreczenia, ElectronicSignature.Brak, true)]
    [InlineData(ReplyDelivery.Email, ElectronicSignature.Kwalifikowany, false)]
    [InlineData(ReplyDelivery.EDoreczenia, ElectronicSignature.Zaufany, false)]
    [InlineData(ReplyDelivery.Poczta, ElectronicSignature.Brak, false)]
    [InlineData(ReplyDelivery.Osobiscie, ElectronicSignature.Brak, false)]
    public void Closing_AnElectronicReply_Article238_NeedsAQualifiedOrTrustedSignature(ReplyDelivery delivery, ElectronicSignature signature, bool refused)
    {
        var problems = ClosingValidation.Check(Closing(CaseKind.Skarga, CaseOutcome.SkargaZasadna) with { Delivery = delivery, Signature = signature });
        Assert.Equal(refused, problems.Contains(ClosingProblem.ElectronicReplyUnsigned));
    }

    [Fact]
    public void Closing_Forwarded_NeedsTheBodyAndTheDate()
    {
        var c = Closing(CaseKind.Skarga, CaseOutcome.Przekazana);
        Assert.Equal([ClosingProblem.ForwardingMissing], ClosingValidation.Check(c with { ForwardedTo = "Wojewoda Podkarpacki" }));
        Assert.Empty(ClosingValidation.Check(c with { ForwardedTo = "Wojewoda Podkarpacki", ForwardedOn = Received.AddDays(3) }));
    }

    [Fact]
    public void Closing_BeforeTheCaseWasReceived_IsRefused() =>
        Assert.Contains(ClosingProblem.ClosedBeforeReceived, ClosingValidation.Check(Closing(CaseKind.Skarga, CaseOutcome.SkargaZasadna) with { ClosedOn = Received.AddDays(-1) }));
}
