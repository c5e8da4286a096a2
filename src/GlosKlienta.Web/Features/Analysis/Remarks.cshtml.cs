using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Web.Features.Analysis;

/// <summary>
/// Reading the free-text remarks of a period, one at a time: tick its categories (and "unfit to
/// quote"), save, and the next unread one is shown; the protocol counts them per category.
/// </summary>
[Authorize(Policy = Policies.F2Protocol)]
public sealed class RemarksModel(F2Remarks remarks, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public List<int> Category { get; set; } = [];
    [BindProperty] public bool Unquotable { get; set; }
    [BindProperty] public string? NewCategory { get; set; }

    public ReportingPeriod Period { get; private set; }
    public RemarkToRead? Remark { get; private set; }
    public IReadOnlyList<RemarkCategory> Categories { get; private set; } = [];
    public (int Total, int Reviewed) Progress { get; private set; }
    public IReadOnlyList<(long Id, string Text, string Categories)> Read { get; private set; } = [];
    public FormErrors Errors { get; } = new();
    public string? Saved { get; private set; }

    private async Task<bool> LoadAsync(string okres, long? id, CancellationToken cancellationToken)
    {
        if (!ReportingPeriod.TryParse(okres, out var period)) return false;
        Period = period;
        Categories = await remarks.CategoriesAsync(cancellationToken);
        Progress = await remarks.ProgressAsync(period, cancellationToken);
        Remark = await remarks.FindAsync(period, id, cancellationToken);
        Read = await remarks.ReadAsync(period, 20, cancellationToken);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(string okres, long? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(okres, id, cancellationToken)) return NotFound();
        if (id is not null && Remark is null) return NotFound();
        if (Remark is not null)
        {
            Category = [.. Remark.Categories];
            Unquotable = Remark.Unquotable;
        }
        Saved = TempData["Saved"] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string okres, long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(okres, id, cancellationToken)) return NotFound();
        if (Remark is null) return NotFound();
        if (Category.Count == 0) Errors.Add(nameof(Category), text["Remarks.CategoryMissing"]);
        else if (Category.Any(c => Categories.All(k => k.Id != c))) Errors.Add(nameof(Category), text["Remarks.CategoryUnknown"]);
        if (Errors.Any) return Page();
        await remarks.SaveAsync(id, Category, Unquotable || Domain.Analysis.Remarks.MayHoldPersonalData(Remark.Text), User, cancellationToken);
        TempData["Saved"] = text["Remarks.Saved"].Value;
        return Redirect($"/personel/analiza/uwagi/{Period}");
    }

    public async Task<IActionResult> OnPostCategoryAsync(string okres, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(okres, null, cancellationToken)) return NotFound();
        var name = NewCategory?.Trim();
        if (string.IsNullOrEmpty(name)) Errors.Add(nameof(NewCategory), text["Remarks.NewCategoryMissing"]);
        else if (name.Length > 100) Errors.Add(nameof(NewCategory), text["Remarks.NewCategoryTooLong"]);
        else if (!await remarks.AddCategoryAsync(name, cancellationToken)) Errors.Add(nameof(NewCategory), text["Remarks.NewCategoryExists"]);
        if (Errors.Any)
        {
            if (Remark is not null) (Category, Unquotable) = ([.. Remark.Categories], Remark.Unquotable);
            return Page();
        }
        TempData["Saved"] = text["Remarks.CategoryAdded", name!].Value;
        return Redirect($"/personel/analiza/uwagi/{Period}");
    }
}
