using GlosKlienta.Documents;
using PrintFormat = GlosKlienta.Documents.DocumentFormat;

namespace GlosKlienta.Web.Features.Directory;

/// <summary>
/// Boards A, B, C of each building and the door signs, with PDF downloads (boards A4 and A3, signs A5 landscape),
/// their keepers, and "marked as printed": the fingerprint of the text printed, so a later change of the
/// directory that alters the text shows the copy as out of date. Open to every member of staff, because
/// a keeper may hold any role; naming keepers is on <see cref="KeepersModel"/>.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PrintsModel(PrintStatus status, DirectoryStore store, Boards boards, AppDbContext db, Audit.AuditLog audit, TimeProvider time,
    OfficeProfileProvider office, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<PrintRow> Rows { get; private set; } = [];
    /// <summary>Printed items the directory no longer gives, to be taken down.</summary>
    public IReadOnlyList<GoneRow> Gone { get; private set; } = [];
    public string? Error { get; private set; }
    public string? Done { get; private set; }
    public bool CanEdit { get; private set; }
    /// <summary>The office's public address, printed under QR codes; null until it is set, and then nothing is printed.</summary>
    public string? PublicUrl { get; private set; }
    /// <summary>The address as typed when it was refused.</summary>
    public string? TypedAddress { get; private set; }
    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(string? zrobiono, CancellationToken cancellationToken)
    {
        Done = zrobiono is "wydrukowane" or "zdjete" or "adres" ? zrobiono : null;
        await LoadAsync(cancellationToken);
    }

    /// <summary>The PDF of one item: <paramref name="format"/> is A4 or A3 for boards; door signs are always A5 landscape.</summary>
    public async Task<IActionResult> OnGetPdfAsync(string klucz, string? format, CancellationToken cancellationToken)
    {
        var size = format == "A3" ? PaperSize.A3 : PaperSize.A4;
        var state = await store.CurrentAsync(cancellationToken);
        var context = await boards.ContextAsync(cancellationToken);
        if (context.PublicBaseUrl is null)
        {
            // A QR code to the host a member of staff happened to use would send citizens nowhere: say so instead of printing.
            await LoadAsync(cancellationToken);
            Error = text["Directory.Prints.NoPublicAddress"];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var item = boards.All(state, context, size, withQr: true).FirstOrDefault(i => i.Key == klucz);
        if (item is null) return NotFound();
        var bytes = Renderers.RenderToBytes(item.Document, PrintFormat.Pdf);
        var name = item.Key.Replace('/', '-') + (item.IsBoard ? "-" + size : "-A5") + ".pdf";
        return File(bytes, FormatInfo.MediaType(PrintFormat.Pdf), name);
    }

    /// <summary>Records that <paramref name="klucz"/> was printed with the text whose fingerprint the page showed.</summary>
    public async Task<IActionResult> OnPostPrintedAsync(string klucz, string? skrot, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var row = Rows.FirstOrDefault(r => r.Item.Key == klucz);
        if (row is null) return NotFound();
        if (!string.Equals(row.Item.Hash, skrot, StringComparison.Ordinal))
        {
            Error = text["Directory.Prints.ChangedMeanwhile", row.Item.Title];
            return Page();
        }
        var record = await db.PrintedItems.SingleOrDefaultAsync(p => p.Key == klucz, cancellationToken);
        if (record is null) record = db.PrintedItems.Add(new PrintedItem { Key = klucz }).Entity;
        record.PrintedHash = row.Item.Hash;
        record.PrintedAt = time.GetUtcNow();
        record.PrintedBy = User.Identity?.Name;
        audit.Record(DirectoryActions.Printed, DirectoryStore.SubjectPrint, klucz, new { Hash = row.Item.Hash });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/personel/tablice?zrobiono=wydrukowane");
    }

    /// <summary>Sets the office's public address (issue 15): the address under every QR code and on every board, sign and poster.</summary>
    public async Task<IActionResult> OnPostPublicAddressAsync(string? adres, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!CanEdit) return Forbid();
        var (address, problem) = Domain.Directory.PublicAddress.Check(adres);
        if (address is null)
        {
            Errors.Add("adres", text["Directory.Prints.PublicAddress." + problem]);
            TypedAddress = adres;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var record = await db.Offices.OrderBy(o => o.Id).FirstAsync(cancellationToken);
        audit.Record(DirectoryActions.PublicAddressSet, DirectoryActions.OfficeSubject, record.Id.ToString(CultureInfo.InvariantCulture), new { Before = record.PublicUrl, After = address });
        record.PublicUrl = address;
        await db.SaveChangesAsync(cancellationToken);
        office.Invalidate();
        return Redirect("/personel/tablice?zrobiono=adres");
    }

    /// <summary>Records that a print the directory no longer gives was taken down: it is no longer a printed copy.</summary>
    public async Task<IActionResult> OnPostTakenDownAsync(string klucz, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Gone.All(g => g.Key != klucz)) return NotFound();
        var record = await db.PrintedItems.SingleAsync(p => p.Key == klucz, cancellationToken);
        record.PrintedHash = null;
        record.PrintedAt = null;
        record.PrintedBy = null;
        audit.Record(DirectoryActions.TakenDown, DirectoryStore.SubjectPrint, klucz);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/personel/tablice?zrobiono=zdjete");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = await status.StateAsync(cancellationToken);
        Rows = all.Rows;
        Gone = all.Gone;
        PublicUrl = (await office.GetAsync(cancellationToken)).PublicUrl;
        CanEdit = User.IsInRole(GlosKlienta.Domain.Staff.Roles.Administrator) || User.IsInRole(GlosKlienta.Domain.Staff.Roles.KierownikReferatu);
    }
}
