
namespace GlosKlienta.Web.Features.Press;

/// <summary>One media contact: corrected, or erased (the right to erasure); invitations keep only the outlet's name.</summary>
[Authorize(Policy = Policies.Press)]
public sealed class ContactModel(AppDbContext db, AuditLog audit, TimeProvider time, IStringLocalizer<SharedResource> text) : PageModel
{
    public MediaContact Contact { get; private set; } = null!;
    public int Invitations { get; private set; }
    [BindProperty] public ContactForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "stan")] public string? Done { get; set; }
    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Form = ContactForm.From(Contact);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (!Form.TryApply(Contact, Errors, text))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        Contact.ChangedAt = time.GetUtcNow();
        audit.Record(PressRules.ContactChanged, PressRules.ContactSubject, PressRules.Id(id));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/personel/media/{id}?stan=zapisany");
    }

    public async Task<IActionResult> OnPostEraseAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        // Invitations lose the link (SET NULL) and keep the outlet copied when the person was invited.
        db.MediaContacts.Remove(Contact);
        audit.Record(PressRules.ContactErased, PressRules.ContactSubject, PressRules.Id(id));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/personel/media?stan=usuniety");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var contact = await db.MediaContacts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null) return false;
        Contact = contact;
        Invitations = await db.PressConferenceInvitations.CountAsync(i => i.MediaContactId == id, cancellationToken);
        return true;
    }
}
