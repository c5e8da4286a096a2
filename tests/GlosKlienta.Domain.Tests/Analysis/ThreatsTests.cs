using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Domain.Tests.Survey;

namespace GlosKlienta.Domain.Tests.Analysis;

/// <summary>The threat rules over figures computed from tallies with known counts.</summary>
public sealed class ThreatsTests
{
    private static readonly SurveyDefinition F1 = SeedF1.Definition;

    private static ResponseTally Tally(string period, params (int Count, string Choices)[] rows)
    {
        var p = ReportingPeriod.Parse(period);
        var t = new ResponseTally(new TallyLayout(F1), p);
        foreach (var (count, choices) in rows)
            for (int i = 0; i < count; i++) t.Add(1, Channel.Paper, p.Start.AddDays(i % 150), choices);
        return t;
    }

    private static F2Figures Figures(ResponseTally current, ResponseTally? previous = null, ThreatRules? rules = null) =>
        F2Analysis.Compute(new F2Inputs(current, previous, null, new Dictionary<string, IReadOnlyList<string>>(), []), rules);

    [Fact]
    public void LowTopTwo_WhoseWholeIntervalIsBelowTheThreshold_IsThreatened_On30AnswersButNotOn29()
    {
        // 14 of 30 rate speed 4-5: 46.7%, Wilson 95% CI 30.2%-63.9%, wholly under 70%.
        var f = Figures(Tally("2026H1", (14, "komorka=usc;oceny.sprawnosc=5"), (16, "komorka=usc;oceny.sprawnosc=3")));
        var item = Assert.Single(f.Threats, t => t.Key == "item:sprawnosc");
        Assert.Equal(30, item.N);
        Assert.Contains("46,7%", item.Evidence);
        Assert.Contains("leży poniżej progu 70,0%", item.Reason);
        Assert.Contains(f.Threats, t => t.Key == "unit:usc:sprawnosc");
        Assert.Empty(f.Watch);

        var small = Figures(Tally("2026H1", (13, "oceny.sprawnosc=5"), (16, "oceny.sprawnosc=3")));
        Assert.DoesNotContain(small.Threats, t => t.Kind == ThreatKind.LowTopTwo);
        Assert.DoesNotContain(small.Watch, t => t.Kind == ThreatKind.LowTopTwo);
    }

    [Fact]
    public void LowTopTwo_WhoseIntervalCoversTheThreshold_IsOnlyWatched()
    {
        // 20 of 30: 66.7% is under 70%, but the Wilson 95% CI 48.8%-80.8% covers it: that may be chance.
        var f = Figures(Tally("2026H1", (20, "komorka=usc;oceny.sprawnosc=5"), (10, "komorka=usc;oceny.sprawnosc=3")));

        Assert.DoesNotContain(f.Threats, t => t.Key == "item:sprawnosc");
        var watched = Assert.Single(f.Watch, t => t.Key == "item:sprawnosc");
        Assert.Contains("66,7%", watched.Evidence);
        Assert.Contains("obejmuje próg", watched.Reason);
        Assert.Contains(f.Watch, t => t.Key == "unit:usc:sprawnosc");
    }

    [Fact]
    public void ThirteenItemsAHairUnderTheThreshold_AreWatched_AndOnlyTheCollapsedOneIsThreatened()
    {
        // Every item at 67% (just under 70%) on 60 answers, and one unit's speed collapsed to 20%.
        var rows = new List<(int, string)>
        {
            (40, "komorka=finansowy;oceny.uprzejmosc=5;oceny.kompetencja=5;oceny.informacja=5;oceny.terminowosc=5;oceny.sprawnosc=5"),
            (20, "komorka=finansowy;oceny.uprzejmosc=3;oceny.kompetencja=3;oceny.informacja=3;oceny.terminowosc=3;oceny.sprawnosc=3"),
            (8, "komorka=usc;oceny.sprawnosc=5"),
            (32, "komorka=usc;oceny.sprawnosc=1"),
        };
        var f = Figures(Tally("2026H1", [.. rows]));

        Assert.Equal(["item:sprawnosc", "unit:usc:sprawnosc"], f.Threats.Select(t => t.Key).Order(StringComparer.Ordinal));
        Assert.Contains(f.Watch, t => t.Key == "item:uprzejmosc");
        Assert.DoesNotContain(f.Threats, t => t.Key == "item:uprzejmosc");
    }

