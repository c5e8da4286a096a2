using GlosKlienta.Domain.Press;

namespace GlosKlienta.Web.Features.Press;

/// <summary>One press conference: when, where, what about, which media were invited, its materials and the releases that go with it.</summary>
[Authorize(Policy = Policies.Press)]
[RequestSizeLimit(AttachmentRules.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentRules.MaxBytes + 1024 * 1024)]
public sealed class ConferenceModel(AppDbContext db, AuditLog audit, OfficeProfileProvider office, TimeProvider time, IStringLocalizer<SharedResource> text) : PageModel
{
    public PressConference Conference { get; private set; } = null!;
    public IReadOnlyList<MediaContact> Contacts { get; private set; } = [];
    public IReadOnlyList<(int Id, string Title, PressReleaseStatus Status)> Releases { get; private set; } = [];
    public IReadOnlyList<PressFile> Files { get; private set; } = [];
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    [BindProperty] public ConferenceForm Form { get; set; } = new();
    [BindProperty] public List<int> Invited { get; set; } = [];
    [BindProperty] public List<int> Linked { get; set; } = [];
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty(SupportsGet = true, Name = "stan")] public string? Done { get; set; }
    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Form = ConferenceForm.From(Conference, Zone);
        Invited = Conference.Invitations.Where(i => i.MediaContactId is not null).Select(i => i.MediaContactId!.Value).ToList();
        Linked = Conference.Releases.Select(r => r.Id).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (!Form.TryApply(Conference, Zone, Errors, text))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var invited = Invited.ToHashSet();
        Conference.Invitations.RemoveAll(i => i.MediaContactId is { } c && !invited.Contains(c));
        foreach (var contact in Contacts.Where(c => invited.Contains(c.Id) && !Conference.Invitations.Any(i => i.MediaContactId == c.Id)))
            Conference.Invitations.Add(new PressConferenceInvitation { MediaContactId = contact.Id, Outlet = contact.Outlet });
        var linked = Linked.ToHashSet();
        Conference.Releases.RemoveAll(r => !linked.Contains(r.Id));
        var toLink = await db.PressReleases.Where(r => linked.Contains(r.Id)).ToListAsync(cancellationToken);
        foreach (var release in toLink.Where(r => !Conference.Releases.Any(x => x.Id == r.Id))) Conference.Releases.Add(release);
        audit.Record(PressRules.ConferenceChanged, PressRules.ConferenceSubject, PressRules.Id(id));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/personel/konferencje/{id}?stan=zapisana");
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Form = ConferenceForm.From(Conference, Zone);
        Invited = Conference.Invitations.Where(i => i.MediaContactId is not null).Select(i => i.MediaContactId!.Value).ToList();
        Linked = Conference.Releases.Select(r => r.Id).ToList();
        var file = await PressFiles.ReadAsync(Upload, "Upload", Errors, text, User, cancellationToken);
        if (file is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        file.PressConferenceId = id;
        file.UploadedAt = time.GetUtcNow();
        db.PressFiles.Add(file);
        audit.Record(PressRules.ConferenceChanged, PressRules.ConferenceSubject, PressRules.Id(id), new { sha256 = file.Sha256 });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/personel/konferencje/{id}?stan=zalacznik");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var conference = await db.PressConferences.Include(c => c.Invitations).Include(c => c.Releases).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (conference is null) return false;
        Conference = conference;
        Zone = (await office.GetAsync(cancellationToken)).TimeZone;
        Contacts = await db.MediaContacts.AsNoTracking().OrderBy(c => c.Outlet).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var releases = await db.PressReleases.AsNoTracking().OrderByDescending(r => r.Id).Take(50).Select(r => new { r.Id, r.Title, r.Status }).ToListAsync(cancellationToken);
        Releases = releases.Select(r => (r.Id, r.Title, r.Status)).ToList();
        Files = await db.PressFiles.AsNoTracking().Where(f => f.PressConferenceId == id).OrderBy(f => f.Id)
            .Select(f => new PressFile { Id = f.Id, FileName = f.FileName, Length = f.Length, Sha256 = f.Sha256, ContentType = f.ContentType })
            .ToListAsync(cancellationToken);
        return true;
    }
}
