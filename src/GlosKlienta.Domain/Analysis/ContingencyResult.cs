namespace GlosKlienta.Domain.Analysis;

/// <summary>The test of a contingency table that <see cref="ContingencyTest"/> chose and its result.</summary>
/// <param name="Statistic">Chi-square statistic, or the sample odds ratio (a·d)/(b·c) for Fisher (∞ when b·c = 0, NaN when undefined).</param>
/// <param name="DegreesOfFreedom">(r−1)(c−1) after empty rows and columns are dropped; 1 for Fisher.</param>
/// <param name="MinimumExpected">The smallest expected count under independence.</param>
/// <param name="ExpectedBelowFive">How many cells expect fewer than 5.</param>
/// <param name="ApproximationAdequate">False when a chi-square p-value rests on expected counts under 5
/// (a table bigger than 2×2, where no exact test is run): show it, flagged as approximate.</param>
public sealed record ContingencyResult(
    ContingencyMethod Method,
    double Statistic,
    int DegreesOfFreedom,
    double PValue,
    double MinimumExpected,
    int ExpectedBelowFive,
    bool ApproximationAdequate);
