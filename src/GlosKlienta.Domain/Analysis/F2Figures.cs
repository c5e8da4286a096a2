using System.Text.Json;
using System.Text.Json.Serialization;

namespace GlosKlienta.Domain.Analysis;

// Every figure of the F2 protocol as plain serialisable records: the `--format json` output, the
// frozen copy stored with an approved protocol, and what the dashboard and the document read.

public sealed record OptionFigure(string Code, string Text, int Count, double? Share);

/// <summary>A single- or multiple-choice question, or one matrix item (<see cref="Code"/> "question.item").</summary>
public sealed record QuestionFigure(string Code, string? Number, string Text, bool Multiple, int Answered, int Blank, IReadOnlyList<OptionFigure> Options);

public sealed record RatingFigure(
    string Code, string Text, int N, int Blank, IReadOnlyList<int> Counts,
    double? Mean, double? StandardDeviation, double? MeanLower, double? MeanUpper,
    double? Median, double? LowerQuartile, double? UpperQuartile,
    int TopTwo, double? TopTwoShare, double? TopTwoLower, double? TopTwoUpper,
    int BottomTwo, double? BottomTwoShare, double? NetSatisfaction, bool TooSmallToJudge)
{
    public static RatingFigure From(string code, string text, RatingSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(code, text, s.N, s.Blank, s.Counts[1..].ToArray(), s.Mean, s.StandardDeviation, s.MeanInterval?.Lower, s.MeanInterval?.Upper,
            s.Median, s.LowerQuartile, s.UpperQuartile, s.TopTwo, s.TopTwoShare, s.TopTwoInterval?.Lower, s.TopTwoInterval?.Upper,
            s.BottomTwo, s.BottomTwoShare, s.NetSatisfaction, s.TooSmallToJudge);
    }
}

public sealed record IndexFigure(int Items, int CompleteResponses, double? Alpha, bool Reliable, double? Index, double? IndexLower, double? IndexUpper);

/// <summary>
/// Question 6 read as timeliness. "Nie dotyczy: sprawa w toku" is no answer about timeliness, so
/// the share of "not on time" is no / (yes + no), with that <see cref="N"/>; the interval is
/// Wilson's, shown only from 2 answers on.
/// </summary>
public sealed record TimelinessFigure(int OnTime, int NotOnTime, int NotApplicable, int N, double? NotOnTimeShare, double? Lower, double? Upper)
{
    public static TimelinessFigure From(int onTime, int notOnTime, int notApplicable)
    {
        int n = onTime + notOnTime;
        var ci = n < 2 ? null : Proportion.Wilson(notOnTime, n);
        return new(onTime, notOnTime, notApplicable, n, n == 0 ? null : (double)notOnTime / n, ci?.Lower, ci?.Upper);
    }
}

/// <summary>"Not on time" in one month: no / (yes + no).</summary>
public sealed record TimelinessMonthFigure(string Month, int N, int NotOnTime, double? Share);

/// <summary>"Not on time" against a baseline period: no / (yes + no) in each, a 2×2 test and Newcombe's interval of the difference.</summary>
public sealed record TimelinessChangeFigure(int CurrentNotOnTime, int CurrentN, int BaselineNotOnTime, int BaselineN,
    double? CurrentShare, double? BaselineShare, double? DifferenceLower, double? DifferenceUpper, ContingencyMethod? Method, double? PValue, ChangeVerdict Verdict);

/// <summary>One rating item in one group of a breakdown.</summary>
public sealed record CellFigure(string Item, int N, double? TopTwoShare, double? Mean);

/// <param name="Score">Top-two share over all ratings the group gave (every item pooled); the ranking key.</param>
/// <param name="Rank">1 = best; null when too small (under 30 respondents who rated) or unscored.</param>
/// <param name="OnTimeAnswered">Respondents of the group who answered question 6 "yes" or "no" (the denominator of <paramref name="NotOnTimeShare"/>).</param>
public sealed record GroupFigure(string Code, string Label, int Responses, int Rated, bool TooSmallToJudge, double? Score, int? Rank,
    IReadOnlyList<CellFigure> Items, int OnTimeAnswered, int NotOnTime, double? NotOnTimeShare);

public sealed record BreakdownFigure(BreakdownDimension Dimension, string Label, IReadOnlyList<GroupFigure> Groups);

public sealed record ItemChangeFigure(string Item, string Text, int CurrentN, int BaselineN, double? CurrentMean, double? BaselineMean,
    double? CurrentTopTwo, double? BaselineTopTwo, double? TopTwoDifference, double? DifferenceLower, double? DifferenceUpper,
    double? U, double? Z, double? PValue, double? AdjustedPValue, double? EffectSizeR, double? RankBiserial, ChangeVerdict Verdict);

public sealed record OptionChangeFigure(string Code, string Text, int CurrentCount, int BaselineCount, double? CurrentShare, double? BaselineShare,
    double? DifferenceLower, double? DifferenceUpper, ContingencyMethod? Method, double? PValue, double? AdjustedPValue, ChangeVerdict Verdict);

public sealed record QuestionChangeFigure(string Code, string Text, int CurrentAnswered, int BaselineAnswered,
    ContingencyMethod? Method, double? Statistic, int? DegreesOfFreedom, double? PValue, bool? Approximate, IReadOnlyList<OptionChangeFigure> Options);

