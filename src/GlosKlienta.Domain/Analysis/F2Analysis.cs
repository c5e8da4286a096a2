using System.Globalization;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Analysis;

/// <summary>What the F2 computation needs besides the counts.</summary>
/// <param name="OtherTexts">Per question code, the "other" texts of the responses counted.</param>
public sealed record F2Inputs(
    ResponseTally Current,
    ResponseTally? Previous,
    ResponseTally? YearEarlier,
    IReadOnlyDictionary<string, IReadOnlyList<string>> OtherTexts,
    IReadOnlyList<string> Notes)
{
    /// <summary>Annual analysis: the two half-years, to be compared with each other.</summary>
    public (ResponseTally First, ResponseTally Second)? Halves { get; init; }
    public string? UnitFilter { get; init; }
    public string? ChannelFilter { get; init; }
}

/// <summary>Turns the tallies of a period (and its baselines) into every figure of the F2. Pure.</summary>
public static class F2Analysis
{
    public const string DissatisfiedDefinition =
        "Niezadowolony to respondent, który w pytaniu o jakość usługi dał co najmniej jedną ocenę 1 lub 2 "
        + "(spośród tych, którzy ocenili co najmniej jeden element).";

    public static string DimensionName(BreakdownDimension d) => d switch
    {
        BreakdownDimension.Unit => "komórka organizacyjna",
        BreakdownDimension.Channel => "kanał",
        BreakdownDimension.Age => "wiek",
        BreakdownDimension.Sex => "płeć",
        _ => d.ToString(),
    };

