using GlosKlienta.Documents;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Web.Features.Analysis;

/// <summary>
/// The analysis dashboard: the F2 figures of a period, filtered by unit and channel (a GET form,
/// so it works without script and the address can be bookmarked). Charts and tables come from the
/// same document blocks as the protocol, rendered by the shared HTML renderer.
/// </summary>
[Authorize(Policy = Policies.SurveyResults)]
public sealed class IndexModel(F2FiguresService figures, F2Due due, OfficeProfileProvider office, TimeProvider time, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed record Choice(string Value, string Label);

    [BindProperty(SupportsGet = true, Name = "okres")] public string? PeriodText { get; set; }
    [BindProperty(SupportsGet = true, Name = "komorka")] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true, Name = "kanal")] public string? ChannelText { get; set; }

    public ReportingPeriod Period { get; private set; }
    public string? PeriodError { get; private set; }
    public IReadOnlyList<Choice> Periods { get; private set; } = [];
    public IReadOnlyList<Choice> Units { get; private set; } = [];
    public F2Figures? Figures { get; private set; }
    public string ResultsHtml { get; private set; } = "";
    public IReadOnlyList<ReportingPeriod> Due { get; private set; } = [];
    public bool Filtered => Unit is { Length: > 0 } || ChannelFilter is not null;
    public Channel? ChannelFilter { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = (await office.GetAsync(cancellationToken)).Today(time);
        Due = await due.DueAsync(cancellationToken);
        var current = ReportingPeriod.Containing(today);
        var list = new List<ReportingPeriod>();
        for (var p = current; list.Count < 8; p = p.Previous) list.Add(p);
        list.Add(ReportingPeriod.WholeYear(today.Year));
        list.Add(ReportingPeriod.WholeYear(today.Year - 1));
        Periods = list.Select(p => new Choice(p.ToString(), p.PolishName)).ToList();

        if (string.IsNullOrWhiteSpace(PeriodText)) Period = await figures.LastCompleteWithDataAsync(today, cancellationToken);
        else if (ReportingPeriod.TryParse(PeriodText, out var parsed)) Period = parsed;
        else
        {
            PeriodError = text["Analysis.PeriodInvalid"];
            Period = ReportingPeriod.JustEnded(today);
        }
        ChannelFilter = ChannelCodes.Parse(ChannelText);

        Figures = await figures.ComputeAsync(Period, new F2FiguresService.Filter(Unit is { Length: > 0 } ? Unit : null, ChannelFilter), cancellationToken);
        Units = Figures.Breakdowns.FirstOrDefault(b => b.Dimension == BreakdownDimension.Unit)?.Groups.Select(g => new Choice(g.Code, g.Label)).ToList() ?? [];
        if (Unit is { Length: > 0 } && Units.All(u => u.Value != Unit)) Unit = null;
        var document = new Document("Wyniki " + Period.PolishName, F2Document.ResultBlocks(Figures).ToList());
        ResultsHtml = Renderers.HtmlFragment(document, new HtmlOptions { IdPrefix = "analiza" });
        return Page();
    }
}
