
namespace GlosKlienta.Web.Features.Press;

/// <summary>Press conferences (procedure row 5): the list, newest first, and a new one.</summary>
[Authorize(Policy = Policies.Press)]
public sealed class ConferencesModel(AppDbContext db, AuditLog audit, OfficeProfileProvider office, TimeProvider time, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed record Row(int Id, DateTimeOffset At, string Topic, string Place, int Invited, int Files);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    [BindProperty] public ConferenceForm Form { get; set; } = new() { Place = "Urząd Miasta i Gminy Lesko, ul. Parkowa 1, sala narad", Time = "10:00" };
    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var conference = new PressConference { CreatedAt = time.GetUtcNow(), CreatedBy = User.Identity?.Name ?? "" };
        if (!Form.TryApply(conference, Zone, Errors, text))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        db.PressConferences.Add(conference);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(PressRules.ConferenceCreated, PressRules.ConferenceSubject, PressRules.Id(conference.Id));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/personel/konferencje/{conference.Id}?stan=utworzona");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Zone = (await office.GetAsync(cancellationToken)).TimeZone;
        var rows = await db.PressConferences.AsNoTracking()
            .Select(c => new Row(c.Id, c.At, c.Topic, c.Place, c.Invitations.Count, c.Files.Count))
            .ToListAsync(cancellationToken);
        Rows = rows.OrderByDescending(r => r.At).ToList();
    }
}
