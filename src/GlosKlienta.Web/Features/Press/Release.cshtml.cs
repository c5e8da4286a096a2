using GlosKlienta.Domain.Press;

namespace GlosKlienta.Web.Features.Press;

/// <summary>
/// One published release: its current version (or an earlier one with <c>?wersja=N</c>), the
/// correction notes, the attachments and the SHA-256 of the record. Unknown and not yet published
/// releases are the same 404.
/// </summary>
[AllowAnonymous]
public sealed class ReleaseModel(AppDbContext db, OfficeProfileProvider office, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "wersja")] public int? Number { get; set; }

    public PublishedRelease Release { get; private set; } = null!;
    public PressReleaseVersion Shown { get; private set; } = null!;
    public IReadOnlyList<FrozenAttachment> Attachments { get; private set; } = [];
    public bool IsCurrent => Shown.Number == Release.Current.Number;
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Zone = (await office.GetAsync(cancellationToken)).TimeZone;
        var release = PressRules.Current(await PressRules.PublishedAsync(db, time.GetUtcNow(), cancellationToken, id)).SingleOrDefault();
        if (release is null) return NotFound();
        Release = release;
        var shown = Number is null ? release.Current : release.Versions.FirstOrDefault(v => v.Number == Number);
        if (shown is null) return NotFound();
        Shown = shown;
        Attachments = PressRules.Manifest(shown.Attachments);
        return Page();
    }
}
