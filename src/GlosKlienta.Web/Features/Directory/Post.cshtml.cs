using GlosKlienta.Domain.Directory;

namespace GlosKlienta.Web.Features.Directory;

/// <summary>A new or changed post: name, tasks, unit, room, telephone and e-mail, and the employees who hold it (none: vacant).</summary>
[Authorize(Policy = Policies.DirectoryEdit)]
public sealed class PostModel(AppDbContext db, DirectoryStore store, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string NameField = "nazwa";
    public const string TasksField = "zadania";
    public const string UnitField = "komorka";
    public const string RoomField = "pokoj";
    public const string PhonesField = "telefon";
    public const string EmailField = "email";
    public const string OrderField = "kolejnosc";

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Tasks { get; set; }
    [BindProperty] public int? UnitId { get; set; }
    [BindProperty] public int? RoomId { get; set; }
    [BindProperty] public string? Phones { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? SortOrder { get; set; }
    [BindProperty] public bool IsActive { get; set; } = true;
    [BindProperty] public bool IsAccessibilityContact { get; set; }
    [BindProperty] public List<int> Holders { get; set; } = [];

    public int? Id { get; private set; }
    public FormErrors Errors { get; } = new();
    public DirectoryState State { get; private set; } = DirectoryState.Empty;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        State = await store.CurrentAsync(cancellationToken);
        if (id is null)
        {
            SortOrder = ((State.Posts.Count == 0 ? 0 : State.Posts.Max(p => p.SortOrder)) + 1).ToString(CultureInfo.InvariantCulture);
            return Page();
        }
        var post = State.Posts.SingleOrDefault(p => p.Id == id);
        if (post is null) return NotFound();
        (Name, Tasks, UnitId, RoomId, Phones, Email, IsActive, IsAccessibilityContact) =
            (post.Name, post.Tasks, post.UnitId, post.RoomId, post.Phones, post.Email, post.IsActive, post.IsAccessibilityContact);
        SortOrder = post.SortOrder.ToString(CultureInfo.InvariantCulture);
        Holders = post.EmployeeIds.ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        State = await store.CurrentAsync(cancellationToken);
        Post? post = null;
        if (id is not null)
        {
            post = await db.Posts.Include(p => p.Holders).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (post is null) return NotFound();
        }
        Name = (Name ?? "").Trim();
        Tasks = DirectoryForms.Clean(Tasks);
        Phones = DirectoryForms.Clean(Phones);
        Email = DirectoryForms.Clean(Email);
        Holders = Holders.Distinct().Where(h => State.Employees.Any(e => e.Id == h)).ToList();
        if (Name.Length == 0) Errors.Add(NameField, text["Directory.Error.PostNameMissing"]);
        else if (Name.Length > DirectoryRules.NameMaxLength) Errors.Add(NameField, text["Directory.Error.TooLong", DirectoryRules.NameMaxLength]);
        if (Tasks is { Length: > DirectoryRules.TasksMaxLength }) Errors.Add(TasksField, text["Directory.Error.TooLong", DirectoryRules.TasksMaxLength]);
        if (UnitId is not null && State.Units.All(u => u.Id != UnitId)) Errors.Add(UnitField, text["Directory.Error.Unit"]);
        if (RoomId is not null && State.Rooms.All(r => r.Id != RoomId)) Errors.Add(RoomField, text["Directory.Error.Room"]);
        if (Phones is not null && (Phones.Length > DirectoryRules.PhonesMaxLength || !DirectoryRules.IsValidPhones(Phones))) Errors.Add(PhonesField, text["Directory.Error.Phones"]);
        if (Email is not null && (Email.Length > DirectoryRules.EmailMaxLength || !DirectoryRules.IsValidEmail(Email))) Errors.Add(EmailField, text["Directory.Error.Email"]);
        if (!int.TryParse(SortOrder, NumberStyles.Integer, CultureInfo.InvariantCulture, out var order) || order is < 0 or > 10_000)
            Errors.Add(OrderField, text["Directory.Error.Order"]);
        if (Errors.Any) return Page();

        var before = post is null ? null : new { post.Name, post.OrganisationalUnitId, post.RoomId, post.IsActive, Holders = post.Holders.Select(h => h.EmployeeId).Order().ToList() };
        post ??= db.Posts.Add(new Post { Name = Name }).Entity;
        post.Name = Name;
        post.Tasks = Tasks;
        post.OrganisationalUnitId = UnitId;
        post.RoomId = RoomId;
        post.Phones = Phones;
        post.Email = Email;
        post.SortOrder = order;
        post.IsActive = IsActive;
        post.IsAccessibilityContact = IsAccessibilityContact;
        post.Holders.RemoveAll(h => !Holders.Contains(h.EmployeeId));
        foreach (var e in Holders.Where(e => post.Holders.All(h => h.EmployeeId != e)))
            post.Holders.Add(new PostHolder { EmployeeId = e });
        var saved = post;
        await store.SaveAsync(DirectoryActions.PostSaved, DirectoryStore.SubjectPost, () => saved.Id.ToString(CultureInfo.InvariantCulture),
            text["Directory.Summary.Post", Name],
            new { Before = before, After = new { Name, OrganisationalUnitId = UnitId, RoomId, IsActive, Holders = Holders.Order().ToList() } }, cancellationToken);
        return Redirect("/personel/spis?zapisano=tak#stanowiska");
    }
}
