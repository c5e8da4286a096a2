namespace GlosKlienta.Domain.Analysis;

/// <summary>A cell of a breakdown with its place in the ranking.</summary>
/// <param name="TooSmallToJudge">Fewer than <see cref="MinimumCell.Answers"/> answers: shown, never ranked.</param>
/// <param name="Rank">1 = best; equal scores share a rank (1, 2, 2, 4). Null when the cell is too small or has no score.</param>
public sealed record RankedCell<T>(T Cell, int Answered, double? Score, bool TooSmallToJudge, int? Rank);

/// <summary>
/// The 30-answer rule (domain guide §6): a department, channel, age band or sex with fewer than 30
/// answers is shown as too small to judge and is never ranked. At n = 30 and 80% satisfied the 95%
/// interval is already about ±14 points.
/// </summary>
public static class MinimumCell
{
    public const int Answers = 30;

    public static bool IsTooSmall(int answered) => answered < Answers;

    /// <summary>
    /// Ranks the cells that pass the rule by <paramref name="score"/> (highest first unless
    /// <paramref name="higherIsBetter"/> is false). The result lists the ranked cells in rank order
    /// (ties in input order), then the unranked ones in input order.
    /// </summary>
    public static IReadOnlyList<RankedCell<T>> Rank<T>(IReadOnlyList<T> cells, Func<T, int> answered, Func<T, double?> score, bool higherIsBetter = true)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(answered);
        ArgumentNullException.ThrowIfNull(score);
        var judged = new List<(T Cell, int N, double Score)>();
        var unranked = new List<RankedCell<T>>();
        foreach (var cell in cells)
        {
            int n = answered(cell);
            double? s = score(cell);
            bool tooSmall = IsTooSmall(n);
            if (tooSmall || s is null || double.IsNaN(s.Value)) unranked.Add(new RankedCell<T>(cell, n, s, tooSmall, null));
            else judged.Add((cell, n, s.Value));
        }
        // OrderBy is stable, so ties keep the input order.
        var ordered = higherIsBetter ? judged.OrderByDescending(j => j.Score).ToList() : judged.OrderBy(j => j.Score).ToList();
        var result = new List<RankedCell<T>>(cells.Count);
        for (int i = 0; i < ordered.Count; i++)
        {
            int rank = i > 0 && ordered[i].Score == ordered[i - 1].Score ? result[i - 1].Rank!.Value : i + 1;
            result.Add(new RankedCell<T>(ordered[i].Cell, ordered[i].N, ordered[i].Score, false, rank));
        }
        result.AddRange(unranked);
        return result;
    }
}

/// <summary>What a breakdown of a rating item is ranked by.</summary>
public enum RankBy
{
    TopTwoShare,
    Mean,
    NetSatisfaction,
}

/// <summary>A rating item broken down by a grouping (unit, channel, age band, sex).</summary>
public static class Breakdown
{
    /// <summary>
    /// Tallies one rating item per group in one pass: <paramref name="groupOfResponse"/>[i] is the
    /// group index of response i (negative = not in any group, for example sex left blank) and
    /// <paramref name="ratings"/>[i] its answer (0 = blank, 1..max). Returns one counts array per group.
    /// </summary>
    public static int[][] Tally(ReadOnlySpan<int> groupOfResponse, ReadOnlySpan<int> ratings, int groups, int max = RatingSummary.DefaultMax)
    {
        if (groupOfResponse.Length != ratings.Length) throw new ArgumentException("One group per rating is needed.", nameof(ratings));
        var counts = new int[groups][];
        for (int g = 0; g < groups; g++) counts[g] = new int[max + 1];
        for (int i = 0; i < ratings.Length; i++)
        {
            int g = groupOfResponse[i];
            if (g < 0) continue;
            int r = ratings[i];
            if ((uint)r > (uint)max) throw new ArgumentOutOfRangeException(nameof(ratings), r, "A rating outside the scale.");
            counts[g][r]++;
        }
        return counts;
    }

    /// <summary>Summaries per group, ranked by <paramref name="by"/> over the groups with at least 30 answers.</summary>
    public static IReadOnlyList<RankedCell<KeyValuePair<TKey, RatingSummary>>> Rank<TKey>(IEnumerable<KeyValuePair<TKey, RatingSummary>> groups, RankBy by = RankBy.TopTwoShare)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return MinimumCell.Rank(groups.ToList(), g => g.Value.N, g => by switch
        {
            RankBy.TopTwoShare => g.Value.TopTwoShare,
            RankBy.Mean => g.Value.Mean,
            RankBy.NetSatisfaction => g.Value.NetSatisfaction,
        });
    }
}
