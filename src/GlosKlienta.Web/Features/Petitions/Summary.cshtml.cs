using GlosKlienta.Documents;
using DocFormat = GlosKlienta.Documents.DocumentFormat;

namespace GlosKlienta.Web.Features.Petitions;

/// <summary>The yearly summary of petitions (art. 14 ustawy o petycjach), published by 30 June of the next year; no names.</summary>
[AllowAnonymous]
public sealed class SummaryModel(AppDbContext db, OfficeProfileProvider office, TimeProvider time) : PageModel
{
    [FromQuery(Name = "rok")] public int? Year { get; set; }

    public int SelectedYear { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<SummaryLine> Handled { get; private set; } = [];
    public int Pending { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetDocumentAsync([FromQuery(Name = "format")] string? format, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<DocFormat>(format, ignoreCase: true, out var f) || f == DocFormat.Html) return NotFound();
        var name = await LoadAsync(cancellationToken);
        var bytes = Renderers.RenderToBytes(PetitionData.SummaryDocument(SelectedYear, Handled, Pending, name, Today), f);
        return File(bytes, FormatInfo.MediaType(f), $"petycje-informacja-{SelectedYear}{FormatInfo.Extension(f)}");
    }

    private async Task<string> LoadAsync(CancellationToken cancellationToken)
    {
        var profile = await office.GetAsync(cancellationToken);
        Today = profile.Today(time);
        // The summary is of the previous year by default.
        SelectedYear = Year is { } y && y >= 2015 && y <= Today.Year ? y : Today.Year - 1;
        (Handled, Pending) = await PetitionData.SummaryAsync(db, SelectedYear, cancellationToken);
        return profile.Name;
    }
}
