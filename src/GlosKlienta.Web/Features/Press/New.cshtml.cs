
namespace GlosKlienta.Web.Features.Press;

/// <summary>A new press release, written by the press officer; it is saved as a draft, never published from here.</summary>
[Authorize(Policy = Policies.PressDrafting)]
public sealed class NewModel(AppDbContext db, AuditLog audit, OfficeProfileProvider office, TimeProvider time, UserManager<StaffUser> users, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public ReleaseForm Form { get; set; } = new();
    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var zone = (await office.GetAsync(cancellationToken)).TimeZone;
        var tomorrow = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).Date.AddDays(1);
        Form = new ReleaseForm { PublishDate = tomorrow.ToString("yyyy-MM-dd", PressRules.Polish), PublishTime = "09:00" };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var zone = (await office.GetAsync(cancellationToken)).TimeZone;
        var me = await users.GetUserAsync(User);
        var release = new PressRelease
        {
            Key = Guid.NewGuid(),
            Status = PressReleaseStatus.Draft,
            CreatedAt = time.GetUtcNow(),
            CreatedById = me!.Id,
            CreatedBy = me.DisplayName,
        };
        if (!Form.TryApply(release, isCorrection: false, zone, Errors, text))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        db.PressReleases.Add(release);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(PressRules.Created, PressRules.SubjectType, PressRules.Id(release.Id));
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/personel/prasa/{release.Id}?stan=utworzony");
    }
}
