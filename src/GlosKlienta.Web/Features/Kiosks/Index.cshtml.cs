using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Web.Features.Kiosks;

/// <summary>
/// The office's kiosks: each with its state and its answers, a new one (its one-time link shown once), a new link
/// for a replaced device, and revoking, which ends the device at once. Every change is in the audit log.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(AppDbContext db, KioskDevices kiosks, OfficeProfileProvider office, TimeProvider time, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string NameField = "nazwa";

    public sealed record Row(int Id, string Name, string State, int Answers, DateOnly? LastAnswer, bool Revoked);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    [BindProperty(Name = NameField)] public string? Name { get; set; }
    public FormErrors Errors { get; } = new();
    /// <summary>Shown once, right after a kiosk is made or its link renewed.</summary>
    public string? Link { get; private set; }
    public string? LinkFor { get; private set; }
    public int LinkHours => (int)kiosks.LinkLifetime.TotalHours;
    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        Name = (Name ?? "").Trim();
        if (Name.Length == 0) Errors.Add(NameField, text["Kiosks.Error.NameMissing"]);
        else if (Name.Length > 200) Errors.Add(NameField, text["Kiosks.Error.NameTooLong"]);
        if (!Errors.Any)
        {
            var (kiosk, token) = await kiosks.CreateAsync(Name, cancellationToken);
            Link = KioskDevices.LinkFor(Request, token);
            LinkFor = kiosk.Name;
            Name = null;
        }
        else
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRenewAsync(int id, CancellationToken cancellationToken)
    {
        var token = await kiosks.RenewLinkAsync(id, cancellationToken);
        if (token is null) return NotFound();
        Link = KioskDevices.LinkFor(Request, token);
        LinkFor = await db.Kiosks.Where(k => k.Id == id).Select(k => k.Name).SingleAsync(cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        if (!await kiosks.RevokeAsync(id, cancellationToken)) return NotFound();
        Done = text["Kiosks.RevokedDone", await db.Kiosks.Where(k => k.Id == id).Select(k => k.Name).SingleAsync(cancellationToken)];
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var zone = (await office.GetAsync(cancellationToken)).TimeZone;
        var list = await db.Kiosks.AsNoTracking().OrderBy(k => k.RevokedAt != null).ThenBy(k => k.Name).ToListAsync(cancellationToken);
        var answers = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.Channel == Channel.Kiosk && r.KioskId != null)
            .GroupBy(r => r.KioskId)
            .Select(g => new { KioskId = g.Key!.Value, Count = g.Count(), Last = g.Max(r => r.ReceivedOn) })
            .ToListAsync(cancellationToken);
        var byKiosk = answers.ToDictionary(a => a.KioskId);
        Rows = list.Select(k => new Row(k.Id, k.Name, StateOf(k, now, zone), byKiosk.TryGetValue(k.Id, out var a) ? a.Count : 0,
            byKiosk.TryGetValue(k.Id, out var b) ? b.Last : null, k.RevokedAt is not null)).ToList();
    }

    private string StateOf(Kiosk k, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (k.RevokedAt is { } revoked) return text["Kiosks.State.Revoked", PolishDates.Day(revoked, zone)];
        var waiting = k.EnrolmentTokenHash is not null && k.EnrolmentExpiresAt > now;
        if (k.EnrolledAt is { } enrolled)
            return text[waiting ? "Kiosks.State.EnrolledNewLink" : "Kiosks.State.Enrolled", PolishDates.Day(enrolled, zone)];
        return text[waiting ? "Kiosks.State.Waiting" : "Kiosks.State.LinkExpired"];
    }
}
