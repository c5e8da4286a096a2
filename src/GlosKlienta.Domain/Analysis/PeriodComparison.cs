namespace GlosKlienta.Domain.Analysis;

/// <summary>What a comparison of two periods may say.</summary>
public enum ChangeVerdict
{
    /// <summary>Tested, and not significant after Holm's correction: not called a change.</summary>
    NoChange,
    /// <summary>Significant after correction, current period higher (better ratings, or an option chosen more).</summary>
    Higher,
    /// <summary>Significant after correction, current period lower.</summary>
    Lower,
    /// <summary>A period has fewer than 30 answers: figures shown, no verdict.</summary>
    TooSmallToJudge,
    /// <summary>A period has no answers or the table has nothing to compare.</summary>
    NotTestable,
}

/// <param name="TopTwoDifference">Current top-two share minus baseline's.</param>
/// <param name="TopTwoDifferenceInterval">Newcombe's hybrid score interval for that difference.</param>
/// <param name="AdjustedPValue">Holm-adjusted over the items that could be judged; null for the others.</param>
public sealed record RatingChange(
    string Item,
    RatingSummary Current,
    RatingSummary Baseline,
    MannWhitneyResult? Test,
    double? AdjustedPValue,
    double? TopTwoDifference,
    Interval? TopTwoDifferenceInterval,
    ChangeVerdict Verdict);

/// <param name="DifferenceInterval">Newcombe's interval for current share minus baseline share.</param>
/// <param name="Test">2×2 test of chosen / not chosen in the two periods (Fisher when an expected count is under 5).</param>
/// <param name="AdjustedPValue">Holm-adjusted over the question's options that could be judged.</param>
public sealed record OptionChange(
    string Code,
    int CurrentCount,
    int BaselineCount,
    double? CurrentShare,
    double? BaselineShare,
    Interval? DifferenceInterval,
    ContingencyResult? Test,
    double? AdjustedPValue,
    ChangeVerdict Verdict);

/// <param name="Overall">Single choice only: the 2×c test of the whole distribution. Null for multiple choice,
/// whose options overlap so the table is not one of independent counts.</param>
public sealed record CategoricalChange(ContingencyResult? Overall, IReadOnlyList<OptionChange> Options);

/// <summary>
/// A period against a baseline (the previous half-year, or the same half-year a year before).
/// A change is called a change only when it is significant at 5% after Holm's correction; a
/// period with fewer than 30 answers gets no verdict (<see cref="MinimumCell"/>) and is left out
/// of the correction.
/// </summary>
public static class PeriodComparison
{
    public const double SignificanceLevel = 0.05;

    /// <summary>Each rating item: Mann-Whitney U, Newcombe interval for the top-two change, Holm across the items.</summary>
    public static IReadOnlyList<RatingChange> Ratings(IReadOnlyList<(string Item, RatingSummary Current, RatingSummary Baseline)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var tests = new MannWhitneyResult?[items.Count];
        var family = new double[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            var (_, current, baseline) = items[i];
            tests[i] = MannWhitney.Test(current, baseline);
            family[i] = tests[i] is { } t && Judgeable(current.N, baseline.N) ? t.PValue : double.NaN;
        }
        var adjusted = Holm.Adjust(family);
        return items.Select((item, i) =>
        {
            var (code, current, baseline) = item;
            double? adjustedP = double.IsNaN(adjusted[i]) ? null : adjusted[i];
            var verdict = Verdict(current.N, baseline.N, adjustedP, tests[i]?.RankBiserial ?? 0);
            return new RatingChange(code, current, baseline, tests[i], adjustedP,
                current.TopTwoShare - baseline.TopTwoShare,
                Proportion.NewcombeDifference(current.TopTwo, current.N, baseline.TopTwo, baseline.N),
                verdict);
        }).ToList();
    }

    /// <summary>
    /// A single- or multiple-choice question: each option as chosen / not chosen among those who
    /// answered (Holm across the options), and for single choice the whole distribution too.
    /// Options are matched by code; one that only one period has counts as 0 in the other.
    /// </summary>
    public static CategoricalChange Categorical(CategoricalSummary current, CategoricalSummary baseline, bool multipleChoice)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(baseline);
        var codes = current.Options.Select(o => o.Code).Union(baseline.Options.Select(o => o.Code), StringComparer.Ordinal).ToList();
        var currentCounts = codes.Select(c => current.Find(c)?.Count ?? 0).ToArray();
        var baselineCounts = codes.Select(c => baseline.Find(c)?.Count ?? 0).ToArray();
        int n1 = current.Answered, n2 = baseline.Answered;
        bool judgeable = Judgeable(n1, n2);

        var tests = new ContingencyResult?[codes.Count];
        var family = new double[codes.Count];
        for (int j = 0; j < codes.Count; j++)
        {
            tests[j] = n1 == 0 || n2 == 0 ? null : ContingencyTest.Test(new[,]
            {
                { currentCounts[j], n1 - currentCounts[j] },
                { baselineCounts[j], n2 - baselineCounts[j] },
            });
            family[j] = tests[j] is { } t && judgeable ? t.PValue : double.NaN;
        }
        var adjusted = Holm.Adjust(family);
        var options = codes.Select((code, j) =>
        {
            double? share1 = n1 == 0 ? null : (double)currentCounts[j] / n1;
            double? share2 = n2 == 0 ? null : (double)baselineCounts[j] / n2;
            double? adjustedP = double.IsNaN(adjusted[j]) ? null : adjusted[j];
            var verdict = tests[j] is null && n1 > 0 && n2 > 0 && judgeable
                ? ChangeVerdict.NoChange // nobody chose it in either period
                : Verdict(n1, n2, adjustedP, (share1 - share2) ?? 0);
            return new OptionChange(code, currentCounts[j], baselineCounts[j], share1, share2,
                Proportion.NewcombeDifference(currentCounts[j], n1, baselineCounts[j], n2), tests[j], adjustedP, verdict);
        }).ToList();
        var overall = multipleChoice || n1 == 0 || n2 == 0 ? null : ContingencyTest.Test(currentCounts, baselineCounts);
        return new CategoricalChange(overall, options);
    }

    private static bool Judgeable(int n1, int n2) => !MinimumCell.IsTooSmall(n1) && !MinimumCell.IsTooSmall(n2);

    private static ChangeVerdict Verdict(int n1, int n2, double? adjustedP, double direction)
    {
        if (n1 == 0 || n2 == 0) return ChangeVerdict.NotTestable;
        if (!Judgeable(n1, n2)) return ChangeVerdict.TooSmallToJudge;
        if (adjustedP is not { } p) return ChangeVerdict.NotTestable;
        if (p >= SignificanceLevel || direction == 0) return ChangeVerdict.NoChange;
        return direction > 0 ? ChangeVerdict.Higher : ChangeVerdict.Lower;
    }
}
