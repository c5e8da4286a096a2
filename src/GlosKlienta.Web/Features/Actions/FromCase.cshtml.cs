using GlosKlienta.Domain.Actions;

namespace GlosKlienta.Web.Features.Actions;

/// <summary>
/// Starts a corrective action from a skarga found justified, wholly or in part (ISO 9001:2015 10.2: nonconformity from a
/// complaint): what was found comes from the case, the link is kept both ways (the case page lists its actions).
/// </summary>
[Authorize(Policy = Policies.ActionsFromComplaint)]
public sealed class FromCaseModel(AppDbContext db, ActionRegister register, OfficeProfileProvider office, TimeProvider time, IStringLocalizer<SharedResource> text) : PageModel
{
    public string CaseNumber { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public IReadOnlyList<OwnerPost> Owners { get; private set; } = [];
    public FormErrors Errors { get; } = new();

    [BindProperty] public string? Finding { get; set; }
    [BindProperty] public string? What { get; set; }
    [BindProperty] public int? OwnerPostId { get; set; }
    [BindProperty] public string? Due { get; set; }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var c = await db.RegisterCases.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.RegisterNumber, x.Subject, x.Kind, x.Outcome }).FirstOrDefaultAsync(cancellationToken);
        if (c is null || !Effectiveness.CanStartFrom(c.Kind, c.Outcome)) return false;
        CaseNumber = c.RegisterNumber;
        Subject = c.Subject;
        Owners = await ActionOwners.ListAsync(db, cancellationToken);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Finding = text["Actions.FromCase.Finding", CaseNumber, Subject].Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var action = await ActionForm.NewActionAsync(Errors, db, ActionKind.Corrective, Finding, What, null, OwnerPostId, Due, (await office.GetAsync(cancellationToken)).Today(time), text, cancellationToken);
        if (action is null) return Page();
        action.Source = ActionSource.Complaint;
        action.RegisterCaseId = id;
        await register.CreateAsync(action, User, cancellationToken);
        TempData["Saved"] = text["Actions.Saved.Created", action.Number].Value;
        return Redirect(ActionPaths.Action(action.Id));
    }
}
