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
    /// <summary>
    /// The smallest change of a share (top-two box of a dropping item, a difficulty's share) that
    /// makes a significant change a threat: with hundreds of thousands of answers a change of a few
    /// tenths of a point is significant and means nothing. A smaller significant change goes to the watch list.
    /// </summary>
    public double MinimumChange { get; init; } = 0.02;
}

/// <summary>The threatened areas and the watch list of a period (<see cref="Threats.Evaluate"/>).</summary>
public sealed record ThreatAssessment(IReadOnlyList<ThreatenedArea> Threatened, IReadOnlyList<ThreatenedArea> Watch);

/// <summary>
/// Applies <see cref="ThreatRules"/> to computed figures. An area is threatened only when its
/// evidence says so: the whole 95% interval of a share lies on the wrong side of its threshold, or a
/// drop (or a growing difficulty) is significant after Holm's correction. An area whose point
/// estimate is on the wrong side while its interval still covers the threshold is not threatened:
/// it goes to the watch list ("do obserwacji") with its figures. Groups under
/// <see cref="ThreatRules.MinimumAnswers"/> answers are judged by neither list. Both lists are
/// ranked by the strength of the evidence: the one-sided binomial p-value of the share against its
/// threshold, or the Holm-adjusted p-value of a change; the smaller, the stronger. Each area says in
/// one sentence why it is there. Pure; Polish, because it goes into the protocol as it is.
/// </summary>
public static class Threats
{
    private static readonly CultureInfo Pl = CultureInfo.GetCultureInfo("pl-PL");

    private static string Pct(double? v) => v is { } x ? (x * 100).ToString("0.0", Pl) + "%" : "–";

    private static string P(double? v) => v is { } x ? x < 0.001 ? "< 0,001" : x.ToString("0.000", Pl) : "–";

    /// <summary>"p = 0,012" or "p &lt; 0,001" (never "p = &lt; 0,001").</summary>
    private static string PEq(double? v, string name = "p") => (name.Length > 0 ? name + " " : "") + (v is < 0.001 ? "< 0,001" : "= " + P(v));

    private static string N(int v) => v.ToString("N0", Pl);

    public static ThreatAssessment Evaluate(F2Figures figures, ThreatRules rules)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(rules);
        var threatened = new List<ThreatenedArea>();
        var watch = new List<ThreatenedArea>();
        double low = rules.MinimumTopTwoShare, high = rules.MaximumNotOnTimeShare;

        foreach (var r in figures.Ratings.Where(r => r.N >= rules.MinimumAnswers))
            LowShare("item:" + r.Code, ThreatKind.LowTopTwo, "Ocena: " + r.Text, r.TopTwo, r.N, "ocen 4–5");

        if (figures.Breakdowns.FirstOrDefault(b => b.Dimension == BreakdownDimension.Unit) is { } units)
        {
            var itemText = figures.Ratings.ToDictionary(r => r.Code, r => r.Text, StringComparer.Ordinal);
            foreach (var g in units.Groups)
            {
                foreach (var c in g.Items.Where(c => c.N >= rules.MinimumAnswers && c.TopTwoShare is not null))
                    LowShare("unit:" + g.Code + ":" + c.Item, ThreatKind.UnitLowTopTwo, $"Komórka: {g.Label}, ocena: {itemText.GetValueOrDefault(c.Item, c.Item)}",
                        (int)Math.Round(c.TopTwoShare!.Value * c.N), c.N, "ocen 4–5");
                if (g.OnTimeAnswered >= rules.MinimumAnswers)
                    HighShare("not-on-time:unit:" + g.Code, "Terminowość w komórce: " + g.Label, g.NotOnTime, g.OnTimeAnswered);
            }
        }

        if (figures.Timeliness is { } timeliness && timeliness.N >= rules.MinimumAnswers)
            HighShare("not-on-time", "Załatwianie spraw w terminie", timeliness.NotOnTime, timeliness.N);