    public static F2Figures Compute(F2Inputs inputs, ThreatRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var t = inputs.Current;
        if (t.TotalsOnly) throw new ArgumentException("The period itself needs a full tally; totals only are for baselines.", nameof(inputs));
        var layout = t.Layout;
        var period = t.Period;
        var ratingItems = layout.RatingQuestion?.Items ?? [];

        var questions = new List<QuestionFigure>();
        for (int s = 0; s < layout.Categorical.Count; s++)
        {
            var k = layout.Categorical[s];
            var summary = t.CategoricalOf(s);
            questions.Add(new QuestionFigure(k.Key, k.Question.Number, KeyText(k), k.Multiple, summary.Answered, summary.Blank,
                summary.Options.Select((o, j) => new OptionFigure(o.Code, k.Question.Options[j].Text, o.Count, o.Share)).ToList()));
        }

        var ratings = ratingItems.Select((item, i) => RatingFigure.From(item.Code, item.Text, t.RatingSummaryOf(i))).ToList();
        var index = ServiceIndex.From(t.RatingRows, Math.Max(1, ratingItems.Count), layout.RatingMax);
        var indexFigure = ratingItems.Count == 0 ? new IndexFigure(0, 0, null, false, null, null, null)
            : new IndexFigure(index.Items, index.CompleteResponses, index.Alpha, index.IsReliable, index.Index, index.IndexInterval?.Lower, index.IndexInterval?.Upper);

        var breakdowns = Enum.GetValues<BreakdownDimension>()
            .Where(d => layout.GroupCount(d) > 0)
            .Select(d => Breakdown(t, d)).ToList();

        var months = period.Months;
        var pchart = PChart.From(months.Select((m, i) => new PChartSample(m, t.MonthDissatisfied[i], t.MonthRated[i])).ToList());
        var trends = ratingItems.Select((item, i) =>
        {
            var per = Enumerable.Range(0, months.Count).Select(m => t.MonthRatingSummary(m, i)).ToList();
            return new TrendFigure(item.Code, item.Text, per.Select(p => p.N).ToList(), per.Select(p => p.Mean).ToList(), per.Select(p => p.TopTwoShare).ToList());
        }).ToList();

        var drivers = ratingItems.Count == 0 ? [] : Drivers.From(t.RatingRows, layout.RatingItems, layout.RatingMax)
            .Select((d, i) => new DriverFigure(d.Item, ratingItems[i].Text, d.Importance?.Rho, d.Importance?.N ?? 0, d.Importance?.PValue, d.Performance, d.Quadrant)).ToList();

        var paretos = new List<ParetoFigure>();
        if (layout.DifficultySlot >= 0)
        {
            var k = layout.Categorical[layout.DifficultySlot];
            var bars = Pareto.From(t.CategoricalOf(layout.DifficultySlot), layout.Questions.NoDifficultyOption);
            paretos.Add(new ParetoFigure(k.Key, "Trudności napotkane przy załatwianiu sprawy (pyt. " + k.Question.Number + ")",
                bars.Select(b => new ParetoBarFigure(b.Key, k.Question.Options.FirstOrDefault(o => o.Code == b.Key)?.Text ?? b.Key, b.Count, b.Share, b.CumulativeShare)).ToList()));
        }
        foreach (var (code, texts) in inputs.OtherTexts.OrderBy(p => layout.Definition.Questions.ToList().FindIndex(q => q.Code == p.Key)))
        {
            var q = layout.Definition.Find(code);
            var groups = Pareto.GroupTexts(texts);
            var bars = Pareto.From(groups.Select(g => new KeyValuePair<string, int>(g.Key, g.Count)));
            var example = groups.ToDictionary(g => g.Key, g => g.Example, StringComparer.Ordinal);
            paretos.Add(new ParetoFigure(code + ":inne", "Odpowiedzi „inne” pogrupowane (pyt. " + (q?.Number ?? code) + ")",
                bars.Select(b => new ParetoBarFigure(b.Key, example[b.Key], b.Count, b.Share, b.CumulativeShare)).ToList()));
        }

        var figures = new F2Figures
        {
            Period = period.ToString(),
            PeriodName = period.PolishName,
            From = period.Start,
            To = period.End,
            UnitFilter = inputs.UnitFilter,
            ChannelFilter = inputs.ChannelFilter,
            Responses = t.Responses,
            Online = t.ByChannel[0],
            Kiosk = t.ByChannel[1],
            Paper = t.ByChannel[2],
            ByMonth = months.Select((m, i) => new MonthCountFigure(MonthKey(m), t.ByMonth[i])).ToList(),
            Questions = questions,
            RatingQuestionText = layout.RatingQuestion?.Text ?? "",
            Ratings = ratings,
            ServiceIndex = indexFigure,
            Breakdowns = breakdowns,
            PreviousPeriod = inputs.Previous is { } p ? Compare(t, p) : null,
            YearEarlier = inputs.YearEarlier is { } y && (inputs.Previous is null || y.Period != inputs.Previous.Period) ? Compare(t, y) : null,
            HalfYears = inputs.Halves is { } h ? Compare(h.Second, h.First) : null,
            DissatisfiedDefinition = DissatisfiedDefinition,
            DissatisfiedChart = new PChartFigure(pchart.CentreLine, pchart.Points.Select(pt =>
                new PChartPointFigure(MonthKey(pt.Month), pt.Dissatisfied, pt.Answered, pt.Share, pt.LowerLimit, pt.UpperLimit, pt.Signal)).ToList()),
            Trends = trends,
            Drivers = drivers,
            Paretos = paretos,
            Roles = layout.Questions,
            Notes = [.. inputs.Notes, .. TallyNotes(t)],
        };
        if (layout.HasTimeliness)
        {
            var q6 = t.CategoricalOf(layout.OnTimeSlot);
            int yes = q6.Options[layout.OnTimeOption].Count, no = q6.Options[layout.NotOnTimeOption].Count;
            figures = figures with
            {
                Timeliness = TimelinessFigure.From(yes, no, q6.Answered - yes - no),
                TimelinessByMonth = months.Select((m, i) =>
                {
                    int n = t.MonthOnTime[i] + t.MonthNotOnTime[i];
                    return new TimelinessMonthFigure(MonthKey(m), n, t.MonthNotOnTime[i], n == 0 ? null : (double)t.MonthNotOnTime[i] / n);
                }).ToList(),
            };
        }
        var assessment = Threats.Evaluate(figures, rules ?? new ThreatRules());
        return figures with { Threats = assessment.Threatened, Watch = assessment.Watch };
    }

