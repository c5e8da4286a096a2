using System.Text.Json;
using GlosKlienta.Domain.Actions;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.RegisterReports;

namespace GlosKlienta.Domain.Review;

// Every figure of the management review pack (ISO 9001:2015 9.3.2, procedure P/7/5 row 10) as plain serialisable
// records: the `report review --format json` output, the frozen copy kept with an approved review, and what the page
// and the document read.

/// <summary>One rating item's top-two share (4 or 5 of 5) with its Wilson interval.</summary>
public sealed record RatingShare(string Code, string Text, int N, double? TopTwoShare, double? Lower, double? Upper);

/// <summary>
/// One half-year of the survey as the review sees it: from the approved protocol's frozen figures when there is one
/// (<see cref="Approved"/>), otherwise computed at the time of the pack (a draft). <see cref="InRange"/> is false for the
/// earlier half-years shown only for the trend.
/// </summary>
public sealed record SatisfactionPoint(
    string Period, string PeriodName, DateOnly From, DateOnly To, bool Approved, bool InRange,
    int Responses, int Online, int Kiosk, int Paper,
    double? ServiceIndex, double? IndexLower, double? IndexUpper, bool IndexReliable,
    IReadOnlyList<RatingShare> Ratings, TimelinessFigure? Timeliness)
{
    public static SatisfactionPoint Of(F2Figures f, bool approved, bool inRange)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.Period, f.PeriodName, f.From, f.To, approved, inRange, f.Responses, f.Online, f.Kiosk, f.Paper,
            f.ServiceIndex.Index, f.ServiceIndex.IndexLower, f.ServiceIndex.IndexUpper, f.ServiceIndex.Reliable,
            f.Ratings.Select(r => new RatingShare(r.Code, r.Text, r.N, r.TopTwoShare, r.TopTwoLower, r.TopTwoUpper)).ToList(),
            f.Timeliness);
    }
}

/// <summary>The action register by status on the day of the pack; <see cref="Overdue"/> are open actions past their due date.</summary>
public sealed record ActionCounts(int Total, int Planned, int InProgress, int Overdue, int Done, int Effective, int NotEffective, int Cancelled, int StartedInRange)
{
    public int Open => Planned + InProgress;

    public static ActionCounts Of(IReadOnlyCollection<(ActionStatus Status, DateOnly Due, DateOnly Started)> actions, DateOnly from, DateOnly to, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(actions);
        int Count(ActionStatus s) => actions.Count(a => a.Status == s);
        return new(actions.Count, Count(ActionStatus.Planned), Count(ActionStatus.InProgress), actions.Count(a => ActionRules.IsOverdue(a.Status, a.Due, asOf)),
            Count(ActionStatus.Done), Count(ActionStatus.Effective), Count(ActionStatus.NotEffective), Count(ActionStatus.Cancelled),
            actions.Count(a => a.Started >= from && a.Started <= to));
    }
}

/// <summary>An action as the pack lists it (labels already in Polish).</summary>
public sealed record ReviewAction(int Id, string Number, string Kind, string What, string Owner, DateOnly Due, string Status, bool Overdue);

/// <summary>Information for clients: printed boards and signs that no longer match the directory, materials past their review, press releases published in the range.</summary>
public sealed record InformationFigures(
    IReadOnlyList<string> BoardsOutOfDate, int BoardsToTakeDown, int BoardsTotal,
    IReadOnlyList<string> MaterialsOverdue, int MaterialsTotal,
    IReadOnlyList<string> PressReleasesPublished);

/// <summary>The review an earlier pack's decisions came from, and those decisions as they stand now.</summary>
public sealed record PreviousReview(int Id, string Number, DateOnly HeldOn, IReadOnlyList<ReviewAction> Decisions);

public sealed record ReviewFigures(
    DateOnly From,
    DateOnly To,
    DateOnly AsOf,
    IReadOnlyList<SatisfactionPoint> Satisfaction,
    RegisterSummary Register,
    ActionCounts Actions,
    IReadOnlyList<ReviewAction> OpenActions,
    PreviousReview? Previous,
    InformationFigures Information,
    DateOnly PerceptionFrom,
    DateOnly PerceptionTo,
    IReadOnlyList<PerceptionRow> Perception,
    IReadOnlyList<ReviewAction> Decisions)
{
    public string ToJson() => JsonSerializer.Serialize(this, F2Figures.JsonOptions);

    public static ReviewFigures FromJson(string json) => JsonSerializer.Deserialize<ReviewFigures>(json, F2Figures.JsonOptions) ?? throw new JsonException("Empty figures.");

    /// <summary>The half-years a review of [<paramref name="from"/>, <paramref name="to"/>] reads: those that overlap it, and before them up to <paramref name="trendBefore"/> earlier ones for the trend.</summary>
    public static IReadOnlyList<(ReportingPeriod Period, bool InRange)> SurveyPeriods(DateOnly from, DateOnly to, int trendBefore = 2)
    {
        if (to < from) throw new ArgumentException("The range ends before it starts.", nameof(to));
        var first = ReportingPeriod.Containing(from);
        var list = new List<(ReportingPeriod, bool)>();
        var p = first;
        for (int i = 0; i < trendBefore; i++) { p = p.Previous; list.Insert(0, (p, false)); }
        for (p = first; p.Start <= to; p = p.Next) list.Add((p, true));
        return list;
    }
}
