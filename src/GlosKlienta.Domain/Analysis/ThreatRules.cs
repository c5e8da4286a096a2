using System.Globalization;

namespace GlosKlienta.Domain.Analysis;

/// <summary>
/// What makes an area threatened (procedure row 9: preventive actions or audits "w obszarach
/// zagrożonych"). Bound from the <c>Analysis:Threats</c> configuration section; the defaults are
/// the issue's examples.
/// </summary>
public sealed record ThreatRules
{
    /// <summary>A rating item overall, or a unit's item, with a top-two share under this is threatened...</summary>
    public double MinimumTopTwoShare { get; init; } = 0.70;
    /// <summary>...when it rests on at least this many answers.</summary>
    public int MinimumAnswers { get; init; } = MinimumCell.Answers;
    /// <summary>A rating item significantly lower (after Holm) than the previous period or the same period a year earlier.</summary>
    public bool SignificantDrop { get; init; } = true;
    /// <summary>"Not on time" (question 6) over this share of those who answered it, overall or in a unit with enough answers.</summary>
    public double MaximumNotOnTimeShare { get; init; } = 0.10;
    /// <summary>A difficulty (question 7) chosen significantly more often (after Holm) than in a baseline period.</summary>
    public bool DifficultyGrowth { get; init; } = true;
}

/// <summary>Applies <see cref="ThreatRules"/> to computed figures. Pure; the result is in Polish because it goes into the protocol as it is.</summary>
public static class Threats
{
    public static IReadOnlyList<ThreatenedArea> Evaluate(F2Figures figures, ThreatRules rules)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(rules);
        var found = new List<ThreatenedArea>();
        var pl = CultureInfo.GetCultureInfo("pl-PL");
        string Pct(double? v) => v is { } x ? (x * 100).ToString("0.0", pl) + "%" : "–";
        string P(double? v) => v is { } x ? x < 0.001 ? "< 0,001" : x.ToString("0.000", pl) : "–";

        foreach (var r in figures.Ratings)
        {
            if (r.N >= rules.MinimumAnswers && r.TopTwoShare < rules.MinimumTopTwoShare)
                found.Add(new ThreatenedArea("item:" + r.Code, ThreatKind.LowTopTwo, "Ocena: " + r.Text,
                    $"Oceny 4–5: {Pct(r.TopTwoShare)} (95% CI {Pct(r.TopTwoLower)}–{Pct(r.TopTwoUpper)}), n = {r.N}; próg {Pct(rules.MinimumTopTwoShare)}.",
                    r.N, null));
        }

        if (figures.Breakdowns.FirstOrDefault(b => b.Dimension == BreakdownDimension.Unit) is { } units)
        {
            var itemText = figures.Ratings.ToDictionary(r => r.Code, r => r.Text, StringComparer.Ordinal);
            foreach (var g in units.Groups)
            {
                var low = g.Items.Where(c => c.N >= rules.MinimumAnswers && c.TopTwoShare < rules.MinimumTopTwoShare).ToList();
                if (low.Count > 0)
                    found.Add(new ThreatenedArea("unit:" + g.Code, ThreatKind.UnitLowTopTwo, "Komórka: " + g.Label,
                        "Oceny 4–5 poniżej progu " + Pct(rules.MinimumTopTwoShare) + ": "
                        + string.Join("; ", low.Select(c => $"{itemText.GetValueOrDefault(c.Item, c.Item)} {Pct(c.TopTwoShare)} (n = {c.N})")) + ".",
                        low.Max(c => c.N), null));
                if (g.OnTimeAnswered >= rules.MinimumAnswers && g.NotOnTimeShare > rules.MaximumNotOnTimeShare)
                    found.Add(new ThreatenedArea("not-on-time:unit:" + g.Code, ThreatKind.NotOnTime, "Terminowość w komórce: " + g.Label,
                        $"Sprawa nie załatwiona w terminie: {g.NotOnTime} z {g.OnTimeAnswered} ({Pct(g.NotOnTimeShare)}); próg {Pct(rules.MaximumNotOnTimeShare)}.",
                        g.OnTimeAnswered, null));
            }
        }

        var roles = figures.Roles;
        var onTime = figures.Questions.FirstOrDefault(q => q.Code == roles.OnTime);
        if (onTime is not null && onTime.Answered >= rules.MinimumAnswers && onTime.Options.FirstOrDefault(o => o.Code == roles.NotOnTimeOption) is { } no)
        {
            if (no.Share > rules.MaximumNotOnTimeShare)
            {
                var ci = Proportion.Wilson(no.Count, onTime.Answered);
                found.Add(new ThreatenedArea("not-on-time", ThreatKind.NotOnTime, "Załatwianie spraw w terminie",
                    $"„Nie” w pytaniu {onTime.Number}: {no.Count} z {onTime.Answered} ({Pct(no.Share)}, 95% CI {Pct(ci?.Lower)}–{Pct(ci?.Upper)}); próg {Pct(rules.MaximumNotOnTimeShare)}.",
                    onTime.Answered, null));
            }
        }

        foreach (var comparison in new[] { figures.PreviousPeriod, figures.YearEarlier }.OfType<ComparisonFigure>())
        {
            if (rules.SignificantDrop)
                foreach (var c in comparison.Items.Where(c => c.Verdict == ChangeVerdict.Lower))
                    found.Add(new ThreatenedArea("drop:" + comparison.BaselinePeriod + ":" + c.Item, ThreatKind.SignificantDrop,
                        "Spadek oceny: " + c.Text + " (wobec: " + comparison.BaselineName + ")",
                        $"Oceny 4–5: {Pct(c.CurrentTopTwo)} (n = {c.CurrentN}) wobec {Pct(c.BaselineTopTwo)} (n = {c.BaselineN}); zmiana 95% CI {Pct(c.DifferenceLower)} do {Pct(c.DifferenceUpper)}.",
                        c.CurrentN, $"Mann-Whitney U = {c.U?.ToString("0.#", pl)}, p = {P(c.PValue)}, p po korekcie Holma = {P(c.AdjustedPValue)}, r = {c.EffectSizeR?.ToString("0.00", pl)}"));
            if (rules.DifficultyGrowth && comparison.Questions.FirstOrDefault(q => q.Code == roles.Difficulties) is { } difficulties)
                foreach (var o in difficulties.Options.Where(o => o.Verdict == ChangeVerdict.Higher && o.Code != roles.NoDifficultyOption))
                    found.Add(new ThreatenedArea("difficulty:" + comparison.BaselinePeriod + ":" + o.Code, ThreatKind.DifficultyGrowth,
                        "Rosnąca trudność: " + o.Text + " (wobec: " + comparison.BaselineName + ")",
                        $"Wskazało {o.CurrentCount} z {difficulties.CurrentAnswered} ({Pct(o.CurrentShare)}) wobec {o.BaselineCount} z {difficulties.BaselineAnswered} ({Pct(o.BaselineShare)}); zmiana 95% CI {Pct(o.DifferenceLower)} do {Pct(o.DifferenceUpper)}.",
                        difficulties.CurrentAnswered, $"{(o.Method == ContingencyMethod.FisherExact ? "test dokładny Fishera" : "chi-kwadrat")}, p = {P(o.PValue)}, p po korekcie Holma = {P(o.AdjustedPValue)}"));
        }
        return found;
    }

}