    [Fact]
    public void Threats_AreRankedByTheStrengthOfTheirEvidence()
    {
        // Speed 5 of 40 (12.5%) is far stronger evidence against 70% than courtesy 18 of 40 (45%).
        var f = Figures(Tally("2026H1",
            (5, "oceny.sprawnosc=5;oceny.uprzejmosc=5"), (13, "oceny.sprawnosc=2;oceny.uprzejmosc=5"), (22, "oceny.sprawnosc=2;oceny.uprzejmosc=2")));

        Assert.Equal(["item:sprawnosc", "item:uprzejmosc"], f.Threats.Select(t => t.Key));
        Assert.True(f.Threats[0].Strength < f.Threats[1].Strength);
    }

    [Fact]
    public void NotOnTime_IsNoOverYesPlusNo_AndInProgressIsNoAnswer()
    {
        // 10 "no", 20 "yes", 70 "not applicable: in progress": 10 of 30 (33%), not 10 of 100 (10%).
        var f = Figures(Tally("2026H1", (10, "komorka=usc;termin=nie"), (20, "komorka=usc;termin=tak"), (70, "komorka=usc;termin=w-toku")));

        Assert.Equal(30, f.Timeliness!.N);
        Assert.Equal(70, f.Timeliness.NotApplicable);
        Near.Equal(1.0 / 3, f.Timeliness.NotOnTimeShare);
        var threat = Assert.Single(f.Threats, t => t.Key == "not-on-time");
        Assert.Contains("10 z 30", threat.Evidence);
        var unit = f.Breakdowns.Single(b => b.Dimension == BreakdownDimension.Unit).Groups.Single(g => g.Code == "usc");
        Assert.Equal(30, unit.OnTimeAnswered);
        Near.Equal(1.0 / 3, unit.NotOnTimeShare);
        Assert.Equal(30, f.TimelinessByMonth.Sum(m => m.N));
        Assert.Equal(10, f.TimelinessByMonth.Sum(m => m.NotOnTime));
    }

    [Fact]
    public void NotOnTime_OverTheThresholdWithAnIntervalCoveringIt_IsWatched()
    {
        // 4 of 30 = 13.3%, Wilson 95% CI 5.3%-29.7%: covers 10%.
        var f = Figures(Tally("2026H1", (4, "termin=nie"), (26, "termin=tak")));
        Assert.DoesNotContain(f.Threats, t => t.Kind == ThreatKind.NotOnTime);
        Assert.Contains("4 z 30", Assert.Single(f.Watch, t => t.Key == "not-on-time").Evidence);

        var fine = Figures(Tally("2026H1", (3, "termin=nie"), (27, "termin=tak")));
        Assert.DoesNotContain(fine.Threats, t => t.Kind == ThreatKind.NotOnTime);
        Assert.DoesNotContain(fine.Watch, t => t.Kind == ThreatKind.NotOnTime);
    }

    [Fact]
    public void NotOnTime_AgainstTheBaseline_ComparesNoOverYesPlusNo()
    {
        var previous = Tally("2025H2", (5, "termin=nie"), (95, "termin=tak"), (100, "termin=w-toku"));
        var current = Tally("2026H1", (30, "termin=nie"), (70, "termin=tak"));
        var change = Figures(current, previous).PreviousPeriod!.Timeliness!;

        Assert.Equal(100, change.BaselineN);
        Near.Equal(0.05, change.BaselineShare);
        Near.Equal(0.30, change.CurrentShare);
        Assert.Equal(ChangeVerdict.Higher, change.Verdict);
    }