    /// <summary>What the tally left out, said in the protocol: codes of an earlier version, and stored pairs damaged outside the application.</summary>
    private static IEnumerable<string> TallyNotes(ResponseTally t)
    {
        if (t.UnknownCodes > 0)
            yield return string.Create(CultureInfo.InvariantCulture, $"Pominięte odpowiedzi z kodami, których obecna wersja ankiety nie zna (wcześniejsza wersja): {t.UnknownCodes}.");
        if (t.MalformedPairs > 0)
            yield return string.Create(CultureInfo.InvariantCulture, $"Pominięte uszkodzone zapisy odpowiedzi (zmienione w bazie poza systemem): {t.MalformedPairs}.");
    }

    /// <summary>"Not on time" as no / (yes + no) in both periods, tested as a 2×2 table (chi-square, or Fisher's exact test for small counts).</summary>
    private static TimelinessChangeFigure? CompareTimeliness(ResponseTally current, ResponseTally baseline)
    {
        var layout = current.Layout;
        if (!layout.HasTimeliness) return null;
        int cn = current.OptionCounts[layout.OnTimeSlot][layout.NotOnTimeOption], cy = current.OptionCounts[layout.OnTimeSlot][layout.OnTimeOption];
        int bn = baseline.OptionCounts[layout.OnTimeSlot][layout.NotOnTimeOption], by = baseline.OptionCounts[layout.OnTimeSlot][layout.OnTimeOption];
        int c = cn + cy, b = bn + by;
        double? cs = c == 0 ? null : (double)cn / c, bs = b == 0 ? null : (double)bn / b;
        if (c == 0 || b == 0) return new(cn, c, bn, b, cs, bs, null, null, null, null, ChangeVerdict.NotTestable);
        var diff = Proportion.NewcombeDifference(cn, c, bn, b);
        if (MinimumCell.IsTooSmall(c) || MinimumCell.IsTooSmall(b))
            return new(cn, c, bn, b, cs, bs, diff?.Lower, diff?.Upper, null, null, ChangeVerdict.TooSmallToJudge);
        var test = ContingencyTest.Test(new[,] { { cn, cy }, { bn, by } });
        var verdict = test is null ? ChangeVerdict.NotTestable
            : test.PValue < PeriodComparison.SignificanceLevel ? (cs > bs ? ChangeVerdict.Higher : ChangeVerdict.Lower)
            : ChangeVerdict.NoChange;
        return new(cn, c, bn, b, cs, bs, diff?.Lower, diff?.Upper, test?.Method, test?.PValue, verdict);
    }

    public static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string KeyText(TallyLayout.CategoricalKey k) => k.Item is null ? k.Question.Text : k.Question.Text + " " + k.Item.Text;

