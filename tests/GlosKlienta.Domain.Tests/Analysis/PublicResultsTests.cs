using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Tests.Analysis;

public sealed class PublicResultsTests
{
    private const int Minimum = PublicResults.DefaultMinimumGroup;

    private static RatingFigure Rating(string code, int n, int topTwo, double? lower = null, double? upper = null) =>
        new(code, "Ocena " + code, n, 0, [0, 0, n - topTwo, 0, topTwo], null, null, null, null, null, null, null,
            topTwo, n == 0 ? null : (double)topTwo / n, lower, upper, 0, null, null, false);

    private static F2Figures Figures(int online, int kiosk, int paper, IReadOnlyList<RatingFigure>? ratings = null, TimelinessFigure? timeliness = null) => new()
    {
        Period = "2026H1",
        PeriodName = "I półrocze 2026",
        From = new DateOnly(2026, 1, 1),
        To = new DateOnly(2026, 6, 30),
        Responses = online + kiosk + paper,
        Online = online,
        Kiosk = kiosk,
        Paper = paper,
        ByMonth = [],
        Questions = [new QuestionFigure("termin", "6", "Czy sprawa została załatwiona w terminie?", false, 0, 0, [])],
        RatingQuestionText = "Jak ocenia Pani/Pan obsługę?",
        Ratings = ratings ?? [],
        ServiceIndex = new IndexFigure(0, 0, null, false, null, null, null),
        Breakdowns = [],
        DissatisfiedDefinition = "",
        DissatisfiedChart = new PChartFigure(null, []),
        Trends = [],
        Drivers = [],
        Paretos = [],
        Notes = [],
        Timeliness = timeliness,
        Remarks = new RemarksFigure(1, 1, [new RemarkCategoryFigure("Kolejki", 1, ["Pani w okienku 3 była niemiła"])]),
    };

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(11, true)]
    [InlineData(0, false)]
    public void IsPublishable_AtTheDefaultMinimum_StartsAtExactlyTen(int n, bool publishable) =>
        Assert.Equal(publishable, PublicResults.IsPublishable(n, Minimum));

    [Fact]
    public void IsPublishable_WithAMinimumBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PublicResults.IsPublishable(5, 0));

    [Fact]
    public void From_WholePeriodUnderTheMinimum_PublishesNoFigureAtAll()
    {
        var p = PublicResults.From(Figures(5, 0, 4, [Rating("sprawnosc", 9, 8)], TimelinessFigure.From(8, 1, 0)), Minimum);

        Assert.True(p.Suppressed);
        Assert.Null(p.Responses);
        Assert.Empty(p.Channels);
        Assert.Empty(p.Ratings);
        Assert.Null(p.NotOnTime);
        Assert.Equal("I półrocze 2026", p.PeriodName);
    }

    [Fact]
    public void From_WholePeriodOfExactlyTheMinimum_IsPublished()
    {
        var p = PublicResults.From(Figures(10, 0, 0, [Rating("sprawnosc", 10, 7)]), Minimum);

        Assert.False(p.Suppressed);
        Assert.Equal(10, p.Responses);
        Assert.Equal(0.7, p.Ratings.Single().Share!.Share, 12);
    }

    [Fact]
    public void From_RatingItemUnderTheMinimum_IsWithheld_AndOneAtTheMinimumIsShown()
    {
        var p = PublicResults.From(Figures(40, 0, 0, [Rating("uprzejmosc", 9, 9), Rating("sprawnosc", 10, 4)]), Minimum);

        var courtesy = p.Ratings.Single(r => r.Code == "uprzejmosc");
        Assert.True(courtesy.Suppressed);
        Assert.Null(courtesy.Share);
        var speed = p.Ratings.Single(r => r.Code == "sprawnosc");
        Assert.Equal(10, speed.Share!.N);
        Assert.Equal(0.4, speed.Share.Share, 12);
    }

    [Fact]
    public void From_IntervalCarriedByTheFigures_IsTheOnePublished()
    {
        var p = PublicResults.From(Figures(40, 0, 0, [Rating("sprawnosc", 40, 25, 0.47, 0.76)]), Minimum);

        var share = p.Ratings.Single().Share!;
        Assert.Equal(0.47, share.Lower);
        Assert.Equal(0.76, share.Upper);
    }

    [Fact]
    public void From_FiguresWithoutAnInterval_GetWilsonsInterval()
    {
        var p = PublicResults.From(Figures(40, 0, 0, [Rating("sprawnosc", 40, 25)]), Minimum);

        var share = p.Ratings.Single().Share!;
        var wilson = Proportion.Wilson(25, 40)!.Value;
        Assert.Equal(wilson.Lower, share.Lower);
        Assert.Equal(wilson.Upper, share.Upper);
    }

    [Fact]
    public void From_NotOnTimeUnderTheMinimum_IsWithheld_ButTheQuestionIsStillThere()
    {
        // 40 responses, but only 9 said yes or no to question 6 (the rest: still in progress).
        var p = PublicResults.From(Figures(40, 0, 0, timeliness: TimelinessFigure.From(6, 3, 31)), Minimum);

        Assert.NotNull(p.NotOnTime);
        Assert.True(p.NotOnTime!.Suppressed);
    }

    [Fact]
    public void From_NotOnTimeAtTheMinimum_IsPublishedWithItsInterval()
    {
        var p = PublicResults.From(Figures(40, 0, 0, timeliness: TimelinessFigure.From(8, 2, 30)), Minimum);

        var share = p.NotOnTime!.Share!;
        Assert.Equal(10, share.N);
        Assert.Equal(0.2, share.Share, 12);
        Assert.Equal(Proportion.Wilson(2, 10)!.Value.Lower, share.Lower, 12);
    }

    [Fact]
    public void From_SurveyWithoutATimelinessQuestion_HasNoNotOnTimeItem() =>
        Assert.Null(PublicResults.From(Figures(40, 0, 0), Minimum).NotOnTime);

    [Fact]
    public void From_ChannelUnderTheMinimum_IsWithheld_AndSoIsTheNextSmallest_SoTheTotalDoesNotGiveItAway()
    {
        var p = PublicResults.From(Figures(online: 45, kiosk: 30, paper: 5), Minimum);

        Assert.Equal(80, p.Responses);
        Assert.Equal(45, p.Channels.Single(c => c.Channel == Channel.Online).Count);
        Assert.True(p.Channels.Single(c => c.Channel == Channel.Paper).Suppressed);
        Assert.True(p.Channels.Single(c => c.Channel == Channel.Kiosk).Suppressed);
    }

    [Fact]
    public void From_ChannelsAtTheMinimum_AreAllShown()
    {
        var p = PublicResults.From(Figures(online: 10, kiosk: 10, paper: 10), Minimum);

        Assert.Equal([10, 10, 10], p.Channels.Select(c => c.Count));
    }

    [Theory]
    [InlineData(new[] { 45, 0, 5 }, new[] { -1, 0, -1 })]
    [InlineData(new[] { 45, 3, 2 }, new[] { 45, -1, -1 })]
    [InlineData(new[] { 45, 0, 0 }, new[] { 45, 0, 0 })]
    [InlineData(new[] { 9, 20, 9 }, new[] { -1, 20, -1 })]
    [InlineData(new[] { 10, 20, 9 }, new[] { -1, 20, -1 })]
    [InlineData(new[] { 30, 20, 9 }, new[] { 30, -1, -1 })]
    public void SuppressParts_WithholdsSmallPartsAndNeverExactlyOne(int[] counts, int[] expected)
    {
        var parts = PublicResults.SuppressParts(counts, Minimum);

        Assert.Equal(expected.Select(e => e < 0 ? null : (int?)e), parts);
        Assert.NotEqual(1, parts.Count(p => p is null));
    }

    [Fact]
    public void From_CarriesNoFreeText_EvenWhenTheFiguresHoldRemarks()
    {
        var p = PublicResults.From(Figures(40, 0, 0, [Rating("sprawnosc", 40, 25)], TimelinessFigure.From(30, 5, 5)), Minimum);

        var json = System.Text.Json.JsonSerializer.Serialize(p, F2Figures.JsonOptions);
        Assert.DoesNotContain("okienku", json);
        Assert.DoesNotContain("Kolejki", json);
    }

    [Fact]
    public void From_IsConfigurable_AHigherMinimumWithholdsMore()
    {
        var f = Figures(25, 0, 0, [Rating("sprawnosc", 25, 20)]);

        Assert.False(PublicResults.From(f, Minimum).Suppressed);
        Assert.True(PublicResults.From(f, 30).Suppressed);
        Assert.True(PublicResults.From(Figures(40, 0, 0, [Rating("sprawnosc", 25, 20)]), 30).Ratings.Single().Suppressed);
    }
}
