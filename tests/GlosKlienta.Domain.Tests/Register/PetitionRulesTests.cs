using GlosKlienta.Domain.Register;

namespace GlosKlienta.Domain.Tests.Register;

/// <summary>Art. 4 ustawy o petycjach: the form of a petycja and what it says about its filer.</summary>
public sealed class PetitionRulesTests
{
    private static PetitionFiling Filing(CaseChannel channel, string? email = "jan@example.pl") => new(channel, email, false, null, false, false, null);

    // Art. 4 ust. 1: "w formie pisemnej albo za pomocą środków komunikacji elektronicznej" – never orally.
    [Fact]
    public void CheckFiling_Article4Ust1_NoOralPetition()
    {
        Assert.Equal([PetitionProblem.Oral], PetitionRules.CheckFiling(Filing(CaseChannel.Ustnie)));
        Assert.Empty(PetitionRules.CheckFiling(Filing(CaseChannel.Papier, null)));
    }

    // Art. 4 ust. 5: a petycja filed electronically gives the filer's e-mail address; ePUAP and e-Doręczenia carry their own address.
    [Theory]
    [InlineData(CaseChannel.Email, true)]
    [InlineData(CaseChannel.FormularzOnline, true)]
    [InlineData(CaseChannel.EDoreczenia, false)]
    [InlineData(CaseChannel.Papier, false)]
    public void CheckFiling_Article4Ust5_AnElectronicPetitionNeedsAnEmailAddress(CaseChannel channel, bool refused) =>
        Assert.Equal(refused, PetitionRules.CheckFiling(Filing(channel, " ")).Contains(PetitionProblem.ElectronicWithoutEmail));

    // Art. 4 ust. 2 pkt 1 (a group names its representative) and pkt 2 (a third party is named, and consents).
    [Fact]
    public void CheckFiling_Article4Ust2_ThirdPartyNamedWithConsent_GroupNamesItsRepresentative()
    {
        var f = Filing(CaseChannel.Papier);
        Assert.Equal([PetitionProblem.ThirdPartyNameMissing, PetitionProblem.ThirdPartyConsentMissing],
            PetitionRules.CheckFiling(f with { ForThirdParty = true }));
        Assert.Empty(PetitionRules.CheckFiling(f with { ForThirdParty = true, ThirdPartyName = "Stowarzyszenie Bieszczadzkie", ThirdPartyConsent = true }));
        Assert.Equal([PetitionProblem.GroupRepresentativeMissing], PetitionRules.CheckFiling(f with { Group = true }));
        Assert.Empty(PetitionRules.CheckFiling(f with { Group = true, Representative = "Anna Nowak" }));
    }
}

/// <summary>
/// Art. 14 ustawy o petycjach: "zbiorczą informację o petycjach rozpatrzonych w roku poprzednim" – forwarded (art. 6),
/// withdrawn and unexamined (art. 7) petitions are not "rozpatrzone" and are counted apart.
/// </summary>
public sealed class PetitionYearStatusTests
{
    private static readonly DateOnly Filed = new(2025, 3, 2);

    [Theory]
    [InlineData(CaseOutcome.PetycjaUwzgledniona, PetitionYearStatus.Rozpatrzona)]
    [InlineData(CaseOutcome.PetycjaNieuwzgledniona, PetitionYearStatus.Rozpatrzona)]
    [InlineData(CaseOutcome.Przekazana, PetitionYearStatus.Przekazana)]
    [InlineData(CaseOutcome.Wycofana, PetitionYearStatus.Wycofana)]
    [InlineData(CaseOutcome.BezRozpoznania, PetitionYearStatus.PozostawionaBezRozpatrzenia)]
    public void StatusInYear_ClosedInTheYear_ByOutcome(CaseOutcome outcome, PetitionYearStatus status) =>
        Assert.Equal(status, PetitionRules.StatusInYear(Filed, outcome, new DateOnly(2025, 6, 1), 2025));

    [Fact]
    public void StatusInYear_OpenOrClosedLater_IsPending_AndOtherYearsAreOutside()
    {
        Assert.Equal(PetitionYearStatus.WToku, PetitionRules.StatusInYear(Filed, null, null, 2025));
        Assert.Equal(PetitionYearStatus.WToku, PetitionRules.StatusInYear(Filed, CaseOutcome.PetycjaUwzgledniona, new DateOnly(2026, 1, 5), 2025));
        Assert.Equal(PetitionYearStatus.OutsideTheYear, PetitionRules.StatusInYear(Filed, CaseOutcome.PetycjaUwzgledniona, new DateOnly(2025, 6, 1), 2026));
        Assert.Equal(PetitionYearStatus.OutsideTheYear, PetitionRules.StatusInYear(new DateOnly(2026, 1, 2), null, null, 2025));
    }

    // Art. 6 ust. 2 ustawy o petycjach: only a petycja is examined in part and forwarded in the rest, with the part named.
    [Fact]
    public void PartForwarding_Art6Ust2_OnlyAPetition_WithTheBodyAndThePartNamed_Once()
    {
        var received = new DateOnly(2026, 3, 2);
        Assert.Empty(PetitionRules.CheckPartForwarding(CaseKind.Petycja, false, "Zarząd Dróg Wojewódzkich", "remontu drogi nr 84", received, received));
        Assert.Equal([StepProblem.PartForwardingNotPetition], PetitionRules.CheckPartForwarding(CaseKind.Wniosek, false, "Zarząd Dróg Wojewódzkich", "remontu drogi", received, received));
        Assert.Equal([StepProblem.PartAlreadyForwarded], PetitionRules.CheckPartForwarding(CaseKind.Petycja, true, "Zarząd Dróg Wojewódzkich", "remontu drogi", received, received));
        Assert.Equal([StepProblem.ForwardedToMissing, StepProblem.PartScopeMissing], PetitionRules.CheckPartForwarding(CaseKind.Petycja, false, " ", null, received, received));
        Assert.Equal([StepProblem.NoticeBeforeReceived], PetitionRules.CheckPartForwarding(CaseKind.Petycja, false, "ZDW", "drogi", received.AddDays(-1), received));
        // 30 days from receipt, as for the whole (art. 6 ust. 1 and 2).
        Assert.Equal(new DateOnly(2026, 4, 1), PetitionRules.ForwardingDeadline(received).Due);
    }
}
