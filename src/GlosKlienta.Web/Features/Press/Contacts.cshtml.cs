
namespace GlosKlienta.Web.Features.Press;

/// <summary>
/// The media contacts (procedure row 5): personal data of journalists, for the press staff only.
/// Each record says why it is kept; the audit log names the record, never the person's data.
/// </summary>
[Authorize(Policy = Policies.Press)]
public sealed class ContactsModel(AppDbContext db, AuditLog audit, TimeProvider time, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<MediaContact> Contacts { get; private set; } = [];
    [BindProperty] public ContactForm Form { get; set; } = new() { Purpose = "Przesyłanie komunikatów prasowych i zaproszeń na konferencje prasowe Urzędu." };
    [BindProperty(SupportsGet = true, Name = "stan")] public string? Done { get; set; }
    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var contact = new MediaContact { AddedAt = time.GetUtcNow(), AddedBy = User.Identity?.Name ?? "" };
        if (!Form.TryApply(contact, Errors, text))
        {
            await LoadAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        db.MediaContacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(PressRules.ContactAdded, PressRules.ContactSubject, PressRules.Id(contact.Id));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/personel/media?stan=dodany");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Contacts = await db.MediaContacts.AsNoTracking().OrderBy(c => c.Outlet).ThenBy(c => c.Name).ToListAsync(cancellationToken);
}
