using System.Text.RegularExpressions;
using GlosKlienta.Domain.Directory;

namespace GlosKlienta.Web.Features.Directory;

/// <summary>
/// A new or changed organisational unit. The unit is the one the survey's question 4 lists: a new or renamed
/// unit is offered in the next survey-version draft ("refresh units"), a unit made inactive is left out of it.
/// The code is fixed once created, because stored survey answers refer to it.
/// </summary>
[Authorize(Policy = Policies.DirectoryEdit)]
public sealed partial class UnitModel(AppDbContext db, DirectoryStore store, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string CodeField = "kod";
    public const string NameField = "nazwa";
    public const string KindField = "rodzaj";
    public const string OrderField = "kolejnosc";

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public UnitKind Kind { get; set; }
    [BindProperty] public string? SortOrder { get; set; }
    [BindProperty] public bool IsActive { get; set; } = true;

    public int? Id { get; private set; }
    public FormErrors Errors { get; } = new();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is null)
        {
            SortOrder = ((await db.OrganisationalUnits.MaxAsync(u => (int?)u.SortOrder, cancellationToken) ?? 0) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }
        var unit = await db.OrganisationalUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (unit is null) return NotFound();
        (Code, Name, Kind, IsActive) = (unit.Code, unit.Name, unit.Kind, unit.IsActive);
        SortOrder = unit.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        OrganisationalUnit? unit = null;
        if (id is not null)
        {
            unit = await db.OrganisationalUnits.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
            if (unit is null) return NotFound();
            Code = unit.Code;
        }
        Code = (Code ?? "").Trim();
        Name = (Name ?? "").Trim();
        if (unit is null)
        {
            if (!CodePattern().IsMatch(Code)) Errors.Add(CodeField, text["Directory.Error.Code"]);
            else if (await db.OrganisationalUnits.AnyAsync(u => u.Code == Code, cancellationToken)) Errors.Add(CodeField, text["Directory.Error.CodeTaken"]);
        }
        if (Name.Length == 0) Errors.Add(NameField, text["Directory.Error.NameMissing"]);
        else if (Name.Length > DirectoryRules.NameMaxLength) Errors.Add(NameField, text["Directory.Error.TooLong", DirectoryRules.NameMaxLength]);
        if (!Enum.IsDefined(Kind)) Errors.Add(KindField, text["Directory.Error.Kind"]);
        if (!int.TryParse(SortOrder, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var order) || order is < 0 or > 10_000)
            Errors.Add(OrderField, text["Directory.Error.Order"]);
        if (Errors.Any) return Page();

        var before = unit is null ? null : new { unit.Name, unit.Kind, unit.IsActive, unit.SortOrder };
        unit ??= db.OrganisationalUnits.Add(new OrganisationalUnit { Code = Code, Name = Name }).Entity;
        unit.Name = Name;
        unit.Kind = Kind;
        unit.SortOrder = order;
        unit.IsActive = IsActive;
        var saved = unit;
        await store.SaveAsync(DirectoryActions.UnitSaved, DirectoryStore.SubjectUnit, () => saved.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            text["Directory.Summary.Unit", Name], new { Before = before, After = new { Name, Kind, IsActive, SortOrder = order } }, cancellationToken);
        return Redirect("/personel/spis?zapisano=tak#komorki");
    }
}
