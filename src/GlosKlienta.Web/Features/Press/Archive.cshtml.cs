using GlosKlienta.Domain.Press;
using GlosKlienta.Domain.Search;

namespace GlosKlienta.Web.Features.Press;

/// <summary>The public archive of press releases, searched by year, topic and words with a plain GET form.</summary>
[AllowAnonymous]
public sealed class ArchiveModel(AppDbContext db, OfficeProfileProvider office, TimeProvider time) : PageModel
{
    public const int MaxQueryLength = 200;

    [BindProperty(SupportsGet = true, Name = "rok")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "temat")] public string? Topic { get; set; }
    [BindProperty(SupportsGet = true, Name = "szukaj")] public string? Query { get; set; }

    public IReadOnlyList<PublishedRelease> Results { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<string> AllTopics { get; private set; } = [];
    public int Total { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public bool Filtered => Year is not null || !string.IsNullOrWhiteSpace(Topic) || !string.IsNullOrWhiteSpace(Query);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Zone = (await office.GetAsync(cancellationToken)).TimeZone;
        var all = PressRules.Current(await PressRules.PublishedAsync(db, time.GetUtcNow(), cancellationToken));
        Total = all.Count;
        int YearOf(PublishedRelease r) => TimeZoneInfo.ConvertTime(r.FirstPublished, Zone).Year;
        Years = all.Select(YearOf).Distinct().OrderDescending().ToList();
        AllTopics = all.SelectMany(r => r.Topics)
            .GroupBy(t => t.ToLower(PressRules.Polish)).Select(g => g.First())
            .Order(StringComparer.Create(PressRules.Polish, true)).ToList();

        var query = (Query ?? "").Trim();
        if (query.Length > MaxQueryLength) query = query[..MaxQueryLength];
        var filtered = all
            .Where(r => Year is null || YearOf(r) == Year)
            .Where(r => string.IsNullOrWhiteSpace(Topic) || r.Topics.Any(t => Domain.Press.Topics.Same(t, Topic.Trim())))
            .ToList();
        // Every word in some form, without Polish letters ("Parkowa" finds "Parkowej"); a word in the title
        // ranks above one in the topics or the text, and equal matches stay newest first. A query of
        // stop words alone ("na", "po") finds nothing rather than everything.
        Results = query.Length == 0 ? filtered
            : TextMatcher.Rank(filtered, SearchQuery.Parse(query), r => ReleaseSearch.Text(r.Current.Title, r.Current.Body, r.Current.Topics));
    }

    public static string TopicLink(string topic) => "/prasa?temat=" + Uri.EscapeDataString(topic);

    public static string YearText(int year) => year.ToString(CultureInfo.InvariantCulture);
}