        var roles = figures.Roles;
        foreach (var comparison in new[] { figures.PreviousPeriod, figures.YearEarlier }.OfType<ComparisonFigure>())
        {
            if (rules.SignificantDrop)
                foreach (var c in comparison.Items.Where(c => c.Verdict == ChangeVerdict.Lower))
                {
                    var small = c.TopTwoDifference is { } d && -d < rules.MinimumChange;
                    (small ? watch : threatened).Add(new ThreatenedArea("drop:" + comparison.BaselinePeriod + ":" + c.Item, ThreatKind.SignificantDrop,
                        "Spadek oceny: " + c.Text + " (wobec: " + comparison.BaselineName + ")",
                        $"Oceny 4–5: {Pct(c.CurrentTopTwo)} (n = {N(c.CurrentN)}) wobec {Pct(c.BaselineTopTwo)} (n = {N(c.BaselineN)}); zmiana 95% CI {Pct(c.DifferenceLower)} do {Pct(c.DifferenceUpper)}.",
                        c.CurrentN, $"Mann-Whitney U = {c.U?.ToString("0.#", Pl)}, {PEq(c.PValue)}, p po korekcie Holma {PEq(c.AdjustedPValue, "")}, r = {c.EffectSizeR?.ToString("0.00", Pl)}")
                    {
                        Reason = small
                            ? $"Spadek jest istotny statystycznie, ale mniejszy niż {(rules.MinimumChange * 100).ToString("0.#", Pl)} pkt proc.: przy tak wielu odpowiedziach to za mało, by działać."
                            : $"Oceny spadły istotnie wobec okresu: {comparison.BaselineName} (test Manna-Whitneya, p po korekcie Holma {PEq(c.AdjustedPValue, "")}).",
                        Strength = c.AdjustedPValue,
                    });
                }
            if (rules.DifficultyGrowth && comparison.Questions.FirstOrDefault(q => q.Code == roles.Difficulties) is { } difficulties)
                foreach (var o in difficulties.Options.Where(o => o.Verdict == ChangeVerdict.Higher && o.Code != roles.NoDifficultyOption))
                {
                    var small = o.CurrentShare - o.BaselineShare is { } d && d < rules.MinimumChange;
                    (small ? watch : threatened).Add(new ThreatenedArea("difficulty:" + comparison.BaselinePeriod + ":" + o.Code, ThreatKind.DifficultyGrowth,
                        "Rosnąca trudność: " + o.Text + " (wobec: " + comparison.BaselineName + ")",
                        $"Wskazało {N(o.CurrentCount)} z {N(difficulties.CurrentAnswered)} ({Pct(o.CurrentShare)}) wobec {N(o.BaselineCount)} z {N(difficulties.BaselineAnswered)} ({Pct(o.BaselineShare)}); zmiana 95% CI {Pct(o.DifferenceLower)} do {Pct(o.DifferenceUpper)}.",
                        difficulties.CurrentAnswered, $"{(o.Method == ContingencyMethod.FisherExact ? "test dokładny Fishera" : "chi-kwadrat")}, {PEq(o.PValue)}, p po korekcie Holma {PEq(o.AdjustedPValue, "")}")
                    {
                        Reason = small
                            ? $"Wzrost jest istotny statystycznie, ale mniejszy niż {(rules.MinimumChange * 100).ToString("0.#", Pl)} pkt proc.: przy tak wielu odpowiedziach to za mało, by działać."
                            : $"Tę trudność wskazywano istotnie częściej niż w okresie: {comparison.BaselineName} (p po korekcie Holma {PEq(o.AdjustedPValue, "")}).",
                        Strength = o.AdjustedPValue,
                    });
                }
        }
        return new ThreatAssessment(Rank(threatened), Rank(watch));

        // A share that should be high (top-two box) against its minimum.
        void LowShare(string key, ThreatKind kind, string title, int successes, int n, string what)
        {
            var share = (double)successes / n;
            if (share >= low) return;
            var ci = Proportion.Wilson(successes, n);
            var evidence = $"Odsetek {what}: {Pct(share)} ({N(successes)} z {N(n)}; 95% CI {Pct(ci?.Lower)}–{Pct(ci?.Upper)}); próg {Pct(low)}.";
            var strength = Binomial.AtMost(successes, n, low);
            if (ci is { } i && i.Upper < low)
                threatened.Add(new ThreatenedArea(key, kind, title, evidence, n, null)
                {
                    Reason = $"Cały 95-procentowy przedział ufności odsetka {what} ({Pct(i.Lower)}–{Pct(i.Upper)}) leży poniżej progu {Pct(low)}.",
                    Strength = strength,
                });
            else
                watch.Add(new ThreatenedArea(key, kind, title, evidence, n, null)
                {
                    Reason = $"Odsetek {what} ({Pct(share)}) jest poniżej progu {Pct(low)}, ale przedział ufności ({Pct(ci?.Lower)}–{Pct(ci?.Upper)}) obejmuje próg: to może być przypadek.",
                    Strength = strength,
                });
        }

        // The share of "not on time" against its maximum: no / (yes + no).
        void HighShare(string key, string title, int notOnTime, int n)
        {
            var share = (double)notOnTime / n;
            if (share <= high) return;
            var ci = Proportion.Wilson(notOnTime, n);
            var evidence = $"Sprawa nie załatwiona w terminie: {N(notOnTime)} z {N(n)} odpowiadających „tak” lub „nie” ({Pct(share)}; 95% CI {Pct(ci?.Lower)}–{Pct(ci?.Upper)}); próg {Pct(high)}.";
            var strength = Binomial.AtLeast(notOnTime, n, high);
            if (ci is { } i && i.Lower > high)
                threatened.Add(new ThreatenedArea(key, ThreatKind.NotOnTime, title, evidence, n, null)
                {
                    Reason = $"Cały 95-procentowy przedział ufności odsetka spraw nie załatwionych w terminie ({Pct(i.Lower)}–{Pct(i.Upper)}) leży powyżej progu {Pct(high)}.",
                    Strength = strength,
                });
            else
                watch.Add(new ThreatenedArea(key, ThreatKind.NotOnTime, title, evidence, n, null)
                {
                    Reason = $"Odsetek spraw nie załatwionych w terminie ({Pct(share)}) jest powyżej progu {Pct(high)}, ale przedział ufności ({Pct(ci?.Lower)}–{Pct(ci?.Upper)}) obejmuje próg: to może być przypadek.",
                    Strength = strength,
                });
        }
    }

    /// <summary>Strongest evidence first (smallest p-value), then the larger group.</summary>
    private static List<ThreatenedArea> Rank(List<ThreatenedArea> areas) =>
        areas.OrderBy(a => a.Strength ?? 1).ThenByDescending(a => a.N).ThenBy(a => a.Key, StringComparer.Ordinal).ToList();
}

/// <summary>One-sided exact binomial tail probabilities: how surprising a count is if the true share were the threshold.</summary>
public static class Binomial
{
    /// <summary>P(X ≤ k) for X ~ Bin(n, p).</summary>
    public static double AtMost(int k, int n, double p) => k >= n ? 1 : k < 0 ? 0 : MathNet.Numerics.Distributions.Binomial.CDF(p, n, k);

    /// <summary>P(X ≥ k) for X ~ Bin(n, p).</summary>
    public static double AtLeast(int k, int n, double p) => k <= 0 ? 1 : 1 - AtMost(k - 1, n, p);
}
