using GlosKlienta.Documents;
using DocFormat = GlosKlienta.Documents.DocumentFormat;
using GlosKlienta.Domain.Register;

namespace GlosKlienta.Web.Features.Register;

/// <summary>
/// The register (art. 254 KPA) as an inspector reads it, limited to the cases the user may see. Filters are posted,
/// not put in the address, because the text filter may hold a name; the same form exports what it shows.
/// </summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit, OfficeProfileProvider office, TimeProvider time, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string StatusOpen = "otwarte";
    public const string StatusClosed = "zakonczone";
    public const string StatusOverdue = "po-terminie";

    [BindProperty] public int? Year { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Status { get; set; }
    [BindProperty] public string? AssigneeId { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Format { get; set; }

    public IReadOnlyList<RegisterCase> Cases { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];
    public RegisterAccess Access { get; private set; } = null!;
    /// <summary>The body as the register shows it: the proper names from the office's data.</summary>
    public string BodyName(Domain.Register.CompetentBody body) => BodyNames.Of(body, Profile, text);
    public Office.OfficeProfile Profile { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await RecordListReadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var (doc, workbook) = (Format == "pdf", Format switch { "xlsx" => SpreadsheetFormat.Xlsx, "ods" => SpreadsheetFormat.Ods, "csv" => SpreadsheetFormat.Csv, _ => (SpreadsheetFormat?)null });
        if (!doc && workbook is null)
        {
            await RecordListReadAsync(cancellationToken);
            return Page();
        }
        audit.Record(RegisterActions.Exported, RegisterActions.Subject, null, new { format = Format, count = Cases.Count });
        await db.SaveChangesAsync(cancellationToken);
        var name = "rejestr-skarg-wnioskow-" + RegisterForms.Iso(Today);
        var export = new RegisterExport(text, Today, Profile.TimeZone, BodyName);
        if (doc)
        {
            var bytes = Renderers.RenderToBytes(export.Document(Cases, (await office.GetAsync(cancellationToken)).Name), DocFormat.Pdf);
            return File(bytes, FormatInfo.MediaType(DocFormat.Pdf), name + FormatInfo.Extension(DocFormat.Pdf));
        }
        var data = Renderers.WriteToBytes(export.Workbook(Cases), workbook!.Value);
        return File(data, FormatInfo.MediaType(workbook.Value), name + FormatInfo.Extension(workbook.Value));
    }

    /// <summary>
    /// The list shows senders' names and subjects, so showing it is a read of those cases: the log
    /// gets the ids shown and the filters, but not the text searched for (it may be a name).
    /// </summary>
    private async Task RecordListReadAsync(CancellationToken cancellationToken)
    {
        audit.Record(RegisterActions.ListRead, RegisterActions.Subject, null, new
        {
            year = Year,
            kind = Kind,
            status = Status,
            assignee = AssigneeId,
            textSearched = !string.IsNullOrWhiteSpace(Text),
            cases = Cases.Select(c => c.Id).ToArray(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Access = RegisterAccess.For(User);
        Profile = await office.GetAsync(cancellationToken);
        Today = Profile.Today(time);
        var visible = Access.Visible(db.RegisterCases.AsNoTracking());
        Years = await visible.Select(c => c.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        if (!Years.Contains(Today.Year)) Years = [Today.Year, .. Years];
        Staff = Access.Manages ? await StaffDirectory.ActiveAsync(db, cancellationToken) : [];

        var q = visible;
        if (Year is { } year) q = q.Where(c => c.Year == year);
        if (EnumNames.TryParse<CaseKind>(Kind, out var kind)) q = q.Where(c => c.Kind == kind);
        if (Status == StatusOpen) q = q.Where(c => c.ClosedOn == null);
        if (Status == StatusClosed) q = q.Where(c => c.ClosedOn != null);
        var today = Today;
        if (Status == StatusOverdue) q = q.Where(c => c.ClosedOn == null && (c.NewDueOn ?? c.DueOn) < today && c.TermKind != Domain.Register.TermKind.BezTerminu);
        if (!string.IsNullOrEmpty(AssigneeId)) q = q.Where(c => c.AssignedToId == AssigneeId);
        var cases = await q.OrderByDescending(c => c.Year).ThenByDescending(c => c.Number).ToListAsync(cancellationToken);
        // The text filter runs in memory: case-insensitive for Polish letters alike on SQLite and PostgreSQL.
        if (!string.IsNullOrWhiteSpace(Text))
        {
            var t = Text.Trim();
            cases = cases.Where(c => new[] { c.RegisterNumber, c.SenderName, c.SenderAddress, c.Subject, c.Summary, c.Remarks, c.AssignedTo, c.DeliveryReference }
                .Any(f => f is not null && f.Contains(t, StringComparison.CurrentCultureIgnoreCase))).ToList();
        }
        Cases = cases;
    }
}
