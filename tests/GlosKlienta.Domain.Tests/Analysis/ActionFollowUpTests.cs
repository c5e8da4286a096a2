using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Domain.Tests.Survey;

namespace GlosKlienta.Domain.Tests.Analysis;

/// <summary>The previous protocol's actions followed up with the same figure now (issue 12).</summary>
public sealed class ActionFollowUpTests
{
    private static F2Figures Figures(string period, params (int Count, string Choices)[] rows)
    {
        var p = ReportingPeriod.Parse(period);
        var t = new ResponseTally(new TallyLayout(SeedF1.Definition), p);
        foreach (var (count, choices) in rows)
            for (int i = 0; i < count; i++) t.Add(1, Channel.Paper, p.Start.AddDays(i % 150), choices);
        return F2Analysis.Compute(new F2Inputs(t, null, null, new Dictionary<string, IReadOnlyList<string>>(), []));
    }

    [Fact]
    public void Follow_NotOnTimeInAUnit_ThatFellSignificantly_IsAnImprovement()
    {
        var then = Figures("2025H2", (30, "komorka=usc;termin=nie"), (70, "komorka=usc;termin=tak"));
        var now = Figures("2026H1", (5, "komorka=usc;termin=nie"), (95, "komorka=usc;termin=tak"), (50, "komorka=usc;termin=w-toku"));

        var f = ActionFollowUp.Follow("Terminowość w USC", "audit", "Audit", "Pełnomocnik", new DateOnly(2026, 3, 31), "zrealizowane", "not-on-time:unit:usc", then, now);

        Assert.Equal((30, 100, 5, 100), (f.ThenCount, f.ThenN, f.NowCount, f.NowN));
        Assert.Equal(ChangeVerdict.Lower, f.Verdict);
        Assert.True(f.Improved);
        Assert.True(f.PValue < 0.001);
    }

    [Fact]
    public void Follow_TopTwoOfAnItem_WithoutSignificantChange_SaysSo()
    {
        var then = Figures("2025H2", (20, "oceny.sprawnosc=5"), (20, "oceny.sprawnosc=2"));
        var now = Figures("2026H1", (22, "oceny.sprawnosc=5"), (18, "oceny.sprawnosc=2"));

        var f = ActionFollowUp.Follow("Ocena", "zapobiegawcze", "Szkolenie", "Sekretarz", new DateOnly(2026, 3, 31), "w realizacji", "item:sprawnosc", then, now);

        Assert.Equal(ChangeVerdict.NoChange, f.Verdict);
        Assert.Null(f.Improved);
        Assert.Equal(0.55, f.NowShare!.Value, 6);
    }

    [Fact]
    public void Follow_AnAreaByJudgement_HasNoFigure()
    {
        var f = Figures("2026H1", (40, "oceny.sprawnosc=5"));

        var follow = ActionFollowUp.Follow("Punkt podawczy", "audit", "Audit", "Sekretarz", new DateOnly(2026, 3, 31), "zaproponowane", "judgement:3", f, f);

        Assert.Null(follow.Measure);
        Assert.Null(follow.Verdict);
    }
}