    [Fact]
    public void SignificantDrop_AgainstThePreviousPeriod_IsThreatened_WithItsTest()
    {
        var previous = Tally("2025H2", (90, "oceny.kompetencja=5"), (10, "oceny.kompetencja=2"));
        var current = Tally("2026H1", (50, "oceny.kompetencja=5"), (50, "oceny.kompetencja=2"));
        var f = Figures(current, previous);
        var drop = Assert.Single(f.Threats, t => t.Kind == ThreatKind.SignificantDrop);
        Assert.Equal("drop:2025H2:kompetencja", drop.Key);
        Assert.Contains("Mann-Whitney", drop.Test);
        Assert.Equal(ChangeVerdict.Lower, f.PreviousPeriod!.Items.Single(i => i.Item == "kompetencja").Verdict);
    }

    [Fact]
    public void SmallChange_IsNotCalledADrop()
    {
        var previous = Tally("2025H2", (80, "oceny.kompetencja=5"), (20, "oceny.kompetencja=2"));
        var current = Tally("2026H1", (76, "oceny.kompetencja=5"), (24, "oceny.kompetencja=2"));
        var f = Figures(current, previous);
        Assert.DoesNotContain(f.Threats, t => t.Kind == ThreatKind.SignificantDrop);
        Assert.Equal(ChangeVerdict.NoChange, f.PreviousPeriod!.Items.Single(i => i.Item == "kompetencja").Verdict);
    }

    [Fact]
    public void DifficultyGrowth_IsThreatened_NoDifficultyIsNot()
    {
        var previous = Tally("2025H2", (5, "trudnosci=brak-informacji"), (95, "trudnosci=brak"));
        var current = Tally("2026H1", (40, "trudnosci=brak-informacji"), (60, "trudnosci=brak"));
        var f = Figures(current, previous);
        var growth = Assert.Single(f.Threats, t => t.Kind == ThreatKind.DifficultyGrowth);
        Assert.Equal("difficulty:2025H2:brak-informacji", growth.Key);
    }

    [Fact]
    public void SignificantButTinyDifficultyGrowth_OnManyAnswers_IsOnlyWatched()
    {
        // 4,000 answers each: "inne" from 7.0% to 8.5% is significant, but under the 2-point minimum change.
        var previous = Tally("2025H2", (280, "trudnosci=inne"), (3720, "trudnosci=brak"));
        var current = Tally("2026H1", (340, "trudnosci=inne"), (3660, "trudnosci=brak"));
        var f = Figures(current, previous);

        Assert.DoesNotContain(f.Threats, t => t.Kind == ThreatKind.DifficultyGrowth);
        Assert.Contains("mniejszy niż 2 pkt proc.", Assert.Single(f.Watch, t => t.Kind == ThreatKind.DifficultyGrowth).Reason);
        Assert.Contains(Figures(current, previous, new ThreatRules { MinimumChange = 0.01 }).Threats, t => t.Kind == ThreatKind.DifficultyGrowth);
    }

    [Fact]
    public void Rules_AreConfigurable()
    {
        // 25 of 30 (83.3%, CI 66.4%-92.7%).
        var t = Tally("2026H1", (25, "oceny.sprawnosc=5"), (5, "oceny.sprawnosc=3"));
        Assert.DoesNotContain(Figures(t).Threats, x => x.Key == "item:sprawnosc");
        Assert.Contains(Figures(t, rules: new ThreatRules { MinimumTopTwoShare = 0.95 }).Threats, x => x.Key == "item:sprawnosc");
        Assert.Contains(Figures(t, rules: new ThreatRules { MinimumTopTwoShare = 0.9 }).Watch, x => x.Key == "item:sprawnosc");
    }

    [Fact]
    public void NoResponses_NoThreats_AndFiguresSerialise()
    {
        var f = Figures(Tally("2026H1"));
        Assert.Empty(f.Threats);
        Assert.Equal(0, f.Responses);
        Assert.Null(f.ServiceIndex.Alpha);
        var back = F2Figures.FromJson(f.ToJson());
        Assert.Equal(f.Period, back.Period);
        Assert.Equal(f.Ratings.Count, back.Ratings.Count);
    }

