using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Web.Features.Staff;

/// <summary>
/// The staff home, where everyone lands after signing in. Those who may see survey results get
/// the responses per day and channel over the last weeks (is the survey being answered?);
/// everyone gets the links to the tasks their roles allow.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, OfficeProfileProvider office, TimeProvider time, IAuthorizationService authorization) : PageModel
{
    public const int Days = 30;

    public sealed record DayRow(DateOnly Day, int Online, int Kiosk, int Paper)
    {
        public int Total => Online + Kiosk + Paper;
    }

    public IReadOnlyList<DayRow> Rows { get; private set; } = [];
    public DayRow Totals { get; private set; } = new(default, 0, 0, 0);
    public int AllTime { get; private set; }
    public bool SeesResults { get; private set; }
    public bool KeysPaper { get; private set; }
    /// <summary>Whether the person keeps the art. 253 reception hours (the Burmistrz, the register keeper).</summary>
    public bool KeepsReceptions { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        KeysPaper = (await authorization.AuthorizeAsync(User, Policies.PaperEntry)).Succeeded;
        KeepsReceptions = (await authorization.AuthorizeAsync(User, Policies.ReceptionHours)).Succeeded;
        SeesResults = (await authorization.AuthorizeAsync(User, Policies.SurveyResults)).Succeeded;
        if (!SeesResults) return;
        var today = (await office.GetAsync(cancellationToken)).Today(time);
        var from = today.AddDays(-(Days - 1));
        var counts = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.ReceivedOn >= from && r.ReceivedOn <= today)
            .GroupBy(r => new { r.ReceivedOn, r.Channel })
            .Select(g => new { g.Key.ReceivedOn, g.Key.Channel, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(DateOnly day, Channel channel) => counts.Where(c => c.ReceivedOn == day && c.Channel == channel).Sum(c => c.Count);
        Rows = Enumerable.Range(0, Days)
            .Select(i => today.AddDays(-i))
            .Select(day => new DayRow(day, Count(day, Channel.Online), Count(day, Channel.Kiosk), Count(day, Channel.Paper)))
            .ToList();
        Totals = new DayRow(today, Rows.Sum(r => r.Online), Rows.Sum(r => r.Kiosk), Rows.Sum(r => r.Paper));
        AllTime = await db.SurveyResponses.CountAsync(cancellationToken);
    }
}
