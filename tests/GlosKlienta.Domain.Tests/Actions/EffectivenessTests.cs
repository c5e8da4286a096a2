using GlosKlienta.Domain.Actions;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Register;

namespace GlosKlienta.Domain.Tests.Actions;

public sealed class EffectivenessTests
{
    private static ActionFollowUpFigure Figure(int thenCount, int thenN, int nowCount, int nowN, bool higherIsBetter, ChangeVerdict? verdict) =>
        new("obszar", "działanie zapobiegawcze", "co", "kto", new DateOnly(2027, 1, 1), "zrealizowane", "miara",
            thenCount, thenN, nowCount, nowN, (double)thenCount / thenN, (double)nowCount / nowN, null, null, null, verdict) { HigherIsBetter = higherIsBetter };

    [Fact]
    public void FromSurvey_ShareOfGoodRatingsRoseSignificantly_ProposesEffective() =>
        Assert.Equal(new EffectFinding(EffectProposal.Effective, EffectReason.Improved),
            Effectiveness.FromSurvey(Figure(50, 100, 80, 100, true, ChangeVerdict.Higher)));

    [Fact]
    public void FromSurvey_NotOnTimeShareFellSignificantly_ProposesEffective() =>
        Assert.Equal(EffectProposal.Effective, Effectiveness.FromSurvey(Figure(30, 100, 8, 100, false, ChangeVerdict.Lower)).Proposal);

    [Fact]
    public void FromSurvey_NotOnTimeShareRose_ProposesNotEffective() =>
        Assert.Equal(new EffectFinding(EffectProposal.NotEffective, EffectReason.Worse),
            Effectiveness.FromSurvey(Figure(8, 100, 30, 100, false, ChangeVerdict.Higher)));

    [Fact]
    public void FromSurvey_NoSignificantChange_ProposesNotEffective() =>
        Assert.Equal(new EffectFinding(EffectProposal.NotEffective, EffectReason.NoSignificantChange),
            Effectiveness.FromSurvey(Figure(50, 100, 55, 100, true, ChangeVerdict.NoChange)));

    [Fact]
    public void FromSurvey_TooFewAnswersOrNoNextProtocol_CannotJudge()
    {
        Assert.Equal(new EffectFinding(EffectProposal.CannotJudge, EffectReason.TooFewAnswers), Effectiveness.FromSurvey(Figure(5, 10, 9, 10, true, ChangeVerdict.TooSmallToJudge)));
        Assert.Equal(new EffectFinding(EffectProposal.CannotJudge, EffectReason.NoNextFigures), Effectiveness.FromSurvey(null));
        Assert.Equal(EffectReason.NotMeasurable, Effectiveness.FromSurvey(Figure(5, 10, 9, 10, true, null)).Reason);
    }

    [Fact]
    public void FromSurvey_UsesTheRealComparison_OnFiguresFromTheFollowUp()
    {
        // 60 of 100 rated 4–5 before, 85 of 100 after: significant (Fisher/chi-square), higher is better.
        var figure = ActionFollowUp.Follow("a", "k", "w", "o", new DateOnly(2027, 1, 1), "s", "item:uprzejmosc", Ratings(60, 100), Ratings(85, 100));
        Assert.Equal(EffectProposal.Effective, Effectiveness.FromSurvey(figure).Proposal);
        var same = ActionFollowUp.Follow("a", "k", "w", "o", new DateOnly(2027, 1, 1), "s", "item:uprzejmosc", Ratings(60, 100), Ratings(63, 100));
        Assert.Equal(EffectProposal.NotEffective, Effectiveness.FromSurvey(same).Proposal);
    }

    private static F2Figures Ratings(int topTwo, int n) => new()
    {
        Period = "2026-H1", PeriodName = "I półrocze 2026", From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 6, 30),
        Responses = n, Online = n, Kiosk = 0, Paper = 0, ByMonth = [], Questions = [], RatingQuestionText = "",
        Ratings = [new RatingFigure("uprzejmosc", "Uprzejmość", n, 0, [0, 0, n - topTwo, 0, topTwo], 4.0, 0.5, 3.9, 4.1, 4, 3, 5, topTwo, (double)topTwo / n, null, null, 0, 0, null, false)],
        ServiceIndex = new IndexFigure(5, 0, null, false, null, null, null), Breakdowns = [], DissatisfiedDefinition = "",
        DissatisfiedChart = new PChartFigure(null, []), Trends = [], Drivers = [], Paretos = [], Notes = [],
    };

    private static readonly DateOnly Done = new(2027, 2, 1);

    [Fact]
    public void FromComplaints_JustifiedComplaintAboutTheUnitAfterwards_ProposesNotEffective() =>
        Assert.Equal(new EffectFinding(EffectProposal.NotEffective, EffectReason.Recurred),
            Effectiveness.FromComplaints(Done, new DateOnly(2027, 3, 1), [new LaterComplaint(1, "3/2027", new DateOnly(2027, 2, 10), true)]));

    [Fact]
    public void FromComplaints_OneStillOpen_CannotJudgeYet() =>
        Assert.Equal(EffectReason.RecurrenceOpen,
            Effectiveness.FromComplaints(Done, new DateOnly(2027, 9, 1), [new LaterComplaint(1, "3/2027", new DateOnly(2027, 2, 10), null)]).Reason);

    [Fact]
    public void FromComplaints_NoneFoundJustified_AfterTheWatch_ProposesEffective()
    {
        LaterComplaint[] later = [new(1, "3/2027", new DateOnly(2027, 2, 10), false), new(2, "1/2027", new DateOnly(2027, 1, 5), true)];
        Assert.Equal(new EffectFinding(EffectProposal.CannotJudge, EffectReason.TooEarly), Effectiveness.FromComplaints(Done, Done.AddDays(Effectiveness.RecurrenceWatchDays - 1), later));
        Assert.Equal(new EffectFinding(EffectProposal.Effective, EffectReason.NoRecurrence), Effectiveness.FromComplaints(Done, Done.AddDays(Effectiveness.RecurrenceWatchDays), later));
    }

    [Theory]
    [InlineData(CaseKind.Skarga, CaseOutcome.SkargaZasadna, true)]
    [InlineData(CaseKind.Skarga, CaseOutcome.SkargaCzesciowoZasadna, true)]
    [InlineData(CaseKind.Skarga, CaseOutcome.SkargaNiezasadna, false)]
    [InlineData(CaseKind.Wniosek, CaseOutcome.WniosekUwzgledniony, false)]
    public void CanStartFrom_OnlyAJustifiedSkarga(CaseKind kind, CaseOutcome outcome, bool can) =>
        Assert.Equal(can, Effectiveness.CanStartFrom(kind, outcome));

    [Fact]
    public void CanStartFrom_AnOpenSkarga_IsNo() => Assert.False(Effectiveness.CanStartFrom(CaseKind.Skarga, null));
}
