using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Domain.Tests.Analysis;

// Reference: numpy 1.24.2 (Debian 12): pbar = d.sum()/n.sum(); s = 3*np.sqrt(pbar*(1-pbar)/n);
// np.clip(pbar - s, 0, 1), np.clip(pbar + s, 0, 1).
public sealed class PChartTests
{
    private static DateOnly Month(int m) => new(2025, m, 1);

    [Fact]
    public void From_WhenMonthsGiven_MatchesTheLimitsAndFlagsTheOutlier()
    {
        int[] d = [12, 9, 15, 30, 8, 11];
        int[] n = [120, 100, 130, 140, 110, 90];
        double[] lcl = [0.03318297992971134, 0.024592401706244355, 0.036713989737586564, 0.039859573440483353, 0.02918080444736383, 0.01925909209097225];
        double[] ucl = [0.21319383166449157, 0.22178440988795856, 0.20966282185661633, 0.20651723815371956, 0.21719600714683907, 0.22711771950323068];

        var chart = PChart.From(Enumerable.Range(0, 6).Select(i => new PChartSample(Month(i + 1), d[i], n[i])).ToList());

        Near.Equal(0.12318840579710146, chart.CentreLine);
        for (int i = 0; i < 6; i++)
        {
            Near.Equal(lcl[i], chart.Points[i].LowerLimit);
            Near.Equal(ucl[i], chart.Points[i].UpperLimit);
            Near.Equal((double)d[i] / n[i], chart.Points[i].Share);
        }
        Assert.Equal(PChartSignal.AboveUpperLimit, chart.Points[3].Signal); // 30/140 = 0.214 > 0.2065
        Assert.Equal(5, chart.Points.Count(p => p.Signal == PChartSignal.InControl));
    }

    [Fact]
    public void From_WhenAMonthIsFarBelow_FlagsItAndClipsAtZero()
    {
        var chart = PChart.From([new(Month(1), 40, 100), new(Month(2), 0, 100), new(Month(3), 1, 5)]);

        // p̄ = 41/205 = 0.2; month 2 limit 0.2 − 3·0.04 = 0.08 > 0; month 3 limit 0.2 − 3·0.1789 < 0 → 0.
        Assert.Equal(PChartSignal.BelowLowerLimit, chart.Points[1].Signal);
        Assert.Equal(0.0, chart.Points[2].LowerLimit);
        Assert.Equal(PChartSignal.InControl, chart.Points[2].Signal);
        Assert.Equal(PChartSignal.AboveUpperLimit, chart.Points[0].Signal);
    }

    [Fact]
    public void From_WhenAMonthHasNoAnswers_DrawsNoPoint()
    {
        var chart = PChart.From([new(Month(1), 3, 30), new(Month(2), 0, 0)]);

        Assert.Equal(PChartSignal.NoData, chart.Points[1].Signal);
        Assert.Null(chart.Points[1].Share);
        Assert.Null(chart.Points[1].UpperLimit);
    }

    [Fact]
    public void From_WhenNobodyIsDissatisfied_LimitsCollapseAndNothingIsFlagged()
    {
        var chart = PChart.From([new(Month(1), 0, 50), new(Month(2), 0, 70)]);

        Assert.Equal(0.0, chart.CentreLine);
        Assert.All(chart.Points, p =>
        {
            Assert.Equal(0.0, p.LowerLimit);
            Assert.Equal(0.0, p.UpperLimit);
            Assert.Equal(PChartSignal.InControl, p.Signal);
        });
    }

    [Fact]
    public void From_WhenNoAnswersAtAll_HasNoCentreLine()
    {
        var chart = PChart.From([new(Month(1), 0, 0)]);

        Assert.Null(chart.CentreLine);
        Assert.Equal(PChartSignal.NoData, chart.Points[0].Signal);
        Assert.Null(PChart.From([]).CentreLine);
    }

    [Fact]
    public void From_WhenMoreDissatisfiedThanAnswered_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PChart.From([new(Month(1), 5, 4)]));
    }
}