    [Fact]
    public void Breakdown_CellsUnder30_AreShownButNeverRanked()
    {
        var f = Figures(Tally("2026H1",
            (30, "komorka=usc;oceny.uprzejmosc=5"),
            (40, "komorka=finansowy;oceny.uprzejmosc=3"),
            (29, "komorka=organizacyjny;oceny.uprzejmosc=5")));
        var units = f.Breakdowns.Single(b => b.Dimension == BreakdownDimension.Unit).Groups;
        Assert.Equal(1, units.Single(g => g.Code == "usc").Rank);
        Assert.Equal(2, units.Single(g => g.Code == "finansowy").Rank);
        var small = units.Single(g => g.Code == "organizacyjny");
        Assert.True(small.TooSmallToJudge);
        Assert.Null(small.Rank);
        Assert.Equal(29, small.Rated);
    }

    [Fact]
    public void AllAnswersEqual_AlphaUndefined_IndexNotReported()
    {
        var f = Figures(Tally("2026H1", (40, "oceny.uprzejmosc=4;oceny.sprawnosc=4;oceny.kompetencja=4;oceny.informacja=4;oceny.terminowosc=4")));
        Assert.Null(f.ServiceIndex.Alpha);
        Assert.False(f.ServiceIndex.Reliable);
        Assert.Null(f.ServiceIndex.Index);
        Assert.All(f.Ratings, r => Assert.Equal(1.0, r.TopTwoShare));
    }

    [Fact]
    public void SingleAnswer_GivesFiguresWithoutIntervalsOrVerdicts()
    {
        var f = Figures(Tally("2026H1", (1, "komorka=usc;termin=nie;oceny.uprzejmosc=2")), Tally("2025H2", (1, "oceny.uprzejmosc=5")));
        var courtesy = f.Ratings.Single(r => r.Code == "uprzejmosc");
        Assert.Equal(1, courtesy.N);
        Assert.Equal(2, courtesy.Mean);
        Assert.Null(courtesy.MeanLower);
        Assert.True(courtesy.TooSmallToJudge);
        Assert.Equal(ChangeVerdict.TooSmallToJudge, f.PreviousPeriod!.Items.Single(i => i.Item == "uprzejmosc").Verdict);
        Assert.Empty(f.Threats);
        Assert.Equal(1.0, f.DissatisfiedChart.Points[0].Share);
    }

    [Fact]
    public void EmptyBaseline_IsNotTestable()
    {
        var f = Figures(Tally("2026H1", (40, "oceny.uprzejmosc=5")), Tally("2025H2"));
        Assert.All(f.PreviousPeriod!.Items, i => Assert.Equal(ChangeVerdict.NotTestable, i.Verdict));
        Assert.Equal(0, f.PreviousPeriod.BaselineResponses);
    }

    [Fact]
    public void AnnualAnalysis_ComparesTheSecondHalfWithTheFirst()
    {
        var layout = new TallyLayout(F1);
        var first = new ResponseTally(layout, ReportingPeriod.Parse("2026H1"));
        var second = new ResponseTally(layout, ReportingPeriod.Parse("2026H2"));
        var year = new ResponseTally(layout, ReportingPeriod.Parse("2026"));
        for (int i = 0; i < 60; i++)
        {
            var a = new DateOnly(2026, 2, 1).AddDays(i);
            var b = new DateOnly(2026, 8, 1).AddDays(i);
            first.Add(1, Channel.Online, a, "oceny.uprzejmosc=5");
            year.Add(1, Channel.Online, a, "oceny.uprzejmosc=5");
            second.Add(1, Channel.Online, b, "oceny.uprzejmosc=1");
            year.Add(1, Channel.Online, b, "oceny.uprzejmosc=1");
        }
        var f = F2Analysis.Compute(new F2Inputs(year, null, null, new Dictionary<string, IReadOnlyList<string>>(), []) { Halves = (first, second) });
        Assert.Equal(120, f.Responses);
        Assert.Equal(12, f.ByMonth.Count);
        Assert.Equal("2026H1", f.HalfYears!.BaselinePeriod);
        Assert.Equal(ChangeVerdict.Lower, f.HalfYears.Items.Single(i => i.Item == "uprzejmosc").Verdict);
    }
}
