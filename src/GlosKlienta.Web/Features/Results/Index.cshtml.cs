using GlosKlienta.Domain;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Web.Features.Results;

/// <summary>
/// <c>/wyniki</c>: the survey's results for citizens, from approved protocols only, newest first. Figures of
/// groups under the minimum are withheld with a sentence saying so; no text a respondent wrote is shown.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(PublishedResults results, OfficeProfileProvider office, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string Path = "/wyniki";
    public const string FeedPath = "/wyniki/kanal.atom";
    public const string CsvPath = "/wyniki/dane.csv";

    public IReadOnlyList<PublishedSection> Sections { get; private set; } = [];
    public OfficeProfile Office { get; private set; } = null!;
    public int MinimumGroup => results.MinimumGroup;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Office = await office.GetAsync(cancellationToken);
        Sections = await results.SectionsAsync(cancellationToken);
    }

    /// <summary>"40 odpowiedzi", "1 odpowiedź".</summary>
    public string Answers(int n) => ResultsText.Answers(text, n);

    public string Forms(int n) => ResultsText.CountOf(n, text["Results.Forms.One"], text["Results.Forms.Few"], text["Results.Forms.Many"]);

    /// <summary>The channel's name in the reader's language.</summary>
    public string ChannelName(Channel channel) => text["Results.Channel." + ChannelCodes.Code(channel)];

    /// <summary>The bars of the participation chart: each channel's share of all responses, labelled with its count.</summary>
    public BarChart ChannelChart(PublishedSection s) => new(s.Anchor + "-kanaly", text["Results.Participation.ChartLabel"],
        s.Figures.Channels.Select(c => c.Count is { } n
            ? new Bar(ChannelName(c.Channel), ResultsText.Count(n) + " (" + ResultsText.Percent((double)n / s.Figures.Responses!.Value) + ")", (double)n / s.Figures.Responses!.Value, null, null)
            : new Bar(ChannelName(c.Channel), text["Results.TooFew"], null, null, null)).ToList());

    public BarChart RatingChart(PublishedSection s) => new(s.Anchor + "-oceny", text["Results.Ratings.ChartLabel"],
        s.Figures.Ratings.Select(ShareBar).ToList());

    public BarChart NotOnTimeChart(PublishedSection s) => new(s.Anchor + "-termin", text["Results.NotOnTime.ChartLabel"],
        [ShareBar(s.Figures.NotOnTime! with { Text = text["Results.NotOnTime.Item"] })]);

    private Bar ShareBar(PublishedItem item) => item.Share is { } share
        ? new Bar(ResultsText.Capitalised(item.Text), ResultsText.Percent(share.Share), share.Share, share.Lower, share.Upper)
        : new Bar(ResultsText.Capitalised(item.Text), text["Results.TooFew"], null, null, null);
}

/// <summary>A bar chart the page draws with a bar per row: 0–100% of the track, an optional interval, and its label in text.</summary>
public sealed record BarChart(string Id, string Label, IReadOnlyList<Bar> Bars)
{
    public bool HasIntervals => Bars.Any(b => b.Lower is not null);
}

/// <param name="Value">0–1, or null when the figure is withheld (no bar is drawn, <paramref name="ValueText"/> says why).</param>
public sealed record Bar(string Label, string ValueText, double? Value, double? Lower, double? Upper);

/// <summary>
/// How the results page, its feed and its CSV write numbers: one decimal, a comma, "62,5%"; counts grouped "1 234". On the
/// Ukrainian and English pages in their own way ("62.5%", "1,234" in English); anywhere else (no page's culture) in Polish.
/// </summary>
public static class ResultsText
{
    private static readonly CultureInfo Pl = CultureInfo.GetCultureInfo("pl-PL");

    private static CultureInfo Reader => CultureInfo.CurrentCulture.Name is "uk-UA" or "en-GB" ? CultureInfo.CurrentCulture : Pl;

    public static string Percent(double share) => (share * 100).ToString("0.0", Reader) + "%";

    /// <summary>"47,0–75,8%".</summary>
    public static string Interval(PublishedShare s) => (s.Lower * 100).ToString("0.0", Reader) + "–" + Percent(s.Upper);

    public static string Count(int n) => n.ToString("N0", Reader);

    /// <summary>A count and its noun in the reader's language by its plural rules: "5 odpowiedzi", "21 відповідь", "1 response".</summary>
    public static string CountOf(int n, string one, string few, string many) =>
        Count(n) + " " + PluralRules.Pick(Reader.TwoLetterISOLanguageName, n, one, few, many);

    /// <summary>A percentage with the one decimal the page shows, for the CSV (62.5): the same digits, never a different rounding.</summary>
    public static double Rounded(double share) => double.Parse((share * 100).ToString("0.0", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>An SVG length in percent of the bar's track ("62.5%"), invariant.</summary>
    public static string SvgPercent(double share) => (Math.Clamp(share, 0, 1) * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public static string Answers(IStringLocalizer text, int n) =>
        CountOf(n, text["Results.Answers.One"], text["Results.Answers.Few"], text["Results.Answers.Many"]);

    public static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpper(s[0], Pl) + s[1..];
}
