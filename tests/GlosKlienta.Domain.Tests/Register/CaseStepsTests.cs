using GlosKlienta.Domain.Register;

namespace GlosKlienta.Domain.Tests.Register;

public class CaseStepsTests
{
    [Fact]
    public void Classify_NeedsAKind_AReasonForIt_AndForALetterOutsideDzialVIII_WhatItIs()
    {
        Assert.Equal([StepProblem.KindMissing, StepProblem.KindReasonMissing], CaseSteps.Classify(null, null, " "));
        Assert.Equal([StepProblem.NotHandledReasonMissing], CaseSteps.Classify(CaseKind.NieRozpatrywanaWTrybieDzialuVIII, null, "sprawa w toku"));
        Assert.Empty(CaseSteps.Classify(CaseKind.Skarga, null, "zarzut przewlekłości (art. 227 KPA)"));
    }

    [Fact]
    public void Route_AComplaintAboutAnEmployeeNamesWho_AnotherBodyIsNamed_AndTheAssigneeIsNotTheOneConcerned()
    {
        Assert.Equal([StepProblem.ConcernsMissing], CaseSteps.Route(CaseKind.Skarga, null, false, null, false));
        Assert.Equal([StepProblem.ConcernsWhoMissing], CaseSteps.Route(CaseKind.Skarga, CaseConcerns.Pracownik, false, null, false));
        Assert.Equal([StepProblem.OtherBodyNameMissing], CaseSteps.Route(CaseKind.Skarga, CaseConcerns.SprawaInnegoOrganu, false, "", false));
        // Art. 256 KPA: the person the complaint is about cannot be the one handling it.
        Assert.Equal([StepProblem.ConcernedPersonIsAssignee], CaseSteps.Route(CaseKind.Skarga, CaseConcerns.Pracownik, true, null, true));
        Assert.Empty(CaseSteps.Route(CaseKind.Skarga, CaseConcerns.Pracownik, true, null, false));
    }

    [Fact]
    public void Assign_NeedsAPerson_WhoIsNotTheOneTheComplaintIsAbout_Art256()
    {
        Assert.Equal([StepProblem.AssigneeMissing], CaseSteps.Assign(null, [], null, null));
        Assert.Equal([StepProblem.AssigneeIsConcerned], CaseSteps.Assign("u1", [], "u1", CaseConcerns.Pracownik));
        Assert.Empty(CaseSteps.Assign("u2", [], "u1", CaseConcerns.Pracownik));
    }

    [Fact]
    public void Delay_Art36_NeedsReasons_ALaterDate_AndANoticeNotBeforeReceipt()
    {
        var received = new DateOnly(2026, 3, 2);
        var due = new DateOnly(2026, 4, 2);
        Assert.Equal([StepProblem.DelayReasonMissing, StepProblem.NewDueNotLater, StepProblem.NoticeBeforeReceived],
            CaseSteps.Delay("", received.AddDays(-1), due, received, due));
        Assert.Empty(CaseSteps.Delay("opinia biegłego", received.AddDays(10), due.AddDays(14), received, due));
        // A date the form could not read is reported by the form, not again here.
        Assert.Empty(CaseSteps.Delay("opinia biegłego", null, null, received, due));
    }

    [Fact]
    public void Forward_Link_Remarks_AndClose_CheckTheirOwnInput()
    {
        Assert.Equal([StepProblem.ForwardedToMissing], CaseSteps.Forward(" "));
        Assert.Empty(CaseSteps.Forward("Wojewoda Podkarpacki"));
        Assert.Equal([StepProblem.EarlierCaseNumberMissing], CaseSteps.Link("", null, 7));
        Assert.Equal([StepProblem.EarlierCaseIsItself], CaseSteps.Link("3/2026", 7, 7));
        Assert.Empty(CaseSteps.Link("3/2026", 5, 7));
        Assert.Equal([StepProblem.RemarksTooLong], CaseSteps.Remarks(new string('x', CaseSteps.RemarksMaxLength + 1)));
        Assert.Empty(CaseSteps.Remarks(null));
        Assert.Equal([StepProblem.OutcomeMissing], CaseSteps.Close(null));
        Assert.Equal([StepProblem.OutcomeHasOwnStep], CaseSteps.Close(CaseOutcome.Przekazana));
        Assert.Empty(CaseSteps.Close(CaseOutcome.SkargaNiezasadna));
    }

    // Art. 4 ust. 1 ustawy o petycjach (gis.gov.pl): "Petycję składa się w formie pisemnej albo za pomocą środków
    // komunikacji elektronicznej" – a letter received orally cannot be classified as one.
    [Fact]
    public void Classify_AnOralLetter_Article4Ust1_CannotBeAPetition()
    {
        Assert.Equal([StepProblem.OralPetition], CaseSteps.Classify(CaseKind.Petycja, null, "żądanie zmiany uchwały", CaseChannel.Ustnie));
        Assert.Empty(CaseSteps.Classify(CaseKind.Skarga, null, "zarzut przewlekłości", CaseChannel.Ustnie));
        Assert.Empty(CaseSteps.Classify(CaseKind.Petycja, null, "żądanie zmiany uchwały", CaseChannel.Email));
    }

    // Art. 10 ust. 3 ustawy o petycjach: the term may be extended by no more than 3 further months, with reasons.
    [Fact]
    public void Delay_APetition_Article10Ust3_ByAtMostThreeMonths()
    {
        var received = new DateOnly(2026, 1, 12);
        var due = StatutoryDeadline.For(TermKind.Petycja, received).Due; // 2026-04-13 (12 April is a Sunday)
        var latest = PetitionRules.LatestExtendedDue(due);
        Assert.Equal(new DateOnly(2026, 7, 13), latest);
        Assert.Empty(CaseSteps.Delay("opinia prawna", received.AddDays(60), latest, received, due, CaseKind.Petycja, due));
        Assert.Equal([StepProblem.PetitionExtensionTooLong], CaseSteps.Delay("opinia prawna", received.AddDays(60), latest.AddDays(1), received, due, CaseKind.Petycja, due));
        // A skarga's delay notice has no such cap (art. 36 KPA sets none).
        Assert.Empty(CaseSteps.Delay("opinia prawna", received.AddDays(20), latest.AddDays(30), received, due, CaseKind.Skarga, due));
    }
}
