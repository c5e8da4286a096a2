using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Web.Features.SurveyVersions;

/// <summary>Every version of F1, newest first: its state, who drafted and who approved it, and which one citizens see today.</summary>
[Authorize(Policy = Policies.SurveyResults)]
public sealed class IndexModel(AppDbContext db, OfficeProfileProvider office, TimeProvider time, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(SurveyVersion Version, LiveState State);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public bool CanDesign { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var profile = await office.GetAsync(cancellationToken);
        Zone = profile.TimeZone;
        var today = profile.Today(time);
        var versions = await db.SurveyVersions.AsNoTracking().OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        var liveId = Versions.LiveId(versions, today);
        Rows = versions.Select(v => new Row(v, Versions.StateOf(v, liveId, today))).ToList();
        CanDesign = (await authorization.AuthorizeAsync(User, Policies.SurveyDesign)).Succeeded;
    }
}
