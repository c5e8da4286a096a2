using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Domain.Tests.Analysis;

// References: scipy 1.10.1, statsmodels 0.13.5 (Debian 12).
//   stats.mannwhitneyu(a, b, alternative='two-sided', method='asymptotic');
//   multipletests(ps, method='holm'); confint_proportions_2indep(c1, n1, c2, n2, method='newcomb', compare='diff');
//   per option: chi2_contingency(t, correction=False), or fisher_exact(t) where expected_freq(t).min() < 5.
public sealed class PeriodComparisonTests
{
    private static readonly int[] A2 = [.. RatingSummaryTests.A, .. RatingSummaryTests.A]; // n = 40
    private static readonly int[] B2 = [.. RatingSummaryTests.B, .. RatingSummaryTests.B]; // n = 32

    private static RatingSummary S(int[] answers) => RatingSummary.FromAnswers(answers);

    [Fact]
    public void Ratings_WhenItemsDiffer_CallsAChangeOnlyAfterHolm()
    {
        var changes = PeriodComparison.Ratings(
        [
            ("uprzejmosc", S(A2), S(B2)),
            ("sprawnosc", S(B2), S(A2)),
            ("kompetencja", S(A2), S(A2)),
            ("informacja", S(RatingSummaryTests.A), S(RatingSummaryTests.B)),
            ("terminowosc", S(A2), S([])),
        ]);

        var up = changes[0];
        Near.Equal(898.0, up.Test!.U1);
        Near.Equal(0.002673036951450474, up.Test.PValue, 1e-9);
        Near.Equal(0.008019110854351422, up.AdjustedPValue, 1e-9);
        Near.Equal(28 / 40.0 - 10 / 32.0, up.TopTwoDifference);
        Near.Interval(0.15556189875160928, 0.5661145893538324, up.TopTwoDifferenceInterval);
        Assert.Equal(ChangeVerdict.Higher, up.Verdict);

        Near.Equal(0.008019110854351422, changes[1].AdjustedPValue, 1e-9);
        Near.Interval(-0.5661145893538324, -0.15556189875160928, changes[1].TopTwoDifferenceInterval);
        Assert.Equal(ChangeVerdict.Lower, changes[1].Verdict);

        Near.Equal(1.0, changes[2].AdjustedPValue);
        Near.Interval(-0.19501148607782223, 0.19501148607782223, changes[2].TopTwoDifferenceInterval);
        Assert.Equal(ChangeVerdict.NoChange, changes[2].Verdict);

        // 20 and 16 answers: tested (p = 0.036) but never called a change, and kept out of the family.
        Assert.NotNull(changes[3].Test);
        Assert.Null(changes[3].AdjustedPValue);
        Assert.Equal(ChangeVerdict.TooSmallToJudge, changes[3].Verdict);

        Assert.Null(changes[4].Test);
        Assert.Null(changes[4].TopTwoDifferenceInterval);
        Assert.Equal(ChangeVerdict.NotTestable, changes[4].Verdict);
    }

    [Fact]
    public void Ratings_WhenSignificantOnlyBeforeCorrection_IsNoChange()
    {
        // mannwhitneyu(current, baseline) -> U1 992.5, p 0.03184595889597312;
        // multipletests([0.0318..., 1.0, 1.0], method='holm') -> [0.09553787668791937, 1.0, 1.0]
        var current = RatingSummary.From([0, 2, 3, 7, 14, 14]);
        var baseline = RatingSummary.From([0, 4, 7, 10, 10, 8]);

        var changes = PeriodComparison.Ratings([("a", current, baseline), ("b", current, current), ("c", current, current)]);

        Near.Equal(992.5, changes[0].Test!.U1);
        Near.Equal(0.03184595889597312, changes[0].Test!.PValue, 1e-9);
        Near.Equal(0.09553787668791937, changes[0].AdjustedPValue, 1e-9);
        Assert.Equal(ChangeVerdict.NoChange, changes[0].Verdict);
    }