public sealed record ComparisonFigure(string BaselinePeriod, string BaselineName, int BaselineResponses,
    IReadOnlyList<ItemChangeFigure> Items, IReadOnlyList<QuestionChangeFigure> Questions, TimelinessChangeFigure? Timeliness = null);

public sealed record PChartPointFigure(string Month, int Dissatisfied, int Answered, double? Share, double? LowerLimit, double? UpperLimit, PChartSignal Signal);

public sealed record PChartFigure(double? CentreLine, IReadOnlyList<PChartPointFigure> Points);

public sealed record TrendFigure(string Item, string Text, IReadOnlyList<int> N, IReadOnlyList<double?> Mean, IReadOnlyList<double?> TopTwoShare);

public sealed record DriverFigure(string Item, string Text, double? Rho, int N, double? PValue, double? Performance, IpaQuadrant? Quadrant);

public sealed record ParetoBarFigure(string Key, string Label, int Count, double Share, double CumulativeShare);

public sealed record ParetoFigure(string Code, string Title, IReadOnlyList<ParetoBarFigure> Bars);

public sealed record MonthCountFigure(string Month, int Responses);

public enum ThreatKind { LowTopTwo, UnitLowTopTwo, SignificantDrop, NotOnTime, DifficultyGrowth, Judgement }

/// <summary>A threatened area (or one to watch) with the evidence that put it there (procedure row 9: where preventive actions or audits are needed).</summary>
/// <param name="Key">Stable within the period (e.g. "item:sprawnosc", "unit:usc:sprawnosc"), so proposed actions can refer to it.</param>
public sealed record ThreatenedArea(string Key, ThreatKind Kind, string Title, string Evidence, int N, string? Test)
{
    /// <summary>One sentence: why the area is on its list.</summary>
    public string Reason { get; init; } = "";
    /// <summary>The p-value of the evidence (smaller is stronger): the ranking key; null for an area added by judgement.</summary>
    public double? Strength { get; init; }
    /// <summary>Added by the Pełnomocnik's judgement (with <see cref="Reason"/>), not by a rule.</summary>
    public bool ByJudgement => Kind == ThreatKind.Judgement;
}

/// <summary>Every figure of one F2 protocol (or annual analysis).</summary>
public sealed record F2Figures
{
    public required string Period { get; init; }
    public required string PeriodName { get; init; }
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    public string? UnitFilter { get; init; }
    public string? ChannelFilter { get; init; }
    public required int Responses { get; init; }
    public required int Online { get; init; }
    public required int Kiosk { get; init; }
    public required int Paper { get; init; }
    public required IReadOnlyList<MonthCountFigure> ByMonth { get; init; }
    public required IReadOnlyList<QuestionFigure> Questions { get; init; }
    public required string RatingQuestionText { get; init; }
    public required IReadOnlyList<RatingFigure> Ratings { get; init; }
    public required IndexFigure ServiceIndex { get; init; }
    public required IReadOnlyList<BreakdownFigure> Breakdowns { get; init; }
    public ComparisonFigure? PreviousPeriod { get; init; }
    public ComparisonFigure? YearEarlier { get; init; }
    /// <summary>For the annual analysis: the second half-year against the first.</summary>
    public ComparisonFigure? HalfYears { get; init; }
    public required string DissatisfiedDefinition { get; init; }
    public required PChartFigure DissatisfiedChart { get; init; }
    public required IReadOnlyList<TrendFigure> Trends { get; init; }
    public required IReadOnlyList<DriverFigure> Drivers { get; init; }
    public required IReadOnlyList<ParetoFigure> Paretos { get; init; }
    /// <summary>Threatened areas: the evidence says so (<see cref="Analysis.Threats"/>), strongest first; areas added by judgement last.</summary>
    public IReadOnlyList<ThreatenedArea> Threats { get; init; } = [];
    /// <summary>"Do obserwacji": a point estimate on the wrong side of its threshold whose interval still covers it.</summary>
    public IReadOnlyList<ThreatenedArea> Watch { get; init; } = [];
    /// <summary>The free-text remarks as the Pełnomocnik read them: counts per category with quotes (null on the dashboard, which does not read them).</summary>
    public RemarksFigure? Remarks { get; init; }
    /// <summary>The actions proposed in the previous protocol, each with its status and the same figure then and now.</summary>
    public IReadOnlyList<ActionFollowUpFigure>? FollowUp { get; init; }
    /// <summary>The period's complaints and requests from the register, by unit and outcome (null on the dashboard).</summary>
    public IReadOnlyList<RegisterReports.UnitComplaints>? Complaints { get; init; }
    /// <summary>Question 6 as timeliness (null when the survey has no such question).</summary>
    public TimelinessFigure? Timeliness { get; init; }
    /// <summary>"Not on time" per month of the period.</summary>
    public IReadOnlyList<TimelinessMonthFigure> TimelinessByMonth { get; init; } = [];
    /// <summary>The parts questions play (<see cref="F2Questions"/>), so rules read the right codes.</summary>
    public F2Questions Roles { get; init; } = new();
    /// <summary>Survey versions, incomparable answers left out, unknown codes: what a reader must know about the data.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static F2Figures FromJson(string json) => JsonSerializer.Deserialize<F2Figures>(json, JsonOptions) ?? throw new JsonException("Empty figures.");
}
