using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Analysis;

/// <summary>A share as citizens may see it: the answers it rests on, the share and its 95% (Wilson) interval.</summary>
public sealed record PublishedShare(int N, double Share, double Lower, double Upper);

/// <summary>One rated item or question on the public page; <see cref="Share"/> is null when too few answered to publish it.</summary>
public sealed record PublishedItem(string Code, string Text, PublishedShare? Share)
{
    public bool Suppressed => Share is null;
}

/// <summary>Responses that came by one channel; <see cref="Count"/> is null when withheld.</summary>
public sealed record PublishedChannel(Channel Channel, int? Count)
{
    public bool Suppressed => Count is null;
}

/// <summary>
/// What the public results page may say about one approved protocol. Nothing here is free text a
/// respondent wrote: item texts are the survey's own wording. <see cref="Responses"/> is null when the
/// whole period had too few answers; then every list is empty and <see cref="NotOnTime"/> null.
/// </summary>
/// <param name="NotOnTime">The "not on time" share (question 6); null when the survey had no such question or the period is withheld.</param>
public sealed record PublishedPeriod(
    string Period, string PeriodName, DateOnly From, DateOnly To, int MinimumGroup, int? Responses,
    IReadOnlyList<PublishedChannel> Channels, string RatingQuestionText, IReadOnlyList<PublishedItem> Ratings, PublishedItem? NotOnTime)
{
    public bool Suppressed => Responses is null;
}

/// <summary>
/// The rules of publishing survey results to citizens (issue 13): only what an approved protocol froze, no
/// free text, and no group of fewer than <c>minimumGroup</c> answers (10 by default) — a small group's figure
/// says little and may point at the few people in it. A withheld figure is left out, never rounded or banded.
/// </summary>
public static class PublicResults
{
    public const int DefaultMinimumGroup = 10;

    /// <summary>Whether a group of <paramref name="n"/> answers may be published: at least <paramref name="minimumGroup"/>.</summary>
    public static bool IsPublishable(int n, int minimumGroup)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumGroup, 1);
        return n >= minimumGroup;
    }

    /// <summary>
    /// Counts of the parts of a published whole (responses by channel). A part of 1 to minimum − 1 is
    /// withheld (null). When exactly one part is withheld, the total minus the others would give it away,
    /// so the smallest other non-empty part is withheld too. An empty part (0) stays: nobody is in it, and
    /// an office without a kiosk should not read "too few answers" for one.
    /// </summary>
    public static IReadOnlyList<int?> SuppressParts(IReadOnlyList<int> counts, int minimumGroup)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var result = counts.Select(c => c > 0 && !IsPublishable(c, minimumGroup) ? null : (int?)c).ToArray();
        if (result.Count(c => c is null) == 1)
        {
            int? second = null;
            for (int i = 0; i < result.Length; i++)
                if (result[i] is > 0 && (second is null || result[i] < result[second.Value])) second = i;
            if (second is { } s) result[s] = null;
        }
        return result;
    }

    /// <summary>
    /// A share of <paramref name="successes"/> in <paramref name="n"/> answers, or null under the minimum. The
    /// interval is the one the figures carry; when they carry none it is Wilson's, computed here.
    /// </summary>
    public static PublishedShare? Share(int successes, int n, double? lower, double? upper, int minimumGroup)
    {
        if (!IsPublishable(n, minimumGroup)) return null;
        if (lower is null || upper is null)
        {
            var ci = Proportion.Wilson(successes, n)!.Value;
            (lower, upper) = (ci.Lower, ci.Upper);
        }
        return new PublishedShare(n, (double)successes / n, lower.Value, upper.Value);
    }

    /// <summary>The public part of one approved protocol's frozen figures.</summary>
    public static PublishedPeriod From(F2Figures f, int minimumGroup)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (!IsPublishable(f.Responses, minimumGroup))
            return new PublishedPeriod(f.Period, f.PeriodName, f.From, f.To, minimumGroup, null, [], f.RatingQuestionText, [], null);

        var parts = SuppressParts([f.Online, f.Kiosk, f.Paper], minimumGroup);
        var channels = ChannelCodes.All.Select((c, i) => new PublishedChannel(c, parts[i])).ToList();
        var ratings = f.Ratings
            .Select(r => new PublishedItem(r.Code, r.Text, Share(r.TopTwo, r.N, r.TopTwoLower, r.TopTwoUpper, minimumGroup)))
            .ToList();
        var notOnTime = f.Timeliness is { } t
            ? new PublishedItem(f.Roles.OnTime, NotOnTimeText(f), Share(t.NotOnTime, t.N, t.Lower, t.Upper, minimumGroup))
            : null;
        return new PublishedPeriod(f.Period, f.PeriodName, f.From, f.To, minimumGroup, f.Responses, channels, f.RatingQuestionText, ratings, notOnTime);
    }

    /// <summary>The survey's wording of the timeliness question, as the figures carry it.</summary>
    private static string NotOnTimeText(F2Figures f) =>
        f.Questions.FirstOrDefault(q => q.Code == f.Roles.OnTime)?.Text ?? "";
}
