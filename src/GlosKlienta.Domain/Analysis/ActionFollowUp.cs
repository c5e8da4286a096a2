namespace GlosKlienta.Domain.Analysis;

/// <summary>A share an area stands on: what is counted, out of how many, and whether more is better.</summary>
public sealed record AreaMeasure(string What, int Count, int N, bool HigherIsBetter);

/// <summary>One action proposed in the previous protocol as the next protocol follows it up.</summary>
public sealed record ActionFollowUpFigure(string Area, string Kind, string What, string Who, DateOnly Due, string Status,
    string? Measure, int? ThenCount, int? ThenN, int? NowCount, int? NowN, double? ThenShare, double? NowShare,
    double? DifferenceLower, double? DifferenceUpper, double? PValue, ChangeVerdict? Verdict)
{
    /// <summary>"better", "worse" or "no significant change" for the area, judged by the direction that is good for it.</summary>
    public bool? Improved => Verdict switch
    {
        ChangeVerdict.Higher => Measure is null ? null : true ^ !HigherIsBetter,
        ChangeVerdict.Lower => Measure is null ? null : false ^ !HigherIsBetter,
        _ => null,
    };

    public bool HigherIsBetter { get; init; } = true;
}

/// <summary>
/// Follow-up of the previous protocol's actions: for the area an action answered, the same figure
/// then and now, compared as two proportions (a 2×2 test, Newcombe's interval of the difference).
/// Pure.
/// </summary>
public static class ActionFollowUp
{
    /// <summary>The share an area of <paramref name="f"/> stands on, found by its key; null for an area by judgement or one the figures no longer have.</summary>
    public static AreaMeasure? Measure(F2Figures f, string key)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split(':');
        switch (parts)
        {
            case ["item", var item]:
                return f.Ratings.FirstOrDefault(r => r.Code == item) is { } r ? new AreaMeasure("oceny 4–5: " + r.Text, r.TopTwo, r.N, true) : null;
            case ["drop", _, var item]:
                return Measure(f, "item:" + item);
            case ["unit", var unit, var item]:
                var group = Unit(f, unit);
                var cell = group?.Items.FirstOrDefault(c => c.Item == item);
                var text = f.Ratings.FirstOrDefault(r => r.Code == item)?.Text ?? item;
                return cell is { TopTwoShare: { } share } ? new AreaMeasure($"oceny 4–5: {text} ({group!.Label})", (int)Math.Round(share * cell.N), cell.N, true) : null;
            case ["not-on-time"]:
                return f.Timeliness is { } t ? new AreaMeasure("sprawy nie załatwione w terminie", t.NotOnTime, t.N, false) : null;
            case ["not-on-time", "unit", var unit]:
                return Unit(f, unit) is { } g ? new AreaMeasure($"sprawy nie załatwione w terminie ({g.Label})", g.NotOnTime, g.OnTimeAnswered, false) : null;
            case ["difficulty", _, var option]:
                var q = f.Questions.FirstOrDefault(x => x.Code == f.Roles.Difficulties);
                var o = q?.Options.FirstOrDefault(x => x.Code == option);
                return o is null ? null : new AreaMeasure("trudność: " + o.Text, o.Count, q!.Answered, false);
            default:
                return null;
        }
    }

    private static GroupFigure? Unit(F2Figures f, string code) =>
        f.Breakdowns.FirstOrDefault(b => b.Dimension == BreakdownDimension.Unit)?.Groups.FirstOrDefault(g => g.Code == code);

    /// <summary>The figure of <paramref name="areaKey"/> in the previous protocol and now, and whether it changed significantly.</summary>
    public static ActionFollowUpFigure Follow(string area, string kind, string what, string who, DateOnly due, string status,
        string areaKey, F2Figures then, F2Figures now)
    {
        var a = Measure(then, areaKey);
        var b = Measure(now, areaKey);
        if (a is null || b is null)
            return new ActionFollowUpFigure(area, kind, what, who, due, status, a?.What ?? b?.What, a?.Count, a?.N, b?.Count, b?.N,
                Share(a), Share(b), null, null, null, null);
        var diff = Proportion.NewcombeDifference(b.Count, b.N, a.Count, a.N);
        ChangeVerdict verdict;
        double? p = null;
        if (a.N == 0 || b.N == 0) verdict = ChangeVerdict.NotTestable;
        else if (MinimumCell.IsTooSmall(a.N) || MinimumCell.IsTooSmall(b.N)) verdict = ChangeVerdict.TooSmallToJudge;
        else
        {
            var test = ContingencyTest.Test(new[,] { { b.Count, b.N - b.Count }, { a.Count, a.N - a.Count } });
            p = test?.PValue;
            verdict = test is null ? ChangeVerdict.NotTestable
                : test.PValue < PeriodComparison.SignificanceLevel ? (Share(b) > Share(a) ? ChangeVerdict.Higher : ChangeVerdict.Lower)
                : ChangeVerdict.NoChange;
        }
        return new ActionFollowUpFigure(area, kind, what, who, due, status, b.What, a.Count, a.N, b.Count, b.N, Share(a), Share(b),
            diff?.Lower, diff?.Upper, p, verdict) { HigherIsBetter = b.HigherIsBetter };
    }

    private static double? Share(AreaMeasure? m) => m is { N: > 0 } ? (double)m.Count / m.N : null;
}