    [Fact]
    public void Categorical_WhenSingleChoice_TestsEachOptionAndTheWhole()
    {
        var options = new[] { "a", "b", "c", "d" };
        var current = CategoricalSummary.FromCounts(options, [40, 25, 3, 2], answered: 70, blank: 4);
        var baseline = CategoricalSummary.FromCounts(options, [20, 30, 12, 0], answered: 62, blank: 1);

        var change = PeriodComparison.Categorical(current, baseline, multipleChoice: false);

        var o = change.Options;
        Assert.Equal(ContingencyMethod.ChiSquare, o[0].Test!.Method);
        Near.Equal(8.211981566820278, o[0].Test!.Statistic);
        Near.Equal(0.004161468085851594, o[0].Test!.PValue, 1e-9);
        Near.Equal(0.016645872343406375, o[0].AdjustedPValue, 1e-9);
        Near.Interval(0.07879358070142994, 0.39899788191584606, o[0].DifferenceInterval);
        Assert.Equal(ChangeVerdict.Higher, o[0].Verdict);

        Near.Equal(0.28099864058069285, o[1].AdjustedPValue, 1e-9);
        Near.Interval(-0.2855555155799665, 0.040687985316579744, o[1].DifferenceInterval);
        Assert.Equal(ChangeVerdict.NoChange, o[1].Verdict);

        Near.Equal(0.01943206896033868, o[2].AdjustedPValue, 1e-9);
        Assert.Equal(ChangeVerdict.Lower, o[2].Verdict);

        Assert.Equal(ContingencyMethod.FisherExact, o[3].Test!.Method);
        Near.Equal(0.4980337728429332, o[3].Test!.PValue, 1e-9);
        Near.Equal(0.4980337728429332, o[3].AdjustedPValue, 1e-9);
        Near.Interval(-0.0333362006704743, 0.09832256118423904, o[3].DifferenceInterval);
        Assert.Equal(ChangeVerdict.NoChange, o[3].Verdict);

        // chi2_contingency([cur, base], correction=False) -> 14.088110599078341, p 0.002787639597621351, dof 3, 2 cells under 5
        Assert.NotNull(change.Overall);
        Near.Equal(14.088110599078341, change.Overall!.Statistic);
        Near.Equal(0.002787639597621351, change.Overall.PValue, 1e-9);
        Assert.Equal(2, change.Overall.ExpectedBelowFive);
        Assert.False(change.Overall.ApproximationAdequate);
    }

    [Fact]
    public void Categorical_WhenMultipleChoice_HasNoOverallTest()
    {
        var options = new[] { "x", "y" };
        var current = CategoricalSummary.FromCounts(options, [30, 35], answered: 50, blank: 0);
        var baseline = CategoricalSummary.FromCounts(options, [20, 40], answered: 50, blank: 0);

        var change = PeriodComparison.Categorical(current, baseline, multipleChoice: true);

        Assert.Null(change.Overall);
        Assert.Equal(2, change.Options.Count);
    }

    [Fact]
    public void Categorical_WhenAPeriodIsEmptyOrSmall_GivesNoVerdict()
    {
        var options = new[] { "x", "y" };
        var empty = CategoricalSummary.FromCounts(options, [0, 0], answered: 0, blank: 3);
        var small = CategoricalSummary.FromCounts(options, [10, 2], answered: 12, blank: 0);
        var large = CategoricalSummary.FromCounts(options, [20, 40], answered: 60, blank: 0);

        var none = PeriodComparison.Categorical(empty, large, multipleChoice: false);
        var few = PeriodComparison.Categorical(small, large, multipleChoice: false);

        Assert.All(none.Options, o => Assert.Equal(ChangeVerdict.NotTestable, o.Verdict));
        Assert.Null(none.Overall);
        Assert.All(few.Options, o => Assert.Equal(ChangeVerdict.TooSmallToJudge, o.Verdict));
        Assert.All(few.Options, o => Assert.Null(o.AdjustedPValue));
    }

    [Fact]
    public void Categorical_WhenCodesDifferBetweenPeriods_MatchesByCode()
    {
        var current = CategoricalSummary.FromCounts(["x", "new"], [20, 20], answered: 40, blank: 0);
        var baseline = CategoricalSummary.FromCounts(["x", "old"], [25, 15], answered: 40, blank: 0);

        var change = PeriodComparison.Categorical(current, baseline, multipleChoice: false);

        Assert.Equal(new[] { "x", "new", "old" }, change.Options.Select(o => o.Code).ToArray());
        Assert.Equal(0, change.Options[1].BaselineCount);
        Assert.Equal(0, change.Options[2].CurrentCount);
    }
}
