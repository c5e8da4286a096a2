using GlosKlienta.Documents;
using DocFormat = GlosKlienta.Documents.DocumentFormat;

namespace GlosKlienta.Web.Features.Petitions;

/// <summary>The yearly summary of petitions (art. 14 ustawy o petycjach), published by 30 June of the next year; no names.</summary>
[AllowAnonymous]
public sealed class SummaryModel(AppDbContext db, OfficeProfileProvider office, TimeProvider time, IStringLocalizer<SharedResource> text) : PageModel
{
    [FromQuery(Name = "rok")] public int? Year { get; set; }

    public int SelectedYear { get; private set; }
    public DateOnly Today { get; private set; }
    /// <summary>One section per body: the Burmistrz and the council (art. 14 ustawy o petycjach).</summary>
    public IReadOnlyList<BodySummary> Bodies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetDocumentAsync([FromQuery(Name = "format")] string? format, CancellationToken cancellationToken)
    {
        if (!EnumNames.TryParse<DocFormat>(format, out var f, ignoreCase: true) || f == DocFormat.Html) return NotFound();
        var name = await LoadAsync(cancellationToken);
        var bytes = Renderers.RenderToBytes(PetitionData.SummaryDocument(SelectedYear, Bodies, name, Today), f);
        return File(bytes, FormatInfo.MediaType(f), $"petycje-informacja-{SelectedYear}{FormatInfo.Extension(f)}");
    }

    private async Task<string> LoadAsync(CancellationToken cancellationToken)
    {
        var profile = await office.GetAsync(cancellationToken);
        Today = profile.Today(time);
        // The summary is of the previous year by default.
        SelectedYear = Year is { } y && y >= 2015 && y <= Today.Year ? y : Today.Year - 1;
        Bodies = await PetitionData.SummaryAsync(db, SelectedYear, body => Register.BodyNames.Of(body, profile, text), cancellationToken);
        return profile.Name;
    }
}
