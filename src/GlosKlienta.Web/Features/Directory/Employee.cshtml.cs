using GlosKlienta.Domain.Directory;

namespace GlosKlienta.Web.Features.Directory;

/// <summary>A new or changed employee (first and last name as on the door). An employee who left is made inactive and disappears from boards and signs.</summary>
[Authorize(Policy = Policies.DirectoryEdit)]
public sealed class EmployeeModel(AppDbContext db, DirectoryStore store, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string FirstNameField = "imie";
    public const string LastNameField = "nazwisko";

    [BindProperty] public string? FirstName { get; set; }
    [BindProperty] public string? LastName { get; set; }
    [BindProperty] public bool IsActive { get; set; } = true;

    public int? Id { get; private set; }
    public FormErrors Errors { get; } = new();
    public IReadOnlyList<DirectoryState.PostView> HeldPosts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is null) return Page();
        var employee = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (employee is null) return NotFound();
        (FirstName, LastName, IsActive) = (employee.FirstName, employee.LastName, employee.IsActive);
        HeldPosts = (await store.CurrentAsync(cancellationToken)).ActivePosts().Where(p => p.Post.EmployeeIds.Contains(employee.Id)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        Employee? employee = null;
        if (id is not null)
        {
            employee = await db.Employees.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (employee is null) return NotFound();
        }
        FirstName = (FirstName ?? "").Trim();
        LastName = (LastName ?? "").Trim();
        if (FirstName.Length == 0) Errors.Add(FirstNameField, text["Directory.Error.FirstNameMissing"]);
        else if (FirstName.Length > DirectoryRules.PersonNameMaxLength) Errors.Add(FirstNameField, text["Directory.Error.TooLong", DirectoryRules.PersonNameMaxLength]);
        if (LastName.Length == 0) Errors.Add(LastNameField, text["Directory.Error.LastNameMissing"]);
        else if (LastName.Length > DirectoryRules.PersonNameMaxLength) Errors.Add(LastNameField, text["Directory.Error.TooLong", DirectoryRules.PersonNameMaxLength]);
        if (Errors.Any) return Page();

        var before = employee is null ? null : new { employee.FirstName, employee.LastName, employee.IsActive };
        employee ??= db.Employees.Add(new Employee { FirstName = FirstName, LastName = LastName }).Entity;
        employee.FirstName = FirstName;
        employee.LastName = LastName;
        employee.IsActive = IsActive;
        var saved = employee;
        await store.SaveAsync(DirectoryActions.EmployeeSaved, DirectoryStore.SubjectEmployee, () => saved.Id.ToString(CultureInfo.InvariantCulture),
            text["Directory.Summary.Employee", FirstName + " " + LastName], new { Before = before, After = new { FirstName, LastName, IsActive } }, cancellationToken);
        return Redirect("/personel/spis?zapisano=tak#pracownicy");
    }
}
