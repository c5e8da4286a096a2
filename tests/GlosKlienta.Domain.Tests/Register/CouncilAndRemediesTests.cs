using GlosKlienta.Domain.Register;
using GlosKlienta.Domain.Staff;

namespace GlosKlienta.Domain.Tests.Register;

public sealed class CouncilAndRemediesTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    // Art. 229 pkt 3 KPA: a skarga about the Burmistrz or a head of a municipal unit goes to the council; art. 18b ustawy
    // o samorządzie gminnym: its komisja skarg, wniosków i petycji examines it and the council decides by resolution. The
    // Burmistrz and the deputies may see the case and pass it to the chair (art. 231), never decide, re-route or close it.
    [Theory]
    [InlineData(Roles.Burmistrz)]
    [InlineData(Roles.ZastepcaBurmistrza)]
    public void CouncilCase_TheExecutiveSeesAndPassesItOn_ButNeitherDecidesReroutesNorCloses_Art229Pkt3(string role)
    {
        string[] roles = [role];

        Assert.True(CaseRights.MayRead(CompetentBody.RadaGminy, roles, assignedToThem: false));
        Assert.True(CaseRights.May(CaseStep.ForwardToCouncil, CompetentBody.RadaGminy, roles, false));
        foreach (var step in new[] { CaseStep.Classify, CaseStep.Route, CaseStep.Assign, CaseStep.Forward, CaseStep.Leave, CaseStep.Close, CaseStep.Delay, CaseStep.MemberNotice })
            Assert.False(CaseRights.May(step, CompetentBody.RadaGminy, roles, false), step.ToString());
        // Holding the keeper's role too does not lift it: the case may be about them.
        Assert.False(CaseRights.May(CaseStep.Close, CompetentBody.RadaGminy, [role, Roles.ProwadzacyRejestr], false));
        // On the Burmistrz's own cases nothing changes.
        Assert.True(CaseRights.May(CaseStep.Close, CompetentBody.Burmistrz, roles, false));
        Assert.True(CaseRights.May(CaseStep.Route, CompetentBody.Burmistrz, roles, false));
    }

    [Fact]
    public void CouncilCase_TheKeeperRecordsTheResolution_TheCouncilClosesIt_AnAssignedEmployeeDoesNot()
    {
        Assert.True(CaseRights.May(CaseStep.Close, CompetentBody.RadaGminy, [Roles.ProwadzacyRejestr], false));
        Assert.True(CaseRights.May(CaseStep.Route, CompetentBody.RadaGminy, [Roles.ProwadzacyRejestr], false));
        Assert.True(CaseRights.May(CaseStep.Close, CompetentBody.RadaGminy, [Roles.RadaGminy], false));
        Assert.False(CaseRights.May(CaseStep.Route, CompetentBody.RadaGminy, [Roles.RadaGminy], false));
        Assert.False(CaseRights.May(CaseStep.Close, CompetentBody.RadaGminy, [Roles.Pracownik], assignedToThem: true));
        Assert.True(CaseRights.May(CaseStep.Remarks, CompetentBody.RadaGminy, [Roles.Pracownik], assignedToThem: true));
        Assert.False(CaseRights.MayRead(CompetentBody.RadaGminy, [Roles.Pracownik], assignedToThem: false));
        Assert.False(CaseRights.May(CaseStep.ForwardToCouncil, CompetentBody.Burmistrz, [Roles.ProwadzacyRejestr], false));
    }

    [Fact]
    public void CouncilForwarding_IsDueSevenDaysFromReceipt_Art231_AndOnlyForCouncilCases()
    {
        // Fri 2026-03-13 + 7 days = Fri 20 March.
        Assert.Equal(D("2026-03-20"), CouncilForwarding.For(CompetentBody.RadaGminy, D("2026-03-13"))!.Due);
        Assert.Null(CouncilForwarding.For(CompetentBody.Burmistrz, D("2026-03-13")));
    }

    [Fact]
    public void ClosingACouncilCase_NeedsTheCouncilsResolutionNumberAndDate_Art18bUstawyOSamorzadzieGminnym()
    {
        var closing = new CaseClosing(CaseKind.Skarga, CaseOutcome.SkargaZasadna, false, "Rada Miejska w Lesku", "Skargę uznano za zasadną.",
            "Jan Przewodniczący", "Przewodniczący Rady Miejskiej w Lesku", null, null, null, null, null, null, D("2026-03-02"), D("2026-03-30"), CouncilCase: true);

        Assert.Equal([ClosingProblem.ResolutionNumberMissing, ClosingProblem.ResolutionDateMissing], ClosingValidation.Check(closing));
        Assert.Empty(ClosingValidation.Check(closing with { ResolutionNumber = "XII/85/2026", ResolutionOn = D("2026-03-27") }));
        Assert.Empty(ClosingValidation.Check(closing with { CouncilCase = false }));
    }

    [Fact]
    public void ForwardToCouncil_AndMemberNoticeSteps_CheckTheirCase()
    {
        Assert.Equal([StepProblem.NotACouncilCase], CaseSteps.ForwardToCouncil(CompetentBody.Burmistrz, D("2026-03-05"), D("2026-03-02")));
        Assert.Equal([StepProblem.CouncilForwardingBeforeReceived], CaseSteps.ForwardToCouncil(CompetentBody.RadaGminy, D("2026-03-01"), D("2026-03-02")));
        Assert.Empty(CaseSteps.ForwardToCouncil(CompetentBody.RadaGminy, D("2026-03-05"), D("2026-03-02")));
        Assert.Equal([StepProblem.MemberNoticeNotOwed], CaseSteps.MemberNotice(CaseKind.Skarga, SenderKind.Obywatel, D("2026-03-05"), D("2026-03-02")));
        Assert.Empty(CaseSteps.MemberNotice(CaseKind.Wniosek, SenderKind.Senator, D("2026-03-05"), D("2026-03-02")));
    }

    // Art. 231 / 243 KPA set terms for skargi and wnioski only: a letter outside Dział VIII gets none.
    [Fact]
    public void LetterOutsideDzialVIII_GetsNoArt231Or243Term()
    {
        Assert.Equal(TermKind.BezTerminu, Competence.TermFor(CaseKind.NieRozpatrywanaWTrybieDzialuVIII, CompetentBody.Burmistrz));
        Assert.False(StatutoryDeadline.HasTerm(TermKind.BezTerminu));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatutoryDeadline.For(TermKind.BezTerminu, D("2026-03-02")));
        Assert.Equal(TermKind.Przekazanie, Competence.TermFor(CaseKind.Skarga, CompetentBody.Wojewoda));
    }

    // Art. 237 § 4 KPA applies art. 36-38 to complaints, so a late skarga can be met with a ponaglenie (art. 37). For a wniosek
    // art. 245 stands alone (reasons, actions taken, new date) and the remedy is a skarga (art. 246 § 2), never a ponaglenie.
    [Fact]
    public void LateSkarga_MayBeMetWithAPonaglenie_Art237Par4_LateWniosekWithASkarga_Art246Par2()
    {
        Assert.Equal(LateRemedy.Ponaglenie, Remedies.WhenLate(CaseKind.Skarga));
        Assert.Equal("art. 36 § 1 w zw. z art. 237 § 4 KPA", Remedies.DelayNoticeBasis(CaseKind.Skarga));
        Assert.Equal(LateRemedy.Skarga, Remedies.WhenLate(CaseKind.Wniosek));
        Assert.Equal("art. 245 KPA", Remedies.DelayNoticeBasis(CaseKind.Wniosek));
        Assert.Equal(LateRemedy.None, Remedies.WhenLate(CaseKind.NieRozpatrywanaWTrybieDzialuVIII));
    }

    // Art. 246 § 1 KPA (as the domain guide § 4 states it; the statute's text was not found in the library's search):
    // a refused wniosek's reply instructs on the right to complain. Art. 239: a refused skarga. Art. 13 ust. 2 ustawy o petycjach.
    [Theory]
    [InlineData(CaseKind.Wniosek, CaseOutcome.WniosekNieuwzgledniony, ReplyInstruction.Art246RightToComplain)]
    [InlineData(CaseKind.Wniosek, CaseOutcome.WniosekCzesciowoUwzgledniony, ReplyInstruction.Art246RightToComplain)]
    [InlineData(CaseKind.Wniosek, CaseOutcome.WniosekUwzgledniony, ReplyInstruction.None)]
    [InlineData(CaseKind.Skarga, CaseOutcome.SkargaNiezasadna, ReplyInstruction.Art239)]
    [InlineData(CaseKind.Skarga, CaseOutcome.SkargaZasadna, ReplyInstruction.None)]
    [InlineData(CaseKind.Petycja, CaseOutcome.PetycjaNieuwzgledniona, ReplyInstruction.PetitionNoAppeal)]
    public void Reply_EndsWithTheInstructionItsKindAndOutcomeNeed(CaseKind kind, CaseOutcome outcome, ReplyInstruction expected) =>
        Assert.Equal(expected, Remedies.ForReply(kind, outcome));
}
