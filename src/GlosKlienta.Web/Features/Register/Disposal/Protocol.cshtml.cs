using GlosKlienta.Documents;
using DocFormat = GlosKlienta.Documents.DocumentFormat;

namespace GlosKlienta.Web.Features.Register.Disposal;

/// <summary>One disposal protocol as the page shows it and as PDF, ODT or DOCX; every opening and download is audited.</summary>
[Authorize(Policy = Policies.RegisterDisposal)]
public sealed class ProtocolModel(AppDbContext db, AuditLog audit, OfficeProfileProvider office) : PageModel
{
    public static string PathOf(int id) => DisposalModel.Path + "/protokol/" + id.ToString(CultureInfo.InvariantCulture);

    public static readonly IReadOnlyDictionary<string, DocFormat> Formats = new Dictionary<string, DocFormat>(StringComparer.Ordinal)
    {
        ["pdf"] = DocFormat.Pdf,
        ["odt"] = DocFormat.Odt,
        ["docx"] = DocFormat.Docx,
    };

    public DisposalProtocol Protocol { get; private set; } = null!;
    public string DocumentHtml { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, string? format, CancellationToken cancellationToken)
    {
        var p = await db.DisposalProtocols.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (p is null) return NotFound();
        DocFormat? file = null;
        if (format is not null)
        {
            if (!Formats.TryGetValue(format, out var f)) return NotFound();
            file = f;
        }
        var profile = await office.GetAsync(cancellationToken);
        var document = DisposalProtocolDocument.Build(p, profile.Name, profile.TimeZone);
        audit.Record(RegisterActions.DisposalProtocolRead, RegisterActions.ProtocolSubject, p.Id.ToString(CultureInfo.InvariantCulture), new { format = file?.ToString() ?? "html" });
        await db.SaveChangesAsync(cancellationToken);
        if (file is { } fmt)
            return File(Renderers.RenderToBytes(document, fmt), FormatInfo.MediaType(fmt), DisposalProtocolDocument.FileName(p, fmt));
        Protocol = p;
        DocumentHtml = Renderers.HtmlFragment(document, new HtmlOptions { IdPrefix = "protokol" });
        return Page();
    }
}