    private static BreakdownFigure Breakdown(ResponseTally t, BreakdownDimension d)
    {
        var layout = t.Layout;
        int groups = layout.GroupCount(d), items = layout.RatingItems.Count, width = layout.RatingMax + 1;
        var labels = d == BreakdownDimension.Channel
            ? ChannelCodes.All.Select(c => (Code: ChannelCodes.Code(c), Text: ChannelCodes.Name(c))).ToArray()
            : layout.Categorical[layout.DimensionSlots[(int)d]].Question.Options.Select(o => (o.Code, o.Text)).ToArray();
        var rawGroups = new List<(int Index, int Rated, double? Score)>();
        for (int g = 0; g < groups; g++)
        {
            var pooled = new int[width];
            for (int i = 0; i < items; i++)
                for (int v = 1; v < width; v++) pooled[v] += t.GroupRatingCounts[(int)d][(g * items + i) * width + v];
            var pooledSummary = RatingSummary.From(pooled);
            int rated = t.GroupRated(d, g);
            rawGroups.Add((g, rated, pooledSummary.TopTwoShare));
        }
        var ranked = MinimumCell.Rank(rawGroups, x => x.Rated, x => x.Score);
        var rankOf = ranked.ToDictionary(r => r.Cell.Index, r => r.Rank);
        var result = new List<GroupFigure>();
        for (int g = 0; g < groups; g++)
        {
            var cells = Enumerable.Range(0, items).Select(i =>
            {
                var s = t.GroupRatingSummary(d, g, i);
                return new CellFigure(layout.RatingItems[i], s.N, s.TopTwoShare, s.Mean);
            }).ToList();
            int onTimeAnswered = 0, notOnTime = 0;
            if (layout.HasTimeliness)
            {
                // "Not applicable: still in progress" is no answer about timeliness: the denominator is yes + no.
                var c = t.GroupCategorical(d, g, layout.OnTimeSlot);
                notOnTime = c.Options[layout.NotOnTimeOption].Count;
                onTimeAnswered = c.Options[layout.OnTimeOption].Count + notOnTime;
            }
            result.Add(new GroupFigure(labels[g].Code, labels[g].Text, t.GroupResponses[(int)d][g], rawGroups[g].Rated,
                MinimumCell.IsTooSmall(rawGroups[g].Rated), rawGroups[g].Score, rankOf[g], cells, onTimeAnswered, notOnTime,
                onTimeAnswered == 0 ? null : (double)notOnTime / onTimeAnswered));
        }
        return new BreakdownFigure(d, DimensionName(d), result);
    }

    private static ComparisonFigure Compare(ResponseTally current, ResponseTally baseline)
    {
        var layout = current.Layout;
        var ratingItems = layout.RatingQuestion?.Items ?? [];
        var changes = PeriodComparison.Ratings(ratingItems.Select((item, i) => (item.Code, current.RatingSummaryOf(i), baseline.RatingSummaryOf(i))).ToList());
        var items = changes.Select((c, i) => new ItemChangeFigure(c.Item, ratingItems[i].Text, c.Current.N, c.Baseline.N, c.Current.Mean, c.Baseline.Mean,
            c.Current.TopTwoShare, c.Baseline.TopTwoShare, c.TopTwoDifference, c.TopTwoDifferenceInterval?.Lower, c.TopTwoDifferenceInterval?.Upper,
            c.Test?.U1, c.Test?.Z, c.Test?.PValue, c.AdjustedPValue, c.Test?.EffectSizeR, c.Test?.RankBiserial, c.Verdict)).ToList();
        var questions = new List<QuestionChangeFigure>();
        for (int s = 0; s < layout.Categorical.Count; s++)
        {
            var k = layout.Categorical[s];
            var cur = current.CategoricalOf(s);
            var bas = baseline.CategoricalOf(s);
            var change = PeriodComparison.Categorical(cur, bas, k.Multiple);
            var text = k.Question.Options.ToDictionary(o => o.Code, o => o.Text, StringComparer.Ordinal);
            questions.Add(new QuestionChangeFigure(k.Key, KeyText(k), cur.Answered, bas.Answered, change.Overall?.Method, change.Overall?.Statistic,
                change.Overall?.DegreesOfFreedom, change.Overall?.PValue, change.Overall is { } o ? !o.ApproximationAdequate : null,
                change.Options.Select(oc => new OptionChangeFigure(oc.Code, text.GetValueOrDefault(oc.Code, oc.Code), oc.CurrentCount, oc.BaselineCount,
                    oc.CurrentShare, oc.BaselineShare, oc.DifferenceInterval?.Lower, oc.DifferenceInterval?.Upper, oc.Test?.Method, oc.Test?.PValue,
                    oc.AdjustedPValue, oc.Verdict)).ToList()));
        }
        return new ComparisonFigure(baseline.Period.ToString(), baseline.Period.PolishName, baseline.Responses, items, questions, CompareTimeliness(current, baseline));
    }
}
