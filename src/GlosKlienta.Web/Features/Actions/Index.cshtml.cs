using GlosKlienta.Domain.Actions;

namespace GlosKlienta.Web.Features.Actions;

/// <summary>
/// The register of corrective and preventive actions and audits: every action with its source, owner, due date and
/// status, filtered; the Pełnomocnik starts an action from a suggestion, or plans an audit, here (actions from a
/// threatened area start on the F2 protocol, from a justified skarga on its case page, from a review decision on the review's page).
/// </summary>
[Authorize(Policy = Policies.Actions)]
public sealed class IndexModel(AppDbContext db, ActionRegister register, OfficeProfileProvider office, TimeProvider time, IAuthorizationService authorization, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed record Row(int Id, string Number, ActionKind Kind, ActionSource Source, string Finding, string What, string Owner, DateOnly Due, ActionStatus Status, bool Overdue);

    /// <summary>Filter: "otwarte" (default), "po-terminie", "wszystkie" or a status name.</summary>
    [BindProperty(SupportsGet = true)] public string? Stan { get; set; }
    [BindProperty(SupportsGet = true)] public string? Rodzaj { get; set; }

    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? Finding { get; set; }
    [BindProperty] public string? What { get; set; }
    [BindProperty] public int? OwnerPostId { get; set; }
    [BindProperty] public string? Auditor { get; set; }
    [BindProperty] public string? Due { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<OwnerPost> Owners { get; private set; } = [];
    public bool CanManage { get; private set; }
    public DateOnly Today { get; private set; }
    public FormErrors Errors { get; } = new();

    /// <summary>The sources an action can be started from on this page; the others start where their source is.</summary>
    public static readonly IReadOnlyList<ActionSource> SourcesHere = [ActionSource.Suggestion, ActionSource.AuditProgramme];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = (await office.GetAsync(cancellationToken)).Today(time);
        CanManage = (await authorization.AuthorizeAsync(User, Policies.ActionsManage)).Succeeded;
        if (CanManage) Owners = await ActionOwners.ListAsync(db, cancellationToken);
        var query = db.QualityActions.AsNoTracking();
        var today = Today;
        query = Stan switch
        {
            "wszystkie" => query,
            "po-terminie" => query.Where(a => (a.Status == ActionStatus.Planned || a.Status == ActionStatus.InProgress) && a.Due < today),
            _ when EnumNames.Parse<ActionStatus>(Stan) is { } status => query.Where(a => a.Status == status),
            _ => query.Where(a => a.Status == ActionStatus.Planned || a.Status == ActionStatus.InProgress || a.Status == ActionStatus.Done),
        };
        if (EnumNames.Parse<ActionKind>(Rodzaj) is { } kind) query = query.Where(a => a.Kind == kind);
        Rows = (await query.OrderBy(a => a.Due).ThenBy(a => a.Id)
                .Select(a => new { a.Id, a.Kind, a.Source, a.Finding, a.What, a.OwnerName, a.Due, a.Status })
                .ToListAsync(cancellationToken))
            .Select(a => new Row(a.Id, ActionNumbers.Format(a.Id), a.Kind, a.Source, a.Finding, a.What, a.OwnerName, a.Due, a.Status, ActionRules.IsOverdue(a.Status, a.Due, today)))
            .ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.ActionsManage)).Succeeded) return Forbid();
        await LoadAsync(cancellationToken);
        var kind = EnumNames.Parse<ActionKind>(Kind);
        if (kind is null) Errors.Add(nameof(Kind), text["Actions.Error.KindMissing"]);
        var source = SourcesHere.Select(s => (ActionSource?)s).FirstOrDefault(s => s.ToString() == Source);
        if (source is null) Errors.Add(nameof(Source), text["Actions.Error.SourceMissing"]);
        var action = await ActionForm.NewActionAsync(Errors, db, kind, Finding, What, Auditor, OwnerPostId, Due, Today, text, cancellationToken);
        if (action is null || Errors.Any) return Page();
        action.Source = source!.Value;
        await register.CreateAsync(action, User, cancellationToken);
        TempData["Saved"] = text["Actions.Saved.Created", action.Number].Value;
        return Redirect(ActionPaths.Action(action.Id));
    }
}
