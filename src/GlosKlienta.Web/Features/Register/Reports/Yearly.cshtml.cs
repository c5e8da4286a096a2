using GlosKlienta.Documents;
using DocFormat = GlosKlienta.Documents.DocumentFormat;
using GlosKlienta.Domain.RegisterReports;

namespace GlosKlienta.Web.Features.Register.Reports;

/// <summary>The register's yearly figures for the council and the management review, on screen and as PDF, ODT or DOCX.</summary>
[Authorize(Policy = Policies.RegisterReports)]
public sealed class YearlyModel(AppDbContext db, OfficeProfileProvider office, TimeProvider time) : PageModel
{
    [FromQuery(Name = "rok")] public int? Year { get; set; }

    public YearlyReport Report { get; private set; } = null!;
    public IReadOnlyList<int> Years { get; private set; } = [];
    public int SelectedYear { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>The same figures as a document; GET because it changes nothing and carries no personal data.</summary>
    public async Task<IActionResult> OnGetDocumentAsync([FromQuery(Name = "format")] string? format, CancellationToken cancellationToken)
    {
        if (!EnumNames.TryParse<DocFormat>(format, out var f, ignoreCase: true) || f == DocFormat.Html) return NotFound();
        var (profile, today) = await LoadAsync(cancellationToken);
        var bytes = Renderers.RenderToBytes(YearlyReportData.Document(Report, profile.Name, today, profile.CouncilName), f);
        return File(bytes, FormatInfo.MediaType(f), $"sprawozdanie-skargi-wnioski-{SelectedYear}{FormatInfo.Extension(f)}");
    }

    private async Task<(OfficeProfile, DateOnly)> LoadAsync(CancellationToken cancellationToken)
    {
        var profile = await office.GetAsync(cancellationToken);
        var today = profile.Today(time);
        var years = await db.RegisterCases.AsNoTracking().Select(c => c.Year).Distinct().ToListAsync(cancellationToken);
        // Last year by default: the report is written after the year ends.
        SelectedYear = Year is >= 2000 and <= 2100 ? Year.Value : today.Year - 1;
        Years = years.Append(today.Year).Append(today.Year - 1).Append(SelectedYear).Distinct().OrderDescending().ToList();
        Report = await YearlyReportData.ComputeAsync(db, SelectedYear, today, cancellationToken);
        return (profile, today);
    }
}
