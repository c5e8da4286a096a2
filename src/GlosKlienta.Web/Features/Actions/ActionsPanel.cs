using GlosKlienta.Domain.Actions;

namespace GlosKlienta.Web.Features.Actions;

/// <summary>
/// The staff home's view of the action register, for those who read it: open actions, those due within the reminder
/// days, and the overdue ones by name (the same as the reminders say, whether or not e-mail is on).
/// </summary>
public sealed class ActionsPanel(AppDbContext db, OfficeProfileProvider office, TimeProvider time, IAuthorizationService authorization,
    Microsoft.Extensions.Options.IOptions<Mail.ReminderOptions> reminders) : ViewComponent
{
    public sealed record PanelData(int Open, int AwaitingCheck, IReadOnlyList<ActionAlert> Soon, IReadOnlyList<ActionAlert> Overdue);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!(await authorization.AuthorizeAsync(HttpContext.User, Policies.Actions)).Succeeded) return Content("");
        var cancellationToken = HttpContext.RequestAborted;
        var today = (await office.GetAsync(cancellationToken)).Today(time);
        var counts = await db.QualityActions.AsNoTracking()
            .Where(a => a.Status == ActionStatus.Planned || a.Status == ActionStatus.InProgress || a.Status == ActionStatus.Done)
            .GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var alerts = await ActionReminderRunner.AlertsAsync(db, today, reminders.Value.DaysBefore, cancellationToken);
        var data = new PanelData(
            counts.Where(c => c.Key != ActionStatus.Done).Sum(c => c.Count),
            counts.Where(c => c.Key == ActionStatus.Done).Sum(c => c.Count),
            alerts.Where(a => a.DaysLeft >= 0).ToList(),
            alerts.Where(a => a.DaysLeft < 0).ToList());
        return View("/Features/Actions/_ActionsPanel.cshtml", data);
    }
}
