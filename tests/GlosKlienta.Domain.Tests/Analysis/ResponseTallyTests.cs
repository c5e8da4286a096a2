using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Domain.Tests.Survey;

namespace GlosKlienta.Domain.Tests.Analysis;

/// <summary>The streaming tally counts exactly what the stored answers say (expected values counted by hand from the rows below).</summary>
public sealed class ResponseTallyTests
{
    private static readonly SurveyDefinition F1 = SeedF1.Definition;
    private static readonly ReportingPeriod H1 = ReportingPeriod.Parse("2026H1");

    private static ResponseTally Tally(params (Channel Channel, string Date, string Choices)[] rows)
    {
        var t = new ResponseTally(new TallyLayout(F1), H1);
        foreach (var (c, d, s) in rows) t.Add(1, c, DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture), s);
        return t;
    }

    [Fact]
    public void Add_CountsChoicesRatingsAndBlanks()
    {
        var t = Tally(
            (Channel.Online, "2026-01-10", "plec=kobieta;komorka=usc;termin=nie;trudnosci=brak-informacji,inne;oceny.uprzejmosc=5;oceny.sprawnosc=2"),
            (Channel.Paper, "2026-02-01", "plec=mezczyzna;komorka=usc;termin=tak;trudnosci=brak;oceny.uprzejmosc=4"),
            (Channel.Paper, "2026-02-03", ""));
        var layout = t.Layout;
        Assert.Equal(3, t.Responses);
        Assert.Equal([1, 0, 2], t.ByChannel);
        Assert.Equal([1, 2, 0, 0, 0, 0], t.ByMonth);
        var sex = t.CategoricalOf(layout.SlotOf("plec"));
        Assert.Equal(2, sex.Answered);
        Assert.Equal(1, sex.Blank);
        var difficulties = t.CategoricalOf(layout.SlotOf("trudnosci"));
        Assert.Equal(2, difficulties.Answered);
        Assert.Equal(1, difficulties.Find("inne")!.Count);
        Assert.Equal(1, difficulties.Find("brak")!.Count);
        var courtesy = t.RatingSummaryOf(0);
        Assert.Equal(2, courtesy.N);
        Assert.Equal(1, courtesy.Blank);
        Assert.Equal(4.5, courtesy.Mean);
        // Two respondents rated something; the first had a 2, so is dissatisfied (January).
        Assert.Equal(2 * 5, t.RatingRows.Length);
        Assert.Equal([1, 1, 0, 0, 0, 0], t.MonthRated);
        Assert.Equal([1, 0, 0, 0, 0, 0], t.MonthDissatisfied);
        int usc = layout.Categorical[layout.SlotOf("komorka")].Options.ToList().IndexOf("usc");
        Assert.Equal(2, t.GroupResponses[(int)BreakdownDimension.Unit][usc]);
        var onTimeUsc = t.GroupCategorical(BreakdownDimension.Unit, usc, layout.OnTimeSlot);
        Assert.Equal(2, onTimeUsc.Answered);
        Assert.Equal(1, onTimeUsc.Find("nie")!.Count);
    }

    [Fact]
    public void Add_WithUnitFilter_SkipsOtherUnits()
    {
        var t = new ResponseTally(new TallyLayout(F1), H1);
        int slot = t.Layout.SlotOf("komorka");
        int usc = t.Layout.Categorical[slot].Options.ToList().IndexOf("usc");
        Assert.True(t.Add(1, Channel.Online, new DateOnly(2026, 1, 1), "komorka=usc;oceny.uprzejmosc=5", usc));
        Assert.False(t.Add(1, Channel.Online, new DateOnly(2026, 1, 1), "komorka=finansowy;oceny.uprzejmosc=1", usc));
        Assert.False(t.Add(1, Channel.Online, new DateOnly(2026, 1, 1), "oceny.uprzejmosc=1", usc));
        Assert.Equal(1, t.Responses);
        Assert.Equal(5, t.RatingSummaryOf(0).Mean);
    }

    [Fact]
    public void Add_UnknownCodesAreLeftOutAndCounted()
    {
        var t = Tally((Channel.Online, "2026-03-01", "plec=inna;oceny.uprzejmosc=7;nieznane=x"));
        Assert.Equal(2, t.UnknownCodes);
        Assert.Equal(0, t.CategoricalOf(t.Layout.SlotOf("plec")).Answered);
        Assert.Equal(0, t.RatingSummaryOf(0).N);
    }

    [Fact]
    public void Exclude_LeavesIncomparableAnswersOfAVersionOut()
    {
        var t = new ResponseTally(new TallyLayout(F1), H1);
        t.Exclude(7, ["plec", "oceny.sprawnosc"]);
        t.Add(7, Channel.Online, new DateOnly(2026, 1, 1), "plec=kobieta;oceny.sprawnosc=1;oceny.uprzejmosc=5");
        t.Add(1, Channel.Online, new DateOnly(2026, 1, 1), "plec=kobieta;oceny.sprawnosc=1");
        Assert.Equal(1, t.CategoricalOf(t.Layout.SlotOf("plec")).Answered);
        Assert.Equal(1, t.RatingSummaryOf(1).N);
        Assert.Equal(1, t.RatingSummaryOf(0).N);
    }

    [Fact]
    public void IsDissatisfied_MeansAtLeastOneRatingOfOneOrTwo()
    {
        Assert.True(ResponseTally.IsDissatisfied([5, 5, 2, 0, 5]));
        Assert.True(ResponseTally.IsDissatisfied([1]));
        Assert.False(ResponseTally.IsDissatisfied([3, 3, 0, 4, 5]));
        Assert.False(ResponseTally.IsDissatisfied([0, 0, 0, 0, 0]));
    }

    [Fact]
    public void MergeFrom_TwoHalvesOfTheRows_GivesTheSameCountsAsOnePass()
    {
        (Channel, string, string)[] rows =
        [
            (Channel.Online, "2026-01-10", "plec=kobieta;komorka=usc;termin=nie;trudnosci=brak-informacji,inne;oceny.uprzejmosc=5;oceny.sprawnosc=2"),
            (Channel.Paper, "2026-02-01", "plec=mezczyzna;komorka=usc;termin=tak;trudnosci=brak;oceny.uprzejmosc=4"),
            (Channel.Kiosk, "2026-03-15", "komorka=finansowy;oceny.uprzejmosc=1;oceny.sprawnosc=1"),
            (Channel.Paper, "2026-06-30", ""),
            (Channel.Online, "2026-05-02", "plec=kobieta;trudnosci=inne;oceny.sprawnosc=3"),
        ];
        var whole = Tally(rows);
        var first = Tally(rows[..2]);
        var second = new ResponseTally(first.Layout, H1);
        foreach (var (c, d, x) in rows[2..]) second.Add(1, c, DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture), x);

        first.MergeFrom(second);

        Assert.Equal(whole.Responses, first.Responses);
        Assert.Equal(whole.Answered, first.Answered);
        Assert.Equal(whole.OptionCounts, first.OptionCounts);
        Assert.Equal(whole.RatingCounts, first.RatingCounts);
        Assert.Equal(whole.ByChannel, first.ByChannel);
        Assert.Equal(whole.ByMonth, first.ByMonth);
        Assert.Equal(whole.MonthRatingCounts, first.MonthRatingCounts);
        Assert.Equal(whole.MonthRated, first.MonthRated);
        Assert.Equal(whole.MonthDissatisfied, first.MonthDissatisfied);
        Assert.Equal(whole.GroupResponses, first.GroupResponses);
        Assert.Equal(whole.GroupRatingCounts, first.GroupRatingCounts);
        Assert.Equal(whole.GroupAnswered, first.GroupAnswered);
        Assert.Equal(whole.GroupOptionCounts, first.GroupOptionCounts);
        Assert.Equal(whole.RatingRows.ToArray(), first.RatingRows.ToArray());
        Assert.Equal(whole.GroupRated(BreakdownDimension.Channel, 2), first.GroupRated(BreakdownDimension.Channel, 2));
    }

    [Fact]
    public void MergeFrom_AnotherPeriod_IsRefused()
    {
        var h1 = Tally();
        var h2 = new ResponseTally(h1.Layout, ReportingPeriod.Parse("2026H2"));
        Assert.Throws<ArgumentException>(() => h1.MergeFrom(h2));
    }
}
