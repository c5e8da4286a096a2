
namespace GlosKlienta.Web.Features.Register;

/// <summary>
/// The staff home panel: my open cases, cases due within <see cref="SoonDays"/> days, overdue cases (within what the user
/// may see), and for the register keeper the new cases nobody has been given yet.
/// </summary>
public sealed class RegisterPanel(AppDbContext db, OfficeProfileProvider office, TimeProvider time) : ViewComponent
{
    public const int SoonDays = 7;

    public sealed record PanelData(DateOnly Today, IReadOnlyList<RegisterCase> Mine, IReadOnlyList<RegisterCase> Soon, IReadOnlyList<RegisterCase> Overdue, IReadOnlyList<RegisterCase>? Unassigned, bool SeesOthers);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var access = RegisterAccess.For(HttpContext.User);
        var today = (await office.GetAsync(HttpContext.RequestAborted)).Today(time);
        var soon = today.AddDays(SoonDays);
        var open = await access.Visible(db.RegisterCases.AsNoTracking()).Where(c => c.ClosedOn == null)
            .OrderBy(c => c.NewDueOn ?? c.DueOn).ThenBy(c => c.Id).ToListAsync(HttpContext.RequestAborted);
        var data = new PanelData(
            today,
            open.Where(c => c.AssignedToId == access.UserId).ToList(),
            open.Where(c => c.HasTerm && c.EffectiveDueOn >= today && c.EffectiveDueOn <= soon).ToList(),
            open.Where(c => c.HasTerm && c.EffectiveDueOn < today).ToList(),
            access.Manages ? open.Where(c => c.AssignedToId == null).OrderBy(c => c.ReceivedOn).ThenBy(c => c.Id).ToList() : null,
            access.SeesAll || access.Council);
        return View("/Features/Register/_RegisterPanel.cshtml", data);
    }
}
