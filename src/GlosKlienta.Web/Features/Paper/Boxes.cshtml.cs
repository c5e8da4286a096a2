namespace GlosKlienta.Web.Features.Paper;

/// <summary>
/// The survey boxes (procedure row 8): where each stands, when it was last opened and who keeps it.
/// The keeper opens the box and is reminded of each half-year's box-opening day on the staff home
/// and by e-mail (<see cref="BoxOpeningMailRunner"/>). Those who key forms see the list; the
/// Pełnomocnik ds. SZJ names the keepers (audited).
/// </summary>
[Authorize(Policy = Policies.PaperEntry)]
public sealed class BoxesModel(AppDbContext db, AuditLog audit, IAuthorizationService authorization) : PageModel
{
    public sealed class KeeperChoice
    {
        public int BoxId { get; set; }
        public string? KeeperId { get; set; }
    }

    public sealed record Row(SurveyBox Box, string Building, DateOnly? LastOpened, string? KeeperName);

    [BindProperty] public List<KeeperChoice> Keepers { get; set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<StaffUser> Staff { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        Saved = saved;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!CanEdit) return Forbid();
        var staffIds = Staff.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var boxes = await db.SurveyBoxes.ToDictionaryAsync(b => b.Id, cancellationToken);
        foreach (var choice in Keepers)
        {
            if (!boxes.TryGetValue(choice.BoxId, out var box)) continue;
            var keeper = string.IsNullOrEmpty(choice.KeeperId) || !staffIds.Contains(choice.KeeperId) ? null : choice.KeeperId;
            if (box.KeeperId == keeper) continue;
            audit.Record(PaperAudit.BoxKeeperSet, PaperAudit.BoxSubject, box.Id.ToString(CultureInfo.InvariantCulture), new { box.Location, Before = box.KeeperId, After = keeper });
            box.KeeperId = keeper;
        }
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/personel/papier/skrzynki?saved=true");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.PaperSupervision)).Succeeded;
        Rows = await db.SurveyBoxes.AsNoTracking().OrderBy(b => b.Id)
            .Select(b => new Row(b, b.Building!.Name,
                db.BoxOpenings.Where(o => o.SurveyBoxId == b.Id).Max(o => (DateOnly?)o.OpenedOn),
                db.Users.Where(u => u.Id == b.KeeperId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        // Any active account may be named, as for the keepers of boards and signs.
        Staff = CanEdit
            ? await db.Users.AsNoTracking().Where(u => u.DisabledAt == null).OrderBy(u => u.DisplayName).ToListAsync(cancellationToken)
            : [];
    }
}
